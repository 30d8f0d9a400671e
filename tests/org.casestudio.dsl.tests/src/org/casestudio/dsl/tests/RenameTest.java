package org.casestudio.dsl.tests;

import static org.casestudio.dsl.tests.LanguageServices.INJECTOR;
import static org.casestudio.dsl.tests.LanguageServices.addPlanAdaptingAsparagus;
import static org.casestudio.dsl.tests.LanguageServices.attapeuCopy;
import static org.casestudio.dsl.tests.LanguageServices.errors;
import static org.casestudio.dsl.tests.LanguageServices.read;
import static org.casestudio.dsl.tests.LanguageServices.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casestudio.dsl.ide.services.Rename;
import org.casestudio.dsl.ide.services.TextEdit;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming computes the edits of the id and of every reference to it across the folder tree; applied
 * to the files, the tree validates as before.
 */
class RenameTest {

	private final Rename rename = INJECTOR.getInstance(Rename.class);

	@TempDir
	Path folder;

	/** The edits of renaming what is at the offset of the file's text (read from disk) to the name. */
	private Rename.Edits edits(Path file, int offset, String newName) throws Exception {
		String text = read(file);
		return session(file, text).read(resource -> rename.edits(resource, offset, newName));
	}

	/** Applies the edits to the files on disk. */
	private static void apply(Rename.Edits edits) throws Exception {
		for (Map.Entry<URI, List<TextEdit>> entry : edits.byFile().entrySet()) {
			Path file = Path.of(entry.getKey().toFileString());
			Files.writeString(file, TextEdit.apply(read(file), entry.getValue()), StandardCharsets.UTF_8);
		}
	}

	private static Set<String> fileNames(Rename.Edits edits) {
		return Set.copyOf(edits.byFile().keySet().stream().map(URI::lastSegment).toList());
	}

	@Test
	void renamingAnActorUpdatesEveryFileThatRefersToIt() throws Exception {
		Path tree = attapeuCopy(folder);
		Path actors = tree.resolve("actors.actors");
		int offset = read(actors).indexOf("trader swift") + "trader ".length();
		Rename.Edits edits = edits(actors, offset, "swift_trading");
		assertEquals("swift", edits.oldName());
		assertEquals(Set.of("actors.actors", "asparagus.case"), fileNames(edits),
				"the actors file and the case that refers to swift");
		apply(edits);
		assertTrue(read(actors).contains("trader swift_trading \"SWIFT Co. Ltd\""));
		String asparagus = read(tree.resolve("cases/asparagus.case"));
		assertTrue(asparagus.contains("to swift_trading"), asparagus);
		assertTrue(asparagus.contains("partner swift_trading as private"), asparagus);
		assertFalse(asparagus.matches("(?s).*\\bswift\\b(?!_).*"), asparagus);
		assertEquals(List.of(), errors(tree));

		apply(edits(actors, read(actors).indexOf("swift_trading"), "swift"));
		assertEquals(read(Fixtures.attapeu().resolve("cases/asparagus.case")), read(tree.resolve("cases/asparagus.case")));
		assertEquals(read(Fixtures.attapeu().resolve("actors.actors")), read(actors));
	}

	@Test
	void renamingFromAReferenceRenamesTheDeclarationInItsOwnFile() throws Exception {
		Path tree = attapeuCopy(folder);
		Path asparagus = tree.resolve("cases/asparagus.case");
		int offset = read(asparagus).indexOf("partner swift as") + "partner ".length() + 2;
		Rename.Edits edits = edits(asparagus, offset, "swift_trading");
		assertEquals(Set.of("actors.actors", "asparagus.case"), fileNames(edits),
				"the case and the actors file that declares swift");
		apply(edits);
		assertTrue(read(tree.resolve("actors.actors")).contains("trader swift_trading \"SWIFT Co. Ltd\""));
		assertEquals(List.of(), errors(tree));
	}

	@Test
	void renamingACaseRenamesTheFirstSegmentOfDottedReferences() throws Exception {
		Path tree = attapeuCopy(folder);
		Path route = addPlanAdaptingAsparagus(tree);
		assertEquals(List.of(), errors(tree));
		Path asparagus = tree.resolve("cases/asparagus.case");
		apply(edits(asparagus, read(asparagus).indexOf("case asparagus") + "case ".length(), "asparagus_case"));
		String routeText = read(route);
		assertTrue(routeText.contains("adapts asparagus_case.organic_asparagus"), routeText);
		assertTrue(routeText.contains("cases asparagus_case, natural_dyes, coffee"), routeText);
		assertTrue(read(asparagus).contains("case asparagus_case \""));
		assertEquals(List.of(), errors(tree));
	}

	@Test
	void aWordOfTheLanguageIsWrittenEscaped() throws Exception {
		Path tree = attapeuCopy(folder);
		Path actors = tree.resolve("actors.actors");
		apply(edits(actors, read(actors).indexOf("trader swift") + "trader ".length(), "end"));
		assertTrue(read(actors).contains("trader ^end \"SWIFT Co. Ltd\""), read(actors));
		assertTrue(read(tree.resolve("cases/asparagus.case")).contains("partner ^end as private"));
		assertEquals(List.of(), errors(tree));
	}

	@Test
	void onlyIdsAreAcceptedAsNewNames() {
		for (String good : List.of("swift_trading", "_swift", "Swift2", "^end", "end")) {
			assertNull(rename.checkNewName(good), good);
		}
		for (String bad : List.of("", "^", "2swift", "swift trading", "swift-co", "swift.co", "^^swift")) {
			assertNotNull(rename.checkNewName(bad), bad);
		}
		assertNotNull(rename.checkNewName(null));
	}

	@Test
	void nothingIsRenamedWhereNoDeclarationIsOrWithABadName() throws Exception {
		Path actors = Fixtures.attapeu().resolve("actors.actors");
		String text = read(actors);
		assertNull(edits(actors, text.indexOf("\"SWIFT Co. Ltd\"") + 3, "x"), "inside a title");
		assertNull(edits(actors, text.indexOf("trader swift") + 2, "x"), "on the kind of actor");
		assertNull(edits(actors, text.indexOf("trader swift") + "trader ".length(), "swift trading"));
	}
}
