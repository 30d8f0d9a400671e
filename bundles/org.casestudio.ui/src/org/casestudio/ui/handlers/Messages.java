package org.casestudio.ui.handlers;

import org.eclipse.osgi.util.NLS;

/** Texts of the editor commands, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.ui.handlers.messages";

	public static String Format_SyntaxErrors;
	public static String OpenDeclaration_None;
	public static String Rename_Title;
	public static String Rename_Prompt;
	public static String Rename_NothingHere;
	public static String References_None;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
