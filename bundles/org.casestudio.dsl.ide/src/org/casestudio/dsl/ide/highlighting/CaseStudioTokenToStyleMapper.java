package org.casestudio.dsl.ide.highlighting;

import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;

/** Lexical colouring: maps the lexer's token types to {@link CaseStudioHighlightingStyles}. */
public class CaseStudioTokenToStyleMapper extends AbstractAntlrTokenToAttributeIdMapper {

	@Override
	protected String calculateId(String tokenName, int tokenType) {
		if (tokenName.startsWith("'") && tokenName.length() > 2 && Character.isLetter(tokenName.charAt(1))) {
			return CaseStudioHighlightingStyles.KEYWORD;
		}
		return switch (tokenName) {
		case "RULE_STRING" -> CaseStudioHighlightingStyles.STRING;
		case "RULE_TEXT_BLOCK" -> CaseStudioHighlightingStyles.TEXT_BLOCK;
		case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> CaseStudioHighlightingStyles.COMMENT;
		case "RULE_INT", "RULE_DATE" -> CaseStudioHighlightingStyles.NUMBER;
		default -> tokenName.startsWith("'") ? CaseStudioHighlightingStyles.PUNCTUATION
				: CaseStudioHighlightingStyles.DEFAULT;
		};
	}
}
