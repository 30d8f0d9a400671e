package org.casestudio.export.print;

import org.eclipse.osgi.util.NLS;

/**
 * The printed documents' file names and error messages. The words in the documents themselves are
 * in print-words.properties, in the pack's language.
 */
final class Messages extends NLS {

	public static String Guide_file;
	public static String Workbook_file;
	public static String CannotRender;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
