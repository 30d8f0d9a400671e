package org.casestudio.ui.tests;

import static org.casestudio.model.CaseStudioPackage.Literals.ACTOR__MEMBERS;
import static org.casestudio.model.CaseStudioPackage.Literals.CASE_STUDY__HOST;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__HOST_PROGRAMME;
import static org.casestudio.model.CaseStudioPackage.Literals.CASE_STUDY__LESSONS;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__THEME;
import static org.casestudio.model.CaseStudioPackage.Literals.NAMED_ELEMENT__TITLE;
import static org.casestudio.model.CaseStudioPackage.Literals.SESSION__VISITED_CASE;
import static org.casestudio.ui.tests.FormEditorTest.field;
import static org.casestudio.ui.tests.FormEditorTest.form;
import static org.casestudio.ui.tests.FormEditorTest.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.casestudio.dsl.ide.services.Fix;
import org.casestudio.ui.forms.ActorsForm;
import org.casestudio.ui.forms.AgendaForm;
import org.casestudio.ui.forms.CaseForm;
import org.casestudio.ui.forms.CaseStudioFormEditor;
import org.casestudio.ui.forms.Field;
import org.casestudio.ui.forms.FormQuickFixes;
import org.casestudio.ui.forms.ListField;
import org.casestudio.ui.forms.LearningForm;
import org.casestudio.ui.forms.NewElementDialog;
import org.casestudio.ui.forms.ParticipantsForm;
import org.casestudio.ui.forms.RouteForm;
import org.casestudio.ui.editor.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a person does on the forms besides typing a value, on the real widgets: choosing a
 * reference, moving a list element, adding and removing declarations, applying a quick fix, and
 * the forms kept in step with the Outline, the Problems view and the text.
 */
@ExtendWith(CleanWorkbench.class)
class FormActionsTest {

	@Test
	void aHostChosenThroughTheChooserChangesOnlyItsId() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/cases/asparagus.case");
		CaseForm study = form(editor, CaseForm.class);
		IDocument document = editor.source().document();
		String original = document.get();
		Field host = field(study, CASE_STUDY__HOST);

		choose(host.control(), "natural_dyes_group");

		assertEquals(original.replace("\thost asparagus_group\n", "\thost natural_dyes_group\n"), document.get());
		assertTrue(((Text) host.control()).getText().startsWith("natural_dyes_group"));
		undo(editor);
		assertEquals(original, document.get());
	}

	@Test
	void aReferenceLeavesItsNameMostOfItsRowAndIsClearedByItsButton() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/attapeu.route");
		RouteForm route = form(editor, RouteForm.class);
		IDocument document = editor.source().document();
		String original = document.get();
		Field.Reference host = (Field.Reference) field(route, LEARNING_ROUTE__HOST_PROGRAMME);
		Text name = host.control();
		Workbench.waitFor(() -> name.getSize().x > 0, "the route page laid out");
		// In the window as it opens, the route page's two columns sit between the Project Explorer
		// and the Outline: the name takes most of its row, the buttons what they need.
		int row = name.getParent().getSize().x;
		assertTrue(name.getSize().x > row * 6 / 10, () -> "name " + name.getSize().x + " of a row of " + row);
		assertEquals("Choose...", host.chooseButton().getToolTipText());
		assertEquals("Clear", host.clearButton().getToolTipText());
		assertNotNull(host.clearButton().getImage());

		press(name, "Clear");

		assertEquals(original.replace("\thost programme rlip\n", ""), document.get(),
				() -> "the form says: " + Arrays.stream(route.managedForm().getForm().getForm().getChildrenMessages())
						.map(IMessage::getMessage).toList());
		Workbench.waitFor(() -> name.getText().isEmpty(), "the cleared name");
		undo(editor);
		assertEquals(original, document.get());
	}

	@Test
	void undoAfterASaveTakesBackTheEditBeforeIt() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/cases/asparagus.case");
		CaseForm study = form(editor, CaseForm.class);
		IDocument document = editor.source().document();
		String original = document.get();
		choose(field(study, CASE_STUDY__HOST).control(), "natural_dyes_group");
		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		try {
			// As in any Eclipse editor: the edit before the save is still in the history.
			undo(editor);
			assertEquals(original, document.get());
			assertTrue(editor.isDirty(), "the text differs from the saved file again");
		} finally {
			// The fixture's file as it was, for the other tests.
			document.set(original);
			editor.doSave(new NullProgressMonitor());
		}
	}

	@Test
	void aCaseChosenForASessionOfADayIsWrittenThereAndNothingElseChanges() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/attapeu.route");
		AgendaForm route = form(editor, AgendaForm.class);
		IDocument document = editor.source().document();
		String original = document.get();

		press(route.days().control(), "Add");
		Workbench.waitFor(() -> route.days().selected() == 0, "the new day selected");
		press(route.sessions().control(), "Add");
		Workbench.waitFor(() -> route.sessions().selected() == 0, "the new session selected");
		String before = document.get();
		assertFalse(before.contains(" case "), before);

		choose(field(route, SESSION__VISITED_CASE).control(), "coffee");

		String after = document.get();
		int prefix = 0;
		while (prefix < before.length() && before.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < before.length() - prefix && before.charAt(before.length() - 1 - suffix) == after
				.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		assertEquals(before.length(), prefix + suffix, "only an insertion: " + after);
		assertEquals("case coffee", after.substring(prefix, after.length() - suffix).strip(), after);
		assertTrue(route.sessions().rows().get(0).get(4).startsWith("coffee"), route.sessions().rows()::toString);
		// Undo takes back the case, the session and the day, one by one, to the exact text.
		undo(editor);
		assertEquals(before, document.get());
		undo(editor);
		undo(editor);
		assertEquals(original, document.get());
	}

	@Test
	void movingALessonUpAndDownSwapsItsLinesAndUndoRestoresTheBytes() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/cases/asparagus.case");
		LearningForm study = form(editor, LearningForm.class);
		IDocument document = editor.source().document();
		String original = document.get();
		String first = line(original, "\tlesson \"Food-insecure");
		String second = line(original, "\tlesson \"Selling directly");
		String swapped = original.replace(first + second, second + first);
		ListField lessons = (ListField) field(study, CASE_STUDY__LESSONS);

		lessons.select(1);
		press(lessons.control(), "Up");
		assertEquals(swapped, document.get());
		assertEquals(0, lessons.selected(), "the moved lesson stays selected");
		assertTrue(lessons.rows().get(0).get(0).startsWith("Selling directly"));
		undo(editor);
		assertEquals(original, document.get());

		lessons.select(0);
		press(lessons.control(), "Down");
		assertEquals(swapped, document.get());
		undo(editor);
		assertEquals(original, document.get());
		assertFalse(editor.isDirty());
	}

	@Test
	void selectingInAFormSelectsInTheOutlineAndBack() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/actors.actors");
		ActorsForm actors = form(editor, ActorsForm.class);
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		Tree tree = outlineTree(editor);
		Workbench.waitFor(() -> tree.getItemCount() > 0 && item(tree, "natural_dyes_group") != null, "the Outline");

		actors.actors().viewer().getTable().setFocus();
		actors.actors().select(declarationIndex(editor, "natural_dyes_group"));
		Workbench.waitFor(() -> tree.getSelectionCount() == 1
				&& tree.getSelection()[0].getText().startsWith("natural_dyes_group"), "the actor selected in the Outline");

		TreeItem asparagus = item(tree, "asparagus_group");
		tree.setSelection(asparagus);
		Event event = new Event();
		event.item = asparagus;
		tree.notifyListeners(SWT.Selection, event);
		int index = declarationIndex(editor, "asparagus_group");
		Workbench.waitFor(() -> actors.actors().selected() == index, "the actor selected in the form");
		assertEquals("Organic Asparagus Producers’ Group", ((Text) field(actors, NAMED_ELEMENT__TITLE).control()).getText());
	}

	@Test
	void doubleClickingAProblemFocusesTheFieldItConcerns() throws Exception {
		IFile file = Workbench.file("attapeu/extra.actors");
		String text = "organisation extra_one \"Extra One\"\nend\n\nproducers extra_two \"Extra Two\"\n\tmembers -3\nend\n";
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		try {
			Workbench.waitFor(() -> Arrays.stream(Workbench.problems(file))
					.anyMatch(m -> m.getAttribute(ProblemMarkers.CODE, "").endsWith("negativeCount")), "the problem");
			IMarker marker = Arrays.stream(Workbench.problems(file))
					.filter(m -> m.getAttribute(ProblemMarkers.CODE, "").endsWith("negativeCount")).findFirst().orElseThrow();

			// What a double-click in the Problems view does.
			Workbench.page().getWorkbenchWindow().getShell().forceActive();
			CaseStudioFormEditor editor = (CaseStudioFormEditor) IDE.openEditor(Workbench.page(), marker);
			ActorsForm actors = (ActorsForm) editor.formPages().get(0).content();
			assertEquals(editor.formPages().get(0), editor.getSelectedPage(), "the form page, not the text");
			assertEquals(1, actors.actors().selected(), "the actor of the problem is the one shown");
			Control members = field(actors, ACTOR__MEMBERS).control();
			Display display = members.getDisplay();
			Workbench.settle(300);
			assertEquals(members, display.getFocusControl(), "the focus in the Members field");
			assertEquals("-3", ((Text) members).getText());
			// The field offers the text editor's fix of the problem, and applying it writes the text.
			Workbench.waitFor(() -> !FormQuickFixes.fixes(actors, field(actors, ACTOR__MEMBERS)).isEmpty(),
					"the fix of the count on its field");
			List<Fix> fixes = FormQuickFixes.fixes(actors, field(actors, ACTOR__MEMBERS));
			assertEquals(1, fixes.size(), fixes::toString);
			assertTrue(FormQuickFixes.apply(actors, fixes.get(0)));
			assertEquals(text.replace("members -3", "members 3"), editor.source().document().get());
		} finally {
			Workbench.page().closeAllEditors(false);
			file.delete(true, null);
		}
	}

	/**
	 * The field of a problem may be on a page not shown yet: it is found there, and only that page is
	 * brought to the front, with the day of the problem selected.
	 */
	@Test
	void doubleClickingAProblemOfADayOpensTheAgendaPageAtTheDaysPhotos() throws Exception {
		IFile file = Workbench.file("attapeu/extra.route");
		String text = "route extra \"Extra\"\n\tday 1 \"One\"\n\tend\n\tday 2 \"Two\"\n\t\tphoto \"photos/two.jpg\"\n\tend\nend\n";
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		try {
			Workbench.waitFor(() -> Arrays.stream(Workbench.problems(file))
					.anyMatch(m -> m.getAttribute(ProblemMarkers.CODE, "").endsWith("photoWithoutAlt")), "the problem");
			IMarker marker = Arrays.stream(Workbench.problems(file))
					.filter(m -> m.getAttribute(ProblemMarkers.CODE, "").endsWith("photoWithoutAlt")).findFirst().orElseThrow();

			Workbench.page().getWorkbenchWindow().getShell().forceActive();
			CaseStudioFormEditor editor = (CaseStudioFormEditor) IDE.openEditor(Workbench.page(), marker);
			AgendaForm agenda = (AgendaForm) editor.formPages().get(2).content();
			assertEquals(editor.formPages().get(2), editor.getSelectedPage(), "the agenda page, not the first or the text");
			assertEquals(1, agenda.days().selected(), "the day of the problem is the one shown");
			Control photos = agenda.dayPhotos().control();
			Workbench.settle(300);
			assertEquals(photos, photos.getDisplay().getFocusControl(), "the focus in the day's photos");
			assertEquals(List.of(List.of("photos/two.jpg", "", "", "")), agenda.dayPhotos().rows());
		} finally {
			Workbench.page().closeAllEditors(false);
			file.delete(true, null);
		}
	}

	@Test
	void aQuickFixOfTheTextIsOfferedOnTheFieldAndGoesThroughTheOneUndoHistory() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/attapeu.route");
		RouteForm route = form(editor, RouteForm.class);
		IDocument document = editor.source().document();
		String original = document.get();
		int at = original.indexOf("host programme rlip");
		document.replace(at, "host programme rlip".length(), "host programme rlp");
		String typo = document.get();
		Field host = field(route, LEARNING_ROUTE__HOST_PROGRAMME);
		Workbench.waitFor(() -> !FormQuickFixes.fixes(route, host).isEmpty(), "the fixes of the unknown id");

		// Ctrl+1 in the field shows them under it.
		Control control = host.control();
		control.setFocus();
		org.eclipse.swt.widgets.Menu shown = FormQuickFixes.show(route, host);
		assertNotNull(shown);
		Workbench.screenshot("forms-quick-fix");
		shown.setVisible(false);
		Workbench.settle(100);
		// The field's context menu lists the same fixes.
		control.notifyListeners(SWT.MenuDetect, new Event());
		assertNotNull(control.getMenu());
		MenuItem useRlip = Arrays.stream(control.getMenu().getItems()).filter(i -> i.getText().contains("'rlip'"))
				.findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(control.getMenu().getItems())));
		useRlip.notifyListeners(SWT.Selection, new Event());

		assertEquals(original, document.get());
		Workbench.waitFor(() -> ((Text) control).getText().startsWith("rlip \u2014"), "the fixed id in the form");
		undo(editor);
		assertEquals(typo, document.get());

		// A field without findings keeps the text's own context menu.
		Control theme = field(route, LEARNING_ROUTE__THEME).control();
		theme.notifyListeners(SWT.MenuDetect, new Event());
		assertNull(theme.getMenu());
	}

	@Test
	void anActorIsAddedWithKindNameAndIdAndRemovedAgain() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/actors.actors");
		ActorsForm actors = form(editor, ActorsForm.class);
		IDocument document = editor.source().document();
		String original = document.get();
		int count = actors.actors().rows().size();

		// Cancel writes nothing.
		inDialog(NewElementDialog.class, shell -> {
			NewElementDialog dialog = (NewElementDialog) shell.getData();
			dialog.nameText().setText("Anything");
			press(shell, IDialogConstants.CANCEL_ID);
		});
		press(actors.actors().control(), "Add");
		assertEquals(original, document.get());

		List<String> seen = new ArrayList<>();
		inDialog(NewElementDialog.class, shell -> {
			NewElementDialog dialog = (NewElementDialog) shell.getData();
			dialog.nameText().setText("Women’s Weaving Group");
			seen.add(dialog.idText().getText());
			// An id declared in the folder tree is refused; OK waits for another.
			dialog.idText().setText("procasur");
			seen.add(String.valueOf(okButton(shell).getEnabled()));
			dialog.idText().setText("weavers");
			seen.add(String.valueOf(okButton(shell).getEnabled()));
			dialog.kindCombo().select(Arrays.asList(dialog.kindCombo().getItems()).indexOf("Cooperative"));
			Workbench.screenshot("forms-new-actor");
			press(shell, IDialogConstants.OK_ID);
		});
		press(actors.actors().control(), "Add");
		assertEquals(List.of("women_s_weaving_group", "false", "true"), seen);

		String added = document.get();
		assertTrue(added.startsWith(original.stripTrailing()), added);
		assertEquals("cooperative weavers \"Women’s Weaving Group\"\nend", added.substring(original.stripTrailing().length()).strip());
		assertEquals(count + 1, actors.actors().rows().size());
		assertEquals(List.of("Cooperative", "weavers", "Women’s Weaving Group"),
				actors.actors().rows().get(actors.actors().rows().size() - 1));
		assertEquals(declarationIndex(editor, "weavers"), actors.actors().selected(), "the new actor is selected");

		press(actors.actors().control(), "Remove");
		assertFalse(document.get().contains("weavers"), document.get());
		assertEquals(count, actors.actors().rows().size());
		undo(editor);
		assertEquals(added, document.get());
		undo(editor);
		assertEquals(original, document.get());
	}

	@Test
	void participantsAndInnovationPlansAreAddedAndRemovedOnTheParticipantsPage() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/attapeu.route");
		ParticipantsForm route = form(editor, ParticipantsForm.class);
		IDocument document = editor.source().document();
		String original = document.get();

		inDialog(NewElementDialog.class, shell -> {
			NewElementDialog dialog = (NewElementDialog) shell.getData();
			assertNull(dialog.kindCombo());
			dialog.nameText().setText("Somchai Phommavong");
			press(shell, IDialogConstants.OK_ID);
		});
		press(route.participants().control(), "Add");
		assertTrue(document.get().contains("participant somchai_phommavong \"Somchai Phommavong\""), document.get());
		// The list shows the text once the forms have read it again, which may come a moment later.
		Workbench.waitFor(() -> !route.participants().rows().isEmpty(), "the new participant listed");
		assertEquals(List.of("somchai_phommavong", "Somchai Phommavong", "", ""), route.participants().rows().get(0));
		String withParticipant = document.get();

		inDialog(NewElementDialog.class, shell -> {
			NewElementDialog dialog = (NewElementDialog) shell.getData();
			dialog.nameText().setText("Organic vegetables for Sekong");
			press(shell, IDialogConstants.OK_ID);
		});
		press(route.plans().control(), "Add");
		String withPlan = document.get();
		assertTrue(withPlan.contains("plan organic_vegetables_for_sekong \"Organic vegetables for Sekong\""), withPlan);
		Workbench.waitFor(() -> !route.plans().rows().isEmpty(), "the new plan listed");
		assertEquals("Draft", route.plans().rows().get(0).get(2));
		assertTrue(route.isEditable(), "the text still parses");

		route.plans().select(0);
		press(route.plans().control(), "Remove");
		assertEquals(0, route.plans().rows().size());
		assertFalse(document.get().contains("plan "), document.get());
		route.participants().select(0);
		press(route.participants().control(), "Remove");
		assertEquals(0, route.participants().rows().size());
		undo(editor);
		undo(editor);
		assertEquals(withPlan, document.get());
		undo(editor);
		assertEquals(withParticipant, document.get());
		undo(editor);
		assertEquals(original, document.get());
	}

	@Test
	void typingInTheSourcePageShowsInTheFormWidgets() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/actors.actors");
		ActorsForm actors = form(editor, ActorsForm.class);
		actors.actors().select(declarationIndex(editor, "natural_dyes_group"));
		editor.showSource();
		StyledText source = editor.source().viewer().getTextWidget();
		String text = source.getText();
		int members = text.indexOf("members 10") + "members ".length();
		source.replaceTextRange(members, 2, "12");
		int title = text.indexOf("Taliang Natural Dyes Group");
		source.replaceTextRange(title, "Taliang Natural Dyes Group".length(), "Taliang Dyes Group");

		editor.setActivePage(editor.formPages().get(0).getId());
		Text membersField = (Text) field(actors, ACTOR__MEMBERS).control();
		Workbench.waitFor(() -> membersField.getText().equals("12"), "the members in the form");
		Workbench.waitFor(() -> actors.actors().rows().stream().anyMatch(row -> row.get(2).equals("Taliang Dyes Group")),
				"the name in the list");
		assertEquals("Taliang Dyes Group", ((Text) field(actors, NAMED_ELEMENT__TITLE).control()).getText());
	}

	@Test
	void aSyntaxErrorTypedInTheTextMakesTheFormsReadOnlyAndNothingIsWritten() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/attapeu.route");
		RouteForm route = form(editor, RouteForm.class);
		IDocument document = editor.source().document();
		assertTrue(route.isEditable());
		int at = document.get().indexOf("\tedition 1\n");
		document.replace(at, "\tedition 1\n".length(), "\tedition \"one\n");
		String broken = document.get();

		Workbench.waitFor(() -> !route.isEditable(), "read-only forms");
		Text theme = (Text) field(route, LEARNING_ROUTE__THEME).control();
		assertFalse(theme.getEditable());
		// A page first shown while the text is broken is read-only too.
		AgendaForm agenda = form(editor, AgendaForm.class);
		assertFalse(agenda.isEditable());
		assertFalse(button(agenda.days().control(), "Add").getEnabled());
		theme.setText("Something else");
		((Field.Value) field(route, LEARNING_ROUTE__THEME)).commit();
		assertEquals(broken, document.get());

		undo(editor);
		Workbench.waitFor(route::isEditable, "editable forms again");
		assertTrue(theme.getEditable());
		Workbench.waitFor(agenda::isEditable, "the agenda editable again");
		assertTrue(button(agenda.days().control(), "Add").getEnabled());
	}

	// ---------------------------------------------------------------------------------------------

	private static void undo(CaseStudioFormEditor editor) {
		// What Ctrl+Z runs: the Undo of the page on top, a form page's or, once shown, the text editor's.
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
	}

	private static String line(String text, String start) {
		int from = text.indexOf(start);
		return text.substring(from, text.indexOf('\n', from) + 1);
	}

	/** The button with this text beside a field's widget (a list's Add, Up, Down; a reference's Choose). */
	static Button button(Control near, String text) {
		for (Composite parent = near.getParent(); parent != null; parent = parent.getParent()) {
			Button found = find(parent, text);
			if (found != null) {
				return found;
			}
		}
		throw new AssertionError("no button " + text + " near " + near);
	}

	private static Button find(Control control, String text) {
		// A compact button is known by its tooltip, as the person using it knows it.
		if (control instanceof Button button && (text.equals(button.getText()) || text.equals(button.getToolTipText()))) {
			return button;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = find(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static void press(Control near, String text) {
		Button button = button(near, text);
		assertTrue(button.getEnabled(), text + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Button okButton(Shell shell) {
		return buttonWithId(shell, IDialogConstants.OK_ID);
	}

	private static Button buttonWithId(Control control, int id) {
		if (control instanceof Button button && Integer.valueOf(id).equals(button.getData())) {
			return button;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = buttonWithId(child, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void press(Shell shell, int id) {
		buttonWithId(shell, id).notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * Runs the action in the dialog of this type once it shows: a dialog is modal, so the test
	 * fills it from the dialog's own event loop, as a person would.
	 */
	static void inDialog(Class<?> type, Consumer<Shell> action) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 20_000;
		display.timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (type.isInstance(shell.getData()) && shell.isVisible()) {
						try {
							action.accept(shell);
						} catch (RuntimeException | AssertionError e) {
							shell.close();
							throw e;
						}
						return;
					}
				}
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(50, this);
				}
			}
		});
	}

	/** Chooses the declaration with the id in the chooser of the reference beside the widget. */
	static void choose(Control reference, String id) {
		inDialog(ElementListSelectionDialog.class, shell -> {
			Text filter = descendants(shell).stream().filter(Text.class::isInstance).map(Text.class::cast).findFirst()
					.orElseThrow();
			Table list = descendants(shell).stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
					.orElseThrow();
			filter.setText(id);
			Workbench.waitFor(() -> indexOf(list, id) >= 0, "the id " + id + " in the chooser");
			list.setSelection(indexOf(list, id));
			list.notifyListeners(SWT.Selection, new Event());
			press(shell, IDialogConstants.OK_ID);
		});
		press(reference, "Choose...");
	}

	private static int indexOf(Table list, String id) {
		for (int i = 0; i < list.getItemCount(); i++) {
			String text = list.getItem(i).getText();
			if (text.equals(id) || text.startsWith(id + " \u2014")) {
				return i;
			}
		}
		return -1;
	}

	private static List<Control> descendants(Control control) {
		List<Control> all = new ArrayList<>();
		all.add(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				all.addAll(descendants(child));
			}
		}
		return all;
	}

	private static Tree outlineTree(CaseStudioFormEditor editor) {
		var outline = editor.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
		Workbench.waitFor(() -> outline.getControl() != null, "the Outline page");
		return (Tree) outline.getControl();
	}

	private static TreeItem item(Tree tree, String id) {
		List<TreeItem> level = new ArrayList<>(List.of(tree.getItems()));
		while (!level.isEmpty()) {
			TreeItem item = level.remove(0);
			if (item.getText().startsWith(id + " ") || item.getText().equals(id)) {
				return item;
			}
			level.addAll(List.of(item.getItems()));
		}
		return null;
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
}
