package org.casestudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Declarations;
import org.casestudio.dsl.ide.services.Place;
import org.casestudio.dsl.validation.Vocabulary;
import org.casestudio.model.Actor;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Day;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.NamedElement;
import org.casestudio.model.Session;
import org.casestudio.ui.CaseStudioUi;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * The Outline of a file: its routes, cases and actors, and inside them days, sessions, practices,
 * partnerships and questions. Built from a snapshot of the model after each reconcile; selecting
 * an entry selects its id in the editor.
 */
final class CaseStudioOutlinePage extends ContentOutlinePage {

	/**
	 * One entry of the outline: a label, where to jump, its children and its properties for the
	 * Properties view (a snapshot, not the model, which the reconciler replaces as the user types).
	 */
	record Entry(String label, String image, ITextRegion region, ITextRegion extent, List<Entry> children,
			ElementProperties properties)
			implements IAdaptable {

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return adapter == IPropertySource.class ? adapter.cast(properties) : null;
		}
	}

	private final CaseStudioEditor editor;
	/** True while a form selects an entry: the text then keeps its own selection. */
	private boolean revealing;

	CaseStudioOutlinePage(CaseStudioEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((Entry) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Entry) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Entry) element).label();
			}

			@Override
			public Image getImage(Object element) {
				return CaseStudioUi.getDefault().getImageRegistry().get(((Entry) element).image());
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Entry entry && entry.region() != null && !revealing) {
				editor.selectAndReveal(entry.region().getOffset(), entry.region().getLength());
			}
		});
		refresh();
	}

	/**
	 * Selects the deepest entry whose element holds the offset, without moving the text: a form
	 * shows that element. Call on the UI thread.
	 */
	void reveal(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || !(viewer.getInput() instanceof List<?> entries)) {
			return;
		}
		Entry found = null;
		List<?> level = entries;
		boolean deeper = true;
		while (deeper) {
			deeper = false;
			for (Object candidate : level) {
				Entry entry = (Entry) candidate;
				if (entry.extent() != null && entry.extent().getOffset() <= offset
						&& offset <= entry.extent().getOffset() + entry.extent().getLength()) {
					found = entry;
					level = entry.children();
					deeper = true;
					break;
				}
			}
		}
		if (found != null) {
			revealing = true;
			try {
				viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(found), true);
			} finally {
				revealing = false;
			}
		}
	}

	/** Rebuilds the tree from the current model; safe to call from any thread. */
	void refresh() {
		ModelSession session = editor.session();
		if (session == null) {
			return;
		}
		List<Entry> entries = session.read(resource -> resource.getContents().isEmpty() ? List.<Entry>of()
				: children(resource.getContents().get(0)));
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			TreeViewer viewer = getTreeViewer();
			if (viewer != null && !viewer.getControl().isDisposed()) {
				viewer.setInput(entries);
				viewer.expandToLevel(2);
			}
		});
	}

	static List<Entry> children(EObject parent) {
		List<Entry> result = new ArrayList<>();
		for (EObject child : parent.eContents()) {
			if (child instanceof NamedElement || child instanceof Day || child instanceof Session || child instanceof Document) {
				result.add(entry(child));
			}
		}
		return result;
	}

	private static Entry entry(EObject element) {
		String label;
		if (element instanceof Day day) {
			label = "Day" + (day.getNumber() != null ? " " + day.getNumber() : "")
					+ (day.getDate() != null ? " \u00b7 " + day.getDate() : "") + (day.getTitle() != null ? " \u00b7 " + day.getTitle() : "");
		} else if (element instanceof Session session) {
			label = session.getKind().getLiteral() + " \u00b7 " + session.getTitle();
		} else {
			NamedElement named = (NamedElement) element;
			String id = named.getName() == null ? Messages.Outline_Untitled : named.getName();
			String kind = element instanceof Actor actor ? actor.getKind().getLiteral() : Vocabulary.kindOf(element.eClass());
			label = id + (named.getTitle() != null ? " \u2014 " + named.getTitle() : "") + "  (" + kind + ")";
		}
		String image = element instanceof LearningRoute ? CaseStudioUi.IMAGE_ROUTE
				: element instanceof CaseStudy ? CaseStudioUi.IMAGE_CASE
						: element instanceof Actor ? CaseStudioUi.IMAGE_ACTOR : CaseStudioUi.IMAGE_ELEMENT;
		Place place = Declarations.placeOf(element);
		ITextRegion region = place == null ? null : new TextRegion(place.offset(), place.length());
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(element);
		ITextRegion extent = node == null ? null : new TextRegion(node.getOffset(), node.getLength());
		return new Entry(label, image, region, extent, children(element), ElementProperties.of(element));
	}
}
