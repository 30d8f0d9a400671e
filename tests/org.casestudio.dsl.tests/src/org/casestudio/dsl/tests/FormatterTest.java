package org.casestudio.dsl.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** The formatter lays files out as documents, keeps comments, and changes nothing on a second run. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class FormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	private void assertFormatted(String input, String expected) {
		formatter.assertFormatted(request -> {
			request.preferences(p -> p.put(FormatterPreferenceKeys.lineSeparator, "\n"));
			request.setToBeFormatted(input);
			request.setExpectation(expected);
		});
	}

	/**
	 * Formats from the text alone, as the editors do. Xtext's serializer cannot tell which text a
	 * translation follows (the position says it, and the serializer writes every translation of
	 * an element after its first text), so the helper's cross-check with it is left out here.
	 */
	private void assertFormattedFromText(String input, String expected) {
		formatter.assertFormatted(request -> {
			request.preferences(p -> p.put(FormatterPreferenceKeys.lineSeparator, "\n"));
			request.setUseSerializer(false);
			request.setToBeFormatted(input);
			request.setExpectation(expected);
		});
	}

	static List<Path> seedFiles() throws Exception {
		return Fixtures.seedFiles();
	}

	/** The seed files are written in the formatter's layout: formatting them changes nothing. */
	@ParameterizedTest
	@MethodSource("seedFiles")
	void seedFilesAreAFixedPoint(Path file) throws Exception {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertFormatted(text, text);
	}

	@Test
	void laysOutAnActorListAndKeepsComments() {
		String messy = """
				// Who takes part
				producers   growers "Growers"   in village "Darkhied"   district "Sansai" ethnic group "Alak" households 21 end trader buyer "Buyer" /* a buyer */ about "Buys." end""";
		String expected = """
				// Who takes part
				producers growers "Growers"
					in village "Darkhied" district "Sansai"
					ethnic group "Alak"
					households 21
				end

				trader buyer "Buyer" /* a buyer */
					about "Buys."
				end
				""";
		assertFormatted(messy, expected);
		assertFormatted(expected, expected);
	}

	/** A translation goes on its own line, one level deeper than the line of the text it translates. */
	@Test
	void laysOutTranslationsUnderTheirText() {
		String messy = """
				case coffee "Organic coffee" fr "Café biologique" #7f9eec lo "ກາເຟອິນຊີ" in province "Attapeu" es "Attapeu" lesson "Work together." fr "Travailler ensemble." end""";
		String expected = """
				case coffee "Organic coffee"
					fr "Café biologique" #7f9eec
					lo "ກາເຟອິນຊີ"
					in province "Attapeu"
						es "Attapeu"
					lesson "Work together."
						fr "Travailler ensemble."
				end
				""";
		assertFormattedFromText(messy, expected);
		assertFormattedFromText(expected, expected);
	}

	/** The fixture of a route in several languages is written in the formatter's layout. */
	@ParameterizedTest
	@MethodSource("multilingualFiles")
	void theMultilingualFixtureIsAFixedPoint(Path file) throws Exception {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertFormattedFromText(text, text);
	}

	static List<Path> multilingualFiles() throws Exception {
		try (var files = Files.list(Fixtures.testData().resolve(Path.of("good", "multilingual")))) {
			return files.filter(org.casestudio.dsl.headless.ModelWorkspace::isModelFile).sorted().toList();
		}
	}

	@Test
	void keepsIdsWrittenInLao() {
		// ກຸ່ມຜະລິດ: its vowel sign and tone mark are combining marks, part of the one id.
		String group = "\u0e81\u0eb8\u0ec8\u0ea1\u0e9c\u0eb0\u0ea5\u0eb4\u0e94";
		String messy = "producers   " + group + "   \"Group\"  households 21 end case coffee \"Coffee\" host   " + group
				+ " end";
		String expected = "producers " + group + " \"Group\"\n\thouseholds 21\nend\n\ncase coffee \"Coffee\"\n\thost "
				+ group + "\nend\n";
		assertFormatted(messy, expected);
		assertFormatted(expected, expected);
	}

	@Test
	void laysOutNestedBlocks() {
		String messy = """
				case c "A case" host growers
				practice p "A practice" sector "Coffee" technique "Shade" end
				partnership pp "A partnership" type 4P partner growers as producer gives "Coffee" to buyer commits "Quality" partner buyer as private
				end
				lesson "One"   question q "Why?" answer "Because." right "Yes" wrong "No" feedback "Think again."
				end
				route r "A route" from 2013-02-25 to 2013-03-01 cases c, d
				day 1 2013-02-25 "Arrival" in "Attapeu" opening "Welcome" at "08:30" for 60 minutes notes "Greet everyone." visit "Field visit" case c output "Notes" end end""";
		String expected = """
				case c "A case"
					host growers

					practice p "A practice"
						sector "Coffee"
						technique "Shade"
					end

					partnership pp "A partnership"
						type 4P
						partner growers as producer
							gives "Coffee" to buyer
							commits "Quality"
						partner buyer as private
					end
					lesson "One"

					question q "Why?"
						answer "Because."
						right "Yes"
						wrong "No" feedback "Think again."
				end

				route r "A route"
					from 2013-02-25 to 2013-03-01
					cases c, d

					day 1 2013-02-25 "Arrival" in "Attapeu"
						opening "Welcome" at "08:30" for 60 minutes
							notes "Greet everyone."
						visit "Field visit" case c
							output "Notes"
					end
				end
				""";
		assertFormatted(messy, expected);
		assertFormatted(expected, expected);
	}

	@Test
	void leavesTextBlocksAsWritten() {
		String text = """
				case c "A case"
					summary \"""
						First line,
						  indented second line.
						\"""
				end
				""";
		assertFormatted(text, text);
	}

	@Test
	void lineSeparatorIsTheConfiguredOne() {
		formatter.assertFormatted(request -> {
			request.preferences(p -> p.put(FormatterPreferenceKeys.lineSeparator, "\n"));
			request.setToBeFormatted("trader buyer \"Buyer\" about \"Buys.\" end");
			request.setExpectation("trader buyer \"Buyer\"\n\tabout \"Buys.\"\nend\n");
		});
	}
}
