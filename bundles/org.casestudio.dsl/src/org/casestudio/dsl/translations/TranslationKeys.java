package org.casestudio.dsl.translations;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.casestudio.model.Actor;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Declaration;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The stable key of a text in a translator's file (its msgctxt), made of ids and roles, so that a
 * translation stays with its text when other texts are added, removed or edited:
 * {@code case coffee/lessons[2]}, {@code route attapeu/days[1]/sessions[3]/title},
 * {@code case coffee/coffee_ppp/price}. Only items of a list without ids of their own (days,
 * lessons...) depend on their position.
 */
public final class TranslationKeys {

	private TranslationKeys() {
	}

	public static String key(EObject owner, EStructuralFeature feature, int index) {
		return path(owner) + "/" + role(feature, index);
	}

	private static String role(EStructuralFeature feature, int index) {
		return index < 0 ? feature.getName() : feature.getName() + "[" + (index + 1) + "]";
	}

	private static String path(EObject element) {
		Deque<String> segments = new ArrayDeque<>();
		EObject e = element;
		while (e != null) {
			if (e instanceof Declaration declaration) {
				segments.addFirst(kind(declaration) + " " + declaration.getName());
				break;
			}
			if (e instanceof NamedElement named && named.getName() != null) {
				segments.addFirst(named.getName());
			} else if (e.eContainingFeature() != null) {
				EStructuralFeature containment = e.eContainingFeature();
				int index = containment.isMany() ? ((List<?>) e.eContainer().eGet(containment)).indexOf(e) : -1;
				segments.addFirst(role(containment, index));
			}
			e = e.eContainer();
		}
		return String.join("/", segments);
	}

	private static String kind(Declaration declaration) {
		if (declaration instanceof LearningRoute) {
			return "route";
		}
		if (declaration instanceof CaseStudy) {
			return "case";
		}
		return declaration instanceof Actor ? "actor" : "element";
	}
}
