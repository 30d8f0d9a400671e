package org.casestudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.ProblemPrinter;
import org.eclipse.osgi.util.NLS;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Prints problems in the one text form of {@link ProblemPrinter}, then a summary; or as JSON
 * (Gson is a dependency of the command line only, so the JSON form lives here).
 */
final class Report {

	private final List<Problem> problems;
	private final int files;
	private final ProblemPrinter printer;

	Report(List<Problem> problems, int files, Path base) {
		this.problems = problems;
		this.files = files;
		this.printer = new ProblemPrinter(base);
	}

	int errors() {
		return (int) problems.stream().filter(Problem::isError).count();
	}

	int warnings() {
		return (int) problems.stream().filter(f -> f.severity() == Problem.Severity.WARNING).count();
	}

	void printText(PrintStream out) {
		for (Problem p : problems) {
			out.println(printer.print(p));
		}
		out.println(NLS.bind(Messages.Summary, new Object[] { files, errors(), warnings() }));
	}

	void printJson(PrintStream out) {
		JsonObject root = new JsonObject();
		root.addProperty("files", files);
		root.addProperty("errors", errors());
		root.addProperty("warnings", warnings());
		JsonArray list = new JsonArray();
		for (Problem p : problems) {
			JsonObject item = new JsonObject();
			item.addProperty("file", p.file() == null ? null : printer.path(p.file()));
			item.addProperty("line", p.line());
			item.addProperty("column", p.column());
			item.addProperty("severity", p.severity().label());
			item.addProperty("message", p.message());
			item.addProperty("code", p.code());
			list.add(item);
		}
		root.add("findings", list);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
	}
}
