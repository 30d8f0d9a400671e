package org.casestudio.ui.forms;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the Markdown previews, the translations, sources, photos and answer options on the
 * forms, translatable through fields*.properties.
 */
final class FieldMessages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.ui.forms.fields";

	public static String Form_CannotWrite;
	public static String Preview_Label;
	public static String Preview_Image;
	public static String Translations_Label;
	public static String Translations_Language;
	public static String Translations_OutOfDate;
	public static String Translations_OutOfDateHint;
	public static String Translations_MarkUpToDate;
	public static String Translations_FromFile;
	public static String Section_Sources;
	public static String Section_Sources_Description;
	public static String Section_Photos;
	public static String Section_Photos_Description;
	public static String Section_Options;
	public static String Section_Options_Description;
	public static String Field_Authors;
	public static String Field_Date;
	public static String Field_Publisher;
	public static String Field_Link;
	public static String Field_Notes;
	public static String Field_CitedFor;
	public static String Field_File;
	public static String Field_Alt;
	public static String Field_Caption;
	public static String Field_Credit;
	public static String Field_RightOrWrong;
	public static String Field_Option;
	public static String Field_Feedback;
	public static String Field_ExpectedAnswer;
	public static String New_Photo;

	static {
		NLS.initializeMessages(BUNDLE_NAME, FieldMessages.class);
	}

	private FieldMessages() {
	}
}
