package org.casestudio.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the command line, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.cli.messages";

	public static String Usage;
	public static String UsageError;
	public static String UnknownLanguage;
	public static String UndeclaredLanguage;
	public static String PackDoneIn;
	public static String UnknownCommand;
	public static String UnknownFormat;
	public static String UnknownOption;
	public static String InvalidPath;
	public static String NoInput;
	public static String Summary;
	public static String InternalError;
	public static String OutOfMemory;
	public static String MissingValue;
	public static String GivenTwice;
	public static String BadOption;
	public static String ExportOnly;
	public static String NoOut;
	public static String FixBeforeExport;
	public static String UnknownPackFormat;
	public static String NoExporters;
	public static String UnknownRoute;
	public static String NoRoute;
	public static String SeveralRoutes;
	public static String Wrote;
	public static String AndMore;
	public static String NothingWritten;
	public static String PackDone;
	public static String ExportFailed;
	public static String BadLanguage;
	public static String NoLanguages;
	public static String SourceLanguage;
	public static String FixBeforeTranslations;
	public static String TranslationsWritten;
	public static String TranslationsNotWritten;
	public static String DaemonUsage;
	public static String DaemonNotRunning;
	public static String DaemonStopped;
	public static String DaemonStatus;
	public static String DaemonLost;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
