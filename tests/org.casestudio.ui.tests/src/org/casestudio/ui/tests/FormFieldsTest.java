package org.casestudio.ui.tests;

import static org.casestudio.model.CaseStudioPackage.Literals.CASE_STUDY__SUMMARY;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__COUNTRY;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__SOURCES;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__THEME;
import static org.casestudio.model.CaseStudioPackage.Literals.NAMED_ELEMENT__TITLE;
import static org.casestudio.model.CaseStudioPackage.Literals.SOURCE__LINK;
import static org.casestudio.model.CaseStudioPackage.Literals.SOURCE__PUBLISHER;
import static org.casestudio.ui.tests.FormEditorTest.field;
import static org.casestudio.ui.tests.FormEditorTest.form;
import static org.casestudio.ui.tests.FormEditorTest.open;
import static org.casestudio.ui.tests.FormEditorTest.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.casestudio.dsl.translations.Fingerprint;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Source;
import org.casestudio.ui.application.SeedProjects;
import org.casestudio.ui.forms.AboutForm;
import org.casestudio.ui.forms.CaseStudioFormEditor;
import org.casestudio.ui.forms.ListField;
import org.casestudio.ui.forms.MarkdownPreview;
import org.casestudio.ui.forms.ModelForm;
import org.casestudio.ui.forms.QuestionsForm;
import org.casestudio.ui.forms.RouteForm;
import org.casestudio.ui.forms.StoryForm;
import org.casestudio.ui.forms.TranslationsField;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the forms show beside the plain fields, driven through their real widgets: translations
 * written beside their text (typed, changed, marked up to date), the Markdown previews, the sources
 * and photos, and a discussion question's answer options. Every write is checked in the text, and
 * undo gives the exact bytes back.
 */
@ExtendWith(CleanWorkbench.class)
class FormFieldsTest {

	/** The language fixture of the dsl tests: a route packed in Lao, French and Spanish. */
	@BeforeAll
	static void importMultilingualFixture() throws Exception {
		if (Workbench.file("multilingual/coffee.route").exists()) {
			return;
		}
		Path fixture = Path.of(System.getProperty("casestudio.seeds", "../../seeds"))
				.resolve("../tests/org.casestudio.dsl.tests/resources/good/multilingual").toAbsolutePath().normalize();
		Path seeds = Files.createTempDirectory("multilingual");
		copy(fixture, seeds.resolve("multilingual"));
		SeedProjects.importAll(seeds);
		assertTrue(Workbench.file("multilingual/coffee.route").exists());
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
	}

	static TranslationsField translations(ModelForm form, EStructuralFeature feature) {
		return form.fields().stream().filter(f -> f instanceof TranslationsField && feature.equals(f.feature()))
				.map(TranslationsField.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no translations of " + feature.getName()));
	}

	/** Types a translation into its row and leaves it, as a person does. */
	static void translate(TranslationsField.Row row, String text) {
		row.text().setFocus();
		row.text().setText(text);
		row.commit();
	}

	/** Ctrl+Z in the editor. */
	static void undo(CaseStudioFormEditor editor) {
		// What Ctrl+Z runs: the Undo of the page on top, a form page's or, once shown, the text editor's.
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
	}

	@Test
	void theTranslationsOfATextShowOneRowPerLanguageWithTheStaleOneMarked() throws Exception {
		CaseStudioFormEditor editor = open("multilingual/coffee.route");
		RouteForm route = form(editor, RouteForm.class);
		TranslationsField title = translations(route, NAMED_ELEMENT__TITLE);
		assertEquals(List.of("lo", "fr", "es"), title.languages());
		assertEquals("Le café à Attapeu", title.row("fr").text().getText());
		assertEquals("El café en Attapeu", title.row("es").text().getText());
		// Made from an earlier title: out of date; the others carry the title's fingerprint.
		assertTrue(title.row("fr").outOfDate());
		assertFalse(title.row("lo").outOfDate());
		assertFalse(title.row("es").outOfDate());
		assertTrue(title.control().isVisible());
		// A route that asks for no translations shows none.
		Workbench.page().closeAllEditors(false);
		RouteForm seed = form(open("attapeu/attapeu.route"), RouteForm.class);
		assertTrue(translations(seed, NAMED_ELEMENT__TITLE).languages().isEmpty());
		// Nor is a box made for them: the page opens with no widget of translations.
		assertNull(translations(seed, NAMED_ELEMENT__TITLE).control());
	}

	@Test
	void aTranslationChangedInTheFormChangesOnlyItsTextAndUndoGivesTheBytesBack() throws Exception {
		CaseStudioFormEditor editor = open("multilingual/coffee.route");
		IDocument document = editor.source().document();
		String original = document.get();
		RouteForm route = form(editor, RouteForm.class);

		translate(translations(route, LEARNING_ROUTE__COUNTRY).row("es"), "República Democrática Popular Lao");

		assertEquals(original.replace("\t\tes \"RDP Lao\"\n", "\t\tes \"República Democrática Popular Lao\"\n"),
				document.get());
		undo(editor);
		assertEquals(original, document.get());
	}

	@Test
	void markingATranslationUpToDateWritesTheTextsFingerprintAsTheQuickFixDoes() throws Exception {
		CaseStudioFormEditor editor = open("multilingual/coffee.route");
		IDocument document = editor.source().document();
		String original = document.get();
		RouteForm route = form(editor, RouteForm.class);
		TranslationsField title = translations(route, NAMED_ELEMENT__TITLE);

		title.row("fr").markUpToDate();

		assertEquals(original.replace("fr \"Le café à Attapeu\" #b2fff4", "fr \"Le café à Attapeu\" #"
				+ Fingerprint.of("Coffee in Attapeu")), document.get());
		assertFalse(title.row("fr").outOfDate());
		undo(editor);
		assertEquals(original, document.get());
	}

	@Test
	void aNewTranslationIsWrittenRightAfterItsTextAndUndoGivesTheBytesBack() throws Exception {
		CaseStudioFormEditor editor = open("multilingual/coffee.route");
		IDocument document = editor.source().document();
		String original = document.get();
		RouteForm route = form(editor, RouteForm.class);
		TranslationsField theme = translations(route, LEARNING_ROUTE__THEME);
		assertTrue(theme.languages().isEmpty(), "no theme, nothing to translate");

		type(field(route, LEARNING_ROUTE__THEME), "Coffee");
		String themed = document.get();
		assertEquals(List.of("lo", "fr", "es"), theme.languages());
		assertEquals("", theme.row("fr").text().getText());

		translate(theme.row("fr"), "Le café");

		String expected = "theme \"Coffee\"\n\t\tfr \"Le café\" #" + Fingerprint.of("Coffee") + "\n";
		assertTrue(document.get().contains(expected), document.get());
		assertEquals(themed.length() + expected.length() - "theme \"Coffee\"\n".length(), document.get().length());
		assertEquals("Le café", theme.row("fr").text().getText());
		assertFalse(theme.row("fr").outOfDate());
		// The translation is the theme's, as the language reads it.
		String french = editor.session().read(resource -> ((LearningRoute) ((Document) resource.getContents().get(0))
				.getDeclarations().get(0)).getTranslations().stream()
				.filter(t -> t.getLanguage().equals("fr") && t.getText().equals("Le café")).findFirst()
				.map(t -> t.getFingerprint()).orElse(null));
		assertEquals(Fingerprint.of("Coffee"), french);

		undo(editor);
		assertEquals(themed, document.get());
		undo(editor);
		assertEquals(original, document.get());
	}

	@Test
	void theMarkdownPreviewShowsTheTextAsItReadsAndFollowsTheTyping() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/cases/asparagus.case");
		StoryForm study = form(editor, StoryForm.class);
		List<MarkdownPreview> previews = study.previews();
		assertEquals(3, previews.size());
		MarkdownPreview context = previews.get(1);
		int bold = context.text().indexOf("organic asparagus");
		assertTrue(bold > 0, context.text());
		assertFalse(context.text().contains("**"), context.text());
		assertTrue(Arrays.stream(context.styles()).anyMatch(s -> s.start == bold
				&& s.length == "organic asparagus".length() && (s.fontStyle & SWT.BOLD) != 0), "bold in the preview");

		Text summary = (Text) field(study, CASE_STUDY__SUMMARY).control();
		summary.setFocus();
		summary.setText("# Darkhied\n\nA *resilient* group.");
		MarkdownPreview preview = previews.get(0);
		assertEquals("Darkhied\n\nA resilient group.", preview.text());
		StyleRange[] styles = preview.styles();
		assertTrue(Arrays.stream(styles).anyMatch(s -> s.start == 0 && s.length == "Darkhied".length() && s.font != null),
				"the heading in its own font");
		int emphasis = preview.text().indexOf("resilient");
		assertTrue(Arrays.stream(styles).anyMatch(s -> s.start == emphasis && s.length == "resilient".length()
				&& (s.fontStyle & SWT.ITALIC) != 0), "emphasis in italics");
	}

	@Test
	void aSourceIsEditedAndAddedInItsSectionAndUndoGivesTheBytesBack() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/attapeu.route");
		IDocument document = editor.source().document();
		String original = document.get();
		AboutForm route = form(editor, AboutForm.class);
		ListField sources = (ListField) field(route, LEARNING_ROUTE__SOURCES);
		assertEquals(3, sources.rows().size());
		assertTrue(sources.rows().get(0).get(0).startsWith("Route announcement"), sources.rows().toString());
		sources.select(1);
		Workbench.waitFor(() -> sources.selected() == 1, "the second source selected");

		type(field(route, SOURCE__PUBLISHER), "PROCASUR");

		String published = document.get();
		assertEquals("PROCASUR", sourceOfRoute(editor, 1).getPublisher());
		assertEquals(original, published.replaceFirst(" publisher \"PROCASUR\"", ""), "the publisher on its source's line");

		button(sources, "Add").notifyListeners(SWT.Selection, null);
		Workbench.waitFor(() -> sources.rows().size() == 4, "the new source");
		int count = editor.session().read(resource -> route(resource.getContents().get(0)).getSources().size());
		assertEquals(4, count);
		sources.select(3);
		Workbench.waitFor(() -> sources.selected() == 3, "the new source selected");
		type(field(route, SOURCE__LINK), "report.pdf");
		assertEquals("report.pdf", sourceOfRoute(editor, 3).getLink());

		undo(editor);
		undo(editor);
		assertEquals(published, document.get());
		undo(editor);
		assertEquals(original, document.get());
	}

	@Test
	void aQuestionsOptionIsAddedAndEditedInTheCaseForm() throws Exception {
		CaseStudioFormEditor editor = open("attapeu/cases/coffee.case");
		IDocument document = editor.source().document();
		String original = document.get();
		QuestionsForm study = form(editor, QuestionsForm.class);
		study.questions().select(0);
		Workbench.waitFor(() -> study.questions().selected() == 0, "the question selected");
		ListField options = study.options();
		assertTrue(options.rows().isEmpty());

		button(options, "Add").notifyListeners(SWT.Selection, null);
		Workbench.waitFor(() -> options.rows().size() == 1, "the new option");
		assertEquals(List.of("Wrong", "New", ""), options.rows().get(0));
		String added = document.get();

		editCell(options, 0, 1, "A long-term buyer");
		editCell(options, 0, 2, "Yes: the buyer pre-finances the harvest.");
		chooseCell(options, 0, 0, 0);

		assertEquals(List.of("Right", "A long-term buyer", "Yes: the buyer pre-finances the harvest."),
				options.rows().get(0));
		assertTrue(document.get().contains("right \"A long-term buyer\" feedback \"Yes: the buyer pre-finances the harvest.\""),
				document.get());
		boolean right = editor.session().read(resource -> ((CaseStudy) ((Document) resource.getContents().get(0))
				.getDeclarations().get(0)).getQuestions().get(0).getOptions().get(0).isCorrect());
		assertTrue(right);

		undo(editor);
		undo(editor);
		undo(editor);
		assertEquals(added, document.get());
		undo(editor);
		assertEquals(original, document.get());
	}

	/** The translations of the multilingual fixture's route, for the README. */
	@Test
	void screenshotOfTheTranslations() throws Exception {
		Workbench.atReadmeSize(() -> {
			CaseStudioFormEditor editor = open("multilingual/coffee.route");
			IWorkbenchPage page = Workbench.page();
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
			RouteForm route = form(editor, RouteForm.class);
			assertNotNull(route);
			Workbench.settle(600);
			Workbench.picture("forms-translations");
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		});
	}

	private static LearningRoute route(Object root) {
		return (LearningRoute) ((Document) root).getDeclarations().get(0);
	}

	private static Source sourceOfRoute(CaseStudioFormEditor editor, int index) {
		return editor.session().read(resource -> route(resource.getContents().get(0)).getSources().get(index));
	}

	/** The button beside a table, by its words. */
	private static Button button(ListField list, String text) {
		for (Control child : list.control().getParent().getChildren()) {
			if (child instanceof Composite side) {
				for (Control control : side.getChildren()) {
					if (control instanceof Button button && text.equals(button.getText())) {
						return button;
					}
				}
			}
		}
		throw new AssertionError("no button " + text);
	}

	/** Edits a cell of the table as a person does: its editor opened, the text typed, Enter. */
	private static void editCell(ListField list, int row, int column, String text) {
		list.viewer().editElement(list.viewer().getElementAt(row), column);
		Text editor = (Text) activeEditor(list);
		editor.setText(text);
		editor.notifyListeners(SWT.DefaultSelection, null);
		Workbench.waitFor(() -> !list.viewer().isCellEditorActive(), "the cell written");
	}

	/** Chooses an item of a cell's drop-down list. */
	private static void chooseCell(ListField list, int row, int column, int item) {
		list.viewer().editElement(list.viewer().getElementAt(row), column);
		CCombo combo = (CCombo) activeEditor(list);
		combo.select(item);
		combo.notifyListeners(SWT.DefaultSelection, null);
		Workbench.waitFor(() -> !list.viewer().isCellEditorActive(), "the cell written");
	}

	private static Control activeEditor(ListField list) {
		assertTrue(list.viewer().isCellEditorActive(), "a cell editor open");
		for (Control child : list.viewer().getTable().getChildren()) {
			if (child.isVisible() && (child instanceof Text || child instanceof CCombo)) {
				return child;
			}
		}
		throw new AssertionError("no cell editor");
	}
}
