package org.casestudio.ui.editor;

import org.casestudio.dsl.ide.highlighting.CaseStudioHighlightingStyles;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;

/** Wires the language's services into the Eclipse text editor. */
final class CaseStudioSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/** How long typing must pause before the text is validated again. */
	static final int RECONCILE_DELAY_MS = 300;

	private final CaseStudioEditor editor;
	private final StyleRegistry styles;

	CaseStudioSourceViewerConfiguration(CaseStudioEditor editor, IPreferenceStore store, StyleRegistry styles) {
		super(store);
		this.editor = editor;
		this.styles = styles;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return CaseStudioPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return CaseStudioPartitions.TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(CaseStudioPartitions.PARTITIONING);
		AbstractAntlrTokenToAttributeIdMapper mapper = editor.injector()
				.getInstance(AbstractAntlrTokenToAttributeIdMapper.class);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(new LexerTokenScanner(mapper, styles));
		reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		whole(reconciler, CaseStudioPartitions.TEXT_BLOCK, CaseStudioHighlightingStyles.TEXT_BLOCK);
		whole(reconciler, CaseStudioPartitions.STRING, CaseStudioHighlightingStyles.STRING);
		whole(reconciler, CaseStudioPartitions.COMMENT, CaseStudioHighlightingStyles.COMMENT);
		return reconciler;
	}

	/** A partition coloured in one style from start to end. */
	private void whole(PresentationReconciler reconciler, String partition, String style) {
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(new SingleTokenScanner(styles.token(style)));
		reconciler.setDamager(repairer, partition);
		reconciler.setRepairer(repairer, partition);
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		MonoReconciler reconciler = new MonoReconciler(new ValidationReconcilingStrategy(editor), false);
		reconciler.setDelay(RECONCILE_DELAY_MS);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setDocumentPartitioning(CaseStudioPartitions.PARTITIONING);
		assistant.setContentAssistProcessor(new CaseStudioContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.enableAutoInsert(true);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new CaseStudioQuickFixProcessor(editor));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		return new IHyperlinkDetector[] { new CaseStudioHyperlinkDetector(editor) };
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new CaseStudioTextHover(editor);
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}

	@Override
	public String[] getIndentPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "\t", "" };
	}
}
