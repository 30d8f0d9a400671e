package org.casestudio.ui.tests;

import static org.casestudio.model.CaseStudioPackage.Literals.DAY__TITLE;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__OBJECTIVES;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__SOURCES;
import static org.casestudio.model.CaseStudioPackage.Literals.PHOTO__ALT;
import static org.casestudio.model.CaseStudioPackage.Literals.SOURCE__CLAIMS;
import static org.casestudio.ui.tests.FormEditorTest.form;
import static org.casestudio.ui.tests.FormEditorTest.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.dsl.translations.Fingerprint;
import org.casestudio.model.Day;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.ui.forms.AboutForm;
import org.casestudio.ui.forms.AgendaForm;
import org.casestudio.ui.forms.CaseStudioFormEditor;
import org.casestudio.ui.forms.Field;
import org.casestudio.ui.forms.ListField;
import org.casestudio.ui.forms.ModelForm;
import org.casestudio.ui.forms.TranslationsField;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The texts of lists and tables translated where they are edited (rows under the table for the
 * selected item), translations held in a translator's file shown read-only with their file, the
 * photos of a day, and what a source is cited for, on the real widgets. Every form edit changes
 * only its element in the text and undo gives the bytes back; a text edit shows in the widgets.
 */
@ExtendWith(CleanWorkbench.class)
class FormTranslationsTest {

	@BeforeAll
	static void importMultilingualFixture() throws Exception {
		FormFieldsTest.importMultilingualFixture();
	}

	private static ListField list(ModelForm form, EStructuralFeature feature) {
		return (ListField) FormEditorTest.field(form, feature);
	}

	/** The translation rows under a table: the first such field after the list among the form's fields. */
	private static TranslationsField rowsUnder(ModelForm form, ListField list, EStructuralFeature feature) {
		List<Field> fields = form.fields();
		for (int i = fields.indexOf(list) + 1; i < fields.size(); i++) {
			if (fields.get(i) instanceof TranslationsField translations && translations.feature() == feature) {
				return translations;
			}
		}
		throw new AssertionError("no translations of " + feature.getName() + " under the table");
	}

	private static void select(ListField list, int index) {
		list.select(index);
		Workbench.waitFor(() -> list.selected() == index, "row " + index + " selected");
	}

	@Test
	void anObjectiveTranslatedOnlyInTheTranslatorsFileShowsItReadOnlyWithItsFile() throws Exception {
		CaseStudioFormEditor editor = open("multilingual/coffee.route");
		IDocument document = editor.source().document();
		String original = document.get();
		AboutForm route = form(editor, AboutForm.class);
		ListField objectives = list(route, LEARNING_ROUTE__OBJECTIVES);
		TranslationsField translations = rowsUnder(route, objectives, LEARNING_ROUTE__OBJECTIVES);
		assertTrue(translations.languages().isEmpty(), "nothing selected, nothing shown");

		select(objectives, 0);

		assertEquals(List.of("lo", "fr", "es"), translations.languages());
		assertTrue(translations.control().isVisible());
		TranslationsField.Row french = translations.row("fr");
		assertEquals("Travailler ensemble.", french.text().getText());
		assertEquals("fr.po", french.fromFile().getFileName().toString());
		assertEquals("from fr.po", french.fileLink().getText());
		assertTrue(french.fileLink().isVisible());
		assertFalse(french.text().getEditable(), "edited in the translator's file, not twice");
		assertFalse(french.outOfDate());
		assertEquals("Trabajar juntos.", translations.row("es").text().getText());

		// Typed anyway: nothing is written, so that the text never gets a second translation.
		FormFieldsTest.translate(french, "Autre chose");
		assertEquals(original, document.get());

		french.openFile();
		Workbench.waitFor(() -> List.of(Workbench.page().getEditorReferences()).stream()
				.anyMatch(r -> r.getName().equals("fr.po")), "the translator's file opened");
		for (IEditorReference reference : Workbench.page().getEditorReferences()) {
			if (reference.getName().equals("fr.po")) {
				Workbench.page().closeEditors(new IEditorReference[] { reference }, false);
			}
		}
		assertEquals(original, document.get());
	}

	@Test
	void aNewObjectiveIsTranslatedUnderTheTableAndMarkedUpToDateAfterATextEdit() throws Exception {
		CaseStudioFormEditor editor = open("multilingual/coffee.route");
		IDocument document = editor.source().document();
		AboutForm route = form(editor, AboutForm.class);
		ListField objectives = list(route, LEARNING_ROUTE__OBJECTIVES);
		TranslationsField translations = rowsUnder(route, objectives, LEARNING_ROUTE__OBJECTIVES);
		// A text edit: a second objective, with a comment before it, shows in the table.
		String first = "\tobjective \"Work together.\"\n";
		document.replace(document.get().indexOf(first) + first.length(), 0,
				"\t// ours, not yet translated\n\tobjective \"Sell together.\"\n");
		Workbench.waitFor(() -> objectives.rows().size() == 2, "the typed objective in the table");
		String before = document.get();
		select(objectives, 1);
		TranslationsField.Row french = translations.row("fr");
		assertEquals("", french.text().getText());
		assertNull(french.fromFile());
		assertTrue(french.text().getEditable());

		FormFieldsTest.translate(french, "Vendre ensemble.");

		String second = "\tobjective \"Sell together.\"\n";
		String translated = before.replace(second,
				second + "\t\tfr \"Vendre ensemble.\" #" + Fingerprint.of("Sell together.") + "\n");
		assertEquals(translated, document.get());
		assertEquals("Vendre ensemble.", french.text().getText());
		assertFalse(french.outOfDate());

		// The objective changed in the text: its French translation is out of date, until marked.
		document.replace(document.get().indexOf("Sell together."), "Sell together.".length(), "Sell together, always.");
		Workbench.waitFor(french::outOfDate, "the translation marked out of date");
		String changed = document.get();
		french.markUpToDate();
		assertEquals(changed.replace("#" + Fingerprint.of("Sell together."), "#" + Fingerprint.of("Sell together, always.")),
				document.get());
		assertFalse(french.outOfDate());

		FormFieldsTest.undo(editor);
		assertEquals(changed, document.get());
		// Then the typed change, then the translation (however the history grouped the typing).
		for (int i = 0; i < 2 && !document.get().equals(before); i++) {
			FormFieldsTest.undo(editor);
		}
		assertEquals(before, document.get());
	}

	@Test
	void aDaysTitleShowsItsTranslationsFromTheFilesUnderTheAgenda() throws Exception {
		CaseStudioFormEditor editor = open("multilingual/coffee.route");
		AgendaForm route = form(editor, AgendaForm.class);
		TranslationsField titles = rowsUnder(route, route.days(), DAY__TITLE);

		select(route.days(), 0);

		assertEquals(List.of("lo", "fr", "es"), titles.languages());
		assertEquals("Café", titles.row("fr").text().getText());
		assertEquals("ກາເຟ", titles.row("lo").text().getText());
		assertEquals("Title of the selected day", titles.caption().getText());
	}

	@Test
	void aPhotoOfADayIsAddedInTheDayAndUndoGivesTheBytesBack() throws Exception {
		CaseStudioFormEditor editor = open("multilingual/coffee.route");
		IDocument document = editor.source().document();
		String original = document.get();
		AgendaForm route = form(editor, AgendaForm.class);
		select(route.days(), 0);
		ListField photos = route.dayPhotos();
		assertEquals(0, photos.rows().size());

		FormActionsTest.press(photos.control(), "Add");
		Workbench.waitFor(() -> photos.rows().size() == 1, "the day's new photo");

		// Written in the day, after its session and before its end, and nowhere else.
		String session = "\t\tvisit \"Coffee group\" case coffee\n";
		assertEquals(original.replace(session, session + "\t\tphoto \"photos/new.jpg\"\n\t\t\talt \"New\"\n"),
				document.get());
		int photosOfDay = editor.session().read(resource -> ((Day) ((LearningRoute) ((Document) resource.getContents()
				.get(0)).getDeclarations().get(0)).getDays().get(0)).getPhotos().size());
		assertEquals(1, photosOfDay);
		// Its description is translated under the table.
		select(photos, 0);
		TranslationsField alt = rowsUnder(route, photos, PHOTO__ALT);
		Workbench.waitFor(() -> alt.languages().equals(List.of("lo", "fr", "es")), "the description's translations");

		FormFieldsTest.undo(editor);
		assertEquals(original, document.get());
		Workbench.waitFor(() -> photos.rows().isEmpty(), "the photo gone from the table");
	}

	@Test
	void aSourceIsCitedForAFactChosenWithAFilterAndItsValueAndRemovalAreUndone() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/attapeu.route");
		IDocument document = editor.source().document();
		String original = document.get();
		AboutForm route = form(editor, AboutForm.class);
		select(list(route, LEARNING_ROUTE__SOURCES), 1);
		ListField claims = list(route, SOURCE__CLAIMS);
		Workbench.waitFor(() -> claims.rows().size() == 4, "the facts of the second source");
		assertEquals(List.of("dates", ""), claims.rows().get(0));
		assertEquals("host programme", claims.rows().get(3).get(0));

		chooseFact(claims, "funders");

		String line = "\t\tfor dates, edition, organiser, host_programme\n";
		assertEquals(original.replaceFirst(line, "\t\tfor dates, edition, organiser, host_programme, funders\n"),
				document.get());
		Workbench.waitFor(() -> claims.rows().size() == 5, "the fact in the table");
		String cited = document.get();

		editCell(claims, 0, 1, "2013");
		assertEquals(cited.replaceFirst("\t\tfor dates, edition,", "\t\tfor dates 2013, edition,"), document.get());

		String valued = document.get();
		select(claims, 1);
		FormActionsTest.press(claims.control(), "Remove");
		// Only the facts' line changes (a blank where the fact stood may stay).
		String removed = document.get();
		String factsLine = "\t\tfor dates 2013, edition, organiser, host_programme, funders\n";
		int at = valued.indexOf(factsLine);
		assertTrue(at > 0, valued);
		String newLine = removed.substring(at, removed.indexOf('\n', at) + 1);
		assertEquals(valued.substring(0, at) + newLine + valued.substring(at + factsLine.length()), removed);
		assertEquals("\t\tfor dates 2013, organiser, host_programme, funders\n", newLine.replaceAll(" +", " "));

		FormFieldsTest.undo(editor);
		FormFieldsTest.undo(editor);
		assertEquals(cited, document.get());
		FormFieldsTest.undo(editor);
		assertEquals(original, document.get());
	}

	/** The translations under the lists and the cited facts, for the README. */
	@Test
	void screenshotsOfTheTranslationsOfListsAndTheCitedFacts() throws Exception {
		Workbench.atReadmeSize(() -> {
			CaseStudioFormEditor editor = open("multilingual/coffee.route");
			IWorkbenchPage page = Workbench.page();
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
			AboutForm objectives = form(editor, AboutForm.class);
			select(list(objectives, LEARNING_ROUTE__OBJECTIVES), 0);
			Workbench.settle(600);
			Workbench.picture("forms-translations-of-lists");
			AgendaForm agenda = form(editor, AgendaForm.class);
			select(agenda.days(), 0);
			select(agenda.sessions(), 0);
			Workbench.settle(600);
			Workbench.picture("forms-translations-of-lists-below");
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
			Workbench.page().closeAllEditors(false);

			editor = open("attapeu/attapeu.route");
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
			objectives = form(editor, AboutForm.class);
			ListField sources = list(objectives, LEARNING_ROUTE__SOURCES);
			select(sources, 0);
			sources.control().setFocus();
			ListField claims = list(objectives, SOURCE__CLAIMS);
			objectives.managedForm().getForm().showControl(claims.control());
			Workbench.settle(600);
			Workbench.picture("forms-cited-for");
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		});
	}

	/** Presses Add beside the facts and chooses the fact in the chooser, through its filter. */
	private static void chooseFact(ListField claims, String fact) {
		FormActionsTest.inDialog(ElementListSelectionDialog.class, shell -> {
			Text filter = descendants(shell).stream().filter(Text.class::isInstance).map(Text.class::cast).findFirst()
					.orElseThrow();
			Table list = descendants(shell).stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
					.orElseThrow();
			filter.setText(fact.substring(0, 4));
			Workbench.waitFor(() -> list.getItemCount() >= 1 && list.getItem(0).getText().startsWith(fact),
					"the fact " + fact + " in the chooser");
			list.setSelection(0);
			list.notifyListeners(SWT.Selection, new Event());
			Button ok = descendants(shell).stream().filter(Button.class::isInstance).map(Button.class::cast)
					.filter(b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).findFirst().orElseThrow();
			ok.notifyListeners(SWT.Selection, new Event());
		});
		FormActionsTest.press(claims.control(), "Add");
	}

	/** Edits a cell of the table as a person does: its editor opened, the text typed, Enter. */
	private static void editCell(ListField list, int row, int column, String text) {
		list.viewer().editElement(list.viewer().getElementAt(row), column);
		assertTrue(list.viewer().isCellEditorActive(), "a cell editor open");
		Text editor = null;
		for (Control child : list.viewer().getTable().getChildren()) {
			if (child.isVisible() && child instanceof Text t) {
				editor = t;
			}
		}
		editor.setText(text);
		editor.notifyListeners(SWT.DefaultSelection, null);
		Workbench.waitFor(() -> !list.viewer().isCellEditorActive(), "the cell written");
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
}
