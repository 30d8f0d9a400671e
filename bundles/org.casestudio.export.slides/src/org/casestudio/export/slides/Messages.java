package org.casestudio.export.slides;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	public static String Objectives;
	public static String Agenda;
	public static String CasesVisited;
	public static String AgendaDay;
	public static String AgendaDayNoTitle;
	public static String AgendaSession;
	public static String AgendaCase;
	public static String CaseSection;
	public static String HostedBy;
	public static String Actors;
	public static String Households;
	public static String Members;
	public static String Women;
	public static String PartnershipFacts;
	public static String Type;
	public static String Agreement;
	public static String Product;
	public static String Certification;
	public static String Since;
	public static String BrokeredBy;
	public static String PartnerRole;
	public static String PartnersUndocumented;
	public static String Results;
	public static String Indicator;
	public static String IndicatorYear;
	public static String Baseline;
	public static String Timeline;
	public static String Lessons;
	public static String Challenges;
	public static String Questions;
	public static String QuestionNotes;
	public static String Notes;
	public static String Answer;
	public static String DiagramNotes;
	public static String InnovationPlans;
	public static String InnovationPlanIntro;
	public static String InnovationPlanSteps;
	public static String Evaluation;
	public static String EvaluationIntro;
	public static String EvaluationStatements;
	public static String EvaluationCase;
	public static String EvaluationOpen;
	public static String CannotWrite;
	public static String CannotReadTemplate;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
