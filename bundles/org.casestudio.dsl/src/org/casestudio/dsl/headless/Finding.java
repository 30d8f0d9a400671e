package org.casestudio.dsl.headless;

import java.nio.file.Path;

/**
 * One problem found in the files: where it is, how bad it is, what it says and its stable code.
 * Line and column start at 1; both are 0 for a problem about a file as a whole.
 */
public record Finding(Path file, int line, int column, Severity severity, String message, String code) {

	public enum Severity {
		ERROR, WARNING, INFO;

		/** The word the command line prints. */
		public String label() {
			return name().toLowerCase();
		}
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
