package org.casestudio.dsl.tests;

import static org.casestudio.dsl.tests.LanguageServices.addPlanAdaptingAsparagus;
import static org.casestudio.dsl.tests.LanguageServices.attapeuCopy;
import static org.casestudio.dsl.tests.LanguageServices.errors;
import static org.casestudio.dsl.tests.LanguageServices.read;
import static org.casestudio.dsl.tests.LanguageServices.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.casestudio.dsl.ide.services.Place;
import org.casestudio.dsl.ide.services.References;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Find references and mark occurrences on the seed: the uses of an actor, a case or a route across
 * the files of the folder tree, from its declaration or from any of its uses.
 */
class ReferencesTest {

	@TempDir
	Path folder;

	/** The uses of what is at the offset of a file (read from disk), as "file:line:text". */
	private static List<String> uses(Path file, int offset) throws Exception {
		String text = read(file);
		return session(file, text).read(resource -> {
			References.Uses uses = References.at(resource, offset);
			return uses == null ? null : uses.uses().stream().map(ReferencesTest::describe).toList();
		});
	}

	private static String describe(Place place) {
		try {
			String text = read(Path.of(place.uri().toFileString()));
			return place.uri().lastSegment() + ":" + place.line() + ":"
					+ text.substring(place.offset(), place.offset() + place.length());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void anActorIsUsedInTheRouteAndInACase() throws Exception {
		Path tree = attapeuCopy(folder);
		Path actors = tree.resolve("actors.actors");
		// PROCASUR organises the route and wrote the announcement every file cites.
		int declaration = read(actors).indexOf("organisation procasur") + "organisation p".length();
		List<String> expected = List.of("actors.actors:28:procasur", "actors.actors:37:procasur",
				"actors.actors:44:procasur", "actors.actors:50:procasur", "asparagus.case:26:procasur",
				"asparagus.case:37:procasur", "attapeu.route:11:procasur", "attapeu.route:29:procasur",
				"attapeu.route:32:procasur", "coffee.case:24:procasur", "coffee.case:36:procasur",
				"natural-dyes.case:27:procasur");
		assertEquals(expected, uses(actors, declaration).stream().sorted().toList());

		// From a use in another file: the same declaration and uses.
		Path route = tree.resolve("attapeu.route");
		String routeText = read(route);
		int use = routeText.indexOf("by procasur") + "by ".length();
		assertEquals(expected, uses(route, use).stream().sorted().toList());
		Place place = session(route, routeText).read(resource -> References.at(resource, use).declaration());
		assertEquals("actors.actors:5:procasur", describe(place));
	}

	@Test
	void aCaseIsUsedByItsRouteAndByTheFirstSegmentOfDottedReferences() throws Exception {
		Path tree = attapeuCopy(folder);
		Path route = addPlanAdaptingAsparagus(tree);
		assertEquals(List.of(), errors(tree));
		Path asparagus = tree.resolve("cases/asparagus.case");
		int declaration = read(asparagus).indexOf("case asparagus") + "case ".length();
		int planLine = (int) read(route).lines().takeWhile(line -> !line.contains("plan seedlings")).count() + 1;
		assertEquals(List.of("attapeu.route:14:asparagus", "attapeu.route:" + planLine + ":asparagus"),
				uses(asparagus, declaration));
	}

	@Test
	void occurrencesAreTheIdAndItsUsesInTheSameFile() throws Exception {
		Path tree = attapeuCopy(folder);
		Path route = tree.resolve("attapeu.route");
		String text = read(route);
		List<String> occurrences = session(route, text).read(resource -> References
				.occurrences(resource, text.indexOf("host programme rlip") + "host programme ".length()).stream()
				.map(ReferencesTest::describe).toList());
		assertEquals(List.of("attapeu.route:12:rlip", "attapeu.route:13:rlip"), occurrences);

		// The route's own id: declared here, used nowhere.
		List<String> declaredHere = session(route, text).read(resource -> References
				.occurrences(resource, text.indexOf("route attapeu") + "route att".length()).stream()
				.map(ReferencesTest::describe).toList());
		assertEquals(List.of("attapeu.route:4:attapeu"), declaredHere);

		Path actors = tree.resolve("actors.actors");
		String actorsText = read(actors);
		List<String> declared = session(actors, actorsText).read(resource -> References
				.occurrences(resource, actorsText.indexOf("programme rlip") + "programme ".length()).stream()
				.map(ReferencesTest::describe).toList());
		assertEquals(List.of("actors.actors:9:rlip"), declared);
	}

	@Test
	void nothingIsFoundWhereNoIdIs() throws Exception {
		Path tree = attapeuCopy(folder);
		Path route = tree.resolve("attapeu.route");
		String text = read(route);
		assertNull(uses(route, text.indexOf("subtitle") + 2), "a keyword");
		assertNull(uses(route, text.indexOf("\"Attapeu\"") + 2), "a title");
		assertEquals(List.of(), session(route, text).read(resource -> References.occurrences(resource, text.indexOf("subtitle"))));
	}
}
