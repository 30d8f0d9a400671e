package org.casestudio.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** Texts of the New wizards, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.ui.wizards.messages";

	public static String Wizard_Route;
	public static String Wizard_Case;
	public static String Wizard_Actors;
	public static String Wizard_FileDescription;
	public static String Wizard_DetailsDescription;
	public static String Wizard_Id;
	public static String Wizard_Title;
	public static String Wizard_Country;
	public static String Wizard_Province;
	public static String Wizard_Start;
	public static String Wizard_End;
	public static String Wizard_Village;
	public static String Wizard_District;
	public static String Wizard_Kind;
	public static String Wizard_IdMissing;
	public static String Wizard_IdInvalid;
	public static String Wizard_IdReserved;
	public static String Wizard_TitleMissing;
	public static String Wizard_BothDates;
	public static String Wizard_DateFormat;
	public static String Wizard_EndBeforeStart;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
