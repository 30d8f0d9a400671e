package org.casestudio.dsl.validation;

import org.eclipse.osgi.util.NLS;

/** Texts of the language's diagnostics, translatable through messages*.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.dsl.validation.messages";

	public static String Kind_Actor;
	public static String Kind_Case;
	public static String Kind_Route;
	public static String Kind_Practice;
	public static String Kind_Participant;
	public static String Kind_Partnership;
	public static String Kind_Declaration;
	public static String Kind_Element;

	public static String UnresolvedReference;
	public static String DuplicateId;
	public static String TooFewPartners;
	public static String Incomplete4P;
	public static String IncompletePPP;
	public static String DuplicatePartner;
	public static String RoleMismatch;
	public static String RecipientNotPartner;
	public static String NegativeCount;
	public static String WomenExceedMembers;
	public static String ImplausibleYear;
	public static String RouteEndsBeforeStart;
	public static String DayOutsideRoute;
	public static String DayNumberOrder;
	public static String DayDateOrder;
	public static String InvalidTime;
	public static String CaseNotInRoute;
	public static String DuplicateCaseInRoute;
	public static String CaseWithoutLesson;
	public static String NoRightOption;
	public static String PracticeNotInCase;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
