package org.casestudio.model.problems;

import java.nio.file.Path;

/**
 * The one text form of a problem, printed by the command line and shown by the desktop alike:
 * {@code path:line:column: severity: message [code]}, with {@code path:} alone for a whole file and
 * no place for the pack as a whole. Paths under the base folder are shown relative to it.
 */
public final class ProblemPrinter {

	private final Path base;

	/** @param base the folder paths are shown relative to (the working folder); null for absolute paths */
	public ProblemPrinter(Path base) {
		this.base = base == null ? null : base.toAbsolutePath().normalize();
	}

	public String print(Problem problem) {
		StringBuilder line = new StringBuilder();
		if (problem.file() != null) {
			line.append(path(problem.file()));
			if (problem.line() > 0) {
				line.append(':').append(problem.line()).append(':').append(problem.column());
			}
			line.append(": ");
		}
		line.append(problem.severity().label()).append(": ").append(oneLine(problem.message()));
		if (problem.code() != null) {
			line.append(" [").append(problem.code()).append(']');
		}
		return line.toString();
	}

	/** The path as the printer shows it: relative to the base when under it, as given otherwise. */
	public String path(Path file) {
		if (base == null) {
			return file.toString();
		}
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : file.toString();
	}

	/** One problem, one line: line breaks inside a message would break tools that read the output. */
	public static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
	}
}
