package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.Problem.Severity;
import org.casestudio.model.problems.ProblemPrinter;
import org.junit.jupiter.api.Test;

/** The one text form of a problem, for a place in a file, a whole file and the pack as a whole. */
class ProblemPrinterTest {

	private final Path base = Path.of("/work/routes").toAbsolutePath();
	private final ProblemPrinter printer = new ProblemPrinter(base);

	@Test
	void aPlaceInAFileIsPathLineColumnSeverityMessageCode() {
		assertEquals("attapeu/attapeu.route:4:1: warning: Route 'attapeu' has no agenda days. [casestudio.pack.noDays]",
				printer.print(new Problem(base.resolve("attapeu/attapeu.route"), 4, 1, Severity.WARNING,
						"Route 'attapeu' has no agenda days.", "casestudio.pack.noDays")));
	}

	@Test
	void aWholeFileHasNoLineAndThePackAsAWholeNoPath() {
		assertEquals("missing: error: No such file or folder. [casestudio.io.notFound]", printer.print(
				new Problem(base.resolve("missing"), 0, 0, Severity.ERROR, "No such file or folder.", "casestudio.io.notFound")));
		assertEquals("error: The exporter cannot be started. [casestudio.pack.exporterUnavailable]", printer.print(
				new Problem(null, 0, 0, Severity.ERROR, "The exporter cannot be started.", "casestudio.pack.exporterUnavailable")));
	}

	@Test
	void pathsOutsideTheBaseStayAsGivenAndAMessageStaysOnOneLine() {
		Path elsewhere = Path.of("/elsewhere/a.case").toAbsolutePath();
		assertEquals(elsewhere + ":2:3: info: first line second line [casestudio.x]",
				printer.print(new Problem(elsewhere, 2, 3, Severity.INFO, "first line\n\t second line", "casestudio.x")));
	}
}
