package org.casestudio.cli;

/**
 * Where a command's time goes (BENCHMARKS.md, "The command line as a user runs it"): printed to
 * stderr when the JVM is started with {@code -Dcasestudio.cli.timing=<ms>}, the wall clock in
 * milliseconds when the process was launched ({@code $(date +%s%3N)}), so that the JVM's own start
 * is in the first figure; any other value counts from the first mark. Off by default, and then
 * nothing but a property read.
 */
final class Timing {

	private static final String LAUNCH = System.getProperty("casestudio.cli.timing");
	private static long start;

	private Timing() {
	}

	static void mark(String what) {
		if (LAUNCH == null) {
			return;
		}
		long now = System.currentTimeMillis();
		if (start == 0) {
			try {
				start = Long.parseLong(LAUNCH);
			} catch (NumberFormatException e) {
				start = now;
			}
		}
		System.err.println("timing: " + (now - start) + " ms " + what);
	}
}
