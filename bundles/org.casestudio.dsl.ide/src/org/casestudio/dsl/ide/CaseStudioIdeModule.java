package org.casestudio.dsl.ide;

import org.casestudio.dsl.ide.highlighting.CaseStudioSemanticHighlighter;
import org.casestudio.dsl.ide.highlighting.CaseStudioTokenToStyleMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Binds the hand-written editor-neutral services (content assist, highlighting...) of the language. */
public class CaseStudioIdeModule extends AbstractCaseStudioIdeModule {

	public Class<? extends AbstractAntlrTokenToAttributeIdMapper> bindAbstractAntlrTokenToAttributeIdMapper() {
		return CaseStudioTokenToStyleMapper.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return CaseStudioSemanticHighlighter.class;
	}

	/** Lexical colouring reads the runtime lexer's token types, so it names them by the same file. */
	public void configureHighlightingTokenDefProvider(Binder binder) {
		binder.bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
				.to(AntlrTokenDefProvider.class);
	}
}
