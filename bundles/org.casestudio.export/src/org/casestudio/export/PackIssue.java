package org.casestudio.export;

/**
 * Something a pack would lack, found before exporting: a case without lessons, a quiz without
 * questions. {@code file} is null for the pack as a whole; line and column count from 1.
 */
public record PackIssue(Severity severity, String file, int line, int column, String message) {

	public enum Severity {
		/** The pack cannot be made. */
		ERROR,
		/** The pack can be made but will miss something the user probably wants. */
		WARNING
	}

	/** {@code file:line:column: warning: message}, the form every Case Studio tool prints. */
	@Override
	public String toString() {
		String level = severity == Severity.ERROR ? "error" : "warning";
		return file == null ? level + ": " + message : file + ":" + line + ":" + column + ": " + level + ": " + message;
	}
}
