package org.casestudio.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.Lexer;

/**
 * Writes a changed region as the old text with only the changed tokens replaced. Xtext's change
 * serializer rewrites and lays out a whole element when one of its lists changes, and re-places the
 * comments inside it by its own guess, losing some. Here its output is read for its tokens alone:
 * the tokens both texts share keep the old text between them (comments, blank lines, indentation,
 * as the author left them), and only the inserted tokens take the layout the formatter gave them.
 * Every comment of the old region is written back, byte for byte and in order.
 */
final class TokenMerge {

	/** A token of a region: its text and where it starts in the region's text. */
	private record Piece(String text, int start) {
		int end() {
			return start + text.length();
		}
	}

	/** A region as semantic tokens, with the hidden text (space, comments) before each and after the last. */
	private static final class Tokens {
		final List<Piece> tokens = new ArrayList<>();
		/** gaps.get(k) is the hidden text before token k; the last one follows the last token. */
		final List<String> gaps = new ArrayList<>();
	}

	private TokenMerge() {
	}

	/**
	 * The text that replaces oldRegion, given what the serializer wrote for it (newRegion, with the
	 * same tokens where nothing changed): the old text where the tokens agree, the new tokens where
	 * they differ. Both regions start at a token and end after one; startIndent is the indentation
	 * of the line the regions start on.
	 */
	/** The merged text, and the tokens it must read as. */
	record Merged(String text, List<String> tokens) {
	}

	static Merged merge(Lexer lexer, String oldRegion, String newRegion, String startIndent, String unit,
			boolean keepPlaces) {
		Tokens old = tokens(lexer, oldRegion);
		Tokens fresh = tokens(lexer, newRegion);
		char[] script = script(old, fresh, keepPlaces);
		slide(script, 'D', old);
		slide(script, 'I', fresh);

		// K: an old token kept, paired with a new one; C: an old token kept in its place, whose new
		// copy (S) the serializer wrote elsewhere; D: an old token removed; I: a new token inserted.
		StringBuilder out = new StringBuilder(old.gaps.get(0));
		List<String> written = new ArrayList<>();
		int i = 0;
		int j = 0;
		int pos = 0;
		while (true) {
			int hunkStart = i;
			int firstInserted = -1;
			int endInserted = -1;
			while (pos < script.length && script[pos] != 'K' && script[pos] != 'C') {
				if (script[pos] == 'D') {
					i++;
				} else {
					if (script[pos] == 'I') {
						written.add(key(fresh.tokens.get(j).text));
						firstInserted = firstInserted < 0 ? j : firstInserted;
						endInserted = j + 1;
					}
					j++;
				}
				pos++;
			}
			hunk(out, old, fresh, hunkStart, i, firstInserted < 0 ? j : firstInserted,
					firstInserted < 0 ? j : endInserted, startIndent, unit);
			if (pos == script.length) {
				return new Merged(out.toString(), written);
			}
			out.append(old.tokens.get(i).text);
			written.add(key(old.tokens.get(i).text));
			if (script[pos] == 'K') {
				j++;
			}
			i++;
			pos++;
		}
	}

	/**
	 * The edit script, token by token. Lines are compared first, so that a line the serializer wrote
	 * elsewhere is seen whole: Xtext's serializer writes a list's elements into the places the old
	 * elements of that list held, in order, and the ones left over after everything else, so that
	 * adding a case's indicator in the middle puts the next indicator after the lessons. With
	 * keepPlaces (the change moved nothing itself), a run of lines that left one place and came back
	 * unchanged in another stays where the author had it, after the new lines that took its place.
	 * Lines that changed are then compared token by token.
	 */
	private static char[] script(Tokens old, Tokens fresh, boolean keepPlaces) {
		List<int[]> oldLines = lines(old);
		List<int[]> newLines = lines(fresh);
		List<String> oldKeys = keys(old, oldLines);
		List<String> newKeys = keys(fresh, newLines);
		char[] lineOps = ops(oldKeys, newKeys);
		if (keepPlaces) {
			keepPlaces(lineOps, oldKeys, newKeys);
		}
		StringBuilder script = new StringBuilder();
		int oi = 0;
		int ni = 0;
		int p = 0;
		while (p < lineOps.length) {
			char op = lineOps[p];
			if (op == 'K' || op == 'C') {
				script.append(String.valueOf(op).repeat(oldLines.get(oi)[1] - oldLines.get(oi)[0]));
				oi++;
				ni += op == 'K' ? 1 : 0;
				p++;
			} else if (op == 'S') {
				script.append("S".repeat(newLines.get(ni)[1] - newLines.get(ni)[0]));
				ni++;
				p++;
			} else {
				// Changed lines: their tokens compared one by one.
				List<String> removed = new ArrayList<>();
				List<String> added = new ArrayList<>();
				while (p < lineOps.length && (lineOps[p] == 'D' || lineOps[p] == 'I')) {
					if (lineOps[p] == 'D') {
						int[] line = oldLines.get(oi++);
						for (int k = line[0]; k < line[1]; k++) {
							removed.add(key(old.tokens.get(k).text));
						}
					} else {
						int[] line = newLines.get(ni++);
						for (int k = line[0]; k < line[1]; k++) {
							added.add(key(fresh.tokens.get(k).text));
						}
					}
					p++;
				}
				script.append(ops(removed, added));
			}
		}
		return script.toString().toCharArray();
	}

	/** Each line's tokens, as [first, end) token indices: a line starts after a gap with a line break. */
	private static List<int[]> lines(Tokens tokens) {
		List<int[]> lines = new ArrayList<>();
		int start = 0;
		for (int k = 1; k <= tokens.tokens.size(); k++) {
			if (k == tokens.tokens.size() || tokens.gaps.get(k).contains("\n")) {
				lines.add(new int[] { start, k });
				start = k;
			}
		}
		return lines;
	}

	private static List<String> keys(Tokens tokens, List<int[]> lines) {
		List<String> keys = new ArrayList<>();
		for (int[] line : lines) {
			StringBuilder key = new StringBuilder();
			for (int k = line[0]; k < line[1]; k++) {
				key.append(key(tokens.tokens.get(k).text)).append('\u0001');
			}
			keys.add(key.toString());
		}
		return keys;
	}

	/** A token as compared: a text block without its lines' indentation, which is no part of its value. */
	private static String key(String token) {
		return token.startsWith("\"\"\"") ? token.replaceAll("(?m)^[ \t]+", "") : token;
	}

	/** K, D and I for a longest common subsequence of two sequences, removals before insertions. */
	private static char[] ops(List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		int prefix = 0;
		while (prefix < n && prefix < m && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < n - prefix && suffix < m - prefix && a.get(n - 1 - suffix).equals(b.get(m - 1 - suffix))) {
			suffix++;
		}
		StringBuilder ops = new StringBuilder("K".repeat(prefix));
		int x0 = prefix;
		int y0 = prefix;
		int rows = n - suffix - x0;
		int columns = m - suffix - y0;
		int[][] length = new int[rows + 1][columns + 1];
		for (int x = rows - 1; x >= 0; x--) {
			for (int y = columns - 1; y >= 0; y--) {
				length[x][y] = a.get(x0 + x).equals(b.get(y0 + y)) ? length[x + 1][y + 1] + 1
						: Math.max(length[x + 1][y], length[x][y + 1]);
			}
		}
		StringBuilder removed = new StringBuilder();
		StringBuilder added = new StringBuilder();
		int x = 0;
		int y = 0;
		while (x < rows || y < columns) {
			if (x < rows && y < columns && a.get(x0 + x).equals(b.get(y0 + y))) {
				ops.append(removed).append(added).append('K');
				removed.setLength(0);
				added.setLength(0);
				x++;
				y++;
			} else if (y >= columns || (x < rows && length[x + 1][y] >= length[x][y + 1])) {
				removed.append('D');
				x++;
			} else {
				added.append('I');
				y++;
			}
		}
		ops.append(removed).append(added).append("K".repeat(suffix));
		return ops.toString().toCharArray();
	}

	/**
	 * Marks each run of removed lines that comes back unchanged as a run of inserted lines as kept in
	 * its place (C) and its copy as not written (S), then lets lines inserted right after it go first.
	 */
	private static void keepPlaces(char[] ops, List<String> oldKeys, List<String> newKeys) {
		List<int[]> removedRuns = runs(ops, 'D');
		List<int[]> addedRuns = runs(ops, 'I');
		for (int[] removed : removedRuns) {
			List<String> lines = side(ops, removed, oldKeys, 'D');
			// The lines may come back as a part of a longer run of inserted lines (after a new one).
			search: for (int[] added : addedRuns) {
				List<String> candidates = side(ops, added, newKeys, 'I');
				for (int at = 0; at + lines.size() <= candidates.size(); at++) {
					if (ops[added[0] + at] == 'I' && candidates.subList(at, at + lines.size()).equals(lines)) {
						java.util.Arrays.fill(ops, removed[0], removed[1], 'C');
						java.util.Arrays.fill(ops, added[0] + at, added[0] + at + lines.size(), 'S');
						break search;
					}
				}
			}
		}
		for (boolean swapped = true; swapped;) {
			swapped = false;
			for (int k = 0; k + 1 < ops.length; k++) {
				if (ops[k] == 'C' && ops[k + 1] == 'I') {
					ops[k] = 'I';
					ops[k + 1] = 'C';
					swapped = true;
				}
			}
		}
	}

	/** The maximal runs of one op, as [start, end) positions in the script. */
	private static List<int[]> runs(char[] ops, char op) {
		List<int[]> runs = new ArrayList<>();
		for (int k = 0; k < ops.length; k++) {
			if (ops[k] == op && (k == 0 || ops[k - 1] != op)) {
				int end = k;
				while (end < ops.length && ops[end] == op) {
					end++;
				}
				runs.add(new int[] { k, end });
			}
		}
		return runs;
	}

	/** The keys of the lines a run of the script covers, on its own side (old for D, new for I). */
	private static List<String> side(char[] ops, int[] run, List<String> keys, char op) {
		int index = 0;
		for (int k = 0; k < run[0]; k++) {
			if (ops[k] == 'K' || (op == 'D' ? ops[k] == 'D' || ops[k] == 'C' : ops[k] == 'I' || ops[k] == 'S')) {
				index++;
			}
		}
		return keys.subList(index, index + run[1] - run[0]);
	}

	/**
	 * Writes what lies between two kept tokens: the gap before old token i (the first to go, or the
	 * next kept one) up to old token iEnd, with new tokens j..jEnd in place of old ones i..iEnd.
	 */
	private static void hunk(StringBuilder out, Tokens old, Tokens fresh, int i, int iEnd, int j, int jEnd,
			String startIndent, String unit) {
		String before = i < old.gaps.size() ? old.gaps.get(i) : "";
		if (i == 0) {
			// The region's leading gap is already written.
			before = "";
		}
		if (i == iEnd && j == jEnd) {
			out.append(i < old.gaps.size() && i > 0 ? old.gaps.get(i) : "");
			return;
		}
		// Comments of the gaps between the removed tokens stay, after what replaces them.
		List<String> inner = new ArrayList<>();
		for (int k = i + 1; k < iEnd; k++) {
			inner.addAll(comments(old.gaps.get(k)));
		}
		String after = iEnd < old.gaps.size() ? old.gaps.get(iEnd) : "";
		String newBefore = j < fresh.gaps.size() ? fresh.gaps.get(j) : "";
		if (i == iEnd) {
			// Only insertions, into the old gap `before` (the same gap as `after`).
			if (newBefore.contains("\n") && before.contains("\n")) {
				// A line of its own: after the end of the kept token's line, a trailing comment included.
				int lineEnd = before.indexOf('\n') + 1;
				String separator = lineEnd >= 2 && before.charAt(lineEnd - 2) == '\r' ? "\r\n" : "\n";
				String indent = indent(newBefore).replace("\t", unit);
				out.append(before, 0, lineEnd).append(blankLines(newBefore, separator)).append(indent)
						.append(inserted(fresh, j, jEnd, indent, unit)).append(separator).append(before.substring(lineEnd));
			} else {
				out.append(whitespace(newBefore)).append(inserted(fresh, j, jEnd, currentIndent(out, startIndent), unit));
				// Never glue the inserted tokens to the next one.
				out.append(before.isEmpty() && jEnd < fresh.gaps.size() ? whitespace(fresh.gaps.get(jEnd)) : before);
			}
			return;
		}
		if (j == jEnd) {
			// Only removals. Where the removed tokens started a line, their lines go, and the comments
			// among them stay on lines of their own at the same indentation.
			String lead = before.substring(before.lastIndexOf('\n') + 1);
			if (before.contains("\n") && lead.isBlank()) {
				StringBuilder text = new StringBuilder(before);
				for (String comment : inner) {
					text.append(comment).append(comment.endsWith("\n") ? lead : " ");
				}
				int afterLine = after.indexOf('\n');
				if (afterLine >= 0 && after.substring(0, afterLine).isBlank() && text.toString().endsWith("\n" + lead)) {
					text.setLength(text.length() - lead.length());
					text.append(after.substring(afterLine + 1));
				} else {
					text.append(withoutLeadingBlanks(after));
				}
				out.append(text);
				return;
			}
			out.append(before);
			for (String comment : inner) {
				out.append(' ').append(comment);
			}
			out.append(after);
			return;
		}
		// Replacements: the gaps around stay, the new tokens take the old ones' place.
		out.append(before);
		out.append(inserted(fresh, j, jEnd, currentIndent(out, startIndent), unit));
		for (String comment : inner) {
			out.append(' ').append(comment);
		}
		out.append(after);
	}

	private static String withoutLeadingBlanks(String gap) {
		int k = 0;
		while (k < gap.length() && (gap.charAt(k) == ' ' || gap.charAt(k) == '\t')) {
			k++;
		}
		return gap.substring(k);
	}

	/** The new tokens j..jEnd with the new gaps between them, their comments left out. */
	private static String inserted(Tokens fresh, int j, int jEnd, String lineIndent, String unit) {
		StringBuilder text = new StringBuilder();
		String indent = lineIndent;
		for (int k = j; k < jEnd; k++) {
			if (k > j) {
				// The formatter indents with tabs; the file's own unit replaces them.
				String gap = whitespace(fresh.gaps.get(k)).replace("\t", unit);
				text.append(gap);
				if (gap.contains("\n")) {
					indent = indent(gap);
				}
			}
			String token = fresh.tokens.get(k).text;
			text.append(token.startsWith("\"\"\"") ? indentedBlock(token, indent + unit) : token);
		}
		return text.toString();
	}

	/**
	 * A text block indented one level deeper than its clause, as authors write them: its value is
	 * the same, since a block's common indentation is not part of it, but the converter writes none.
	 */
	static String indentedBlock(String block, String indent) {
		String[] lines = block.split("\n", -1);
		StringBuilder text = new StringBuilder(lines[0]);
		for (int k = 1; k < lines.length; k++) {
			text.append('\n');
			String line = lines[k];
			if (!line.isBlank()) {
				text.append(line.startsWith(indent) ? "" : indent);
			}
			text.append(line);
		}
		return text.toString();
	}

	/** The indentation of the line the text ends on. */
	private static String currentIndent(CharSequence out, String startIndent) {
		int lineStart = out.toString().lastIndexOf('\n');
		if (lineStart < 0) {
			return startIndent;
		}
		String line = out.toString().substring(lineStart + 1);
		int k = 0;
		while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
			k++;
		}
		return line.substring(0, k);
	}

	/**
	 * The line breaks a gap puts before the next token: after its last comment if it has any (a new
	 * gap may hold a comment the serializer moved, which is not written), counting that comment's own.
	 */
	private static int lineBreaks(String gap) {
		List<String> comments = comments(gap);
		String tail = gap;
		int own = 0;
		if (!comments.isEmpty()) {
			String last = comments.get(comments.size() - 1);
			tail = gap.substring(gap.lastIndexOf(last) + last.length());
			own = last.endsWith("\n") ? 1 : 0;
		}
		return own + (int) tail.chars().filter(c -> c == '\n').count();
	}

	/** A new gap without its comments (the old text's comments are written from the old text). */
	private static String whitespace(String gap) {
		if (comments(gap).isEmpty()) {
			return gap;
		}
		// The line breaks and the last line's indentation: the layout the formatter chose.
		int lines = (int) gap.chars().filter(c -> c == '\n').count();
		String separator = gap.contains("\r\n") ? "\r\n" : "\n";
		return lines == 0 ? " " : separator.repeat(lines) + indent(gap);
	}

	private static String blankLines(String gap, String separator) {
		return separator.repeat(Math.max(0, lineBreaks(gap) - 1));
	}

	private static String indent(String gap) {
		String last = gap.substring(gap.lastIndexOf('\n') + 1);
		return last.isBlank() ? last : "";
	}

	private static List<String> comments(String gap) {
		List<String> comments = new ArrayList<>();
		int k = 0;
		while (k < gap.length()) {
			if (gap.startsWith("//", k)) {
				int end = gap.indexOf('\n', k);
				end = end < 0 ? gap.length() : end + 1;
				comments.add(gap.substring(k, end));
				k = end;
			} else if (gap.startsWith("/*", k)) {
				int end = gap.indexOf("*/", k + 2);
				end = end < 0 ? gap.length() : end + 2;
				comments.add(gap.substring(k, end));
				k = end;
			} else {
				k++;
			}
		}
		return comments;
	}

	/**
	 * Slides each run of removed (or of inserted) tokens, where equal tokens allow it, to the place
	 * where it starts and ends a line: removing the first of two days that both start with "day"
	 * removes the first day's lines, not the text from its number to the second day's keyword.
	 */
	private static void slide(char[] script, char kind, Tokens side) {
		char other = kind == 'D' ? 'I' : 'D';
		int pos = 0;
		while (pos < script.length) {
			if (script[pos] != kind) {
				pos++;
				continue;
			}
			int end = pos;
			while (end < script.length && script[end] == kind) {
				end++;
			}
			if ((pos > 0 && script[pos - 1] == other) || (end < script.length && script[end] == other)) {
				pos = end;
				continue;
			}
			// Tokens a..b of this side are the run.
			int a = 0;
			char kept = kind == 'D' ? 'C' : 'S';
			for (int k = 0; k < pos; k++) {
				if (script[k] == 'K' || script[k] == kind || script[k] == kept) {
					a++;
				}
			}
			int b = a + (end - pos);
			int up = 0;
			while (pos - 1 - up >= 0 && script[pos - 1 - up] == 'K'
					&& side.tokens.get(a - 1 - up).text.equals(side.tokens.get(b - 1 - up).text)) {
				up++;
			}
			int down = 0;
			while (end + down < script.length && script[end + down] == 'K' && b + down < side.tokens.size()
					&& side.tokens.get(a + down).text.equals(side.tokens.get(b + down).text)) {
				down++;
			}
			int best = 0;
			int bestScore = -1;
			for (int shift = -up; shift <= down; shift++) {
				// A run that starts a line scores, one after a blank line (a block's start) more.
				int score = 2 * Math.min(2, lineBreaks(side.gaps.get(a + shift)))
						+ (side.gaps.get(b + shift).contains("\n") ? 1 : 0);
				if (score > bestScore) {
					bestScore = score;
					best = shift;
				}
			}
			for (int k = pos - up; k < end + down; k++) {
				script[k] = 'K';
			}
			for (int k = pos + best; k < end + best; k++) {
				script[k] = kind;
			}
			pos = end + down;
		}
	}

	/** The tokens of a text as compared (its space and comments aside). */
	static List<String> tokensOf(Lexer lexer, String text) {
		return texts(tokens(lexer, text));
	}

	/** The tokens' texts as compared. */
	private static List<String> texts(Tokens tokens) {
		return tokens.tokens.stream().map(Piece::text).map(TokenMerge::key).toList();
	}

	/** The region's tokens as the language's lexer reads them, space and comments as gaps. */
	private static Tokens tokens(Lexer lexer, String region) {
		Tokens result = new Tokens();
		lexer.setCharStream(new ANTLRStringStream(region));
		StringBuilder gap = new StringBuilder();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			String text = token.getText();
			if (text.isBlank() || text.startsWith("//") || text.startsWith("/*")) {
				gap.append(text);
			} else {
				result.gaps.add(gap.toString());
				gap.setLength(0);
				result.tokens.add(new Piece(text, 0));
			}
		}
		result.gaps.add(gap.toString());
		return result;
	}
}
