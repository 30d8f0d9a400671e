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

	/**
	 * Log4j reads the first log4j.properties of the class path when it starts, and on this class
	 * path that is Xtext's: every library message from INFO up to stdout, the command's own stream
	 * (validate --format json), and CommandLineApplication's quiet set-up then skipped since an
	 * appender exists. Not reading it also spares parsing it with log4j's configurator, whose
	 * classes are too old for the start-up cache (BENCHMARKS.md, "Command line").
	 */
	static final String LOG4J_NO_DEFAULT_CONFIGURATION = "log4j.defaultInitOverride";

	/** What every command needs on the plain class path, here and in the resident process. */
	static void prepare() throws CoreException {
		System.setProperty(LOG4J_NO_DEFAULT_CONFIGURATION, "true");
		CommandLineApplication.quietLibraryLogging();
		CommandLineApplication.drawWithoutDisplay();
		RegistryFactory.setDefaultRegistryProvider(new ClassPathRegistry(Main.class.getClassLoader()));
	}

	public static void main(String[] args) throws CoreException {
		Timing.mark("main");
		System.setProperty(LOG4J_NO_DEFAULT_CONFIGURATION, "true");
		if (args.length > 0 && args[0].equals(LanguageServer.COMMAND)) {
			System.exit(LanguageServer.serveStandardStreams(args));
		}
		// Made first: its class makes the line that says the heap ran out while there is memory.
		CommandLine commandLine = new CommandLine(System.out, System.err);
		int exit;
		try {
			prepare();
			exit = commandLine.run(args);
		} catch (OutOfMemoryError e) {
			exit = CommandLine.outOfMemory(System.err);
		}
		Timing.mark("done");
		System.exit(exit);
	}
}
