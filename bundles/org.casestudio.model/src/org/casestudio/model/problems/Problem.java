package org.casestudio.model.problems;

import java.nio.file.Path;

/**
 * One problem found in a route's files or in the pack made from them: where it is, how bad it is,
 * what it says and its stable code. Line and column start at 1; both are 0 for a problem about a
 * file as a whole. {@code file} is null for a problem about the pack as a whole.
 */
public record Problem(Path file, int line, int column, Severity severity, String message, String code) {

	public enum Severity {
		/** The files cannot be used as they are: validation fails, an export writes nothing. */
		ERROR,
		/** The files can be used but will miss something the author probably wants. */
		WARNING,
		INFO;

		/** The word every Case Studio tool prints. */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** A problem at a place in the files (see {@link Place}). */
	public static Problem at(Place place, Severity severity, String message, String code) {
		return place == null ? new Problem(null, 0, 0, severity, message, code)
				: new Problem(place.file(), place.line(), place.column(), severity, message, code);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
