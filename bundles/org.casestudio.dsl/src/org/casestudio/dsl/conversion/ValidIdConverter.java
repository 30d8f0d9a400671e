package org.casestudio.dsl.conversion;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.casestudio.dsl.services.CaseStudioGrammarAccess;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Ids that may be written as they are, or, when they clash with a structural keyword, escaped with
 * {@code ^} ({@code ^end}). Keywords the grammar accepts as ids are written without the escape.
 */
@Singleton
public class ValidIdConverter implements IValueConverter<String> {

	/**
	 * The grammar's ID terminal (Xtext's common Terminals) without its {@code ^} escape: the one
	 * Java copy of what an id may contain, used by every check of a name typed by a person.
	 */
	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final Pattern NOT_IN_NAME = Pattern.compile("[^A-Za-z0-9_]");

	private final Set<String> reserved = new HashSet<>();

	@Inject
	public ValidIdConverter(CaseStudioGrammarAccess grammar) {
		for (Keyword keyword : GrammarUtil.containedKeywords(grammar.getGrammar())) {
			if (Character.isLetter(keyword.getValue().charAt(0))) {
				reserved.add(keyword.getValue());
			}
		}
		for (Keyword allowed : GrammarUtil.containedKeywords(grammar.getValidIDRule())) {
			reserved.remove(allowed.getValue());
		}
	}

	/** Whether the text is an id as a person names things: a letter or _, then letters, digits and _. */
	public static boolean isName(String text) {
		return text != null && NAME.matcher(text).matches();
	}

	/** A text made into a name by replacing what a name cannot hold with _ (a file name into an id). */
	public static String nameLike(String text) {
		return NOT_IN_NAME.matcher(text).replaceAll("_");
	}

	/** Whether a name is a keyword of the language that an id must escape with {@code ^}. */
	public boolean isReserved(String name) {
		return reserved.contains(name);
	}

	@Override
	public String toValue(String string, INode node) {
		if (Strings.isEmpty(string)) {
			throw new ValueConverterException("An id cannot be empty.", node, null);
		}
		return string.startsWith("^") ? string.substring(1) : string;
	}

	@Override
	public String toString(String value) {
		return reserved.contains(value) ? "^" + value : value;
	}
}
