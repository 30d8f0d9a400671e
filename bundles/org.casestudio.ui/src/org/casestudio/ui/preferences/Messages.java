package org.casestudio.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** Texts of the preference pages, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.ui.preferences.messages";

	public static String ColorPage_Description;
	public static String ColorPage_Bold;
	public static String Style_keyword;
	public static String Style_string;
	public static String Style_textBlock;
	public static String Style_comment;
	public static String Style_number;
	public static String Style_declaration;
	public static String Style_reference;
	public static String Style_punctuation;
	public static String Style_default;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	static String label(String style) {
		try {
			return (String) Messages.class.getField("Style_" + style).get(null);
		} catch (ReflectiveOperationException e) {
			return style;
		}
	}
}
