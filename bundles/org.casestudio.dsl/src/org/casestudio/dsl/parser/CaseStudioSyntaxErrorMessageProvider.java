package org.casestudio.dsl.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.casestudio.dsl.conversion.ValidIdConverter;
import org.casestudio.dsl.parser.antlr.internal.InternalCaseStudioParser;
import org.casestudio.dsl.validation.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Turns the parser's messages ("mismatched input 'x' expecting 'end'") into sentences that say what
 * is wrong and what to do, for authors who never saw a grammar. The issue code stays the parser's.
 */
public class CaseStudioSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final Pattern MISSING_EOF = Pattern.compile("missing EOF at '(.*)'");
	private static final Pattern EXPECTING_END = Pattern.compile("mismatched input '(.*)' expecting 'end'");
	private static final Pattern UNEXPECTED_EOF = Pattern.compile("mismatched input '<EOF>' expecting (.*)");
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)");
	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)");
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'");
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		RecognitionException e = context.getRecognitionException();
		String badId = badId(e);
		if (badId == null) {
			badId = unreadWord(e);
		}
		String message;
		if (badId == null) {
			message = explain(original.getMessage());
			String spaced = spacedId(e, original.getMessage());
			if (spaced != null) {
				message = NLS.bind(Messages.Syntax_SpacedId, new Object[] { message, spaced, spaced.replace(' ', '_') });
			}
		} else if (suggestion(badId) != null) {
			message = NLS.bind(Messages.Syntax_BadId, new Object[] { badId, Messages.Id_Rule, suggestion(badId) });
		} else {
			message = NLS.bind(Messages.Syntax_NotAnId, badId, Messages.Id_Rule);
		}
		return new SyntaxErrorMessage(message, original.getIssueCode(), original.getIssueData());
	}

	/**
	 * "my group" where a declaration's id and then its title in quotes are expected: the second word
	 * is where the parser stumbles. Null when the error is not a word right after an id on its line.
	 */
	static String spacedId(RecognitionException e, String parserMessage) {
		if (e == null || !(e.input instanceof TokenStream tokens) || e.token == null || e.token.getTokenIndex() < 1
				|| parserMessage == null || !parserMessage.endsWith("expecting RULE_STRING")
				|| !isWord(e.token.getText())) {
			return null;
		}
		int i = e.token.getTokenIndex() - 1;
		StringBuilder between = new StringBuilder();
		while (i > 0 && tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) {
			between.insert(0, tokens.get(i).getText());
			i--;
		}
		Token before = tokens.get(i);
		if (before.getType() != InternalCaseStudioParser.RULE_ID || between.isEmpty() || !between.toString().isBlank()
				|| between.indexOf("\n") >= 0 || between.indexOf("\r") >= 0) {
			return null;
		}
		return before.getText() + " " + e.token.getText();
	}

	private static boolean isWord(String text) {
		return text != null && ValidIdConverter.isName(text);
	}

	/**
	 * The word an author meant as one id when the parser stumbled inside it: tokens written without a
	 * blank between them, one of them an id, that together are not an id nor a dotted reference
	 * ({@code 2nd_group}, {@code coffee-farmers}, {@code mai$}). Null when the error is elsewhere.
	 */
	static String badId(RecognitionException e) {
		if (e == null || !(e.input instanceof TokenStream tokens) || e.token == null || e.token.getTokenIndex() < 0) {
			return null;
		}
		int first = e.token.getTokenIndex();
		int last = first;
		while (first > 0 && adjacent(tokens.get(first - 1), tokens.get(first))) {
			first--;
		}
		while (last + 1 < tokens.size() && adjacent(tokens.get(last), tokens.get(last + 1))) {
			last++;
		}
		StringBuilder word = new StringBuilder();
		boolean hasId = false;
		for (int i = first; i <= last; i++) {
			Token token = tokens.get(i);
			if (token.getType() == InternalCaseStudioParser.RULE_STRING
					|| token.getType() == InternalCaseStudioParser.RULE_TEXT_BLOCK || token.getText() == null) {
				return null;
			}
			hasId |= token.getType() == InternalCaseStudioParser.RULE_ID;
			word.append(token.getText());
		}
		String text = word.toString();
		if (!hasId || first == last || text.isEmpty()) {
			return null;
		}
		for (String segment : text.split("\\.", -1)) {
			if (!ValidIdConverter.isName(segment.startsWith("^") ? segment.substring(1) : segment)) {
				return text;
			}
		}
		return null;
	}

	/**
	 * The word around a letter the lexer could not read, which the parser then stumbles on: a letter of
	 * a script ids do not take (Arabic, Devanagari...). Null for any other input.
	 */
	static String unreadWord(RecognitionException e) {
		if (e == null || !(e.token instanceof CommonToken token) || token.getText() == null
				|| token.getText().isEmpty()) {
			return null;
		}
		char letter = token.getText().charAt(0);
		if (!Character.isLetter(letter) || ValidIdConverter.isNamePart(letter)) {
			return null;
		}
		CharStream chars = token.getInputStream();
		if (chars == null || token.getStartIndex() < 0 || token.getStartIndex() >= chars.size()) {
			return token.getText();
		}
		int first = token.getStartIndex();
		int last = first;
		while (first > 0 && inWord(charAt(chars, first - 1))) {
			first--;
		}
		while (last + 1 < chars.size() && inWord(charAt(chars, last + 1))) {
			last++;
		}
		return chars.substring(first, last);
	}

	private static char charAt(CharStream chars, int index) {
		return chars.substring(index, index).charAt(0);
	}

	private static boolean inWord(char c) {
		int type = Character.getType(c);
		return Character.isLetterOrDigit(c) || c == '_' || type == Character.NON_SPACING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	/** Two tokens of the same word: visible, one right after the other, with nothing between. */
	private static boolean adjacent(Token before, Token after) {
		return before.getChannel() == Token.DEFAULT_CHANNEL && after.getChannel() == Token.DEFAULT_CHANNEL
				&& before.getType() != Token.EOF && after.getType() != Token.EOF
				&& before instanceof CommonToken b && after instanceof CommonToken a
				&& b.getStopIndex() + 1 == a.getStartIndex();
	}

	/**
	 * The bad id made into one: what an id cannot hold becomes _, and a leading digit gets one before it.
	 * Null when no letter of it would be left.
	 */
	private static String suggestion(String badId) {
		String name = ValidIdConverter.nameLike(badId);
		if (name.chars().noneMatch(c -> c != '_' && ValidIdConverter.isNameStart((char) c))) {
			return null;
		}
		return ValidIdConverter.isNameStart(name.charAt(0)) ? name : "_" + name;
	}

	/** The explained message, or the parser's own where no explanation fits. */
	static String explain(String message) {
		if (message == null) {
			return Messages.Syntax_Unknown;
		}
		Matcher m;
		if ((m = MISSING_EOF.matcher(message)).matches()) {
			return NLS.bind(Messages.Syntax_NotADeclaration, shorten(m.group(1)));
		} else if ((m = UNEXPECTED_EOF.matcher(message)).matches()) {
			return NLS.bind(Messages.Syntax_UnexpectedEnd, readable(m.group(1)));
		} else if ((m = EXPECTING_END.matcher(message)).matches()) {
			return NLS.bind(Messages.Syntax_ExpectingEnd, shorten(m.group(1)));
		} else if ((m = EXTRANEOUS.matcher(message)).matches() || (m = MISMATCHED.matcher(message)).matches()) {
			return NLS.bind(Messages.Syntax_Unexpected, shorten(m.group(1)), readable(m.group(2)));
		} else if ((m = NO_VIABLE.matcher(message)).matches()) {
			return NLS.bind(Messages.Syntax_NotUnderstood, shorten(m.group(1)));
		} else if ((m = MISSING.matcher(message)).matches()) {
			return NLS.bind(Messages.Syntax_Missing, readable(m.group(1)), shorten(m.group(2)));
		}
		return message;
	}

	/** RULE_STRING becomes "a text in quotes" and so on; keywords stay quoted. */
	private static String readable(String expected) {
		return switch (expected) {
		case "RULE_STRING" -> Messages.Syntax_AString;
		case "RULE_ID" -> Messages.Syntax_AnId;
		case "RULE_INT" -> Messages.Syntax_ANumber;
		case "RULE_DATE" -> Messages.Syntax_ADate;
		case "RULE_TEXT_BLOCK" -> Messages.Syntax_AText;
		default -> expected;
		};
	}

	/** Long inputs (a whole text block) would drown the message. */
	private static String shorten(String input) {
		String oneLine = input.replaceAll("\\s+", " ");
		return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
	}
}
