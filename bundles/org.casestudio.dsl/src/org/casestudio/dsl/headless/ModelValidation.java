package org.casestudio.dsl.headless;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.Problem.Severity;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/** Runs the language's checks (syntax, links, rules) on loaded files and turns Xtext's issues into problems. */
final class ModelValidation {

	private ModelValidation() {
	}

	/** The problems of the files {@code which} accepts, with the content problems met loading them, sorted by place. */
	static List<Problem> validate(Map<Resource, Path> files, List<Problem> contentProblems, Predicate<Path> which,
			CancelIndicator cancel) {
		List<Problem> problems = new ArrayList<>(contentProblems.stream().filter(p -> which.test(p.file())).toList());
		for (Map.Entry<Resource, Path> entry : files.entrySet()) {
			if (!which.test(entry.getValue())) {
				continue;
			}
			for (Issue issue : issues((XtextResource) entry.getKey(), cancel)) {
				problems.add(problem(entry.getValue(), issue));
			}
		}
		problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
		return problems;
	}

	/** The language's checks on one loaded file: what every tool reports, in Xtext's terms. */
	static List<Issue> issues(XtextResource resource, CancelIndicator cancel) {
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		return validator.validate(resource, CheckMode.ALL, cancel);
	}

	private static Problem problem(Path file, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
		String code = issue.getCode();
		if (code == null || code.startsWith(Diagnostic.class.getName())) {
			code = FileProblems.SYNTAX;
		}
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new Problem(file, line, column, severity, issue.getMessage(), code);
	}
}
