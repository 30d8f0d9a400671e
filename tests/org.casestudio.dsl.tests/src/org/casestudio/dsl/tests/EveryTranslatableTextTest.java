package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.dsl.translations.Fingerprint;
import org.casestudio.dsl.translations.TranslatableTexts;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.Translation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text the grammar lets be translated, as the forms' translation rows write it: the fixture
 * {@code translatable/} holds each of them (checked against {@link TranslatableTexts}, so that a new
 * translatable text of the language needs a line there), with comments before, after and inside the
 * elements; each text is translated and the translation removed again, as written, with CRLF line
 * ends and with a byte order mark. The edit only inserts the translation, keeps every comment, reads
 * back as a translation of that very text, and is undone byte for byte.
 */
class EveryTranslatableTextTest {

	static final Path FOLDER = Fixtures.testData().resolve("translatable");
	private static final ModelEdits EDITS = LanguageServices.INJECTOR.getInstance(ModelEdits.class);
	private static final TranslatableTexts TEXTS = LanguageServices.INJECTOR.getInstance(TranslatableTexts.class);
	private static final Pattern COMMENT = Pattern.compile("//[^\r\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	static List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	static Stream<Arguments> cases() throws IOException {
		List<Arguments> cases = new ArrayList<>();
		for (Path file : files()) {
			for (String variant : List.of("as written", "CRLF", "BOM")) {
				cases.add(Arguments.of(file.getFileName().toString(), variant, file));
			}
		}
		return cases.stream();
	}

	/** Each class's translatable texts, as "Class.feature", from the grammar. */
	static Set<String> translatableFeatures() {
		Set<String> all = new LinkedHashSet<>();
		for (EClassifier classifier : CaseStudioPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract()) {
				TEXTS.features(type).forEach(feature -> all.add(type.getName() + "." + feature.getName()));
			}
		}
		return all;
	}

	@Test
	void theFixtureHoldsEveryTranslatableTextOfTheLanguage() throws IOException {
		Set<String> written = new LinkedHashSet<>();
		for (Path file : files()) {
			ModelSession session = LanguageServices.session(file, LanguageServices.read(file));
			session.read(resource -> {
				for (TranslatableTexts.Text text : TEXTS.allTexts(resource.getContents().get(0))) {
					written.add(text.owner().eClass().getName() + "." + text.feature().getName());
				}
				return null;
			});
		}
		Set<String> missing = new LinkedHashSet<>(translatableFeatures());
		missing.removeAll(written);
		assertEquals(Set.of(), missing, "translatable texts the fixture lacks");
		assertTrue(translatableFeatures().size() > 50, "the grammar read: " + translatableFeatures());
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("cases")
	void everyTextIsTranslatedAndUntranslatedInPlace(String name, String variant, Path file) throws IOException {
		String original = variant(LanguageServices.read(file), variant);
		ModelSession session = LanguageServices.session(file, original);
		List<String> comments = comments(original);
		List<TranslatableTexts.Text> texts = session.read(resource -> TEXTS.allTexts(resource.getContents().get(0)));
		// Where each text's element is, read now: a later parse makes new elements.
		List<String> fragments = session.read(resource -> texts.stream().map(t -> resource.getURIFragment(t.owner()))
				.toList());
		assertTrue(texts.size() >= 10, name);
		for (int i = 0; i < texts.size(); i++) {
			TranslatableTexts.Text text = texts.get(i);
			String fragment = fragments.get(i);
			String where = name + " " + variant + ": " + text.owner().eClass().getName() + "." + text.feature().getName()
					+ "[" + text.index() + "] " + text.value();
			session.update(original);
			ModelEdits.Result added = EDITS.translate(session, root -> root.eResource().getEObject(fragment),
					text.feature(), text.index(), "fr", "Traduit");
			assertNull(added.refusal(), where);
			String translated = added.newText();
			assertEquals(translated, TextEdit.apply(original, added.edits()), where);
			assertEquals(original, TextEdit.apply(translated, added.inverse(original)), where);
			// Only inserted: the text before and after the translation is the file's, bytes and comments.
			assertEquals(1, added.edits().size(), where);
			TextEdit insertion = added.edits().get(0);
			assertEquals(0, insertion.length(), where);
			assertTrue(insertion.text().contains("fr \"Traduit\" #" + Fingerprint.of(text.value())), where);
			assertEquals(comments, comments(translated), where);
			if (variant.equals("CRLF")) {
				assertTrue(!translated.replace("\r\n", "").contains("\n"), where);
			}

			// Read back as the translation of that very text.
			session.update(translated);
			String language = session.read(resource -> {
				EObject owner = resource.getEObject(fragment);
				for (var target : TEXTS.targets(owner).entrySet()) {
					Translation translation = target.getKey();
					if (translation.getLanguage().equals("fr") && target.getValue().getFirst() == text.feature()
							&& target.getValue().getSecond() == text.index()) {
						return translation.getText();
					}
				}
				return null;
			});
			assertEquals("Traduit", language, where);

			ModelEdits.Result removed = EDITS.removeTranslation(session, root -> root.eResource().getEObject(fragment),
					text.feature(), text.index(), "fr");
			assertNull(removed.refusal(), where);
			assertEquals(original, removed.newText(), where);
			assertEquals(translated, TextEdit.apply(removed.newText(), removed.inverse(translated)), where);
		}
	}

	private static String variant(String text, String variant) {
		return switch (variant) {
		case "CRLF" -> text.replace("\r\n", "\n").replace("\n", "\r\n");
		case "BOM" -> "\uFEFF" + text;
		default -> text;
		};
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
