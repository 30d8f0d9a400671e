package org.casestudio.export.web;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	public static String DayNumber;
	public static String DayNumberDate;
	public static String CannotZip;
	public static String ImageCannotBeCopied;
	public static String ImageMissing;
	public static String ImageNotSupported;
	public static String ImageTooLarge;
	public static String MapTitle;
	public static String MapDescription;
	public static String MapNorth;
	public static String MapScale;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
