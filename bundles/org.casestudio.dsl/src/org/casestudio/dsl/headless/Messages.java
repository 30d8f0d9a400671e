package org.casestudio.dsl.headless;

import org.eclipse.osgi.util.NLS;

/** Texts of the problems with files, translatable through messages*.properties. */
final class Messages extends NLS {

	public static String NotFound;
	public static String PermissionDenied;
	public static String NoModelFiles;
	public static String NotAModelFile;
	public static String FolderUnreadable;
	public static String Unreadable;
	public static String Disappeared;
	public static String TooLarge;
	public static String Utf16;
	public static String Binary;
	public static String NotUtf8;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}

	/** The message of an I/O failure, or its type when it has none. */
	static String describe(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
