package org.casestudio.dsl.validation;

import org.casestudio.model.CaseStudioPackage;
import org.eclipse.emf.ecore.EClass;

/** The words a trainer uses for the model's classes, for messages. */
public final class Vocabulary {

	private Vocabulary() {
	}

	/** A feature's name as words for people: "durationMinutes" becomes "Duration minutes". */
	public static String words(String featureName) {
		String words = featureName.replaceAll("([A-Z])", " $1").toLowerCase();
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	public static String kindOf(EClass eClass) {
		CaseStudioPackage p = CaseStudioPackage.eINSTANCE;
		if (p.getActor().isSuperTypeOf(eClass)) {
			return Messages.Kind_Actor;
		} else if (p.getCaseStudy().isSuperTypeOf(eClass)) {
			return Messages.Kind_Case;
		} else if (p.getLearningRoute().isSuperTypeOf(eClass)) {
			return Messages.Kind_Route;
		} else if (p.getPractice().isSuperTypeOf(eClass)) {
			return Messages.Kind_Practice;
		} else if (p.getParticipant().isSuperTypeOf(eClass)) {
			return Messages.Kind_Participant;
		} else if (p.getPartnership().isSuperTypeOf(eClass)) {
			return Messages.Kind_Partnership;
		} else if (p.getDiscussionQuestion().isSuperTypeOf(eClass)) {
			return Messages.Kind_Question;
		} else if (p.getChampion().isSuperTypeOf(eClass)) {
			return Messages.Kind_Champion;
		} else if (p.getInnovationPlan().isSuperTypeOf(eClass)) {
			return Messages.Kind_Plan;
		} else if (p.getDeclaration().isSuperTypeOf(eClass)) {
			return Messages.Kind_Declaration;
		}
		return Messages.Kind_Element;
	}
}
