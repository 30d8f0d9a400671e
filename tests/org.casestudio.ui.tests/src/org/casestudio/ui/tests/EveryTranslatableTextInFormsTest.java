package org.casestudio.ui.tests;

import static org.casestudio.model.CaseStudioPackage.Literals.NAMED_ELEMENT__TITLE;
import static org.casestudio.model.CaseStudioPackage.Literals.PARTNER__COMMITMENTS;
import static org.casestudio.model.CaseStudioPackage.Literals.SESSION__OUTPUTS;
import static org.casestudio.model.CaseStudioPackage.Literals.SESSION__PLACE;
import static org.casestudio.ui.tests.FormEditorTest.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casestudio.dsl.translations.TranslatableTexts;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.ui.application.SeedProjects;
import org.casestudio.ui.forms.CaseStudioFormEditor;
import org.casestudio.ui.forms.Field;
import org.casestudio.ui.forms.ListField;
import org.casestudio.ui.forms.ModelForm;
import org.casestudio.ui.forms.ModelPage;
import org.casestudio.ui.forms.PartnershipsForm;
import org.casestudio.ui.forms.AgendaForm;
import org.casestudio.ui.forms.TranslationsField;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every text the language lets be translated has its translations on the form of its file: the
 * texts are read from the grammar ({@link TranslatableTexts}, the validator's and the PO files'
 * source), not listed here. The fixture {@code translatable/} holds each of them once, on the first
 * element of each list; with the first row of every table selected, each text shows a translations
 * row for the route's languages on some page of its file's editor.
 */
@ExtendWith(CleanWorkbench.class)
class EveryTranslatableTextInFormsTest {

	private static final Pattern COMMENT = Pattern.compile("//[^\r\n]*|/\\*.*?\\*/", Pattern.DOTALL);
	private static final List<String> FILES = List.of("translatable/every.route", "translatable/every.case",
			"translatable/every.actors");

	@BeforeAll
	static void importFixture() throws Exception {
		if (Workbench.file(FILES.get(0)).exists()) {
			return;
		}
		Path fixture = Path.of(System.getProperty("casestudio.seeds", "../../seeds"))
				.resolve("../tests/org.casestudio.dsl.tests/resources/translatable").toAbsolutePath().normalize();
		Path projects = Files.createTempDirectory("translatable");
		Path folder = Files.createDirectories(projects.resolve("translatable"));
		try (Stream<Path> files = Files.list(fixture)) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName().toString()));
			}
		}
		SeedProjects.importAll(projects);
		assertTrue(Workbench.file(FILES.get(0)).exists());
	}

	@Test
	void everyTranslatableTextOfEachFileHasItsTranslationsOnTheForms() throws Exception {
		Set<String> inFixture = new LinkedHashSet<>();
		Set<String> missing = new LinkedHashSet<>();
		for (String path : FILES) {
			CaseStudioFormEditor editor = open(path);
			TranslatableTexts texts = editor.session().injector().getInstance(TranslatableTexts.class);
			Set<String> written = editor.session().read(resource -> {
				Set<String> found = new LinkedHashSet<>();
				texts.allTexts(resource.getContents().get(0))
						.forEach(t -> found.add(t.owner().eClass().getName() + "." + t.feature().getName()));
				return found;
			});
			inFixture.addAll(written);
			Set<String> shown = new LinkedHashSet<>();
			for (ModelPage page : editor.formPages()) {
				editor.setActivePage(page.getId());
				Workbench.waitFor(() -> page.content().managedForm() != null, "the page " + page.getTitle());
				shown.addAll(translated(page.content()));
			}
			for (String text : written) {
				if (!shown.contains(text)) {
					missing.add(path + ": " + text);
				}
			}
			Workbench.page().closeAllEditors(false);
		}
		assertEquals(List.of(), List.copyOf(missing), "texts without translations on the forms");

		// The fixture holds every translatable text of the language, so that none is left unchecked.
		TranslatableTexts texts = FormEditorTest.open(FILES.get(0)).session().injector()
				.getInstance(TranslatableTexts.class);
		Set<String> all = new LinkedHashSet<>();
		for (EClassifier classifier : CaseStudioPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract()) {
				texts.features(type).forEach(feature -> all.add(type.getName() + "." + feature.getName()));
			}
		}
		all.removeAll(inFixture);
		assertEquals(Set.of(), all, "translatable texts the fixture lacks");
	}

	/**
	 * Through every translations field of the forms: a French translation typed in its row is written
	 * as one insertion after its text, every comment of the file kept in place, and undo gives the
	 * bytes back.
	 */
	@Test
	void everyTranslationRowWritesOnlyItsTranslationAndUndoGivesTheBytesBack() throws Exception {
		int written = 0;
		for (String path : FILES) {
			CaseStudioFormEditor editor = open(path);
			IDocument document = editor.source().document();
			String original = document.get();
			List<String> comments = comments(original);
			for (ModelPage page : editor.formPages()) {
				editor.setActivePage(page.getId());
				Workbench.waitFor(() -> page.content().managedForm() != null, "the page " + page.getTitle());
				for (TranslationsField translations : shown(page.content())) {
					String where = path + ": " + translations.owner().getName() + "." + translations.feature().getName();
					TranslationsField.Row french = translations.row("fr");
					FormFieldsTest.translate(french, "Traduit");
					String after = document.get();
					int inserted = after.length() - original.length();
					assertTrue(inserted > 0, where);
					// One insertion holding the translation; where text repeats ("fr" before "feedback")
					// the common prefix runs into it, so it may start up to its length earlier.
					int end = commonPrefix(original, after);
					boolean found = false;
					for (int start = end; start >= Math.max(0, end - inserted) && !found; start--) {
						found = original.equals(after.substring(0, start) + after.substring(start + inserted))
								&& after.substring(start, start + inserted).contains("fr \"Traduit\" #");
					}
					assertTrue(found, where + ": " + after);
					assertEquals(comments, comments(after), where);
					Workbench.waitFor(() -> "Traduit".equals(french.text().getText()), where + ": the row shows it");
					FormFieldsTest.undo(editor);
					assertEquals(original, document.get(), where);
					Workbench.waitFor(() -> french.text().getText().isEmpty(), where + ": the row empty again");
					written++;
				}
			}
			Workbench.page().closeAllEditors(false);
		}
		assertTrue(written >= 60, "translations written through the forms: " + written);
	}

	/**
	 * The partnerships page and a route's selected session with their translations shown (one typed
	 * in each), at 1280x800, to look at.
	 */
	@Test
	void screenshotsOfThePartnershipsAndASessionWithTheirTranslations() throws Exception {
		Workbench.atReadmeSize(() -> {
			IWorkbenchPage page = Workbench.page();
			CaseStudioFormEditor editor = open(FILES.get(1));
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
			PartnershipsForm partnerships = FormEditorTest.form(editor, PartnershipsForm.class);
			List<TranslationsField> shown = shown(partnerships);
			translate(shown, NAMED_ELEMENT__TITLE, "Un partenariat");
			translate(shown, PARTNER__COMMITMENTS, "Du café de qualité.");
			partnerships.managedForm().getForm().setOrigin(0, 0);
			Workbench.settle(600);
			Workbench.picture("forms-partnerships-translations");
			partnerships.managedForm().getForm().setOrigin(0, 600);
			Workbench.settle(300);
			Workbench.picture("forms-partnerships-translations-below");
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
			page.closeAllEditors(false);

			editor = open(FILES.get(0));
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
			AgendaForm route = FormEditorTest.form(editor, AgendaForm.class);
			shown = shown(route);
			translate(shown, SESSION__PLACE, "Un champ");
			translate(shown, SESSION__OUTPUTS, "Une carte du champ.");
			TranslationsField place = shown.stream().filter(t -> t.feature() == SESSION__PLACE).findFirst().orElseThrow();
			route.managedForm().getForm().showControl(place.control());
			Workbench.settle(600);
			Workbench.picture("forms-session-translations");
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
			page.closeAllEditors(false);
		});
	}

	private static void translate(List<TranslationsField> fields, EStructuralFeature feature, String text) {
		TranslationsField field = fields.stream().filter(t -> t.feature() == feature).findFirst().orElseThrow();
		FormFieldsTest.translate(field.row("fr"), text);
		Workbench.waitFor(() -> text.equals(field.row("fr").text().getText()), "the translation shown");
	}

	/**
	 * The texts ("Class.feature") whose translation rows the form shows with the first row of each
	 * table selected.
	 */
	private static Set<String> translated(ModelForm form) {
		Set<String> shown = new LinkedHashSet<>();
		for (TranslationsField translations : shown(form)) {
			shown.add(translations.owner().getName() + "." + translations.feature().getName());
		}
		return shown;
	}

	/**
	 * The translations fields that show rows with the first row of each table selected, tables in the
	 * form's order so that a table of the selected row comes after it.
	 */
	private static List<TranslationsField> shown(ModelForm form) {
		List<Field> fields = new ArrayList<>(form.fields());
		for (Field field : fields) {
			if (field instanceof ListField list && !list.rows().isEmpty() && list.selected() != 0) {
				list.select(0);
				Workbench.waitFor(() -> list.selected() == 0, "the first row of " + list.feature().getName());
			}
		}
		Workbench.settle(100);
		List<TranslationsField> shown = new ArrayList<>();
		for (Field field : form.fields()) {
			if (field instanceof TranslationsField translations && translations.owner() != null
					&& !translations.languages().isEmpty()) {
				assertEquals(List.of("fr", "es"), translations.languages(), translations.feature().getName());
				shown.add(translations);
			}
		}
		return shown;
	}

	private static int commonPrefix(String a, String b) {
		int i = 0;
		while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	private static List<String> comments(String text) {
		List<String> comments = new ArrayList<>();
		Matcher matcher = COMMENT.matcher(text);
		while (matcher.find()) {
			comments.add(matcher.group());
		}
		return comments;
	}
}
