package org.casestudio.ui.wizards;

import java.time.LocalDate;

/**
 * The text of new files, in the formatter's layout and valid from the start: a new file must not
 * greet its author with errors. Texts entered in the wizard are quoted as the language wants.
 */
public final class FileTemplates {

	private FileTemplates() {
	}

	public static String route(String id, String title, String country, String province, LocalDate start,
			LocalDate end) {
		StringBuilder text = new StringBuilder();
		text.append("route ").append(id).append(' ').append(quote(title)).append('\n');
		if (!country.isBlank()) {
			text.append("\tcountry ").append(quote(country)).append('\n');
		}
		if (!province.isBlank()) {
			text.append("\tprovince ").append(quote(province)).append('\n');
		}
		if (start != null && end != null) {
			text.append("\tfrom ").append(start).append(" to ").append(end).append('\n');
		}
		text.append("\tobjective \"What participants will learn on this route.\"\n");
		text.append("end\n");
		return text.toString();
	}

	public static String caseStudy(String id, String title, String village, String district) {
		StringBuilder text = new StringBuilder();
		text.append("case ").append(id).append(' ').append(quote(title)).append('\n');
		if (!village.isBlank() || !district.isBlank()) {
			text.append("\tin");
			if (!village.isBlank()) {
				text.append(" village ").append(quote(village));
			}
			if (!district.isBlank()) {
				text.append(" district ").append(quote(district));
			}
			text.append('\n');
		}
		text.append("\tsummary \"What this experience is about, in two sentences.\"\n");
		text.append("\n\tlesson \"What other organisations can learn from it.\"\n");
		text.append("end\n");
		return text.toString();
	}

	public static String actors(String id, String title, String kindKeyword) {
		return "// The organisations taking part, declared once and referred to by id from every file.\n"
				+ kindKeyword + " " + id + " " + quote(title) + "\nend\n";
	}

	/** A quoted string of the language: backslashes and quotes escaped. */
	static String quote(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
