package org.casestudio.export;

/**
 * The codes of what a pack would lack or why it cannot be made: stable, so that scripts and
 * quick fixes can rely on them. A rule the language already checks (a case without lessons, for
 * instance) has the validator's code and is never repeated here.
 */
public final class PackProblems {

	private static final String PREFIX = "casestudio.pack.";

	/** The route lists no case: there is nothing to make a pack of. An error. */
	public static final String NO_CASES = PREFIX + "noCases";
	/** The route has no agenda days: the agenda only lists the cases. */
	public static final String NO_DAYS = PREFIX + "noDays";
	/** A case has no discussion question: its brief has none for the field. */
	public static final String NO_QUESTIONS = PREFIX + "noQuestions";
	/** A format would lack something (an exporter's {@link IExporter#check check}). */
	public static final String FORMAT = PREFIX + "format";
	/** An exporter cannot be started. An error. */
	public static final String EXPORTER_UNAVAILABLE = PREFIX + "exporterUnavailable";

	/** An image of the pack (a photo, or an image in a text) names no file. An error. */
	public static final String IMAGE_MISSING = PREFIX + "imageMissing";
	/** An image file is not JPEG, PNG, GIF, WebP or SVG, or its path is neither a file nor a web address. An error. */
	public static final String IMAGE_NOT_SUPPORTED = PREFIX + "imageNotSupported";
	/** An image file is larger than a pack takes. An error. */
	public static final String IMAGE_TOO_LARGE = PREFIX + "imageTooLarge";
	/** An image is on the web: not copied, so not shown offline. A warning. */
	public static final String IMAGE_REMOTE = PREFIX + "imageRemote";

	private PackProblems() {
	}
}
