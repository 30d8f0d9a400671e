package org.casestudio.dsl.headless;

/** Codes of problems with files themselves, found before the language sees their text. */
public final class FileProblems {

	/** The path does not exist. */
	public static final String NOT_FOUND = "casestudio.io.notFound";
	/** The file or folder cannot be read. */
	public static final String UNREADABLE = "casestudio.io.unreadable";
	/** The file is not a Case Studio file (wrong extension). */
	public static final String NOT_A_MODEL_FILE = "casestudio.io.notModelFile";
	/** A folder holds no Case Studio file. */
	public static final String NO_MODEL_FILES = "casestudio.io.noModelFiles";
	/** The file is too large to be a Case Studio file; reading it would take the memory of the machine. */
	public static final String TOO_LARGE = "casestudio.io.tooLarge";
	/** The file is not UTF-8 text (binary, UTF-16, or another encoding). */
	public static final String ENCODING = "casestudio.encoding";
	/** The text does not follow the grammar. */
	public static final String SYNTAX = "casestudio.syntax";

	private FileProblems() {
	}
}
