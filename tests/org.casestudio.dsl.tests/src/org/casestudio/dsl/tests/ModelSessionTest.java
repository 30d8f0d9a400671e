package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.casestudio.dsl.ide.CaseStudioIdeSetup;
import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.ide.editor.ContentAssist;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.model.Day;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Session;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.parser.impl.PartialParsingPointers;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.testing.GlobalRegistries.GlobalStateMemento;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

	@Test
	void aSessionIsParsedByItsOwnInjectorWhicheverRegisteredTheLanguageLast() throws Exception {
		// A process may hold more than one injector of the language (tests do); the one created
		// last owns EMF's global registry of file extensions.
		GlobalStateMemento registries = GlobalRegistries.makeCopyOfGlobalState();
		try {
			new CaseStudioIdeSetup().createInjectorAndDoEMFRegistration();
			String text = Files.readString(asparagus, StandardCharsets.UTF_8).replace("host asparagus_group", "host ");
			ModelSession session = ModelSession.open(INJECTOR, asparagus, text);

			Grammar grammar = INJECTOR.getInstance(IGrammarAccess.class).getGrammar();
			List<String> parsedBy = session.read(resource -> resource.getResourceSet().getResources().stream()
					.map(r -> r.getURI().lastSegment() + ": " + (GrammarUtil.getGrammar(((XtextResource) r).getParseResult()
							.getRootNode().getGrammarElement()) == grammar ? "this injector" : "another injector"))
					.toList());
			assertTrue(parsedBy.size() > 3 && parsedBy.stream().allMatch(p -> p.endsWith(": this injector")),
					parsedBy::toString);
			List<String> proposals = ContentAssist.proposals(session, text, text.indexOf("host ") + "host ".length())
					.stream().map(ContentAssistEntry::getProposal).toList();
			assertTrue(proposals.containsAll(List.of("asparagus_group", "swift")), proposals::toString);
		} finally {
			registries.restoreGlobalState();
		}
	}

	/** A route with an agenda, in a folder of its own: days of sessions, as trainers write them. */
	private static Path agendaRoute(Path folder) throws Exception {
		StringBuilder text = new StringBuilder("route agenda \"Agenda\"\n");
		for (int day = 1; day <= 12; day++) {
			text.append("\n\tday ").append(day).append(" \"Day ").append(day).append("\" in \"Samakhixai\"\n");
			for (int session = 1; session <= 4; session++) {
				text.append("\t\tvisit \"Session ").append(session).append(" of day ").append(day)
						.append("\" at \"0").append(7 + session).append(":00\" for 60 minutes\n");
				if (session == 2) {
					text.append("\t\t\toutput \"Notes of day ").append(day).append("\"\n");
				}
			}
			text.append("\tend\n");
		}
		return Files.writeString(folder.resolve("agenda.route"), text.append("end\n"));
	}

	@Test
	void anEditInASessionReparsesThatSessionAlone(@TempDir Path folder) throws Exception {
		Path route = agendaRoute(folder);
		String text = Files.readString(route);
		ModelSession session = ModelSession.open(INJECTOR, route, text);
		int inTitle = text.indexOf("\"Session 3 of day 7\"") + 3;
		PartialParsingPointers pointers = session.read(resource -> ((PartialParsingHelper) INJECTOR.getInstance(IPartialParsingHelper.class))
				.calculatePartialParsingPointers(resource.getParseResult(), inTitle, 1));
		ICompositeNode replaced = pointers.getDefaultReplaceRootNode();
		assertEquals("Session", ((RuleCall) replaced.getGrammarElement()).getRule().getName());
		assertTrue(replaced.getText().contains("Session 3 of day 7"), replaced.getText());
	}

	@Test
	void typingAnywhereInAnAgendaKeepsTheModelEqualToAFreshParse(@TempDir Path folder) throws Exception {
		Path route = agendaRoute(folder);
		String text = Files.readString(route);
		ModelSession session = ModelSession.open(INJECTOR, route, text);
		Random random = new Random(20261126);
		String[] typed = { "x", "\"", " ", "\n", "end", "visit \"New\" ", "output \"o\"", "day", "9" };
		for (int edit = 0; edit < 250; edit++) {
			int at = random.nextInt(text.length());
			int removed = random.nextInt(3) == 0 ? Math.min(text.length() - at, random.nextInt(4)) : 0;
			String inserted = removed > 0 && random.nextBoolean() ? "" : typed[random.nextInt(typed.length)];
			String next = text.substring(0, at) + inserted + text.substring(at + removed);
			// Half of the edits are taken back, as a person types and corrects.
			text = random.nextBoolean() ? next : text;
			session.update(next);
			session.update(text);
			ModelSession fresh = ModelSession.open(INJECTOR, route, text);
			String context = "after edit " + edit + " at " + at;
			assertEquals(messages(fresh.validate(CancelIndicator.NullImpl)),
					messages(session.validate(CancelIndicator.NullImpl)), context);
			assertTrue(EcoreUtil.equals(fresh.read(r -> r.getContents().isEmpty() ? null : r.getContents().get(0)),
					session.read(r -> r.getContents().isEmpty() ? null : r.getContents().get(0))), context);
		}
	}

	@Test
	void aNewValueOfAClauseOfTheRouteIsSetWithoutReparsingTheRoute(@TempDir Path folder) throws Exception {
		Path route = agendaRoute(folder);
		String text = Files.readString(route).replace("route agenda \"Agenda\"\n", "route agenda \"Agenda\"\n\ttheme \"Old\"\n");
		ModelSession session = ModelSession.open(INJECTOR, route, text);
		List<EObject> before = objects(session);
		String next = text.replace("theme \"Old\"", "theme \"A new theme\"");
		session.update(next);
		// The same objects: the route was not parsed again, only the theme's token taken.
		assertEquals(before, objects(session));
		assertEquals("A new theme", EcoreUtil2.eAllOfType(before.get(0), LearningRoute.class).get(0).getTheme());
		assertSameAsAFreshParse(session, route, next, "a new theme");
	}

	@Test
	void formEditsOfValuesKeepTheModelEqualToAFreshParse(@TempDir Path folder) throws Exception {
		Path route = agendaRoute(folder);
		String text = Files.readString(route).replace("route agenda \"Agenda\"\n",
				"route agenda \"Agenda\"\n\tsubtitle \"Sub\"\n\ttheme \"Theme\"\n\tobjective \"One\"\n\tobjective \"Two\"\n");
		ModelSession session = ModelSession.open(INJECTOR, route, text);
		ModelEdits edits = INJECTOR.getInstance(ModelEdits.class);
		Random random = new Random(20261129);
		// Values that stay one token of the same kind, and values that do not (a new line makes a text
		// block, an empty one may drop the clause, quotes and backslashes are escaped).
		String[] values = { "Theme", "A \"quoted\" word", "back\\slash", "two\nlines", "Lao ພາສາລາວ", "x", "" };
		int taken = 0;
		for (int step = 0; step < 120; step++) {
			String value = values[random.nextInt(values.length)] + (random.nextInt(4) == 0 ? "" : " " + step);
			int what = random.nextInt(6);
			int which = random.nextInt(1000);
			int at = step;
			ModelEdits.Result result = edits.edit(session, root -> {
				LearningRoute edited = EcoreUtil2.eAllOfType(root, LearningRoute.class).get(0);
				Day day = edited.getDays().get(which % edited.getDays().size());
				Session visit = day.getSessions().get(which % day.getSessions().size());
				switch (what) {
				case 0 -> edited.setTheme(value);
				case 1 -> edited.setSubtitle(value);
				case 2 -> edited.getObjectives().set(which % edited.getObjectives().size(), "Objective " + value + at);
				case 3 -> day.setTitle(value);
				case 4 -> visit.setTitle(value);
				default -> edited.setTitle(value);
				}
			});
			if (result.isRefused() || result.edits().isEmpty()) {
				continue;
			}
			List<EObject> before = objects(session);
			text = TextEdit.apply(text, result.edits());
			session.update(text);
			if (before.equals(objects(session))) {
				taken++;
			}
			assertSameAsAFreshParse(session, route, text, "after step " + step + " (" + what + ", \"" + value + "\")");
		}
		assertTrue(taken > 30, "the token alone was taken " + taken + " times");
	}

	/** Same model, same problems, and the same nodes (offsets, lengths, grammar) as a fresh parse. */
	private static void assertSameAsAFreshParse(ModelSession session, Path file, String text, String context) {
		ModelSession fresh = ModelSession.open(INJECTOR, file, text);
		assertEquals(messages(fresh.validate(CancelIndicator.NullImpl)), messages(session.validate(CancelIndicator.NullImpl)),
				context);
		assertTrue(EcoreUtil.equals(fresh.read(r -> r.getContents().isEmpty() ? null : r.getContents().get(0)),
				session.read(r -> r.getContents().isEmpty() ? null : r.getContents().get(0))), context);
		assertEquals(leaves(fresh), leaves(session), context);
		assertEquals(text, session.read(r -> r.getParseResult().getRootNode().getText()), context);
	}

	/** Every object of the session's model, in order: equal lists hold the very same objects. */
	private static List<EObject> objects(ModelSession session) {
		return session.read(resource -> {
			List<EObject> all = new ArrayList<>();
			resource.getAllContents().forEachRemaining(all::add);
			return all;
		});
	}

	private static List<String> leaves(ModelSession session) {
		return session.read(resource -> {
			List<String> leaves = new ArrayList<>();
			for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
				leaves.add(leaf.getTotalOffset() + "+" + leaf.getTotalLength() + " " + leaf.getText() + " "
						+ System.identityHashCode(leaf.getGrammarElement()) + " "
						+ org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualSemanticObjectFor(leaf).eClass().getName());
			}
			return leaves;
		});
	}

	private static List<String> messages(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getCode()).sorted().toList();
	}
}
