package org.casestudio.cli;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The command line on a plain class path, without the OSGi framework: how {@code ./casestudio
 * validate|export} runs it (releng/scripts/cli-jvm.sh), because resolving and starting bundles
 * took longer than the command itself and the JVM's start-up cache holds classes of the class
 * path fully linked. The class path is the headless product's bundles; the exporters are still
 * contributions to the extension point, read from those bundles' plugin.xml
 * ({@link ClassPathRegistry}). {@link CommandLineApplication} runs the same command under OSGi.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) throws CoreException {
		Timing.mark("main");
		if (args.length > 0 && args[0].equals(LanguageServer.COMMAND)) {
			System.exit(LanguageServer.serveStandardStreams(args));
		}
		CommandLineApplication.quietLibraryLogging();
		RegistryFactory.setDefaultRegistryProvider(new ClassPathRegistry(Main.class.getClassLoader()));
		int exit = new CommandLine(System.out, System.err).run(args);
		Timing.mark("done");
		System.exit(exit);
	}
}
