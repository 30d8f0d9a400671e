package org.casestudio.ui.export;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	public static String Wizard_Title;
	public static String Wizard_Checking;
	public static String Wizard_Failed;
	public static String Wizard_Cancelled;
	public static String Wizard_HasErrors;
	public static String Wizard_NoRoute;
	public static String Page_Title;
	public static String Page_Description;
	public static String Page_Route;
	public static String Page_Language;
	public static String Page_LanguageItem;
	public static String Page_Formats;
	public static String Page_Folder;
	public static String Page_Browse;
	public static String Page_Before;
	public static String Page_IssueAt;
	public static String Page_IssueIn;
	public static String Page_NothingMissing;
	public static String Page_Checking;
	public static String Page_NoRoutes;
	public static String Page_NoFormat;
	public static String Page_NoFolder;
	public static String Page_FixErrors;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
