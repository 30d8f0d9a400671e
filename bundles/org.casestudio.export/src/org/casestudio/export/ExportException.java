package org.casestudio.export;

/**
 * An export that cannot be done, with a message for the user that says what to do. Nothing of the
 * pack being written is left behind when it is thrown.
 */
public class ExportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ExportException(String message) {
		super(message);
	}

	public ExportException(String message, Throwable cause) {
		super(message, cause);
	}
}
