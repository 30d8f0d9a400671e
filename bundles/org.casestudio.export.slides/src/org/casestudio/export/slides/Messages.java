package org.casestudio.export.slides;

import org.eclipse.osgi.util.NLS;

/** The exporter's messages to the user; the words on the slides are in slides-words*.properties. */
final class Messages extends NLS {

	public static String CannotWrite;
	public static String CannotReadTemplate;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
