package org.casestudio.help;

/**
 * Where the help of a rule is: its F1 context and its page, both generated from the rule texts
 * (generator/HelpPages.java) under the same name, the rule's code.
 */
public final class RuleHelp {

	public static final String BUNDLE = "org.casestudio.help";
	/** Xtext's own codes for text that does not follow the grammar; the command line reports them as this. */
	static final String XTEXT_DIAGNOSTIC_PREFIX = "org.eclipse.xtext.diagnostics.Diagnostic";
	/** The code that the command line gives to syntax errors (FileProblems.SYNTAX). */
	static final String SYNTAX = "casestudio.syntax";

	private RuleHelp() {
	}

	/** The full id of the F1 context of a rule: the code with '_' for '.', as contexts ids allow no dot. */
	public static String contextId(String code) {
		return BUNDLE + "." + code.replace('.', '_');
	}

	/** The help system's address of the page of a rule. */
	public static String page(String code) {
		return "/" + BUNDLE + "/gen/rules/" + code + ".html";
	}

	/** The rule a marker's code stands for: Xtext's syntax diagnostics are the syntax rule. */
	public static String rule(String markerCode) {
		if (markerCode == null || markerCode.startsWith(XTEXT_DIAGNOSTIC_PREFIX)) {
			return SYNTAX;
		}
		return markerCode;
	}
}
