package org.casestudio.ui.builder;

import org.eclipse.osgi.util.NLS;

/** Texts of the workspace builder, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.ui.builder.messages";

	public static String Build_Task;
	public static String Build_Checking;
	public static String Nature_Job;
	public static String Rebuild_Job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
