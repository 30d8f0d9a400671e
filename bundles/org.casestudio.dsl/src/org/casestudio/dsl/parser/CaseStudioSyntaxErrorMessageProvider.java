package org.casestudio.dsl.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.casestudio.dsl.conversion.ValidIdConverter;
import org.casestudio.dsl.parser.antlr.internal.InternalCaseStudioLexer;
import org.casestudio.dsl.parser.antlr.internal.InternalCaseStudioParser;
import org.casestudio.dsl.validation.Messages;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

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

	private static final Pattern UNCLOSED = Pattern.compile("mismatched character '<EOF>' expecting '(\"+)'");

	private static final String TEXT_BLOCK_QUOTES = "\"\"\"";

	@Inject
	private KeywordHomes homes;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		RecognitionException e = context.getRecognitionException();
		String unclosed = e == null ? unclosed(context) : null;
		if (unclosed != null) {
			return new SyntaxErrorMessage(unclosed, original.getIssueCode(), original.getIssueData());
		}
		String badId = badId(e);
		if (badId == null) {
			badId = unreadWord(e);
		}
		String misplaced = badId == null && e != null ? misplaced(context) : null;
		String message;
		if (misplaced != null) {
			message = misplaced;
		} else if (badId == null) {
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
	 * A keyword the grammar accepts elsewhere: says where it belongs, or which opening keyword is
	 * missing before it ({@code country} in an actor without {@code in}). Null for any other error.
	 */
	private String misplaced(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		String[] names = context.getTokenNames();
		if (e.token == null || e.token.getText() == null || names == null || e.token.getType() < 0
				|| e.token.getType() >= names.length || !("'" + e.token.getText() + "'").equals(names[e.token.getType()])) {
			return null;
		}
		AbstractRule current = currentElement(context.getCurrentNode());
		KeywordHomes.Home home = current == null ? null : homes.homeOf(e.token.getText(), current);
		if (home instanceof KeywordHomes.MissingOpener missing) {
			return NLS.bind(Messages.Syntax_MissingOpener, e.token.getText(), missing.opener());
		} else if (home instanceof KeywordHomes.Elsewhere elsewhere) {
			return NLS.bind(Messages.Syntax_BelongsElsewhere, new Object[] { e.token.getText(),
					homes.describe((ParserRule) current), String.join(Messages.Syntax_Or, elsewhere.elements()) });
		}
		return null;
	}

	/** The rule of the element being read when the parser stopped: the nearest enclosing element rule. */
	private AbstractRule currentElement(INode node) {
		for (INode n = node; n != null; n = n.getParent()) {
			EObject grammarElement = n.getGrammarElement();
			AbstractRule rule = grammarElement instanceof RuleCall call ? call.getRule()
					: grammarElement instanceof AbstractRule r ? r : null;
			if (rule != null && homes.isElement(rule)) {
				return rule;
			}
		}
		return null;
	}

	/**
	 * A text in quotes or a text block that runs to the end of the file: says so, and where it starts.
	 * Null for any other lexer error.
	 */
	static String unclosed(IParserErrorContext context) {
		String message = context.getDefaultMessage();
		Matcher m = message == null ? null : UNCLOSED.matcher(message);
		if (m == null || !m.matches()) {
			return null;
		}
		INode root = context.getCurrentNode() == null ? null : context.getCurrentNode().getRootNode();
		String content = root == null ? null : root.getText();
		Unclosed unclosed = content == null ? null : findUnclosed(content);
		if (unclosed == null) {
			return NLS.bind(Messages.Syntax_NotClosedSomewhere, m.group(1));
		}
		int start = unclosed.start();
		String quotes = content.startsWith(TEXT_BLOCK_QUOTES, start) ? TEXT_BLOCK_QUOTES : "\"";
		String opening = content.substring(start, Math.min(content.length(), start + 60));
		String text = NLS.bind(quotes.length() == 1 ? Messages.Syntax_StringNotClosed : Messages.Syntax_TextBlockNotClosed,
				new Object[] { lineOf(content, start), shorten(opening.strip()), quotes });
		// "C:\" ends with an escaped quote, not a closing one: the commonest way to leave a text open.
		int lineEnd = content.indexOf('\n', start);
		if (quotes.length() == 1 && content.substring(start, lineEnd < 0 ? content.length() : lineEnd).contains("\\\"")) {
			text = text + " " + Messages.Syntax_EscapedQuote;
		}
		// A quote missing higher up pairs the quotes that follow the wrong way round, and the text left
		// open is only the last one: a text in quotes over several lines is the likelier culprit.
		if (unclosed.spanning() != null) {
			CommonToken spanning = unclosed.spanning();
			int lines = (int) spanning.getText().chars().filter(c -> c == '\n').count() + 1;
			text = text + " " + NLS.bind(Messages.Syntax_SpanningString, new Object[] {
					lineOf(content, spanning.getStartIndex()), lines, shorten(spanning.getText().strip()) });
		}
		return text;
	}

	/**
	 * The file read again by the language's own lexer (the parser's error context does not hold the
	 * bad token): where the text that runs to the end of the file starts (the unreadable token that
	 * reaches the end and opens with a quote), and the first text in quotes before it that spans lines.
	 */
	private record Unclosed(int start, CommonToken spanning) {
	}

	private static Unclosed findUnclosed(String content) {
		InternalCaseStudioLexer lexer = new InternalCaseStudioLexer(new ANTLRStringStream(content));
		CommonToken spanning = null;
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			if (!(token instanceof CommonToken common)) {
				continue;
			}
			if (token.getType() == Token.INVALID_TOKEN_TYPE && common.getStopIndex() >= content.length() - 1
					&& content.startsWith("\"", common.getStartIndex())) {
				return new Unclosed(common.getStartIndex(), spanning);
			}
			if (spanning == null && token.getType() == InternalCaseStudioLexer.RULE_STRING
					&& token.getText().indexOf('\n') >= 0) {
				spanning = common;
			}
		}
		return null;
	}

	private static int lineOf(String content, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (content.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
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
