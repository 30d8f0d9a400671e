package org.casestudio.dsl.ide.highlighting;

/** The styles an editor colours Case Studio text with; editors map each id to a colour and font. */
public final class CaseStudioHighlightingStyles {

	public static final String KEYWORD = "keyword";
	public static final String STRING = "string";
	/** Multi-line Markdown text blocks. */
	public static final String TEXT_BLOCK = "textBlock";
	public static final String COMMENT = "comment";
	/** Numbers and dates. */
	public static final String NUMBER = "number";
	public static final String PUNCTUATION = "punctuation";
	public static final String DEFAULT = "default";
	/** The id where an element is declared. */
	public static final String DECLARATION = "declaration";
	/** An id that refers to an element declared elsewhere. */
	public static final String REFERENCE = "reference";

	/** Every style, in the order a preference page lists them. */
	public static final String[] ALL = { KEYWORD, STRING, TEXT_BLOCK, COMMENT, NUMBER, DECLARATION, REFERENCE,
			PUNCTUATION, DEFAULT };

	private CaseStudioHighlightingStyles() {
	}
}
