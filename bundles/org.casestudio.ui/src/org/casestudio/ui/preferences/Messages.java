package org.casestudio.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** Texts of the preference pages, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.ui.preferences.messages";

	public static String ColorPage_Description;
	public static String ColorPage_Bold;
	public static String Style_keyword;
	public static String Style_string;
	public static String Style_textBlock;
	public static String Style_comment;
	public static String Style_number;
	public static String Style_declaration;
	public static String Style_reference;
	public static String Style_punctuation;
	public static String Style_default;
	public static String ValidationPage_Description;
	public static String Check_practiceNotInCase;
	public static String Check_noRightOption;
	public static String Check_caseWithoutLesson;
	public static String Check_duplicateCaseInRoute;
	public static String Check_caseNotInRoute;
	public static String Check_dayOrder;
	public static String Check_recipientNotPartner;
	public static String Check_roleMismatch;
	public static String Check_duplicatePartner;
	public static String Check_undocumentedPartners;
	public static String Check_deadlineAfterStart;
	public static String Check_unknownFact;
	public static String Check_translationMissing;
	public static String Check_translationOutOfDate;
	public static String Severity_Error;
	public static String Severity_Warning;
	public static String Severity_Info;
	public static String Severity_Ignore;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The label of an optional check, from its issue code ("casestudio.roleMismatch" -> Check_roleMismatch). */
	static String check(String code) {
		try {
			return (String) Messages.class.getField("Check_" + code.substring(code.indexOf('.') + 1)).get(null);
		} catch (ReflectiveOperationException e) {
			return code;
		}
	}

	static String label(String style) {
		try {
			return (String) Messages.class.getField("Style_" + style).get(null);
		} catch (ReflectiveOperationException e) {
			return style;
		}
	}
}
