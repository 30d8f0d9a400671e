package org.casestudio.dsl.ide.services;

import java.util.List;

/** A quick fix: what a person reads in the list, and the edits it makes when chosen. */
public record Fix(String label, List<TextEdit> edits) {

	public Fix {
		edits = List.copyOf(edits);
	}
}
