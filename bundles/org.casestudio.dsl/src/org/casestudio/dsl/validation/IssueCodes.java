package org.casestudio.dsl.validation;

import java.util.List;

/**
 * The stable codes of every diagnostic the language reports. Quick fixes, tests and the JSON
 * output of the command line refer to these; never rename one, add a new one instead.
 */
public final class IssueCodes {

	private static final String PREFIX = "casestudio.";

	/** An id refers to nothing declared in the folder tree. */
	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolvedReference";
	/** Two elements of the same kind share an id. */
	public static final String DUPLICATE_ID = PREFIX + "duplicateId";

	/** A partnership names fewer than two partners. */
	public static final String TOO_FEW_PARTNERS = PREFIX + "tooFewPartners";
	/** A 4P partnership lacks a public, a private or a producer partner. */
	public static final String INCOMPLETE_4P = PREFIX + "incomplete4P";
	/** A PPP lacks a public or a private partner. */
	public static final String INCOMPLETE_PPP = PREFIX + "incompletePPP";
	/** The same actor is a partner twice in one partnership. */
	public static final String DUPLICATE_PARTNER = PREFIX + "duplicatePartner";
	/** A partner's role does not fit the kind of actor it is. */
	public static final String ROLE_MISMATCH = PREFIX + "roleMismatch";
	/** A contribution is given to an actor that is not part of the partnership. */
	public static final String RECIPIENT_NOT_PARTNER = PREFIX + "recipientNotPartner";

	/** A count (members, households, women, days, minutes...) is negative. */
	public static final String NEGATIVE_COUNT = PREFIX + "negativeCount";
	/** More women than members. */
	public static final String WOMEN_EXCEED_MEMBERS = PREFIX + "womenExceedMembers";
	/** A year that cannot be right. */
	public static final String IMPLAUSIBLE_YEAR = PREFIX + "implausibleYear";

	/** A route ends before it starts. */
	public static final String ROUTE_ENDS_BEFORE_START = PREFIX + "routeEndsBeforeStart";
	/** A day's date falls outside the route's dates. */
	public static final String DAY_OUTSIDE_ROUTE = PREFIX + "dayOutsideRoute";
	/** Days are not in order, or two days share a number or a date. */
	public static final String DAY_ORDER = PREFIX + "dayOrder";
	/** A session's start time is not HH:MM. */
	public static final String INVALID_TIME = PREFIX + "invalidTime";
	/** A session visits a case that the route does not list among its cases. */
	public static final String CASE_NOT_IN_ROUTE = PREFIX + "caseNotInRoute";
	/** A route lists the same case twice. */
	public static final String DUPLICATE_CASE_IN_ROUTE = PREFIX + "duplicateCaseInRoute";
	/**
	 * A case of a route has no lesson. The one source of this rule: its severity (a warning unless
	 * the team chose otherwise) also decides whether an export of the route goes ahead.
	 */
	public static final String CASE_WITHOUT_LESSON = PREFIX + "caseWithoutLesson";

	/** A question has answer options, none of them marked right. */
	public static final String NO_RIGHT_OPTION = PREFIX + "noRightOption";
	/** An Innovation Plan adapts a practice that is not part of the case it names. */
	public static final String PRACTICE_NOT_IN_CASE = PREFIX + "practiceNotInCase";

	/**
	 * A partnership whose partners the sources do not name ('partners not documented'): said
	 * instead of {@link #TOO_FEW_PARTNERS}, so that a pack can show the partnership as partly known.
	 */
	public static final String UNDOCUMENTED_PARTNERS = PREFIX + "undocumentedPartners";
	/** More women than participants in a route. */
	public static final String WOMEN_EXCEED_PARTICIPANTS = PREFIX + "womenExceedParticipants";
	/** A date of a source names a month or a day that does not exist. */
	public static final String INVALID_DATE = PREFIX + "invalidDate";
	/** A latitude or a longitude outside its range. */
	public static final String INVALID_COORDINATES = PREFIX + "invalidCoordinates";
	/** A photo without the text that describes it to readers who cannot see it. */
	public static final String PHOTO_WITHOUT_ALT = PREFIX + "photoWithoutAlt";
	/** A fee or a cost whose currency is not a three-letter code. */
	public static final String INVALID_CURRENCY = PREFIX + "invalidCurrency";
	/** The deadline to apply falls after the route has started. */
	public static final String DEADLINE_AFTER_START = PREFIX + "deadlineAfterStart";
	/** A source is cited for a fact that the element it belongs to does not have. */
	public static final String UNKNOWN_FACT = PREFIX + "unknownFact";

	/** A text has no translation into one of the languages its route's packs are made in. */
	public static final String TRANSLATION_MISSING = PREFIX + "translationMissing";
	/** A text's translation was made from an earlier version of the text. */
	public static final String TRANSLATION_OUT_OF_DATE = PREFIX + "translationOutOfDate";
	/** A text has two translations into one language written beside it, or one into its own language. */
	public static final String DUPLICATE_TRANSLATION = PREFIX + "duplicateTranslation";
	/** A translator's file of the route cannot be read. */
	public static final String TRANSLATION_FILE_UNREADABLE = PREFIX + "translationFileUnreadable";

	/**
	 * The codes whose severity a user may choose (error, warning, info or ignore); the others are
	 * always errors because the model cannot be right with them. All start as warnings.
	 */
	public static final List<String> CONFIGURABLE = List.of(DUPLICATE_PARTNER, ROLE_MISMATCH, RECIPIENT_NOT_PARTNER,
			DAY_ORDER, CASE_NOT_IN_ROUTE, DUPLICATE_CASE_IN_ROUTE, CASE_WITHOUT_LESSON, NO_RIGHT_OPTION,
			PRACTICE_NOT_IN_CASE, UNDOCUMENTED_PARTNERS, DEADLINE_AFTER_START, UNKNOWN_FACT, TRANSLATION_MISSING,
			TRANSLATION_OUT_OF_DATE);

	private IssueCodes() {
	}
}
