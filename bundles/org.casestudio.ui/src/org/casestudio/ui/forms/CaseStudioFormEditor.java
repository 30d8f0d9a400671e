package org.casestudio.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.ui.CaseStudioUi;
import org.casestudio.ui.editor.CaseStudioEditor;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.validation.Issue;

/**
 * A route, a case or an actor list as forms, with the text as the Source page. There is one
 * document underneath (the Source page's): a form edit becomes text edits of that document, so
 * that undo, dirty state and the atomic save are the text editor's; a text edit reaches the forms
 * after the reconciler parsed it.
 * <p>
 * The Source page's text editor is initialised with the form editor (its document, model,
 * validation and undo history exist from the open), but its widgets are made only when the page is
 * first shown: the forms are what a file opens on, and the text viewer with its rulers, colouring,
 * reconciler and folding need not be made for a trainer who never looks at the text.
 */
public final class CaseStudioFormEditor extends FormEditor implements FormHost {

	public static final String ID = "org.casestudio.ui.formEditor";

	private CaseStudioEditor source;
	private int sourcePage = -1;
	private UndoActionHandler undo;
	private RedoActionHandler redo;
	private final List<ModelPage> pages = new ArrayList<>();
	private final Runnable modelListener = () -> Display.getDefault().asyncExec(this::refresh);
	private final ISelectionChangedListener textSelection = event -> {
		if (event.getSelection() instanceof ITextSelection selection && getSelectedPage() instanceof ModelPage page
				&& page.created()) {
			page.content().reveal(selection.getOffset());
		}
	};

	@Override
	protected void addPages() {
		source = new CaseStudioEditor();
		String name = getEditorInput().getName();
		String kind = name.substring(name.lastIndexOf('.') + 1);
		try {
			switch (kind) {
			case "route" -> {
				page("route", Messages.Page_Route, new RouteForm(this));
				page("about", Messages.Page_About, new AboutForm(this));
				page("agenda", Messages.Page_Agenda, new AgendaForm(this));
				page("participants", Messages.Page_Participants, new ParticipantsForm(this));
			}
			case "case" -> {
				page("case", Messages.Page_Case, new CaseForm(this));
				page("story", Messages.Page_Story, new StoryForm(this));
				page("practices", Messages.Page_Practices, new PracticesForm(this));
				page("learning", Messages.Page_Learning, new LearningForm(this));
				page("questions", Messages.Page_Questions, new QuestionsForm(this));
				page("partnerships", Messages.Page_Partnerships, new PartnershipsForm(this));
			}
			case "actors" -> page("actors", Messages.Page_Actors, new ActorsForm(this));
			default -> {
				// Another file: the text alone.
			}
			}
			if (!pages.isEmpty()) {
				// Made when the Source page is first shown (pageChange), or asked for (showText).
				source.deferText();
			}
			sourcePage = addPage(source, getEditorInput());
			setPageText(sourcePage, Messages.Page_Source);
		} catch (PartInitException e) {
			CaseStudioUi.log("Could not open " + name, e);
		}
		source.addModelListener(modelListener);
		source.addTextSelectionListener(textSelection);
		IUndoContext history = source.undoContext();
		if (history != null) {
			// Ctrl+Z on a form page: the document's one history, whether or not the text was made yet.
			undo = new UndoActionHandler(getEditorSite(), history);
			undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
			redo = new RedoActionHandler(getEditorSite(), history);
			redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
		}
	}

	/** Undo on the form pages (the Source page has the text editor's); null when there are no forms. */
	public IAction undoAction() {
		return undo;
	}

	/** Redo on the form pages; null when there are no forms. */
	public IAction redoAction() {
		return redo;
	}

	private void page(String id, String title, ModelForm form) throws PartInitException {
		ModelPage page = new ModelPage(this, ID + "." + id, title, form);
		pages.add(page);
		addPage(page);
	}

	@Override
	protected void setInput(IEditorInput input) {
		super.setInput(input);
		setPartName(input.getName());
	}

	/** Shows the model again on every page made so far. */
	public void refresh() {
		for (ModelPage page : pages) {
			if (page.created()) {
				page.content().refresh();
			}
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		if (newPageIndex == sourcePage && source != null) {
			// The text's widgets, before the page's actions and key bindings are switched to them.
			source.createText();
		}
		super.pageChange(newPageIndex);
		// A page shown again may have missed changes made while another was on top.
		if (getSelectedPage() instanceof ModelPage page && page.created()) {
			page.content().refresh();
		}
	}

	@Override
	public ModelSession session() {
		return source.session();
	}

	@Override
	public List<Issue> issues() {
		return source.issues();
	}

	@Override
	public String edit(Consumer<EObject> change) {
		String refusal = FormEditing.edit(source.document(), source.session(), change);
		if (refusal == null) {
			refresh();
		}
		return refusal;
	}

	@Override
	public String write(Function<ModelSession, ModelEdits.Result> edits) {
		String refusal = FormEditing.write(source.document(), source.session(), edits);
		if (refusal == null) {
			refresh();
		}
		return refusal;
	}

	@Override
	public String fix(org.casestudio.dsl.ide.services.Fix fix) {
		String refusal = FormEditing.fix(source.document(), source.session(), fix);
		if (refusal == null) {
			refresh();
		}
		return refusal;
	}

	@Override
	public String readOnlyReason() {
		ModelSession session = source.session();
		return session == null ? Messages.Form_SyntaxErrors : FormEditing.readOnlyReason(session);
	}

	@Override
	public void show(Class<? extends ModelForm> form) {
		for (ModelPage page : pages) {
			if (form.isInstance(page.content())) {
				setActivePage(page.getId());
				return;
			}
		}
	}

	@Override
	public void showSource() {
		setActivePage(sourcePage);
	}

	@Override
	public void selected(int offset) {
		source.revealInOutline(offset);
	}

	/** Shows the Source page and returns its editor, its text made. */
	public CaseStudioEditor showText() {
		showSource();
		return source;
	}

	/**
	 * The Source page: today's text editor, over the one document. Its text's widgets exist only
	 * once the page was shown ({@link #showText()}); its document, model and findings from the open.
	 */
	public CaseStudioEditor source() {
		return source;
	}

	/** The form pages, in order. */
	public List<ModelPage> formPages() {
		return pages;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		source.doSave(monitor);
	}

	@Override
	public void doSaveAs() {
		// Save As is not offered: a file's id is its place in the folder tree.
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			return source.getAdapter(adapter);
		}
		if (IGotoMarker.class.equals(adapter)) {
			return adapter.cast((IGotoMarker) this::gotoMarker);
		}
		return super.getAdapter(adapter);
	}

	/**
	 * A double-click on a problem: the form field it concerns, on whichever page holds it (a page not
	 * made yet is shown, which makes it, to be searched), else the text.
	 */
	private void gotoMarker(IMarker marker) {
		int offset = marker.getAttribute(IMarker.CHAR_START, -1);
		for (ModelPage page : pages) {
			if (offset < 0) {
				break;
			}
			if (!page.created()) {
				setActivePage(page.getId());
			}
			// A master list shows the element of the offset first, so that its details are the fields.
			page.content().reveal(offset);
			Field field = page.content().fieldAt(offset);
			if (field != null) {
				setActivePage(page.getId());
				Control control = field.control();
				control.setFocus();
				// Opening the editor for the marker activates it, and activation may focus the page's
				// first widget after this: the field takes the focus again once that is done.
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed()) {
						control.setFocus();
					}
				});
				return;
			}
		}
		showSource();
		IGotoMarker text = source.getAdapter(IGotoMarker.class);
		if (text != null) {
			text.gotoMarker(marker);
		}
	}

	@Override
	public void dispose() {
		if (source != null) {
			source.removeModelListener(modelListener);
			source.removeTextSelectionListener(textSelection);
		}
		if (undo != null) {
			undo.dispose();
			redo.dispose();
		}
		super.dispose();
	}
}
