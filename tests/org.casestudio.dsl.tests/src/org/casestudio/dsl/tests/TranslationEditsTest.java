package org.casestudio.dsl.tests;

import static org.casestudio.model.CaseStudioPackage.Literals.CASE_STUDY__SUMMARY;
import static org.casestudio.model.CaseStudioPackage.Literals.DAY__PLACE;
import static org.casestudio.model.CaseStudioPackage.Literals.DAY__TITLE;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__COUNTRY;
import static org.casestudio.model.CaseStudioPackage.Literals.LEARNING_ROUTE__PROVINCE;
import static org.casestudio.model.CaseStudioPackage.Literals.NAMED_ELEMENT__TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.dsl.translations.Fingerprint;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * A translation added or removed beside its text by {@link ModelEdits} (what the forms' translation
 * rows write): after the text and its other translations, on a line of its own or after the text on
 * its line, with the text's fingerprint; the file's line ends kept; undone byte for byte by the
 * inverse edits.
 */
class TranslationEditsTest {

	private static final ModelEdits EDITS = LanguageServices.INJECTOR.getInstance(ModelEdits.class);
	private static final Path ROUTE = Fixtures.testData().resolve("good/multilingual/coffee.route");
	private static final Function<EObject, EObject> FIRST = root -> ((Document) root).getDeclarations().get(0);

	private static String route() throws Exception {
		return Files.readString(ROUTE);
	}

	/** The result's text, and the original again from its inverse edits. */
	private static String applied(String text, ModelEdits.Result result) {
		assertNull(result.refusal());
		assertEquals(result.newText(), TextEdit.apply(text, result.edits()));
		assertEquals(text, TextEdit.apply(result.newText(), result.inverse(text)));
		return result.newText();
	}

	@Test
	void aTranslationGoesOnItsOwnLineAfterTheTextsOtherTranslations() throws Exception {
		String text = route().replace("\t\tfr \"Attapeu\"\n", "");
		ModelSession session = LanguageServices.session(ROUTE, text);

		String after = applied(text, EDITS.translate(session, FIRST, LEARNING_ROUTE__PROVINCE, -1, "fr", "Attapeu"));

		assertEquals(text.replace("\t\tes \"Attapeu\"\n", "\t\tes \"Attapeu\"\n\t\tfr \"Attapeu\" #"
				+ Fingerprint.of("Attapeu") + "\n"), after);
		session.update(after);
		assertEquals("Attapeu", session.read(resource -> LanguageServices.INJECTOR
				.getInstance(org.casestudio.dsl.translations.TranslatableTexts.class).targets(FIRST.apply(resource
						.getContents().get(0))).entrySet().stream()
				.filter(t -> t.getKey().getLanguage().equals("fr") && t.getValue().getFirst() == LEARNING_ROUTE__PROVINCE)
				.findFirst().orElseThrow().getKey().getText()));
	}

	@Test
	void aTranslationFollowsATrailingCommentAndKeepsCrlf() throws Exception {
		String text = route().replace("\tday 1 \"Coffee\" in \"Attapeu\"\n",
				"\tday 1 \"Coffee\" in \"Attapeu\" // where the group works\n").replace("\n", "\r\n");
		ModelSession session = LanguageServices.session(ROUTE, text);

		String after = applied(text, EDITS.translate(session,
				root -> ((LearningRoute) FIRST.apply(root)).getDays().get(0), DAY__PLACE, -1, "fr", "Attapeu"));

		assertEquals(text.replace("// where the group works\r\n", "// where the group works\r\n\t\tfr \"Attapeu\" #"
				+ Fingerprint.of("Attapeu") + "\r\n"), after);
	}

	@Test
	void aTextWithMoreAfterItOnItsLineTakesItsTranslationOnTheSameLine() throws Exception {
		String text = route();
		ModelSession session = LanguageServices.session(ROUTE, text);

		String after = applied(text, EDITS.translate(session,
				root -> ((LearningRoute) FIRST.apply(root)).getDays().get(0), DAY__TITLE, -1, "fr", "Café"));

		assertEquals(text.replace("\tday 1 \"Coffee\" in \"Attapeu\"",
				"\tday 1 \"Coffee\" fr \"Café\" #" + Fingerprint.of("Coffee") + " in \"Attapeu\""), after);
	}

	@Test
	void aTranslationOfSeveralLinesIsABlockIndentedUnderIt() throws Exception {
		Path file = Fixtures.testData().resolve("good/multilingual/coffee.case");
		String text = Files.readString(file).replace("\tlesson \"Work together.\"",
				"\tsummary \"\"\"\n\t\tLine one\n\t\tline two.\n\t\t\"\"\"\n\tlesson \"Work together.\"");
		ModelSession session = LanguageServices.session(file, text);

		String after = applied(text, EDITS.translate(session, FIRST, CASE_STUDY__SUMMARY, -1, "fr", "Ligne un\nligne deux."));

		assertEquals(text.replace("\t\t\"\"\"\n\tlesson", "\t\t\"\"\"\n\t\tfr \"\"\"\n\t\t\tLigne un\n\t\t\tligne deux.\n\t\t\t\"\"\" #"
				+ Fingerprint.of("Line one\nline two.") + "\n\tlesson"), after);
	}

	@Test
	void aTranslationIsRemovedWithItsLineAndTheOthersStay() throws Exception {
		String text = route();
		ModelSession session = LanguageServices.session(ROUTE, text);

		String after = applied(text, EDITS.removeTranslation(session, FIRST, NAMED_ELEMENT__TITLE, -1, "es"));

		assertEquals(text.replace("\tes \"El café en Attapeu\" #f1de83\n", ""), after);
	}

	@Test
	void aSecondTranslationIntoALanguageOrATranslationOfNothingIsRefused() throws Exception {
		ModelSession session = LanguageServices.session(ROUTE, route());
		assertNotNull(EDITS.translate(session, FIRST, LEARNING_ROUTE__COUNTRY, -1, "lo", "ລາວ").refusal());
		assertNotNull(EDITS.removeTranslation(session, root -> ((LearningRoute) FIRST.apply(root)).getDays().get(0),
				DAY__TITLE, -1, "fr").refusal());
		Path file = Fixtures.testData().resolve("good/multilingual/coffee.case");
		ModelSession study = LanguageServices.session(file, Files.readString(file));
		assertNotNull(EDITS.translate(study, FIRST, CASE_STUDY__SUMMARY, -1, "fr", "Résumé").refusal());
	}
}
