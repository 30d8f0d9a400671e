package org.casestudio.dsl.validation;

import java.util.List;
import java.util.Map;

import org.casestudio.model.CaseStudioPackage;
import org.eclipse.emf.ecore.EClass;

/**
 * The facts a source can be cited for ({@code source ... for dates, women 18}), by element. A fact
 * is named by the word an author reads in the element's clause, or by what the clause says
 * ("dates" for {@code from ... to ...}, "organiser" for {@code organised by}).
 */
public final class Facts {

	private static final CaseStudioPackage P = CaseStudioPackage.eINSTANCE;

	private static final Map<EClass, List<String>> BY_ELEMENT = Map.of(
			P.getLearningRoute(), List.of("title", "subtitle", "theme", "country", "province", "provinces", "edition",
					"dates", "organiser", "host_programme", "funders", "participants", "women", "origins",
					"participant_organisations", "cases", "about", "objectives", "challenges", "success_factors",
					"reflection", "deadline", "fee", "cost", "places", "contact", "language", "days"),
			P.getCaseStudy(), List.of("title", "host", "location", "summary", "context", "scaling_up", "practices",
					"partnerships", "timeline", "indicators", "lessons", "challenges", "success_factors", "champions"),
			P.getActor(), List.of("name", "kind", "location", "ethnic_group", "members", "households", "women", "about"),
			P.getPartnership(), List.of("title", "type", "agreement", "product", "certification", "price", "volume",
					"risks", "benefits", "broker", "since", "duration", "governance", "investment", "partners"));

	private Facts() {
	}

	/** The fact words of an element of this class, or an empty list where sources cannot be cited. */
	public static List<String> of(EClass element) {
		return BY_ELEMENT.getOrDefault(element, List.of());
	}
}
