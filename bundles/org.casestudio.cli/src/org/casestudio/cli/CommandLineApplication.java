package org.casestudio.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application behind {@code ./casestudio validate ...}; its result is the exit code. */
public class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		if (args != null && args.length > 0 && args[0].equals(LanguageServer.COMMAND)) {
			return LanguageServer.serveStandardStreams(args);
		}
		quietLibraryLogging();
		drawWithoutDisplay();
		return new CommandLine(System.out, System.err).run(args == null ? new String[0] : args);
	}

	/**
	 * Xtext logs through log4j, which complains on stderr when nobody configured it. Our findings
	 * are the output; the libraries may only add real errors to it.
	 */
	static void quietLibraryLogging() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new ConsoleAppender(new PatternLayout("casestudio: %p: %m%n"), ConsoleAppender.SYSTEM_ERR));
			root.setLevel(Level.ERROR);
		}
	}

	/**
	 * Java2D headless: the exports draw diagrams and measure text with it and never need a display.
	 * Without it a DISPLAY naming a server that is gone (an ended ssh -X session, xvfb-run done) made
	 * an export to the printed formats fail with AWTError, and so did the start-up cache's recording
	 * that runs after a command. Set here, where both ways in (Main, this application) pass, so that
	 * a command line installed through p2 gets it too. A value given on the command line is kept.
	 */
	static void drawWithoutDisplay() {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", Boolean.TRUE.toString());
		}
	}

	@Override
	public void stop() {
		// Validation runs to its end within start(); there is nothing to interrupt.
	}
}
