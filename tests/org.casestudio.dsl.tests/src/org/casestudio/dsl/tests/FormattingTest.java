package org.casestudio.dsl.tests;

import static org.casestudio.dsl.tests.LanguageServices.INJECTOR;
import static org.casestudio.dsl.tests.LanguageServices.read;
import static org.casestudio.dsl.tests.LanguageServices.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Formatting;
import org.casestudio.dsl.ide.services.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formatting as an editor asks for it: the edits that lay out the text the editor holds. */
class FormattingTest {

	private final Formatting formatting = INJECTOR.getInstance(Formatting.class);

	@TempDir
	Path folder;

	private List<TextEdit> edits(Path file, String text, String lineSeparator) {
		ModelSession session = session(file, text);
		return session.read(resource -> formatting.edits(resource, lineSeparator));
	}

	@Test
	void theEditsGiveTheFormattersLayout() throws Exception {
		Path file = Files.writeString(folder.resolve("messy.actors"), "");
		String messy = "ngo helpers \"Helpers\"   about \"Help.\"   members 4 end";
		assertEquals("ngo helpers \"Helpers\"\n\tabout \"Help.\"\n\tmembers 4\nend\n",
				TextEdit.apply(messy, edits(file, messy, "\n")));
		assertEquals("ngo helpers \"Helpers\"\r\n\tabout \"Help.\"\r\n\tmembers 4\r\nend\r\n",
				TextEdit.apply(messy, edits(file, messy, "\r\n")));
	}

	@Test
	void aFormattedSeedFileNeedsNoEdit() throws Exception {
		Path route = Fixtures.attapeu().resolve("attapeu.route");
		String text = read(route);
		assertEquals(text, TextEdit.apply(text, edits(route, text, "\n")));
	}

	@Test
	void aFileWithSyntaxErrorsIsLeftAlone() throws Exception {
		Path file = Files.writeString(folder.resolve("broken.actors"), "");
		assertNull(edits(file, "ngo helpers \"Helpers\"   members end", "\n"));
	}
}
