package org.casestudio.export;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	public static String Exporting;
	public static String FontMissing;
	public static String Committing;
	public static String ExporterUnavailable;
	public static String ExporterFailed;
	public static String DuplicateFormat;
	public static String MalformedFormat;
	public static String NotAFolder;
	public static String CannotCreateFolder;
	public static String CannotWrite;
	public static String UnsafePath;
	public static String WouldOverwrite;
	public static String TemplateError;
	public static String TemplateMissing;
	public static String BuiltInTemplate;
	public static String NoCases;
	public static String NoDays;
	public static String NoQuestions;
	public static String FormatIssue;
	public static String Preparing;
	public static String NotReady;
	public static String ImageMissing;
	public static String ImageNotSupported;
	public static String ImageNotAFile;
	public static String ImageTooLarge;
	public static String ImageRemote;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
