package org.casestudio.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a document into the regions that may span lines (text blocks, strings, comments) and the
 * rest, so that a keystroke re-colours only what it can affect.
 */
public final class CaseStudioPartitions {

	public static final String PARTITIONING = "org.casestudio.partitioning";
	public static final String TEXT_BLOCK = "__casestudio_text_block";
	public static final String STRING = "__casestudio_string";
	public static final String COMMENT = "__casestudio_comment";
	public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, TEXT_BLOCK, STRING, COMMENT };

	private CaseStudioPartitions() {
	}

	public static IDocumentPartitioner createPartitioner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		scanner.setPredicateRules(new IPredicateRule[] {
				new MultiLineRule("\"\"\"", "\"\"\"", new Token(TEXT_BLOCK), (char) 0, true),
				new MultiLineRule("/*", "*/", new Token(COMMENT), (char) 0, true),
				new EndOfLineRule("//", new Token(COMMENT)),
				new MultiLineRule("\"", "\"", new Token(STRING), '\\', true),
				new MultiLineRule("'", "'", new Token(STRING), '\\', true) });
		return new FastPartitioner(scanner, TYPES);
	}
}
