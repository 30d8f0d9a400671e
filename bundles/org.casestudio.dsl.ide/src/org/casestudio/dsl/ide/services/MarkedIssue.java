package org.casestudio.dsl.ide.services;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.validation.Issue;

/**
 * An issue as an editor marks it (a marker, a diagnostic), which is what a quick fix starts from:
 * the validator's issue code, the region of the text it is about and the issue data the validator
 * passed for a fix. Findings as tools report them are {@link org.casestudio.model.problems.Problem}s.
 */
public record MarkedIssue(String code, int offset, int length, List<String> data) {

	public MarkedIssue {
		data = data == null ? List.of() : List.copyOf(data);
	}

	public static MarkedIssue of(Issue issue) {
		return new MarkedIssue(issue.getCode(), issue.getOffset() == null ? -1 : issue.getOffset(),
				issue.getLength() == null ? 0 : issue.getLength(),
				issue.getData() == null ? List.of() : Arrays.asList(issue.getData()));
	}

	/** The n-th item of the issue data, or null. */
	public String data(int n) {
		return n < data.size() ? data.get(n) : null;
	}
}
