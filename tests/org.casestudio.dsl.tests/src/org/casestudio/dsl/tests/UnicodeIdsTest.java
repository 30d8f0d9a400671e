package org.casestudio.dsl.tests;

import static org.casestudio.dsl.tests.LanguageServices.INJECTOR;
import static org.casestudio.dsl.tests.LanguageServices.errors;
import static org.casestudio.dsl.tests.LanguageServices.read;
import static org.casestudio.dsl.tests.LanguageServices.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.casestudio.dsl.conversion.ValidIdConverter;
import org.casestudio.dsl.ide.editor.ContentAssist;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Fix;
import org.casestudio.dsl.ide.services.MarkedIssue;
import org.casestudio.dsl.ide.services.QuickFixes;
import org.casestudio.dsl.ide.services.Rename;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.dsl.parser.antlr.internal.InternalCaseStudioLexer;
import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.dsl.validation.Messages;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids written in Lao and the other scripts the grammar reads, and the message a bad id gets. */
class UnicodeIdsTest {

	/** ກຸ່ມຜະລິດ, "producer group": consonants with a vowel sign and a tone mark, which are combining marks. */
	private static final String PRODUCERS = "\u0e81\u0eb8\u0ec8\u0ea1\u0e9c\u0eb0\u0ea5\u0eb4\u0e94";
	/** ອັດຕະປື, Attapeu. */
	private static final String ATTAPEU = "\u0ead\u0eb1\u0e94\u0e95\u0eb0\u0e9b\u0eb7";

	@TempDir
	Path folder;

	/** The lexer's tokens of the text, end of file left out. */
	private static List<Token> tokens(String text) {
		InternalCaseStudioLexer lexer = new InternalCaseStudioLexer(new ANTLRStringStream(text));
		List<Token> tokens = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			tokens.add(token);
		}
		return tokens;
	}

	private static boolean lexesAsOneId(String text) {
		List<Token> tokens = tokens(text);
		return tokens.size() == 1 && tokens.get(0).getType() == InternalCaseStudioLexer.RULE_ID
				&& text.equals(tokens.get(0).getText());
	}

	/** The grammar's ID terminal and ValidIdConverter, the Java copy, accept the same characters. */
	@Test
	void theLexerAndIsNameAgreeOnEveryCharacterOfTheBasicPlane() {
		List<String> disagreements = new ArrayList<>();
		for (char c = 0; c < 0xFFFF; c++) {
			if (Character.isSurrogate(c) || c == '^') {
				continue; // ^ escapes a keyword; it is not part of the name
			}
			// "q" is the first or last letter of no keyword.
			if (lexesAsOneId(c + "q") != ValidIdConverter.isName(c + "q")) {
				disagreements.add(String.format("U+%04X first", (int) c));
			}
			if (lexesAsOneId("q" + c) != ValidIdConverter.isName("q" + c)) {
				disagreements.add(String.format("U+%04X after a letter", (int) c));
			}
		}
		assertEquals(List.of(), disagreements);
		assertTrue(lexesAsOneId(PRODUCERS), "vowel signs and tone marks stay inside the id");
	}

	private Path write(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private Path laoTree() throws Exception {
		write("actors.actors", "producers " + PRODUCERS + " \"" + PRODUCERS + " " + ATTAPEU + "\"\n"
				+ "\tin province \"" + ATTAPEU + "\"\nend\n");
		return write("coffee.case", "case \u0e81\u0eb2\u0ec0\u0e9f \"Coffee of " + ATTAPEU + "\"\n\thost " + PRODUCERS
				+ "\n\tlesson \"Start small.\"\nend\n");
	}

	@Test
	void aLaoIdDeclaredInOneFileIsFoundFromAnother() throws Exception {
		Path coffee = laoTree();
		assertEquals(List.of(), errors(folder));
		String host = session(coffee, read(coffee)).read(resource -> ((org.casestudio.model.CaseStudy) resource
				.getContents().get(0).eContents().get(0)).getHost().getName());
		assertEquals(PRODUCERS, host);
	}

	private static List<Issue> errorsOf(Path file, String text) {
		return session(file, text).validate(CancelIndicator.NullImpl).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	@Test
	void aBadIdSaysWhatAnIdMayContainWhereItIs() throws Exception {
		Map<String, String> bad = Map.of("2nd_group", "_2nd_group", "coffee-farmers", "coffee_farmers",
				PRODUCERS + "!", PRODUCERS + "_");
		for (Map.Entry<String, String> entry : bad.entrySet()) {
			String text = "trader buyer \"Buyer\"\nend\n\nproducers " + entry.getKey() + " \"Group\"\nend\n";
			List<Issue> errors = errorsOf(folder.resolve("group.actors"), text);
			assertEquals(1, errors.stream().filter(e -> e.getMessage().contains(Messages.Id_Rule)).count(),
					errors::toString);
			Issue error = errors.stream().filter(e -> e.getMessage().contains(Messages.Id_Rule)).findFirst().get();
			assertTrue(error.getMessage().startsWith("'" + entry.getKey() + "' is not an id."), error::getMessage);
			assertTrue(error.getMessage().endsWith("'" + entry.getValue() + "'."), error::getMessage);
			assertEquals(4, error.getLineNumber(), error::toString);
			int column = error.getColumn();
			assertTrue(column >= "producers ".length() + 1 && column <= ("producers " + entry.getKey()).length(),
					error::toString);
		}
	}

	@Test
	void anIdInAScriptIdsDoNotTakeSaysWhatAnIdMayContain() throws Exception {
		String arabic = "\u0645\u062c\u0645\u0648\u0639\u0629";
		List<Issue> errors = errorsOf(folder.resolve("group.actors"), "producers " + arabic + " \"Group\"\nend\n");
		assertEquals(List.of("'" + arabic + "' is not an id. " + Messages.Id_Rule + " @1:11"),
				errors.stream().map(e -> e.getMessage() + " @" + e.getLineNumber() + ":" + e.getColumn()).toList());
	}

	@Test
	void twoWordsWhereAnIdIsExpectedAreToldToBeJoined() throws Exception {
		List<Issue> errors = errorsOf(folder.resolve("group.actors"), "producers coffee growers \"Group\"\nend\n");
		assertEquals(1, errors.size(), errors::toString);
		assertTrue(errors.get(0).getMessage().startsWith("'growers' is not expected here"), errors::toString);
		assertTrue(errors.get(0).getMessage().endsWith(
				"If 'coffee growers' is meant as one id: an id holds no spaces; write 'coffee_growers'."),
				errors::toString);
		assertEquals(18, errors.get(0).getColumn(), errors::toString);
	}

	@Test
	void contentAssistCompletesALaoIdFromItsFirstLetters() throws Exception {
		Path coffee = laoTree();
		// The author has typed ກຸ່ມ, the first syllable with its vowel sign and tone mark.
		String typed = read(coffee).replace("host " + PRODUCERS, "host " + PRODUCERS.substring(0, 4));
		int offset = typed.indexOf("host ") + "host ".length() + 4;
		List<ContentAssistEntry> proposals = ContentAssist.proposals(session(coffee, typed), typed, offset);
		assertTrue(proposals.stream().anyMatch(p -> p.getProposal().equals(PRODUCERS)
				&& PRODUCERS.substring(0, 4).equals(p.getPrefix())), proposals::toString);
	}

	@Test
	void aMisspeltLaoIdIsOfferedTheDeclaredOne() throws Exception {
		Path coffee = laoTree();
		// ກຸ່ມຜະລິດ without its tone mark.
		String misspelt = read(coffee).replace("host " + PRODUCERS, "host " + PRODUCERS.replace("\u0ec8", ""));
		ModelSession session = session(coffee, misspelt);
		List<Issue> unresolved = LanguageServices.issues(session, IssueCodes.UNRESOLVED_REFERENCE);
		assertEquals(1, unresolved.size(), unresolved::toString);
		List<Fix> fixes = session.read(resource -> INJECTOR.getInstance(QuickFixes.class).fixes(resource,
				MarkedIssue.of(unresolved.get(0))));
		assertEquals("Change to '" + PRODUCERS + "'", fixes.get(0).label());
		assertEquals(read(coffee), TextEdit.apply(misspelt, fixes.get(0).edits()));
	}

	@Test
	void theSerializerWritesTheLaoIdBack() throws Exception {
		Path coffee = laoTree();
		ISerializer serializer = INJECTOR.getInstance(ISerializer.class);
		String written = session(coffee, read(coffee)).read(resource -> serializer.serialize(resource.getContents().get(0)));
		assertTrue(written.contains("host " + PRODUCERS), written);
		assertTrue(written.contains("case \u0e81\u0eb2\u0ec0\u0e9f "), written);
	}

	@Test
	void renamingToALaoIdUpdatesBothFiles() throws Exception {
		Path coffee = laoTree();
		Path actors = folder.resolve("actors.actors");
		Rename rename = INJECTOR.getInstance(Rename.class);
		String group = "\u0e81\u0eb8\u0ec8\u0ea1\u0e81\u0eb2\u0ec0\u0e9f";
		assertNull(rename.checkNewName(group));
		assertNotNull(rename.checkNewName(PRODUCERS + " " + ATTAPEU));
		String text = read(coffee);
		Rename.Edits edits = session(coffee, text)
				.read(resource -> rename.edits(resource, text.indexOf(PRODUCERS) + 1, group));
		assertNotNull(edits);
		for (Map.Entry<URI, List<TextEdit>> entry : edits.byFile().entrySet()) {
			Path file = Path.of(entry.getKey().toFileString());
			Files.writeString(file, TextEdit.apply(read(file), entry.getValue()), StandardCharsets.UTF_8);
		}
		assertTrue(read(actors).startsWith("producers " + group + " \""), read(actors));
		assertTrue(read(coffee).contains("host " + group + "\n"), read(coffee));
		assertEquals(List.of(), errors(folder));
	}
}
