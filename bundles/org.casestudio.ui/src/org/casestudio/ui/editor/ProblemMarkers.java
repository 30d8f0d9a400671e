package org.casestudio.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * Problem markers of a file: what the Problems view lists and what the editor shows as annotations.
 * The marker type is the application's own, so that only Case Studio's problems are replaced.
 */
public final class ProblemMarkers {

	public static final String TYPE = "org.casestudio.ui.problem";
	/** The issue code of the diagnostic; quick fixes are chosen by it. */
	public static final String CODE = "code";
	/** The issue data of the diagnostic, joined by {@link #DATA_SEPARATOR}. */
	public static final String DATA = "data";
	public static final String DATA_SEPARATOR = "\u0000";

	private ProblemMarkers() {
	}

	/** Replaces the file's markers by the given issues; runs inside a workspace operation. */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			});
			attributes.put(IMarker.MESSAGE, issue.getMessage());
			if (issue.getLineNumber() != null) {
				attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
			}
			if (issue.getOffset() != null && issue.getLength() != null) {
				attributes.put(IMarker.CHAR_START, issue.getOffset().intValue());
				attributes.put(IMarker.CHAR_END, issue.getOffset() + Math.max(1, issue.getLength()));
			}
			if (issue.getCode() != null) {
				attributes.put(CODE, issue.getCode());
			}
			if (issue.getData() != null && issue.getData().length > 0) {
				attributes.put(DATA, String.join(DATA_SEPARATOR, issue.getData()));
			}
			wanted.add(attributes);
		}
		// A marker that says what is found again is kept, not made anew: the Problems view may be
		// opening the file at it (a double-click), and the editor it opens validates the same text.
		for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
			if (!wanted.remove(marker.getAttributes())) {
				marker.delete();
			}
		}
		for (Map<String, Object> attributes : wanted) {
			// Created with all its attributes at once: readers never see a marker half made.
			file.createMarker(TYPE, attributes);
		}
	}
}
