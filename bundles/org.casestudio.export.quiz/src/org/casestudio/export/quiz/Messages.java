package org.casestudio.export.quiz;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	public static String EmptyQuiz;
	public static String NotMultipleChoice;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
