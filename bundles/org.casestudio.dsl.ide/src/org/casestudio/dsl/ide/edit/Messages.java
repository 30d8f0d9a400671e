package org.casestudio.dsl.ide.edit;

import org.eclipse.osgi.util.NLS;

/** Texts of the model edits, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.dsl.ide.edit.messages";

	public static String ModelEdits_SyntaxError;
	public static String ModelEdits_NoRoot;
	public static String ModelEdits_Failed;
	public static String ModelEdits_CommentsChanged;
	public static String ModelEdits_TranslationsMoved;
	public static String ModelEdits_NotTranslatable;
	public static String ModelEdits_AlreadyTranslated;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
