package org.casestudio.dsl.ide.services;

import org.eclipse.osgi.util.NLS;

/** Texts of the language services, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.dsl.ide.services.messages";

	public static String Hover_Declared;
	public static String Hover_Households;
	public static String Hover_Members;
	public static String Hover_Women;
	public static String QuickFix_AddCaseToRoute;
	public static String QuickFix_RemoveDuplicateCase;
	public static String QuickFix_ChangeRole;
	public static String QuickFix_MakePositive;
	public static String QuickFix_UseId;
	public static String QuickFix_MarkUpToDate;
	public static String Rename_Invalid;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
