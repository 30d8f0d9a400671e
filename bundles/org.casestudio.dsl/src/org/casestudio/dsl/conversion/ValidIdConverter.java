package org.casestudio.dsl.conversion;

import java.util.HashSet;
import java.util.Set;

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
