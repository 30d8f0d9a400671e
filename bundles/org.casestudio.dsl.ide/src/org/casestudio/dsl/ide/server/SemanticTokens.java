package org.casestudio.dsl.ide.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

import org.casestudio.dsl.ide.highlighting.CaseStudioHighlightingStyles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic tokens for the language server: the same styles as the desktop editor (keywords,
 * strings and text blocks, comments, numbers and dates from the tokens; declared and referring ids
 * from {@link ISemanticHighlightingCalculator}), named by the protocol's standard token types so
 * that a client with no grammar of its own colours them. Tokens that span lines are cut at each
 * line end, since a client need not accept multi-line tokens.
 */
public class SemanticTokens extends SemanticTokensService {

	/** The legend: the index of a type here is its number in the tokens. */
	private static final List<String> TYPES = List.of(SemanticTokenTypes.Keyword, SemanticTokenTypes.String,
			SemanticTokenTypes.Comment, SemanticTokenTypes.Number, SemanticTokenTypes.Variable);
	private static final int KEYWORD = 0;
	private static final int STRING = 1;
	private static final int COMMENT = 2;
	private static final int NUMBER = 3;
	private static final int ID = 4;
	/** Modifier bit of a declared id. */
	private static final int DECLARATION = 1;

	private record Token(int offset, int length, int type, int modifiers) {
	}

	@Override
	protected void addTokenTypes() {
		getTokenTypes().addAll(TYPES);
	}

	@Override
	protected void addTokenModifiers() {
		getTokenModifiers().add(SemanticTokenModifiers.Declaration);
	}

	@Override
	public org.eclipse.lsp4j.SemanticTokens semanticTokensFull(Document document, XtextResource resource,
			SemanticTokensParams params, CancelIndicator cancel) {
		if (document == null || resource == null || resource.getParseResult() == null) {
			return new org.eclipse.lsp4j.SemanticTokens(List.of());
		}
		// By offset; an id's semantic style replaces what the lexer made of it.
		TreeMap<Integer, Token> tokens = new TreeMap<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			int type = lexicalType(leaf.getGrammarElement());
			if (type >= 0 && leaf.getLength() > 0) {
				tokens.put(leaf.getOffset(), new Token(leaf.getOffset(), leaf.getLength(), type, 0));
			}
		}
		ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider()
				.get(ISemanticHighlightingCalculator.class);
		if (calculator != null) {
			calculator.provideHighlightingFor(resource, (offset, length, ids) -> {
				for (String id : ids) {
					if (CaseStudioHighlightingStyles.DECLARATION.equals(id)) {
						tokens.put(offset, new Token(offset, length, ID, DECLARATION));
					} else if (CaseStudioHighlightingStyles.REFERENCE.equals(id)) {
						tokens.put(offset, new Token(offset, length, ID, 0));
					}
				}
			}, cancel);
		}
		return new org.eclipse.lsp4j.SemanticTokens(encode(document, tokens.values()));
	}

	private static int lexicalType(EObject grammarElement) {
		if (grammarElement instanceof Keyword keyword) {
			return !keyword.getValue().isEmpty() && Character.isLetter(keyword.getValue().charAt(0)) ? KEYWORD : -1;
		}
		AbstractRule rule = grammarElement instanceof RuleCall call ? call.getRule()
				: grammarElement instanceof AbstractRule abstractRule ? abstractRule : null;
		if (!(rule instanceof TerminalRule)) {
			return -1;
		}
		return switch (rule.getName()) {
		case "STRING", "TEXT_BLOCK" -> STRING;
		case "SL_COMMENT", "ML_COMMENT" -> COMMENT;
		case "INT", "DATE" -> NUMBER;
		default -> -1;
		};
	}

	/**
	 * The protocol's relative encoding: line delta, start delta, length, type, modifiers. Lines are
	 * found in a table of line starts: asking the document for each token's position reads the text
	 * from its start every time, which a long file cannot afford.
	 */
	private static List<Integer> encode(Document document, Iterable<Token> tokens) {
		String text = document.getContents();
		List<Integer> lineStarts = new ArrayList<>();
		lineStarts.add(0);
		for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
			lineStarts.add(i + 1);
		}
		List<Integer> data = new ArrayList<>();
		int lastLine = 0;
		int lastStart = 0;
		for (Token token : tokens) {
			int start = token.offset();
			int end = Math.min(text.length(), token.offset() + token.length());
			while (start < end) {
				int lineEnd = text.indexOf('\n', start);
				int pieceEnd = lineEnd < 0 || lineEnd >= end ? end : lineEnd;
				if (pieceEnd > start && text.charAt(pieceEnd - 1) == '\r') {
					pieceEnd--;
				}
				if (pieceEnd > start) {
					int line = Collections.binarySearch(lineStarts, start);
					line = line >= 0 ? line : -line - 2;
					int character = start - lineStarts.get(line);
					int deltaLine = line - lastLine;
					data.add(deltaLine);
					data.add(deltaLine == 0 ? character - lastStart : character);
					data.add(pieceEnd - start);
					data.add(token.type());
					data.add(token.modifiers());
					lastLine = line;
					lastStart = character;
				}
				start = lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1;
			}
		}
		return data;
	}
}
