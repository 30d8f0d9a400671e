package org.casestudio.ui.editor;

import org.antlr.runtime.ANTLRStringStream;
import org.casestudio.dsl.parser.antlr.internal.InternalCaseStudioLexer;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;

/**
 * Colours the language's own tokens (keywords, numbers, dates, ids) with the language's own lexer,
 * mapped to styles by the editor-neutral token mapper, so the editor never disagrees with the parser.
 */
final class LexerTokenScanner implements ITokenScanner {

	private final AbstractAntlrTokenToAttributeIdMapper mapper;
	private final StyleRegistry styles;
	private InternalCaseStudioLexer lexer;
	private int rangeOffset;
	private int tokenOffset;
	private int tokenLength;

	LexerTokenScanner(AbstractAntlrTokenToAttributeIdMapper mapper, StyleRegistry styles) {
		this.mapper = mapper;
		this.styles = styles;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		String text;
		try {
			text = document.get(offset, length);
		} catch (BadLocationException e) {
			text = "";
		}
		rangeOffset = offset;
		lexer = new InternalCaseStudioLexer(new ANTLRStringStream(text));
	}

	@Override
	public IToken nextToken() {
		org.antlr.runtime.Token token = lexer.nextToken();
		if (token == null || token.getType() == org.antlr.runtime.Token.EOF) {
			return Token.EOF;
		}
		org.antlr.runtime.CommonToken common = (org.antlr.runtime.CommonToken) token;
		tokenOffset = rangeOffset + common.getStartIndex();
		tokenLength = common.getStopIndex() - common.getStartIndex() + 1;
		if (token.getType() == InternalCaseStudioLexer.RULE_WS) {
			return Token.WHITESPACE;
		}
		return styles.token(mapper.getId(token.getType()));
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
