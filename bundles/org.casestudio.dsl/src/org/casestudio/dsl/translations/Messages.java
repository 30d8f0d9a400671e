package org.casestudio.dsl.translations;

import org.eclipse.osgi.util.NLS;

/** Texts of the problems with translators' files, translatable through messages*.properties. */
final class Messages extends NLS {

	public static String PoStrayString;
	public static String PoUnknownLine;
	public static String PoNotUtf8;
	public static String PoExpectedQuote;
	public static String PoUnclosedQuote;
	public static String PoBadEscape;
	public static String PoTextAfterQuote;
	public static String PoUnreadable;
	public static String PoHeaderComment;
	public static String PoNoteInLanguage;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
