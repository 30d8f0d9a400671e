package org.casestudio.export;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.export.PackIssue.Severity;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.LearningRoute;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * What a route does not yet have for a training pack, reported before exporting rather than
 * silently skipped: each at the place in the files where the author would add it.
 */
public final class PackReadiness {

	private PackReadiness() {
	}

	/** The issues of the route itself and those the exporters of {@code formats} report. */
	public static List<PackIssue> check(LearningRoute route, List<ExportFormat> formats,
			TrainingPack pack) {
		List<PackIssue> issues = new ArrayList<>();
		List<CaseStudy> cases = route.getCases().stream().filter(c -> !c.eIsProxy()).toList();
		if (cases.isEmpty()) {
			issues.add(at(route, Severity.ERROR, NLS.bind(Messages.NoCases, route.getName())));
		}
		if (route.getDays().isEmpty()) {
			issues.add(at(route, Severity.WARNING, NLS.bind(Messages.NoDays, route.getName())));
		}
		for (CaseStudy c : cases) {
			if (c.getLessons().isEmpty()) {
				issues.add(at(c, Severity.WARNING, NLS.bind(Messages.NoLessons, c.getName())));
			}
			if (c.getQuestions().isEmpty()) {
				issues.add(at(c, Severity.WARNING, NLS.bind(Messages.NoQuestions, c.getName())));
			}
		}
		for (ExportFormat format : formats) {
			try {
				for (String message : format.exporter().create().check(pack, format.id())) {
					issues.add(at(route, Severity.WARNING, NLS.bind(Messages.FormatIssue, format.label(), message)));
				}
			} catch (ExportException e) {
				issues.add(new PackIssue(Severity.ERROR, null, 0, 0, e.getMessage()));
			}
		}
		return issues;
	}

	/** An issue at the element's first line, where its declaration starts. */
	static PackIssue at(EObject element, Severity severity, String message) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		URI uri = element.eResource() == null ? null : element.eResource().getURI();
		String file = uri == null ? null : uri.isFile() ? uri.toFileString() : uri.toString();
		if (node == null || file == null) {
			return new PackIssue(severity, file, 1, 1, message);
		}
		String text = node.getRootNode().getText();
		int offset = node.getOffset();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		return new PackIssue(severity, file, node.getStartLine(), offset - lineStart + 1, message);
	}
}
