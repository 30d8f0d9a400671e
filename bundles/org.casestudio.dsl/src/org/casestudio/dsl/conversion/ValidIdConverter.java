package org.casestudio.dsl.conversion;

import java.util.HashSet;
import java.util.Set;

import org.casestudio.dsl.services.CaseStudioGrammarAccess;
import org.casestudio.dsl.validation.Messages;
import org.eclipse.osgi.util.NLS;
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
	 * The grammar's ID_START and ID_PART fragments, range by range (first and last character): the one
	 * Java copy of what an id may contain, used by every check of a name typed by a person. A change
	 * here is a change of the grammar's terminal too; IdsTest holds the two to the same characters.
	 */
	private static final char[][] START = { { 'A', 'Z' }, { '_', '_' }, { 'a', 'z' },
			{ '\u00C0', '\u00D6' }, { '\u00D8', '\u00F6' }, { '\u00F8', '\u024F' }, { '\u1E00', '\u1EFF' }, // Latin
			{ '\u0386', '\u0386' }, { '\u0388', '\u03CE' }, // Greek
			{ '\u0400', '\u0481' }, { '\u048A', '\u052F' }, // Cyrillic
			{ '\u0E01', '\u0E30' }, { '\u0E32', '\u0E33' }, { '\u0E40', '\u0E46' }, // Thai
			{ '\u0E81', '\u0EAE' }, { '\u0EB0', '\u0EB0' }, { '\u0EB2', '\u0EB3' }, { '\u0EBD', '\u0EBD' },
			{ '\u0EC0', '\u0EC4' }, { '\u0EC6', '\u0EC6' }, { '\u0EDC', '\u0EDF' }, // Lao
			{ '\u1000', '\u102A' }, { '\u103F', '\u103F' }, { '\u1050', '\u1055' }, // Myanmar
			{ '\u1780', '\u17B3' }, { '\u17D7', '\u17D7' }, { '\u17DC', '\u17DC' } }; // Khmer

	/** What may follow the first character besides ID_START: digits, vowel signs, tone marks, accents. */
	private static final char[][] PART = { { '0', '9' }, { '\u0300', '\u036F' }, { '\u0483', '\u0487' },
			{ '\u0E31', '\u0E31' }, { '\u0E34', '\u0E3A' }, { '\u0E47', '\u0E4E' }, { '\u0E50', '\u0E59' }, // Thai
			{ '\u0EB1', '\u0EB1' }, { '\u0EB4', '\u0EBC' }, { '\u0EC8', '\u0ECE' }, { '\u0ED0', '\u0ED9' }, // Lao
			{ '\u102B', '\u103E' }, { '\u1040', '\u1049' }, { '\u1056', '\u1059' }, // Myanmar
			{ '\u17B4', '\u17D3' }, { '\u17DD', '\u17DD' }, { '\u17E0', '\u17E9' } }; // Khmer

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

	/** Whether the character may start an id: a letter of one of the grammar's scripts, or _. */
	public static boolean isNameStart(char c) {
		return in(START, c);
	}

	/** Whether the character may follow the first one of an id. */
	public static boolean isNamePart(char c) {
		return in(START, c) || in(PART, c);
	}

	private static boolean in(char[][] ranges, char c) {
		for (char[] range : ranges) {
			if (c >= range[0] && c <= range[1]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the text is an id as a person names things: a letter or _, then letters (with their
	 * vowel signs, tone marks and accents), digits and _.
	 */
	public static boolean isName(String text) {
		if (text == null || text.isEmpty() || !isNameStart(text.charAt(0))) {
			return false;
		}
		for (int i = 1; i < text.length(); i++) {
			if (!isNamePart(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** A text made into a name by replacing what a name cannot hold with _ (a file name into an id). */
	public static String nameLike(String text) {
		StringBuilder name = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			name.append(isNamePart(c) ? c : '_');
		}
		return name.toString();
	}

	/** Whether a name is a keyword of the language that an id must escape with {@code ^}. */
	public boolean isReserved(String name) {
		return reserved.contains(name);
	}

	@Override
	public String toValue(String string, INode node) {
		if (Strings.isEmpty(string)) {
			if (syntaxErrorAt(node)) {
				return null; // the syntax error there already says what an id may contain
			}
			throw new ValueConverterException(NLS.bind(Messages.Id_Missing, Messages.Id_Rule), node, null);
		}
		return string.startsWith("^") ? string.substring(1) : string;
	}

	/** Whether the parser reported an error where the (empty) id was expected. */
	private static boolean syntaxErrorAt(INode node) {
		if (node == null) {
			return false;
		}
		for (INode other : node.getRootNode().getAsTreeIterable()) {
			if (other.getSyntaxErrorMessage() != null && other.getOffset() <= node.getOffset()
					&& node.getOffset() <= other.getEndOffset()) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString(String value) {
		return reserved.contains(value) ? "^" + value : value;
	}
}
