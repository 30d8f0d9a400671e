package org.casestudio.dsl.ide;

import org.casestudio.dsl.ide.edit.ClearedReferences;
import org.casestudio.dsl.ide.editor.LanguageTagProposals;
import org.casestudio.dsl.ide.highlighting.CaseStudioSemanticHighlighter;
import org.casestudio.dsl.ide.highlighting.CaseStudioTokenToStyleMapper;
import org.casestudio.dsl.ide.server.CodeActionService;
import org.casestudio.dsl.ide.server.HoverService;
import org.casestudio.dsl.ide.server.RenameService;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.serializer.hooks.IReferenceUpdater;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Binds the hand-written editor-neutral services (content assist, highlighting...) of the language. */
public class CaseStudioIdeModule extends AbstractCaseStudioIdeModule {

	public Class<? extends AbstractAntlrTokenToAttributeIdMapper> bindAbstractAntlrTokenToAttributeIdMapper() {
		return CaseStudioTokenToStyleMapper.class;
	}

	/** Content assist proposes languages where a language tag is written. */
	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return LanguageTagProposals.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return CaseStudioSemanticHighlighter.class;
	}

	/** The language server's hover: the editor's description of the id under the cursor. */
	public Class<? extends IHoverService> bindIHoverService() {
		return HoverService.class;
	}

	/** The language server's code actions: the quick fixes of services/QuickFixes. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return CodeActionService.class;
	}

	/** The language server's rename: services/Rename, which also renames dotted references. */
	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return RenameService.class;
	}

	/** Form edits may clear a reference: see ClearedReferences. */
	public Class<? extends IReferenceUpdater> bindIReferenceUpdater() {
		return ClearedReferences.class;
	}

	/**
	 * The language generates nothing. Xtext's default asks the validator a second time, after the
	 * language server's build has validated a changed file, whether code may be generated: 12 % of
	 * a keystroke's time in a 5,000-line route.
	 */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NothingToGenerate.class;
	}

	/** Never generates: nothing to ask the validator about. */
	public static final class NothingToGenerate implements IShouldGenerate {

		@Override
		public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
			return false;
		}
	}

	/** Lexical colouring reads the runtime lexer's token types, so it names them by the same file. */
	public void configureHighlightingTokenDefProvider(Binder binder) {
		binder.bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
				.to(AntlrTokenDefProvider.class);
	}
}
