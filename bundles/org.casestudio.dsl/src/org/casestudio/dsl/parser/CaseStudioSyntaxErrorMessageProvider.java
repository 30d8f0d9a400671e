package org.casestudio.dsl.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		return new SyntaxErrorMessage(explain(original.getMessage()), original.getIssueCode(),
				original.getIssueData());
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
