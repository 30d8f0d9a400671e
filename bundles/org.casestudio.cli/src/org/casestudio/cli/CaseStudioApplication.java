package org.casestudio.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application behind {@code ./casestudio validate ...}; its result is the exit code. */
public class CaseStudioApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return new CommandLine(System.out, System.err).run(args == null ? new String[0] : args);
	}

	@Override
	public void stop() {
		// Validation runs to its end within start(); there is nothing to interrupt.
	}
}
