package org.casestudio.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Place;
import org.casestudio.dsl.ide.services.References;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * Mark occurrences: when the caret rests on the id of a route, case or actor, its declaration and
 * its uses in the same file are marked (dsl.ide's {@link References#occurrences}), as the Java
 * editor marks a variable's.
 */
final class Occurrences implements ISelectionChangedListener {

	/** The annotation type of a marked occurrence (plugin.xml gives its colour and rulers). */
	public static final String TYPE = "org.casestudio.ui.occurrences";

	private final CaseStudioEditor editor;
	private Annotation[] marked = new Annotation[0];

	Occurrences(CaseStudioEditor editor) {
		this.editor = editor;
	}

	void install() {
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			// After the caret has rested: not on every key that moves it.
			provider.addPostSelectionChangedListener(this);
		}
	}

	void uninstall() {
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(this);
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		if (event.getSelection() instanceof ITextSelection selection) {
			mark(selection.getOffset());
		}
	}

	/** Marks the occurrences of the id at the offset, replacing the previous marks. */
	void mark(int offset) {
		IDocument document = editor.document();
		IAnnotationModel model = editor.getDocumentProvider() == null ? null
				: editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		ModelSession session = editor.session();
		if (document == null || !(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		// Only on a model of the text as shown; the reconciler brings it in step and the next caret move marks.
		List<Place> places = session == null ? List.of() : session.read(resource -> session.text().equals(document.get())
				? References.occurrences(resource, offset) : List.<Place>of());
		Map<Annotation, Position> added = new HashMap<>();
		for (Place place : places) {
			added.put(new Annotation(TYPE, false, document.get().substring(place.offset(), place.offset() + place.length())),
					new Position(place.offset(), place.length()));
		}
		extension.replaceAnnotations(marked, added);
		marked = added.keySet().toArray(new Annotation[0]);
	}

	/** The positions marked now, for tests. */
	List<Position> marked() {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		return java.util.Arrays.stream(marked).map(model::getPosition).filter(java.util.Objects::nonNull)
				.sorted(java.util.Comparator.comparingInt(Position::getOffset)).toList();
	}
}
