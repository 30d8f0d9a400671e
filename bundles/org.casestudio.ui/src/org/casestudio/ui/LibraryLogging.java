package org.casestudio.ui;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Xtext logs through log4j, which prints warnings about its missing configuration on the terminal
 * the application was started from. In the desktop application the libraries' errors belong in
 * the error log, like every other error of the workbench; below errors they are left out.
 */
public final class LibraryLogging extends AppenderSkeleton {

	private LibraryLogging() {
	}

	/** Sends log4j's errors to the error log, unless log4j was configured already. */
	public static void install() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new LibraryLogging());
			root.setLevel(Level.ERROR);
		}
	}

	@Override
	protected void append(LoggingEvent event) {
		ThrowableInformation thrown = event.getThrowableInformation();
		ILog.of(LibraryLogging.class).log(new Status(IStatus.ERROR, CaseStudioUi.PLUGIN_ID,
				event.getLoggerName() + ": " + event.getRenderedMessage(), thrown == null ? null : thrown.getThrowable()));
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
		// Nothing held.
	}
}
