package org.casestudio.dsl.ide.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;

/**
 * One replacement in one file: what a language service asks an editor to do. Offsets count
 * characters of the text the service read; an editor applies the edits of a file from the last to
 * the first so that each offset still holds.
 */
public record TextEdit(URI uri, int offset, int length, String text) {

	/** The text with the edits applied, all of which belong to it. */
	public static String apply(String text, List<TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : lastFirst(edits)) {
			result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return result.toString();
	}

	/** The edits from the one nearest the end of the file to the one nearest its start. */
	public static List<TextEdit> lastFirst(List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(TextEdit::offset).reversed());
		return sorted;
	}
}
