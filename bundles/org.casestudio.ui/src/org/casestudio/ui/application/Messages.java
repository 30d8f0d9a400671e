package org.casestudio.ui.application;

import org.eclipse.osgi.util.NLS;

/** Texts of the main window, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.ui.application.messages";

	public static String Window_Title;
	public static String Menu_File;
	public static String Menu_New;
	public static String Menu_Edit;
	public static String Menu_Source;
	public static String Menu_Window;
	public static String Menu_ShowView;
	public static String Menu_Help;
	public static String WarmUp_Name;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
