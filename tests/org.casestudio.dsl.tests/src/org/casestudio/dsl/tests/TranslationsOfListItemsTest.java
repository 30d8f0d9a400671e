package org.casestudio.dsl.tests;

import static org.casestudio.model.CaseStudioPackage.Literals.CASE_STUDY__LESSONS;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__OBJECTIVES;
import static org.casestudio.model.CaseStudioPackage.Literals.NAMED_ELEMENT__TITLE;
import static org.casestudio.model.CaseStudioPackage.Literals.SESSION__TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.dsl.translations.Fingerprint;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

/**
 * Translations of texts that are items of a list (an objective, a lesson), as the forms' rows under
 * a table write them, and translations held only in a translator's file, as the forms show them.
 */
class TranslationsOfListItemsTest {

	private static final ModelEdits EDITS = LanguageServices.INJECTOR.getInstance(ModelEdits.class);
	private static final Path FOLDER = Fixtures.testData().resolve("good/multilingual");
	private static final Path ROUTE = FOLDER.resolve("coffee.route");
	private static final Function<EObject, EObject> FIRST = root -> ((Document) root).getDeclarations().get(0);

	private static String applied(String text, ModelEdits.Result result) {
		assertNull(result.refusal());
		assertEquals(result.newText(), TextEdit.apply(text, result.edits()));
		assertEquals(text, TextEdit.apply(result.newText(), result.inverse(text)));
		return result.newText();
	}

	@Test
	void theSecondObjectiveIsTranslatedAfterItselfAndTheFirstKeepsItsTranslation() throws Exception {
		String text = Files.readString(ROUTE).replace("\tobjective \"Work together.\"\n",
				"\tobjective \"Work together.\"\n\t\tfr \"Travailler ensemble.\"\n\t// and then\n\tobjective \"Sell together.\"\n");
		ModelSession session = LanguageServices.session(ROUTE, text);

		String after = applied(text, EDITS.translate(session, FIRST, LEARNING_ROUTE__OBJECTIVES, 1, "fr",
				"Vendre ensemble."));

		assertEquals(text.replace("\tobjective \"Sell together.\"\n", "\tobjective \"Sell together.\"\n\t\tfr \"Vendre ensemble.\" #"
				+ Fingerprint.of("Sell together.") + "\n"), after);
		// Refused for the first, which has its French translation already.
		assertTrue(EDITS.translate(session, FIRST, LEARNING_ROUTE__OBJECTIVES, 0, "fr", "Autre").isRefused());

		session.update(after);
		String removed = applied(after, EDITS.removeTranslation(session, FIRST, LEARNING_ROUTE__OBJECTIVES, 0, "fr"));
		assertEquals(after.replace("\t\tfr \"Travailler ensemble.\"\n", ""), removed);
	}

	@Test
	void aTranslationInTheTranslatorsFileIsFoundWithItsFileAndWhetherItIsCurrent() throws Exception {
		ModelWorkspace workspace = ModelWorkspace.load(LanguageServices.INJECTOR, List.of(FOLDER));
		LearningRoute route = null;
		CaseStudy coffee = null;
		for (Resource resource : workspace.resources().keySet()) {
			for (EObject declaration : ((Document) resource.getContents().get(0)).getDeclarations()) {
				if (declaration instanceof LearningRoute r) {
					route = r;
				} else if (declaration instanceof CaseStudy c) {
					coffee = c;
				}
			}
		}
		RouteTranslations translations = RouteTranslations.forRoute(route);

		RouteTranslations.FileEntry objective = translations.inFile(route, LEARNING_ROUTE__OBJECTIVES, 0, "fr");
		assertEquals("Travailler ensemble.", objective.text());
		assertTrue(objective.current());
		assertEquals(FOLDER.resolve("translations/fr.po").toAbsolutePath().normalize(),
				objective.file().toAbsolutePath().normalize());
		assertEquals("Grupo del café",
				translations.inFile(route.getDays().get(0).getSessions().get(0), SESSION__TITLE, -1, "es").text());
		assertEquals("ເຮັດວຽກຮ່ວມກັນ", translations.inFile(coffee, CASE_STUDY__LESSONS, 0, "lo").text());
		// The title's translations are written beside it, none in the file; no second objective.
		assertNull(translations.inFile(route, NAMED_ELEMENT__TITLE, -1, "fr"));
		assertNull(translations.inFile(route, LEARNING_ROUTE__OBJECTIVES, 1, "fr"));

		// Made from another text: still shown, as out of date.
		route.getObjectives().set(0, "Work together, always.");
		assertFalse(RouteTranslations.forRoute(route).inFile(route, LEARNING_ROUTE__OBJECTIVES, 0, "fr").current());
	}
}
