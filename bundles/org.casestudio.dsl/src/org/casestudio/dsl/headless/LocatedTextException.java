package org.casestudio.dsl.headless;

/**
 * A text that cannot be read, with the 1-based line and column where reading stopped, so that
 * every caller can say file:line:column and what to do.
 */
public abstract class LocatedTextException extends Exception {
	private static final long serialVersionUID = 1L;
	private final int line;
	private final int column;

	protected LocatedTextException(String message, int line, int column) {
		super(message);
		this.line = line;
		this.column = column;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}
}
