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
	static String merge(Lexer lexer, String oldRegion, String newRegion, String startIndent) {
		Tokens old = tokens(lexer, oldRegion);
		Tokens fresh = tokens(lexer, newRegion);
		int n = old.tokens.size();
		int m = fresh.tokens.size();
		// Pairs of equal tokens in order (a longest common subsequence), prefix and suffix first.
		int prefix = 0;
		while (prefix < n && prefix < m && old.tokens.get(prefix).text.equals(fresh.tokens.get(prefix).text)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < n - prefix && suffix < m - prefix
				&& old.tokens.get(n - 1 - suffix).text.equals(fresh.tokens.get(m - 1 - suffix).text)) {
			suffix++;
		}
		List<int[]> pairs = new ArrayList<>();
		for (int i = 0; i < prefix; i++) {
			pairs.add(new int[] { i, i });
		}
		pairs.addAll(commonSubsequence(old, fresh, prefix, n - suffix, prefix, m - suffix));
		for (int i = suffix; i > 0; i--) {
			pairs.add(new int[] { n - i, m - i });
		}
		pairs = slid(pairs, old, fresh);

		StringBuilder out = new StringBuilder(old.gaps.get(0));
		int i = 0;
		int j = 0;
		for (int p = 0; p <= pairs.size(); p++) {
			int nextI = p < pairs.size() ? pairs.get(p)[0] : n;
			int nextJ = p < pairs.size() ? pairs.get(p)[1] : m;
			// Old tokens i..nextI go, new tokens j..nextJ come, between kept token i-1 and kept nextI.
			hunk(out, old, fresh, i, nextI, j, nextJ, startIndent);
			if (p < pairs.size()) {
				out.append(old.tokens.get(nextI).text);
			}
			i = nextI + 1;
			j = nextJ + 1;
		}
		return out.toString();
	}

	/**
	 * Writes what lies between two kept tokens: the gap before old token i (the first to go, or the
	 * next kept one) up to old token iEnd, with new tokens j..jEnd in place of old ones i..iEnd.
	 */
	private static void hunk(StringBuilder out, Tokens old, Tokens fresh, int i, int iEnd, int j, int jEnd,
			String startIndent) {
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
				String indent = indent(newBefore);
				out.append(before, 0, lineEnd).append(blankLines(newBefore, separator)).append(indent)
						.append(inserted(fresh, j, jEnd, indent)).append(separator).append(before.substring(lineEnd));
			} else {
				out.append(whitespace(newBefore)).append(inserted(fresh, j, jEnd, currentIndent(out, startIndent))).append(before);
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
		out.append(inserted(fresh, j, jEnd, currentIndent(out, startIndent)));
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
	private static String inserted(Tokens fresh, int j, int jEnd, String lineIndent) {
		StringBuilder text = new StringBuilder();
		String indent = lineIndent;
		for (int k = j; k < jEnd; k++) {
			if (k > j) {
				String gap = whitespace(fresh.gaps.get(k));
				text.append(gap);
				if (gap.contains("\n")) {
					indent = indent(gap);
				}
			}
			String token = fresh.tokens.get(k).text;
			text.append(token.startsWith("\"\"\"") ? indentedBlock(token, indent + "\t") : token);
		}
		return text.toString();
	}

	/**
	 * A text block indented one level deeper than its clause, as authors write them: its value is
	 * the same, since a block's common indentation is not part of it, but the converter writes none.
	 */
	private static String indentedBlock(String block, String indent) {
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
	 * The pairs with each run of removed (or of inserted) tokens slid, where equal tokens allow it, to
	 * the place where it starts and ends a line: removing the first of two days that both start with
	 * "day" removes the first day's lines, not the text from its number to the second day's keyword.
	 */
	private static List<int[]> slid(List<int[]> pairs, Tokens old, Tokens fresh) {
		StringBuilder ops = new StringBuilder();
		int i = 0;
		int j = 0;
		for (int[] pair : pairs) {
			ops.append("D".repeat(pair[0] - i)).append("I".repeat(pair[1] - j)).append('K');
			i = pair[0] + 1;
			j = pair[1] + 1;
		}
		ops.append("D".repeat(old.tokens.size() - i)).append("I".repeat(fresh.tokens.size() - j));
		char[] script = ops.toString().toCharArray();
		slide(script, 'D', old);
		slide(script, 'I', fresh);
		List<int[]> result = new ArrayList<>();
		i = 0;
		j = 0;
		for (char op : script) {
			if (op == 'K') {
				result.add(new int[] { i++, j++ });
			} else if (op == 'D') {
				i++;
			} else {
				j++;
			}
		}
		return result;
	}

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
			for (int k = 0; k < pos; k++) {
				if (script[k] == 'K' || script[k] == kind) {
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

	/** Pairs of equal tokens in order, old i0..i1 against new j0..j1 (a longest common subsequence). */
	private static List<int[]> commonSubsequence(Tokens old, Tokens fresh, int i0, int i1, int j0, int j1) {
		int a = i1 - i0;
		int b = j1 - j0;
		List<int[]> pairs = new ArrayList<>();
		if (a == 0 || b == 0) {
			return pairs;
		}
		int[][] length = new int[a + 1][b + 1];
		for (int x = a - 1; x >= 0; x--) {
			for (int y = b - 1; y >= 0; y--) {
				length[x][y] = old.tokens.get(i0 + x).text.equals(fresh.tokens.get(j0 + y).text) ? length[x + 1][y + 1] + 1
						: Math.max(length[x + 1][y], length[x][y + 1]);
			}
		}
		int x = 0;
		int y = 0;
		while (x < a && y < b) {
			if (old.tokens.get(i0 + x).text.equals(fresh.tokens.get(j0 + y).text)) {
				pairs.add(new int[] { i0 + x, j0 + y });
				x++;
				y++;
			} else if (length[x + 1][y] >= length[x][y + 1]) {
				x++;
			} else {
				y++;
			}
		}
		return pairs;
	}

	/** Whether two texts read as the same tokens (their space and comments aside). */
	static boolean sameTokens(Lexer lexer, String a, String b) {
		return texts(tokens(lexer, a)).equals(texts(tokens(lexer, b)));
	}

	/** The tokens' texts, a text block's lines without their indentation (which is no part of its value). */
	private static List<String> texts(Tokens tokens) {
		return tokens.tokens.stream().map(Piece::text)
				.map(text -> text.startsWith("\"\"\"") ? text.replaceAll("(?m)^[ \t]+", "") : text).toList();
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
