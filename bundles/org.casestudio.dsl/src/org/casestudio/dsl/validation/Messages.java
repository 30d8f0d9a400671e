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
	public static String Kind_Question;
	public static String Kind_Champion;
	public static String Kind_Plan;
	public static String Kind_Declaration;
	public static String Kind_Element;

	public static String UnresolvedReference;
	public static String TranslationMissing;
	public static String TranslationOutOfDate;
	public static String TranslationOutOfDateHere;
	public static String TranslationFileUnreadable;
	public static String NotALanguage;
	public static String DuplicateTranslation;
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
	public static String UndocumentedPartners;
	public static String WomenExceedParticipants;
	public static String InvalidMonth;
	public static String InvalidDay;
	public static String InvalidLatitude;
	public static String InvalidLongitude;
	public static String PhotoWithoutAlt;
	public static String InvalidCurrency;
	public static String DeadlineAfterStart;
	public static String UnknownFact;

	public static String Id_Rule;
	public static String Id_Missing;
	public static String Syntax_BadId;
	public static String Syntax_NotAnId;
	public static String Syntax_SpacedId;

	public static String Syntax_Unknown;
	public static String Syntax_NotADeclaration;
	public static String Syntax_UnexpectedEnd;
	public static String Syntax_ExpectingEnd;
	public static String Syntax_Unexpected;
	public static String Syntax_NotUnderstood;
	public static String Syntax_Missing;
	public static String Syntax_AString;
	public static String Syntax_AnId;
	public static String Syntax_ANumber;
	public static String Syntax_ADate;
	public static String Syntax_AText;
	public static String Syntax_MissingOpener;
	public static String Syntax_BelongsElsewhere;
	public static String Syntax_Or;
	public static String Syntax_StringNotClosed;
	public static String Syntax_TextBlockNotClosed;
	public static String Syntax_NotClosedSomewhere;
	public static String Syntax_EscapedQuote;
	public static String Syntax_SpanningString;
	public static String Syntax_Backslash;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
