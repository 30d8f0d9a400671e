package org.casestudio.dsl.ide.services;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.validation.Issue;

/**
 * A problem as an editor keeps it (a marker, a diagnostic): the validator's issue code, the region
 * it is about and the issue data the validator passed for a fix.
 */
public record Problem(String code, int offset, int length, List<String> data) {

	public Problem {
		data = data == null ? List.of() : List.copyOf(data);
	}

	public static Problem of(Issue issue) {
		return new Problem(issue.getCode(), issue.getOffset() == null ? -1 : issue.getOffset(),
				issue.getLength() == null ? 0 : issue.getLength(),
				issue.getData() == null ? List.of() : Arrays.asList(issue.getData()));
	}

	/** The n-th item of the issue data, or null. */
	public String data(int n) {
		return n < data.size() ? data.get(n) : null;
	}
}
