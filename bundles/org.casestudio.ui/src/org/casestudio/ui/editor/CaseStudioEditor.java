package org.casestudio.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.dsl.ide.highlighting.CaseStudioHighlightingStyles;
import org.casestudio.ui.CaseStudioUi;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.IElementStateListener;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The text editor of routes, cases and actor lists, built on the Eclipse text editor and the
 * language's editor-neutral services: colouring, validation while typing, content assist,
 * navigation, hover, outline, folding, formatting, rename and quick fixes.
 */
public class CaseStudioEditor extends TextEditor {

	public static final String ID = "org.casestudio.ui.editor";
	/** The key binding context of the editor (Ctrl+Shift+F, Ctrl+/ ...). */
	public static final String CONTEXT = "org.casestudio.ui.editorScope";

	private static AtomicSaveDocumentProvider documentProvider;

	private final StyleRegistry styles;
	private final IPropertyChangeListener styleListener;
	private final IResourceChangeListener treeListener = this::folderTreeChanged;
	private final Job reloadTree = Job.create(Messages.Revalidate_Job, monitor -> {
		reloadFolderTree();
	});
	private volatile ModelSession session;
	private CaseStudioOutlinePage outline;
	private ProjectionSupport projectionSupport;
	private final Occurrences occurrences = new Occurrences(this);
	private final Map<ProjectionAnnotation, Position> folds = new HashMap<>();
	/** Semantic colouring from the last reconcile: offset, length, style. */
	private volatile List<Object[]> semanticPositions = List.of();
	/** The findings of the last validation, for views of the model other than the text (the forms). */
	private volatile List<Issue> issues = List.of();
	private final List<Runnable> modelListeners = new CopyOnWriteArrayList<>();
	/** Set by {@link #deferText()}: the text's widgets are made when first needed, not with the editor. */
	private boolean deferred;
	/** Where the deferred text goes; null once it is made, or when it is not deferred. */
	private Composite textParent;
	/** Validates while there is no viewer, and so no reconciler. */
	private DocumentValidation documentValidation;
	/** The document's undo history, joined from the open when the text is deferred. */
	private IDocumentUndoManager undoHistory;
	private IDocument undoDocument;
	private final List<ISelectionChangedListener> textSelectionListeners = new CopyOnWriteArrayList<>();
	/** A selection asked for before the text was made, shown once it is. */
	private int[] pendingSelection;
	private final IElementStateListener moveListener = new MoveListener();

	public CaseStudioEditor() {
		IPreferenceStore store = new ChainedPreferenceStore(new IPreferenceStore[] {
				CaseStudioUi.getDefault().getPreferenceStore(), EditorsUI.getPreferenceStore() });
		setPreferenceStore(store);
		styles = new StyleRegistry(CaseStudioUi.getDefault().getPreferenceStore());
		styleListener = event -> {
			if (event.getProperty().startsWith("syntaxColor.")) {
				styles.refresh();
				if (getSourceViewer() != null) {
					getSourceViewer().invalidateTextPresentation();
				}
			} else if (IssueCodes.CONFIGURABLE.contains(event.getProperty())) {
				revalidate();
			}
		};
		CaseStudioUi.getDefault().getPreferenceStore().addPropertyChangeListener(styleListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(treeListener, IResourceChangeEvent.POST_CHANGE);
		reloadTree.setSystem(true);
		setSourceViewerConfiguration(new CaseStudioSourceViewerConfiguration(this, store, styles));
		setDocumentProvider(sharedDocumentProvider());
		// Registered before the editor's own listener, which follows a move only when the text exists.
		getDocumentProvider().addElementStateListener(moveListener);
	}

	private static synchronized AtomicSaveDocumentProvider sharedDocumentProvider() {
		if (documentProvider == null) {
			documentProvider = new AtomicSaveDocumentProvider();
		}
		return documentProvider;
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setEditorContextMenuId("#CaseStudioEditorContext");
		setRulerContextMenuId("#CaseStudioRulerContext");
	}

	@Override
	protected void doSetInput(IEditorInput input) throws org.eclipse.core.runtime.CoreException {
		super.doSetInput(input);
		session = null;
		IFile file = file();
		IDocument document = getDocumentProvider().getDocument(input);
		if (file != null && file.getLocation() != null && document != null) {
			session = ModelSession.open(injector(), file.getLocation().toFile().toPath(), document.get());
		}
		if (deferred) {
			joinUndoHistory(document);
		}
	}

	/**
	 * Makes the text's widgets (the viewer, its rulers, colouring, reconciler, folding) only when
	 * {@link #createText()} is called, as the form editor does when its Source page is first shown,
	 * instead of with the editor. Call before the editor is initialised. Meanwhile the document, the
	 * model, validation, problems, the Outline and one undo history exist as they do with the widgets.
	 */
	public void deferText() {
		deferred = true;
	}

	/**
	 * Makes the deferred text's widgets in the place the editor was given for them. Returns false,
	 * doing nothing, when they exist already or the text was not deferred.
	 */
	public boolean createText() {
		Composite parent = textParent;
		if (parent == null || parent.isDisposed()) {
			return false;
		}
		textParent = null;
		// The reconciler installed with the viewer validates from now on, starting at once.
		documentValidation.stop();
		documentValidation = null;
		createTextControl(parent);
		for (ISelectionChangedListener listener : textSelectionListeners) {
			getSelectionProvider().addSelectionChangedListener(listener);
		}
		if (pendingSelection != null) {
			super.selectAndReveal(pendingSelection[0], pendingSelection[1]);
			pendingSelection = null;
		}
		parent.layout(true, true);
		return true;
	}

	/** Whether the text's widgets exist. */
	public boolean hasText() {
		return getSourceViewer() != null;
	}

	/**
	 * The undo context of the document's history, which form edits and the text's own edits share;
	 * null unless the text is deferred (the viewer's undo manager then joins this same history).
	 */
	public IUndoContext undoContext() {
		return undoHistory == null ? null : undoHistory.getUndoContext();
	}

	/**
	 * Joins the document's undo history as the viewer's undo manager does, so that changes are
	 * recorded before the viewer exists. The viewer joins the same history when it is made and keeps
	 * it: it clears a history only when it is the first to join.
	 */
	private void joinUndoHistory(IDocument document) {
		leaveUndoHistory();
		if (document == null) {
			return;
		}
		DocumentUndoManagerRegistry.connect(document);
		undoHistory = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		undoHistory.connect(this);
		IPreferenceStore store = getPreferenceStore();
		String size = AbstractDecoratedTextEditorPreferenceConstants.EDITOR_UNDO_HISTORY_SIZE;
		// The same length of history as the viewer's undo manager keeps (TextSourceViewerConfiguration).
		undoHistory.setMaximalUndoLevel(store != null && store.contains(size) ? store.getInt(size) : 25);
		undoDocument = document;
	}

	private void leaveUndoHistory() {
		if (undoHistory != null) {
			undoHistory.disconnect(this);
			DocumentUndoManagerRegistry.disconnect(undoDocument);
			undoHistory = null;
			undoDocument = null;
		}
	}

	/**
	 * Tells the listener when the text's selection changes: the viewer's selection once it exists,
	 * and before that every selection asked for through {@link #selectAndReveal(int, int)} (the
	 * Outline's), which the text shows once it is made.
	 */
	public void addTextSelectionListener(ISelectionChangedListener listener) {
		textSelectionListeners.add(listener);
		if (hasText()) {
			getSelectionProvider().addSelectionChangedListener(listener);
		}
	}

	public void removeTextSelectionListener(ISelectionChangedListener listener) {
		textSelectionListeners.remove(listener);
		if (hasText()) {
			getSelectionProvider().removeSelectionChangedListener(listener);
		}
	}

	@Override
	public void selectAndReveal(int start, int length) {
		if (textParent == null) {
			super.selectAndReveal(start, length);
			return;
		}
		pendingSelection = new int[] { start, length };
		IDocument document = document();
		if (document != null) {
			SelectionChangedEvent event = new SelectionChangedEvent(getSelectionProvider(),
					new TextSelection(document, start, length));
			textSelectionListeners.forEach(listener -> listener.selectionChanged(event));
		}
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
				styles);
		getSourceViewerDecorationSupport(viewer);
		viewer.addTextPresentationListener(semanticColouring());
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		if (deferred) {
			textParent = parent;
			documentValidation = new DocumentValidation(this, document());
			documentValidation.start();
			return;
		}
		createTextControl(parent);
	}

	private void createTextControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projectionSupport.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		occurrences.install();
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		// The language itself has no brackets, but its texts do: "(SWIFT Co. Ltd)", Markdown links.
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '(', ')', '[', ']' }));
		support.setMatchingCharacterPainterPreferenceKeys("matchingBrackets", "matchingBracketsColor");
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			if (outline == null) {
				outline = new CaseStudioOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	/**
	 * Another file of the folder tree was saved, created, renamed or deleted: its ids may have
	 * changed, so the model of this file is rebuilt (shortly, once for a burst of changes).
	 */
	private void folderTreeChanged(IResourceChangeEvent event) {
		IFile own = file();
		if (own == null || event.getDelta() == null) {
			return;
		}
		boolean[] relevant = { false };
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile changed && !changed.equals(own)
						&& ModelWorkspace.isModelFile(changed.getLocation() == null ? java.nio.file.Path.of(changed.getName())
								: changed.getLocation().toFile().toPath())
						&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					relevant[0] = true;
				}
				return !relevant[0];
			});
		} catch (org.eclipse.core.runtime.CoreException e) {
			return;
		}
		if (relevant[0]) {
			reloadTree.cancel();
			reloadTree.schedule(200);
		}
	}

	private void reloadFolderTree() {
		IFile own = file();
		IDocument document = document();
		if (own == null || own.getLocation() == null || document == null) {
			return;
		}
		session = ModelSession.open(injector(), own.getLocation().toFile().toPath(), document.get());
		ValidationReconcilingStrategy.validate(this, document.get(), CancelIndicator.NullImpl);
	}

	@Override
	public void dispose() {
		if (documentValidation != null) {
			documentValidation.stop();
			documentValidation = null;
		}
		textParent = null;
		if (getDocumentProvider() != null) {
			getDocumentProvider().removeElementStateListener(moveListener);
		}
		leaveUndoHistory();
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(treeListener);
		reloadTree.cancel();
		occurrences.uninstall();
		CaseStudioUi.getDefault().getPreferenceStore().removePropertyChangeListener(styleListener);
		IFile file = file();
		boolean discarded = isDirty();
		super.dispose();
		if (discarded && file != null && file.getLocation() != null) {
			// The markers describe text that was thrown away: describe the file on disk again.
			Job job = Job.create(Messages.Revalidate_Job, monitor -> {
				java.nio.file.Path path = file.getLocation().toFile().toPath();
				try {
					ModelSession disk = ModelSession.open(injector(), path, java.nio.file.Files.readString(path));
					ProblemMarkers.replace(file, disk.validate(() -> monitor.isCanceled()));
				} catch (java.io.IOException e) {
					CaseStudioUi.log("Could not check " + file.getFullPath() + " again", e);
				}
			});
			job.setRule(file);
			job.setSystem(true);
			job.schedule();
		}
	}

	/**
	 * The text editor of a part: the part itself, or the Source page of the form editor when it
	 * is on top; null otherwise.
	 */
	public static CaseStudioEditor of(org.eclipse.ui.IEditorPart part) {
		if (part instanceof CaseStudioEditor editor) {
			return editor;
		}
		if (part instanceof org.eclipse.ui.part.MultiPageEditorPart pages
				&& pages.getSelectedPage() instanceof CaseStudioEditor editor) {
			return editor;
		}
		return null;
	}

	/**
	 * Opens the file where it is edited (the forms' Source page, or the text editor) and selects
	 * the region in its text.
	 */
	public static CaseStudioEditor openAt(IFile file, int offset, int length) throws org.eclipse.ui.PartInitException {
		org.eclipse.ui.IEditorPart part = org.eclipse.ui.ide.IDE.openEditor(
				org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
		CaseStudioEditor text = part instanceof org.casestudio.ui.forms.CaseStudioFormEditor forms ? forms.showText()
				: part instanceof CaseStudioEditor editor ? editor : null;
		if (text != null) {
			text.selectAndReveal(offset, length);
		}
		return text;
	}

	public Injector injector() {
		return CaseStudioUi.getDefault().getInjector();
	}

	/** Marks the occurrences of the id at the offset, as a rest of the caret there does. */
	public void markOccurrences(int offset) {
		occurrences.mark(offset);
	}

	/** The regions marked as occurrences now. */
	public List<Position> markedOccurrences() {
		return occurrences.marked();
	}

	/** The model of the edited file, or null before an input is set. */
	public ModelSession session() {
		return session;
	}

	public IFile file() {
		return getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
	}

	public IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** Validates the current text again in the background, e.g. after a severity changed. */
	public void revalidate() {
		IDocument document = document();
		if (document == null) {
			return;
		}
		// The text is read when the job runs, so that it never rolls the model back to older text.
		Job job = Job.create(Messages.Revalidate_Job, monitor -> {
			ValidationReconcilingStrategy.validate(this, document.get(), () -> monitor.isCanceled());
		});
		job.setSystem(true);
		job.schedule();
	}

	/** The findings of the last validation of the editor's text. */
	public List<Issue> issues() {
		return issues;
	}

	/** Runs the listener, off the UI thread, each time the model was reparsed and validated. */
	public void addModelListener(Runnable listener) {
		modelListeners.add(listener);
	}

	public void removeModelListener(Runnable listener) {
		modelListeners.remove(listener);
	}

	/** Selects the deepest Outline entry that holds the offset, as selecting in a form does. */
	public void revealInOutline(int offset) {
		if (outline != null) {
			outline.reveal(offset);
		}
	}

	/** Called by the reconciler, off the UI thread, after the model was reparsed and validated. */
	void modelChanged(List<Issue> found) {
		ModelSession current = session;
		if (current == null) {
			return;
		}
		issues = List.copyOf(found);
		modelListeners.forEach(Runnable::run);
		List<Object[]> positions = new ArrayList<>();
		List<Position> foldable = new ArrayList<>();
		current.read(resource -> {
			ISemanticHighlightingCalculator calculator = injector().getInstance(ISemanticHighlightingCalculator.class);
			calculator.provideHighlightingFor(resource, (offset, length, ids) -> positions
					.add(new Object[] { offset, length, ids[0] }), CancelIndicator.NullImpl);
			collectFolds(resource, foldable);
			return null;
		});
		semanticPositions = positions;
		if (outline != null) {
			outline.refresh();
		}
		Display.getDefault().asyncExec(() -> {
			ISourceViewer viewer = getSourceViewer();
			if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
				return;
			}
			updateFolds(foldable);
			viewer.invalidateTextPresentation();
		});
	}

	/** Blocks and text blocks of more than one line can be folded. */
	private static void collectFolds(XtextResource resource, List<Position> foldable) {
		if (resource.getParseResult() == null) {
			return;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		if (!resource.getContents().isEmpty()) {
			var contents = resource.getContents().get(0).eAllContents();
			while (contents.hasNext()) {
				EObject element = contents.next();
				ICompositeNode node = NodeModelUtils.getNode(element);
				if (node != null && node.getEndLine() - node.getStartLine() >= 2) {
					foldable.add(new Position(node.getOffset(), node.getLength()));
				}
			}
		}
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().startsWith("\"\"\"") && leaf.getEndLine() - leaf.getStartLine() >= 2) {
				foldable.add(new Position(leaf.getOffset(), leaf.getLength()));
			}
		}
	}

	private void updateFolds(List<Position> foldable) {
		ProjectionAnnotationModel model = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
		if (model == null) {
			return;
		}
		Map<ProjectionAnnotation, Position> added = new HashMap<>();
		for (Position position : foldable) {
			added.put(new ProjectionAnnotation(), position);
		}
		model.modifyAnnotations(folds.keySet().toArray(new ProjectionAnnotation[0]), added, null);
		folds.clear();
		folds.putAll(added);
	}

	/** Merges the last reconcile's semantic colours into every presentation the viewer computes. */
	private ITextPresentationListener semanticColouring() {
		return presentation -> {
			IDocument document = getSourceViewer() == null ? null : getSourceViewer().getDocument();
			if (document == null) {
				return;
			}
			int start = presentation.getExtent().getOffset();
			int end = start + presentation.getExtent().getLength();
			for (Object[] position : semanticPositions) {
				int offset = (Integer) position[0];
				int length = (Integer) position[1];
				if (offset >= end || offset + length <= start || offset + length > document.getLength()) {
					continue;
				}
				String style = (String) position[2];
				TextAttribute attribute = styles.attribute(style);
				StyleRange range = new StyleRange(offset, length, attribute.getForeground(), null, attribute.getStyle());
				if (!CaseStudioHighlightingStyles.DEFAULT.equals(style)) {
					presentation.mergeStyleRange(range);
				}
			}
		};
	}

	/**
	 * The file was moved or renamed while the text was deferred: the text is made first, so that the
	 * editor follows the file as it does with its widgets (it ignores a move without them).
	 */
	private final class MoveListener implements IElementStateListener {

		@Override
		public void elementMoved(Object original, Object moved) {
			if (textParent == null || original == null || !original.equals(getEditorInput())) {
				return;
			}
			Display display = getSite().getShell().getDisplay();
			if (Display.getCurrent() == display) {
				createText();
			} else {
				display.syncExec(CaseStudioEditor.this::createText);
			}
		}

		@Override
		public void elementDirtyStateChanged(Object element, boolean isDirty) {
			// The editor's own listener handles it.
		}

		@Override
		public void elementContentAboutToBeReplaced(Object element) {
			// The editor's own listener handles it.
		}

		@Override
		public void elementContentReplaced(Object element) {
			// The editor's own listener handles it.
		}

		@Override
		public void elementDeleted(Object element) {
			// The editor's own listener handles it.
		}
	}
}
