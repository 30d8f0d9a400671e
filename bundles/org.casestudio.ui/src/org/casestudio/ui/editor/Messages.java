package org.casestudio.ui.editor;

import org.eclipse.osgi.util.NLS;

/** Texts of the editor, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.ui.editor.messages";

	public static String ContentAssist_Nothing;
	public static String Outline_Untitled;
	public static String Save_Failed;
	public static String Revalidate_Job;
	public static String Validate_Job;
	public static String Rename_Stale;
	public static String References_Empty;
	public static String References_Heading;
	public static String References_HeadingOne;
	public static String References_File;
	public static String References_Line;
	public static String References_Text;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
