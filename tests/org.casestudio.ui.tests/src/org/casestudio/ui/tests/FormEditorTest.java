package org.casestudio.ui.tests;

import static org.casestudio.model.CaseStudioPackage.Literals.ACTOR__KIND;
import static org.casestudio.model.CaseStudioPackage.Literals.ACTOR__WOMEN;
import static org.casestudio.model.CaseStudioPackage.Literals.CASE_STUDY__HOST;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__OBJECTIVES;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__THEME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casestudio.ui.editor.CaseStudioEditor;
import org.casestudio.ui.forms.AboutForm;
import org.casestudio.ui.forms.ActorsForm;
import org.casestudio.ui.forms.CaseForm;
import org.casestudio.ui.forms.CaseStudioFormEditor;
import org.casestudio.ui.forms.Field;
import org.casestudio.ui.forms.ListField;
import org.casestudio.ui.forms.ModelForm;
import org.casestudio.ui.forms.ModelPage;
import org.casestudio.ui.forms.PartnershipsForm;
import org.casestudio.ui.forms.RouteForm;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The form editor as a trainer uses it, driving its real widgets: a field set in a form changes
 * the text there and nowhere else, undo gives the exact text back, typing in the text shows in
 * the forms, a file with syntax errors gives read-only forms, and the labels are words.
 */
@ExtendWith(CleanWorkbench.class)
class FormEditorTest {

	static CaseStudioFormEditor open(String path) throws Exception {
		IEditorPart part = IDE.openEditor(Workbench.page(), Workbench.file(path), true);
		assertTrue(part instanceof CaseStudioFormEditor, String.valueOf(part));
		CaseStudioFormEditor editor = (CaseStudioFormEditor) part;
		Workbench.waitFor(() -> editor.session() != null, "the editor's model");
		return editor;
	}

	static <T extends ModelForm> T form(CaseStudioFormEditor editor, Class<T> type) {
		for (ModelPage page : editor.formPages()) {
			if (type.isInstance(page.content())) {
				editor.setActivePage(page.getId());
				Workbench.waitFor(() -> page.content().managedForm() != null, "the page " + page.getTitle());
				return type.cast(page.content());
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " page");
	}

	static Field field(ModelForm form, EStructuralFeature feature) {
		return form.fields().stream().filter(f -> feature.equals(f.feature())).findFirst()
				.orElseThrow(() -> new AssertionError("no field for " + feature.getName()));
	}

	/** Types into a text field and leaves it, as a person does. */
	static void type(Field field, String text) {
		Text widget = (Text) field.control();
		widget.setFocus();
		widget.setText(text);
		((Field.Value) field).commit();
	}

	@Test
	void seedRouteOpensInFormsWithTheSourcePage() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/attapeu.route");
		RouteForm route = form(editor, RouteForm.class);
		assertEquals("Pro-rural-poor public–private partnerships", ((Text) field(route, LEARNING_ROUTE__THEME).control()).getText());
		ListField objectives = (ListField) field(form(editor, AboutForm.class), LEARNING_ROUTE__OBJECTIVES);
		assertEquals(2, objectives.rows().size());
		assertTrue(objectives.rows().get(1).get(0).startsWith("Promote the scaling-up"));
		assertEquals(List.of("Route", "About and objectives", "Agenda", "Participants"),
				editor.formPages().stream().map(ModelPage::getTitle).toList());
		// The text's widgets wait for the Source page; its document and model are there from the open.
		assertNull(editor.source().viewer());
		assertTrue(route.isEditable());
		assertFalse(editor.isDirty());
		assertEquals(editor.source().document().get(), editor.showText().viewer().getTextWidget().getText());
	}

	/**
	 * Opening a route makes its first page alone; its links say what the other pages hold and show
	 * them, and a page made after a text edit shows the edited text.
	 */
	@Test
	void onlyTheFirstPageIsMadeOnOpeningAndItsLinksOpenTheOthersWithTheCurrentText() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/attapeu.route");
		List<ModelPage> pages = editor.formPages();
		Workbench.waitFor(() -> pages.get(0).content().managedForm() != null, "the first page");
		assertEquals(pages.get(0), editor.getSelectedPage());
		for (ModelPage page : pages.subList(1, pages.size())) {
			assertNull(page.content().managedForm(), page.getTitle() + " made before it is shown");
		}
		Hyperlink link = link(pages.get(0).content(), "objectives");
		assertEquals("2 objectives, 3 sources", link.getText());

		IDocument document = editor.source().document();
		String second = "\tobjective \"Promote the scaling-up";
		document.replace(document.get().indexOf(second), 0, "\tobjective \"Learn from the hosts.\"\n");
		Workbench.waitFor(() -> link.getText().equals("3 objectives, 3 sources"), "the count of objectives");
		assertNull(pages.get(1).content().managedForm(), "a page not shown is not made by an edit");

		Event enter = new Event();
		enter.character = '\r';
		link.notifyListeners(SWT.KeyDown, enter);
		Workbench.waitFor(() -> editor.getSelectedPage() == pages.get(1), "the objectives page shown");
		ListField objectives = (ListField) field(pages.get(1).content(), LEARNING_ROUTE__OBJECTIVES);
		assertEquals(3, objectives.rows().size());
		assertEquals("Learn from the hosts.", objectives.rows().get(1).get(0));
		assertEquals("no days yet, no sessions, 3 cases visited", link(pages.get(0).content(), "days").getText());
	}

	/**
	 * In the window as it opens, the route page's two columns are narrow: each link of its contents
	 * shows its whole text, on two lines where one is too short, before and after a count changes.
	 */
	@Test
	void theContentsLinksAreWholeInTheWindowAsItOpens() throws Exception {
		Workbench.atReadmeSize(() -> {
			CaseStudioFormEditor editor = open("attapeu/attapeu.route");
			RouteForm route = form(editor, RouteForm.class);
			Hyperlink days = link(route, "days");
			Workbench.settle(300);
			assertTrue(days.computeSize(SWT.DEFAULT, SWT.DEFAULT).x > days.getSize().x,
					() -> "'" + days.getText() + "' fits on one line of " + days.getSize().x + " pixels: nothing to check");
			List<Hyperlink> links = new ArrayList<>();
			collect(route.managedForm().getForm().getBody(), Hyperlink.class, links);
			links.removeIf(link -> !link.isVisible()); // the read-only notice, shown only for a broken text
			links.forEach(FormEditorTest::assertWhole);
			Workbench.screenshot("forms-route-window-as-it-opens");

			IDocument document = editor.source().document();
			String second = "\tobjective \"Promote the scaling-up";
			document.replace(document.get().indexOf(second), 0, "\tobjective \"Learn from the hosts.\"\n");
			Hyperlink objectives = link(route, "objectives");
			Workbench.waitFor(() -> objectives.getText().equals("3 objectives, 3 sources"), "the count of objectives");
			Workbench.settle(200);
			links.forEach(FormEditorTest::assertWhole);
		});
	}

	/** The link shows its whole text: on one line where it fits, else wrapped to its width. */
	private static void assertWhole(Hyperlink link) {
		Point size = link.getSize();
		boolean fits = link.computeSize(SWT.DEFAULT, SWT.DEFAULT).x <= size.x;
		boolean wrapped = (link.getStyle() & SWT.WRAP) != 0 && size.y >= link.computeSize(size.x, SWT.DEFAULT).y;
		assertTrue(fits || wrapped, () -> "'" + link.getText() + "' is cut to " + size);
	}

	/** The link of a page's contents whose text holds the word. */
	private static Hyperlink link(ModelForm form, String word) {
		List<Hyperlink> links = new ArrayList<>();
		collect(form.managedForm().getForm().getBody(), Hyperlink.class, links);
		return links.stream().filter(l -> l.getText().contains(word)).findFirst()
				.orElseThrow(() -> new AssertionError("no link with " + word + " among " + links.stream().map(Hyperlink::getText).toList()));
	}

	private static <T> void collect(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, found);
			}
		}
	}

	@Test
	void oneUndoHistoryBeforeAndAfterTheTextIsMade() throws Exception {
		IFile file = copyOfTheSeedRoute();
		try {
			CaseStudioFormEditor editor = open("attapeu/copy.route");
			IDocument document = editor.source().document();
			String text = document.get();
			RouteForm route = form(editor, RouteForm.class);
			type(field(route, LEARNING_ROUTE__THEME), "First theme");
			String first = document.get();
			type(field(route, LEARNING_ROUTE__THEME), "Second theme");
			assertFalse(editor.source().hasText(), "the text made by a form edit");

			// Ctrl+Z on the form page, the Source page never shown.
			FormFieldsTest.undo(editor);
			assertEquals(first, document.get());
			Text theme = (Text) field(route, LEARNING_ROUTE__THEME).control();
			Workbench.waitFor(() -> theme.getText().equals("First theme"), "the undone theme in the form");

			// The problems follow the text without the text's reconciler.
			int at = first.indexOf("host programme rlip") + "host programme ".length();
			document.replace(at, "rlip".length(), "rlp");
			Workbench.waitFor(() -> Workbench.errors(file).length > 0, "the unknown host among the problems");
			FormFieldsTest.undo(editor);
			assertEquals(first, document.get());
			Workbench.waitFor(() -> Workbench.errors(file).length == 0, "no problem after the undo");
			assertFalse(editor.source().hasText(), "the text made by an undo");

			// The text made now joins the same history: its Undo takes the form's first edit back, Redo gives it again.
			editor.showSource();
			assertTrue(editor.source().hasText());
			assertEquals(first, editor.source().viewer().getTextWidget().getText());
			FormFieldsTest.undo(editor);
			assertEquals(text, document.get());
			editor.source().getAction(ITextEditorActionConstants.REDO).run();
			assertEquals(first, document.get());
			assertTrue(editor.isDirty());
		} finally {
			Workbench.page().closeAllEditors(false);
			file.delete(true, null);
		}
	}

	@Test
	void aFormEditIsSavedWithoutTheText() throws Exception {
		IFile file = copyOfTheSeedRoute();
		try {
			CaseStudioFormEditor editor = open("attapeu/copy.route");
			RouteForm route = form(editor, RouteForm.class);
			type(field(route, LEARNING_ROUTE__THEME), "A saved theme");
			assertTrue(editor.isDirty());
			editor.doSave(null);
			assertFalse(editor.isDirty());
			assertEquals(editor.source().document().get(), Files.readString(Path.of(file.getLocation().toOSString())));
			assertTrue(editor.source().document().get().contains("theme \"A saved theme\""));
			assertFalse(editor.source().hasText(), "the text made by the save");
		} finally {
			Workbench.page().closeAllEditors(false);
			file.delete(true, null);
		}
	}

	/** A copy of the seed route beside it, under an id of its own. */
	private static IFile copyOfTheSeedRoute() throws Exception {
		IFile file = Workbench.file("attapeu/copy.route");
		String text = Files.readString(Path.of(Workbench.file("attapeu/attapeu.route").getLocation().toOSString()))
				.replace("route attapeu ", "route attapeu_copy ");
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	@Test
	void anEditInTheTextShowsInTheForm() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/attapeu.route");
		RouteForm route = form(editor, RouteForm.class);
		IDocument document = editor.source().document();
		int at = document.get().indexOf("Pro-rural-poor public–private partnerships");
		document.replace(at, "Pro-rural-poor".length(), "Pro-poor");
		Text theme = (Text) field(route, LEARNING_ROUTE__THEME).control();
		Workbench.waitFor(() -> theme.getText().equals("Pro-poor public–private partnerships"), "the theme in the form");
	}

	@Test
	void aFileWithASyntaxErrorGivesReadOnlyFormsAndNoWrite() throws Exception {
		IFile file = Workbench.file("attapeu/broken.route");
		String text = Files.readString(Path.of(Workbench.file("attapeu/attapeu.route").getLocation().toOSString()))
				.replace("\tedition 1\n", "\tedition \"one\" \"two\n");
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		try {
			CaseStudioFormEditor editor = open("attapeu/broken.route");
			RouteForm route = form(editor, RouteForm.class);
			Workbench.waitFor(() -> !route.isEditable(), "read-only forms");
			Text theme = (Text) field(route, LEARNING_ROUTE__THEME).control();
			assertFalse(theme.getEditable());
			// Even a change that reaches the editor writes nothing through the broken tree.
			assertNotNull(editor.edit(root -> { }));
			theme.setText("Something else");
			((Field.Value) field(route, LEARNING_ROUTE__THEME)).commit();
			assertEquals(text, editor.source().document().get());
			assertFalse(editor.isDirty());
			assertTrue(visibleTexts(route.managedForm().getForm()).stream().anyMatch(t -> t.contains("Source page")));
		} finally {
			Workbench.page().closeAllEditors(false);
			file.delete(true, null);
		}
	}

	@Test
	void actorsAreListedWithDetailsAndKindsInWords() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/actors.actors");
		ActorsForm actors = form(editor, ActorsForm.class);
		List<String> kinds = actors.actors().rows().stream().map(row -> row.get(0)).toList();
		assertTrue(kinds.contains("Producer group"), kinds.toString());
		assertTrue(kinds.stream().noneMatch(k -> k.equals("producerGroup") || k.equals("producers")), kinds.toString());

		IDocument document = editor.source().document();
		String original = document.get();
		int index = actors.actors().rows().indexOf(actors.actors().rows().stream()
				.filter(row -> row.get(1).equals("natural_dyes_group")).findFirst().orElseThrow());
		actors.actors().viewer().getTable().setFocus();
		actors.actors().select(declarationIndex(editor, "natural_dyes_group"));
		Text women = (Text) field(actors, ACTOR__WOMEN).control();
		assertEquals("10", women.getText());
		type(field(actors, ACTOR__WOMEN), "9");
		assertEquals(original.replace("\tmembers 10\n\twomen 10\n", "\tmembers 10\n\twomen 9\n"), document.get());

		Combo kind = (Combo) field(actors, ACTOR__KIND).control();
		assertEquals("Producer group", kind.getText());
		assertTrue(List.of(kind.getItems()).contains("Development programme"));
		assertTrue(index >= 0);
	}

	private static int declarationIndex(CaseStudioFormEditor editor, String id) {
		return editor.session().read(resource -> {
			var document = (org.casestudio.model.Document) resource.getContents().get(0);
			for (int i = 0; i < document.getDeclarations().size(); i++) {
				if (id.equals(document.getDeclarations().get(i).getName())) {
					return i;
				}
			}
			return -1;
		});
	}

	@Test
	void labelsAreWordsNotTheLanguagesNames() throws Exception {
		for (String path : List.of("attapeu/attapeu.route", "attapeu/cases/asparagus.case", "attapeu/actors.actors")) {
			CaseStudioFormEditor editor = open(path);
			for (ModelPage page : editor.formPages()) {
				editor.setActivePage(page.getId());
				Workbench.waitFor(() -> page.content().managedForm() != null, "the page " + page.getTitle());
				// Every section, also those below the first screen, which are made when first asked for.
				page.content().fields();
				for (String text : visibleTexts(page.content().managedForm().getForm())) {
					assertFalse(text.matches(".*\\b[a-z]+[A-Z][a-zA-Z]*\\b.*"), "a name of the model in " + path + ": " + text);
					assertFalse(text.contains("_"), "an id-like label in " + path + ": " + text);
				}
			}
			Workbench.page().closeAllEditors(false);
		}
	}

	@Test
	void thePartnershipDiagramShowsThePartners() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/cases/asparagus.case");
		PartnershipsForm partnerships = form(editor, PartnershipsForm.class);
		Workbench.waitFor(() -> partnerships.diagram().picture().nodes().size() == 2, "the partners in the diagram");
		assertEquals("Producers", partnerships.diagram().picture().nodes().get(0).role());
		assertEquals("Organic asparagus", partnerships.diagram().picture().flows().get(0).what());
	}

	/**
	 * A reference longer than its field shows its beginning, where the name is, and the tooltip
	 * holds it whole; again after the reference changes in the text.
	 */
	@Test
	void aLongReferenceShowsItsStartAndIsWholeInItsTooltip() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/cases/coffee.case");
		CaseForm overview = form(editor, CaseForm.class);
		Text host = (Text) field(overview, CASE_STUDY__HOST).control();
		assertTrue(host.getText().startsWith("coffee_group \u2014 "), host.getText());
		assertEquals(0, host.getCaretPosition());
		assertEquals(host.getText(), host.getToolTipText());

		IDocument document = editor.source().document();
		document.set(document.get().replace("host coffee_group", "host asparagus_group"));
		Workbench.waitFor(() -> host.getText().startsWith("asparagus_group \u2014 "), "the new host");
		assertEquals(0, host.getCaretPosition());
		assertEquals(host.getText(), host.getToolTipText());
	}

	/** Screenshots of every form page of the seed route's files, at 1280x800, for the README. */
	@Test
	void screenshotsOfEveryFormPage() throws Exception {
		Workbench.atReadmeSize(() -> {
			shoot("attapeu/attapeu.route", "forms-route", "forms-route-about", "forms-route-agenda",
					"forms-route-participants");
			shoot("attapeu/cases/asparagus.case", "forms-case", "forms-case-story", "forms-case-practices",
					"forms-case-learning", "forms-case-questions", "forms-partnerships");
			shoot("attapeu/actors.actors", "forms-actors");
		});
	}

	private static void shoot(String path, String... names) throws Exception {
		CaseStudioFormEditor editor = open(path);
		IWorkbenchPage page = Workbench.page();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		for (int i = 0; i < names.length; i++) {
			ModelPage formPage = editor.formPages().get(i);
			editor.setActivePage(formPage.getId());
			if (formPage.content() instanceof ActorsForm actors) {
				// An actor with a place and counts shows what the details hold.
				actors.actors().select(declarationIndex(editor, "asparagus_group"));
			}
			Workbench.settle(600);
			Workbench.picture(names[i]);
		}
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		page.closeAllEditors(false);
	}

	/** The texts of the labels and section titles a person sees on a form. */
	static List<String> visibleTexts(Control control) {
		List<String> texts = new ArrayList<>();
		if (control instanceof Label label) {
			texts.add(label.getText());
		} else if (control instanceof org.eclipse.ui.forms.widgets.Section section) {
			texts.add(section.getText());
		} else if (control instanceof org.eclipse.ui.forms.widgets.Hyperlink link && control.getVisible()) {
			texts.add(link.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				texts.addAll(visibleTexts(child));
			}
		}
		return texts;
	}

	@SuppressWarnings("unused")
	private static CaseStudioEditor text(CaseStudioFormEditor editor) {
		return editor.source();
	}
}
