package org.casestudio.dsl.translations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casestudio.dsl.headless.LocatedTextException;
import org.casestudio.dsl.headless.Utf8Text;
import org.eclipse.osgi.util.NLS;

/**
 * A gettext PO file, the translator's file of a route: read strictly (a located error for anything
 * it cannot read, never a guess) and written as Poedit, OmegaT, Weblate and gettext's own tools
 * write it. Only what translations need: contexts, single messages (no plural forms), the fuzzy
 * flag with the previous source text ({@code #| msgid}), references, comments and obsolete entries.
 * <p>
 * Written by hand: no Java PO library is kept up to date (jgettext's last release was in 2013,
 * gettext-commons only reads compiled catalogues), and the format is small and specified in the
 * gettext manual; every file written is checked by gettext's own {@code msgfmt --check} in the tests.
 */
public final class PoFile {

	/** One message: a text of the model ({@link #context} is its stable key) and its translation. */
	public static final class Entry {
		public String context;
		public String id = "";
		public String translation = "";
		public boolean fuzzy;
		/** The source text the translation was made from, when it differs from {@link #id}. */
		public String previousId;
		public final List<String> references = new ArrayList<>();
		public final List<String> notes = new ArrayList<>();
		/** The translator's own comments ("# ..."), kept as they are. */
		public final List<String> comments = new ArrayList<>();
		/** Flags other than fuzzy (c-format...), kept as they are. */
		public final List<String> otherFlags = new ArrayList<>();
		public boolean obsolete;
		/** The line of its msgid in the file read, 0 for a new entry. */
		public int line;

		/** A translation usable as it is: present, not fuzzy. */
		public boolean isTranslated() {
			return !obsolete && !fuzzy && !translation.isEmpty();
		}
	}

	/** Something in a PO file that cannot be read, at a line and a column (1-based). */
	public static final class SyntaxError extends LocatedTextException {
		private static final long serialVersionUID = 1L;

		SyntaxError(String message, int line, int column) {
			super(message, line, column);
		}
	}

	private static final Pattern CHARSET = Pattern.compile("(?im)^Content-Type:.*charset=([^\\s;]+)");
	private static final Pattern KEYWORD = Pattern.compile("(msgctxt|msgid_plural|msgid|msgstr(?:\\[\\d+\\])?)\\s+(.*)");

	/** The comments above the header, kept as they are. */
	public final List<String> headerComments = new ArrayList<>();
	/** The header's fields, one "Name: value" a line, each line ending with \n. */
	public String header;
	public final List<Entry> entries = new ArrayList<>();

	// ------------------------------------------------------------------------------------------- reading

	/** Reads a PO file's bytes: strict UTF-8, every quote and escape checked. */
	public static PoFile parse(byte[] bytes) throws SyntaxError {
		String text;
		try {
			text = Utf8Text.decode(bytes);
		} catch (Utf8Text.NotUtf8Exception e) {
			throw new SyntaxError(e.getMessage(), e.line(), e.column());
		}
		return new Reader(text).read();
	}

	private static final class Reader {
		private final String[] lines;
		private final PoFile file = new PoFile();
		private Entry entry;
		/** What a continuation line ("...") adds to: msgctxt, msgid, msgstr, or the previous msgid. */
		private String target;
		private boolean targetPrevious;
		private boolean entryHasTranslation;
		private int headerLine;
		private int headerColumn;

		Reader(String text) {
			this.lines = text.split("\r?\n", -1);
		}

		PoFile read() throws SyntaxError {
			List<String> pendingComments = new ArrayList<>();
			for (int i = 0; i < lines.length; i++) {
				int lineNumber = i + 1;
				String line = lines[i];
				String trimmed = line.strip();
				if (trimmed.isEmpty()) {
					finish();
					continue;
				}
				int indent = line.indexOf(trimmed.charAt(0));
				boolean obsolete = false;
				if (trimmed.startsWith("#~")) {
					obsolete = true;
					indent += 2;
					trimmed = trimmed.substring(2);
					int strip = trimmed.length() - trimmed.stripLeading().length();
					indent += strip;
					trimmed = trimmed.stripLeading();
					if (trimmed.isEmpty()) {
						continue;
					}
				}
				if (trimmed.startsWith("#|")) {
					startIfDone();
					String rest = trimmed.substring(2);
					int at = indent + 2 + (rest.length() - rest.stripLeading().length());
					rest = rest.stripLeading();
					keyword(rest, lineNumber, at, true, obsolete);
				} else if (trimmed.startsWith("#,")) {
					startIfDone();
					for (String flag : trimmed.substring(2).split(",")) {
						String f = flag.strip();
						if (f.equals("fuzzy")) {
							entry().fuzzy = true;
						} else if (!f.isEmpty()) {
							entry().otherFlags.add(f);
						}
					}
				} else if (trimmed.startsWith("#:")) {
					startIfDone();
					for (String reference : trimmed.substring(2).strip().split("\\s+")) {
						if (!reference.isEmpty()) {
							entry().references.add(reference);
						}
					}
				} else if (trimmed.startsWith("#.")) {
					startIfDone();
					entry().notes.add(trimmed.substring(2).strip());
				} else if (trimmed.startsWith("#") && !obsolete) {
					startIfDone();
					if (entry == null) {
						pendingComments.add(trimmed);
					} else {
						entry().comments.add(trimmed);
					}
				} else {
					if (!pendingComments.isEmpty()) {
						entry().comments.addAll(pendingComments);
						pendingComments.clear();
					}
					keyword(trimmed, lineNumber, indent + 1, false, obsolete);
				}
			}
			finish();
			file.headerComments.addAll(pendingComments);
			checkCharset();
			return file;
		}

		private Entry entry() {
			if (entry == null) {
				entry = new Entry();
			}
			return entry;
		}

		/** A comment after a complete message starts the next one. */
		private void startIfDone() {
			if (entryHasTranslation) {
				finish();
			}
		}

		private void keyword(String text, int line, int column, boolean previous, boolean obsolete) throws SyntaxError {
			if (text.startsWith("\"")) {
				if (target == null || targetPrevious != previous) {
					throw new SyntaxError(Messages.PoStrayString, line, column);
				}
				append(target, previous, string(text, line, column));
				return;
			}
			Matcher m = KEYWORD.matcher(text);
			if (!m.matches()) {
				throw new SyntaxError(Messages.PoUnknownLine, line, column);
			}
			String word = m.group(1);
			int valueColumn = column + m.start(2);
			String value = string(m.group(2), line, valueColumn);
			if (!previous && (word.equals("msgctxt") || word.equals("msgid")) && entryHasTranslation) {
				finish();
			}
			if (obsolete) {
				entry().obsolete = true;
			}
			if (word.startsWith("msgstr")) {
				if (previous) {
					throw new SyntaxError(Messages.PoUnknownLine, line, column);
				}
				if (!word.equals("msgstr") && !word.equals("msgstr[0]")) {
					target = "ignored";
					targetPrevious = false;
					return;
				}
				entryHasTranslation = true;
				if (entry().id.isEmpty() && entry().context == null && headerLine == 0) {
					headerLine = line;
					headerColumn = valueColumn;
				}
			} else if (word.equals("msgid") && !previous) {
				entry().line = line;
			}
			target = word.startsWith("msgstr") ? "msgstr" : word;
			targetPrevious = previous;
			set(target, previous, value);
		}

		private void set(String what, boolean previous, String value) {
			Entry e = entry();
			if (previous) {
				if (what.equals("msgid")) {
					e.previousId = value;
				}
				return; // a previous context or plural adds nothing Case Studio uses
			}
			switch (what) {
			case "msgctxt" -> e.context = value;
			case "msgid" -> e.id = value;
			case "msgstr" -> e.translation = value;
			default -> {
				// msgid_plural: Case Studio writes no plural forms and uses none
			}
			}
		}

		private void append(String what, boolean previous, String value) {
			Entry e = entry();
			if (previous) {
				if (what.equals("msgid")) {
					e.previousId = (e.previousId == null ? "" : e.previousId) + value;
				}
				return;
			}
			switch (what) {
			case "msgctxt" -> e.context = (e.context == null ? "" : e.context) + value;
			case "msgid" -> e.id += value;
			case "msgstr" -> e.translation += value;
			default -> {
			}
			}
		}

		private void finish() {
			if (entry != null) {
				if (entry.context == null && entry.id.isEmpty() && !entry.obsolete && file.header == null) {
					file.header = entry.translation;
					file.headerComments.addAll(entry.comments);
				} else {
					file.entries.add(entry);
				}
			}
			entry = null;
			target = null;
			entryHasTranslation = false;
		}

		private void checkCharset() throws SyntaxError {
			if (file.header == null) {
				return;
			}
			Matcher m = CHARSET.matcher(file.header);
			if (m.find()) {
				String charset = m.group(1);
				if (!charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("UTF8")
						&& !charset.equalsIgnoreCase("CHARSET")) {
					throw new SyntaxError(NLS.bind(Messages.PoNotUtf8, charset), headerLine, headerColumn);
				}
			}
		}

		/** A quoted C string, its escapes decoded; nothing but blanks may follow it. */
		private static String string(String text, int line, int column) throws SyntaxError {
			if (!text.startsWith("\"")) {
				throw new SyntaxError(Messages.PoExpectedQuote, line, column);
			}
			StringBuilder value = new StringBuilder();
			int i = 1;
			while (true) {
				if (i >= text.length()) {
					throw new SyntaxError(Messages.PoUnclosedQuote, line, column + i);
				}
				char c = text.charAt(i);
				if (c == '"') {
					break;
				}
				if (c == '\\') {
					if (i + 1 >= text.length()) {
						throw new SyntaxError(Messages.PoUnclosedQuote, line, column + i + 1);
					}
					char escaped = text.charAt(i + 1);
					switch (escaped) {
					case 'n' -> value.append('\n');
					case 't' -> value.append('\t');
					case 'r' -> value.append('\r');
					case '"' -> value.append('"');
					case '\\' -> value.append('\\');
					default -> throw new SyntaxError(NLS.bind(Messages.PoBadEscape, "\\" + escaped), line, column + i);
					}
					i += 2;
				} else {
					value.append(c);
					i++;
				}
			}
			String rest = text.substring(i + 1);
			if (!rest.isBlank()) {
				throw new SyntaxError(Messages.PoTextAfterQuote, line, column + i + 1);
			}
			return value.toString();
		}
	}

	// ------------------------------------------------------------------------------------------- writing

	/** The file's text, as gettext's tools write it. */
	public String write() {
		StringBuilder out = new StringBuilder();
		for (String comment : headerComments) {
			out.append(comment).append('\n');
		}
		out.append("msgid \"\"\n");
		writeString(out, "", "msgstr", header == null ? "" : header);
		for (Entry e : entries) {
			out.append('\n');
			String p = e.obsolete ? "#~ " : "";
			e.comments.forEach(c -> out.append(c).append('\n'));
			e.notes.forEach(n -> out.append("#. ").append(n).append('\n'));
			if (!e.references.isEmpty()) {
				out.append("#: ").append(String.join(" ", e.references)).append('\n');
			}
			List<String> flags = new ArrayList<>();
			if (e.fuzzy) {
				flags.add("fuzzy");
			}
			flags.addAll(e.otherFlags);
			if (!flags.isEmpty()) {
				out.append("#, ").append(String.join(", ", flags)).append('\n');
			}
			if (e.previousId != null) {
				writeString(out, e.obsolete ? "#~| " : "#| ", "msgid", e.previousId);
			}
			if (e.context != null) {
				writeString(out, p, "msgctxt", e.context);
			}
			writeString(out, p, "msgid", e.id);
			writeString(out, p, "msgstr", e.translation);
		}
		return out.toString();
	}

	/** A keyword and its string; a text of several lines is split after each line break. */
	private static void writeString(StringBuilder out, String prefix, String keyword, String value) {
		int newline = value.indexOf('\n');
		if (newline < 0 || newline == value.length() - 1 && keyword.equals("msgctxt")) {
			out.append(prefix).append(keyword).append(" \"").append(escape(value)).append("\"\n");
			return;
		}
		out.append(prefix).append(keyword).append(" \"\"\n");
		int start = 0;
		while (start < value.length()) {
			int end = value.indexOf('\n', start);
			end = end < 0 ? value.length() : end + 1;
			out.append(prefix).append('"').append(escape(value.substring(start, end))).append("\"\n");
			start = end;
		}
	}

	private static String escape(String value) {
		StringBuilder s = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> s.append("\\\\");
			case '"' -> s.append("\\\"");
			case '\n' -> s.append("\\n");
			case '\t' -> s.append("\\t");
			case '\r' -> s.append("\\r");
			default -> s.append(c);
			}
		}
		return s.toString();
	}

	/** A header for a new file of a route in a language. */
	public static String newHeader(String route, String language, String date) {
		return "Project-Id-Version: " + route + "\n" //
				+ "PO-Revision-Date: " + date + "\n" //
				+ "Last-Translator: \n" //
				+ "Language-Team: \n" //
				+ "Language: " + language.replace('-', '_') + "\n" //
				+ "MIME-Version: 1.0\n" //
				+ "Content-Type: text/plain; charset=UTF-8\n" //
				+ "Content-Transfer-Encoding: 8bit\n" //
				+ "X-Generator: Case Studio\n";
	}

	/** The value of a header field, or null. */
	public String headerField(String name) {
		if (header == null) {
			return null;
		}
		for (String line : header.split("\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT)
					.equals(name.toLowerCase(Locale.ROOT))) {
				return line.substring(colon + 1).strip();
			}
		}
		return null;
	}
}
