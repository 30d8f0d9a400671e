package org.casestudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.casestudio.dsl.headless.Finding;
import org.eclipse.osgi.util.NLS;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Prints findings as {@code path:line:column: severity: message [code]} lines, or as JSON. */
final class Report {

	private final List<Finding> findings;
	private final int files;
	private final Path base;

	Report(List<Finding> findings, int files, Path base) {
		this.findings = findings;
		this.files = files;
		this.base = base;
	}

	int errors() {
		return (int) findings.stream().filter(Finding::isError).count();
	}

	int warnings() {
		return (int) findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
	}

	void printText(PrintStream out) {
		for (Finding f : findings) {
			String place = f.line() > 0 ? display(f.file()) + ":" + f.line() + ":" + f.column() : display(f.file());
			out.println(place + ": " + f.severity().label() + ": " + oneLine(f.message()) + " [" + f.code() + "]");
		}
		out.println(NLS.bind(Messages.Summary, new Object[] { files, errors(), warnings() }));
	}

	void printJson(PrintStream out) {
		JsonObject root = new JsonObject();
		root.addProperty("files", files);
		root.addProperty("errors", errors());
		root.addProperty("warnings", warnings());
		JsonArray list = new JsonArray();
		for (Finding f : findings) {
			JsonObject item = new JsonObject();
			item.addProperty("file", display(f.file()));
			item.addProperty("line", f.line());
			item.addProperty("column", f.column());
			item.addProperty("severity", f.severity().label());
			item.addProperty("message", f.message());
			item.addProperty("code", f.code());
			list.add(item);
		}
		root.add("findings", list);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
	}

	private String display(Path file) {
		return display(file, base);
	}

	/** Paths under the working folder are shown relative to it, as the user typed them. */
	static String display(Path file, Path base) {
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : file.toString();
	}

	/** One finding, one line: line breaks inside a message would break tools that read the output. */
	private static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
	}
}
