package org.casestudio.dsl.conversion;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Dotted references ({@code coffee.organic_coffee}) whose segments are ids, escaped or not. Xtext's
 * own qualified name converter expects the segments to be plain ID tokens, which keyword-like ids
 * are not.
 */
public class QualifiedNameConverter implements IValueConverter<String> {

	@Inject
	private ValidIdConverter segments;

	@Override
	public String toValue(String string, INode node) {
		if (string == null || string.isBlank()) {
			throw new ValueConverterException("A reference cannot be empty.", node, null);
		}
		String compact = CaseStudioValueConverters.withoutBlanks(string);
		if (compact.indexOf('.') < 0) {
			return segments.toValue(compact, node);
		}
		return Arrays.stream(compact.split("\\.", -1)).map(segment -> segments.toValue(segment, node))
				.collect(Collectors.joining("."));
	}

	@Override
	public String toString(String value) {
		return Arrays.stream(value.split("\\.", -1)).map(segments::toString).collect(Collectors.joining("."));
	}
}
