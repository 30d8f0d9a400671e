package org.casestudio.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the command line, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.cli.messages";

	public static String Usage;
	public static String UsageError;
	public static String UnknownCommand;
	public static String UnknownFormat;
	public static String UnknownOption;
	public static String InvalidPath;
	public static String NoInput;
	public static String Summary;
	public static String InternalError;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
