package org.casestudio.export;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.model.CaseStudy;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.Problem.Severity;
import org.eclipse.osgi.util.NLS;

/**
 * What a route does not yet have for a training pack, reported before exporting rather than
 * silently skipped: each at the place in the files where the author would add it. Only what the
 * language does not check itself: the validator's findings come with the route.
 */
final class PackReadiness {

	private PackReadiness() {
	}

	static List<Problem> check(LearningRoute route, ElementLocator locator) {
		List<Problem> problems = new ArrayList<>();
		List<CaseStudy> cases = route.getCases().stream().filter(c -> !c.eIsProxy()).toList();
		if (cases.isEmpty()) {
			problems.add(Problem.at(locator.place(route), Severity.ERROR, NLS.bind(Messages.NoCases, route.getName()),
					PackProblems.NO_CASES));
		}
		if (route.getDays().isEmpty()) {
			problems.add(Problem.at(locator.place(route), Severity.WARNING, NLS.bind(Messages.NoDays, route.getName()),
					PackProblems.NO_DAYS));
		}
		for (CaseStudy c : cases) {
			if (c.getQuestions().isEmpty()) {
				problems.add(Problem.at(locator.place(c), Severity.WARNING, NLS.bind(Messages.NoQuestions, c.getName()),
						PackProblems.NO_QUESTIONS));
			}
		}
		return problems;
	}
}
