package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casestudio.dsl.ide.CaseStudioIdeSetup;
import org.casestudio.dsl.ide.editor.ContentAssist;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The editor's model follows the text through partial reparses, and ends up as a fresh parse of the
 * same text would: same model, same problems.
 */
class ModelSessionTest {

	private static final Injector INJECTOR = new CaseStudioIdeSetup().createInjectorAndDoEMFRegistration();

	private final Path asparagus = Fixtures.attapeu().resolve("cases/asparagus.case");

	@Test
	void editsKeepTheModelEqualToAFreshParse() throws Exception {
		String original = Files.readString(asparagus, StandardCharsets.UTF_8);
		ModelSession session = ModelSession.open(INJECTOR, asparagus, original);
		String[] steps = { original.replace("host asparagus_group", "host asparagus_grou"),
				original.replace("host asparagus_group", "host swift"),
				original.replace("\tlesson \"Food", "\tlesson \"More food"),
				original.replace("\tlesson \"Food", "\tlesson \"Food").replace("end\n", "en"), original };
		for (String text : steps) {
			session.update(text);
			List<String> incremental = messages(session.validate(CancelIndicator.NullImpl));
			ModelSession fresh = ModelSession.open(INJECTOR, asparagus, text);
			List<String> full = messages(fresh.validate(CancelIndicator.NullImpl));
			assertEquals(full, incremental);
			assertTrue(EcoreUtil.equals(fresh.read(r -> r.getContents().get(0)), session.read(r -> r.getContents().get(0))));
		}
		assertEquals(List.of(), messages(session.validate(CancelIndicator.NullImpl)));
	}

	@Test
	void contentAssistProposesActorsAfterHost() throws Exception {
		String text = Files.readString(asparagus, StandardCharsets.UTF_8).replace("host asparagus_group", "host ");
		ModelSession session = ModelSession.open(INJECTOR, asparagus, text);
		List<String> proposals = ContentAssist.proposals(session, text, text.indexOf("host ") + "host ".length())
				.stream().map(ContentAssistEntry::getProposal).toList();
		assertTrue(proposals.containsAll(List.of("asparagus_group", "swift", "rlip", "coffee_group")), proposals::toString);
		assertTrue(proposals.stream().noneMatch(p -> p.equals("asparagus")), "cases are not actors: " + proposals);
	}

	private static List<String> messages(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getCode()).sorted().toList();
	}
}
