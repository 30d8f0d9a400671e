package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casestudio.dsl.conversion.ValidIdConverter;
import org.junit.jupiter.api.Test;

/** The one description of an id that the wizards and rename check names with. */
class IdsTest {

	private final ValidIdConverter ids = LanguageServices.INJECTOR.getInstance(ValidIdConverter.class);

	@Test
	void anIdIsALetterOrUnderscoreThenLettersDigitsAndUnderscores() {
		for (String name : List.of("swift", "_x", "Coffee_2", "a", "caf\u00e9", "\u0e81\u0eb2\u0ec0\u0e9f",
				"\u0e81\u0eb8\u0ec8\u0ea1", "\u0e81\u0eb8\u0ec8\u0ea1\u0ed2")) {
			assertTrue(ValidIdConverter.isName(name), name);
		}
		// A digit or a tone mark cannot start an id, and the Lao ellipsis is punctuation.
		for (String name : List.of("", "2x", "a-b", "a b", "a.b", "^end", "\u0ed2\u0e81", "\u0ec8\u0e81",
				"\u0e81\u0eaf")) {
			assertFalse(ValidIdConverter.isName(name), name);
		}
		assertFalse(ValidIdConverter.isName(null));
	}

	@Test
	void theStructuralWordsOfTheGrammarAreReservedAndClauseWordsAreNot() {
		for (String word : List.of("route", "case", "end", "partner", "host", "visit", "trader")) {
			assertTrue(ids.isReserved(word), word);
		}
		for (String word : List.of("market", "women", "lesson", "swift")) {
			assertFalse(ids.isReserved(word), word);
		}
		assertEquals("^end", ids.toString("end"));
	}

	@Test
	void aFileNameBecomesAnIdLikeName() {
		assertEquals("natural_dyes", ValidIdConverter.nameLike("natural-dyes"));
		assertEquals("my_route_2", ValidIdConverter.nameLike("my route 2"));
		assertEquals("\u0e81\u0eb2\u0ec0\u0e9f_\u0ead\u0eb1\u0e94\u0e95\u0eb0\u0e9b\u0eb7",
				ValidIdConverter.nameLike("\u0e81\u0eb2\u0ec0\u0e9f \u0ead\u0eb1\u0e94\u0e95\u0eb0\u0e9b\u0eb7"));
	}
}
