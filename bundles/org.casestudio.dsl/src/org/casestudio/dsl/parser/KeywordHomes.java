package org.casestudio.dsl.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.EcoreUtil2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Where each keyword of the language may be written, read from the grammar: the elements (parser
 * rules) whose clauses use it, and for a keyword that opens an element of its own (
 * {@code source}, {@code partner}) the elements that hold that one. A syntax message can then say
 * where a misplaced clause belongs, and stays true when the grammar grows, with no second list of
 * keywords to keep in step.
 */
@Singleton
public class KeywordHomes {

	/** How a misplaced keyword relates to the element it was written in. */
	public sealed interface Home {
	}

	/**
	 * The keyword is a clause of a part the element holds, and that part's opening keyword is missing:
	 * {@code country} in an actor belongs after {@code in}.
	 */
	public record MissingOpener(String opener) implements Home {
	}

	/** The keyword belongs in other elements (described for the author), not in this one. */
	public record Elsewhere(List<String> elements) implements Home {
	}

	private final Map<String, Set<ParserRule>> rulesUsing = new LinkedHashMap<>();
	private final Map<ParserRule, Set<ParserRule>> callers = new LinkedHashMap<>();
	private final Set<ParserRule> elementRules = new LinkedHashSet<>();

	@Inject
	public KeywordHomes(IGrammarAccess grammarAccess) {
		Grammar grammar = grammarAccess.getGrammar();
		for (ParserRule rule : GrammarUtil.allParserRules(grammar)) {
			if (GrammarUtil.isDatatypeRule(rule)) {
				continue;
			}
			elementRules.add(rule);
			for (Keyword keyword : EcoreUtil2.getAllContentsOfType(rule.getAlternatives(), Keyword.class)) {
				if (isWord(keyword.getValue())) {
					rulesUsing.computeIfAbsent(keyword.getValue(), k -> new LinkedHashSet<>()).add(rule);
				}
			}
			for (RuleCall call : EcoreUtil2.getAllContentsOfType(rule.getAlternatives(), RuleCall.class)) {
				if (call.getRule() instanceof ParserRule called && !GrammarUtil.isDatatypeRule(called)) {
					callers.computeIfAbsent(called, k -> new LinkedHashSet<>()).add(rule);
				}
			}
		}
	}

	/**
	 * Where {@code keyword}, written in an element of {@code current} where the parser did not accept
	 * it, belongs; null when the grammar gives no better advice (an unknown word, a keyword of this
	 * very element in the wrong place or written twice, or an element that belongs at the top of the
	 * file, where an {@code end} is missing above rather than a clause misplaced).
	 */
	public Home homeOf(String keyword, AbstractRule current) {
		Set<ParserRule> using = rulesUsing.get(keyword);
		if (using == null || !(current instanceof ParserRule rule) || !elementRules.contains(rule)
				|| using.contains(rule)) {
			return null;
		}
		for (ParserRule part : using) {
			String opener = opener(part);
			if (opener != null && !opener.equals(keyword) && calls(rule, part) && restIsOptional(part)) {
				return new MissingOpener(opener);
			}
		}
		Set<ParserRule> places = new LinkedHashSet<>();
		for (ParserRule part : using) {
			if (firstKeywords(part).contains(keyword)) {
				places.addAll(holders(part, new HashSet<>()));
			} else {
				places.add(part);
			}
		}
		if (places.isEmpty() || places.contains(rule) || places.stream().anyMatch(this::isFile)) {
			return null;
		}
		return new Elsewhere(places.stream().map(this::describe).toList());
	}

	/** The element a parser rule stands for, for an author: "a case study (case … end)". */
	public String describe(ParserRule rule) {
		String noun = noun(rule);
		List<String> openers = new ArrayList<>(firstKeywords(rule));
		// "route … end", or for an element opened by one of many words "opening, panel, …".
		String shown = openers.size() <= 2 ? String.join(", ", openers) + " \u2026"
				: openers.get(0) + ", " + openers.get(1) + ", \u2026";
		boolean closed = GrammarUtil.containedKeywords(rule).stream().anyMatch(k -> "end".equals(k.getValue()));
		String form = openers.isEmpty() ? "" : " (" + shown + (closed ? " end" : "") + ")";
		return article(noun) + " " + noun + form;
	}

	/** Whether the rule reads an element of its own: not a data type, nor a rule that only forwards to others. */
	public boolean isElement(AbstractRule rule) {
		return rule instanceof ParserRule parser && elementRules.contains(parser) && !forwards(parser);
	}

	/** Rules that hold elements of {@code rule}, through rules that only forward ({@code Declaration}). */
	private Set<ParserRule> holders(ParserRule rule, Set<ParserRule> seen) {
		Set<ParserRule> result = new LinkedHashSet<>();
		if (!seen.add(rule)) {
			return result;
		}
		for (ParserRule caller : callers.getOrDefault(rule, Set.of())) {
			if (forwards(caller)) {
				result.addAll(holders(caller, seen));
			} else {
				result.add(caller);
			}
		}
		return result;
	}

	/** The file's own rule: no rule calls it. */
	private boolean isFile(ParserRule rule) {
		return !callers.containsKey(rule);
	}

	/** A rule that is only a choice among other rules ({@code Declaration: LearningRoute | CaseStudy | Actor}). */
	private static boolean forwards(ParserRule rule) {
		AbstractElement body = rule.getAlternatives();
		List<AbstractElement> choices = body instanceof Alternatives alternatives ? alternatives.getElements()
				: List.of(body);
		return choices.stream().allMatch(choice -> choice instanceof RuleCall call && call.getRule() instanceof ParserRule);
	}

	private boolean calls(ParserRule caller, ParserRule called) {
		return callers.getOrDefault(called, Set.of()).contains(caller);
	}

	/** The single keyword a rule opens with ('in' for a place), or null. */
	private static String opener(ParserRule rule) {
		Set<String> first = firstKeywords(rule);
		return first.size() == 1 ? first.iterator().next() : null;
	}

	/** After its opening keyword the rule holds only optional clauses, as {@code in village "…" country "…"}. */
	private static boolean restIsOptional(ParserRule rule) {
		if (!(rule.getAlternatives() instanceof Group group)) {
			return false;
		}
		boolean openerSeen = false;
		for (AbstractElement element : group.getElements()) {
			if (element instanceof Action) {
				continue;
			}
			if (!openerSeen) {
				if (!(element instanceof Keyword)) {
					return false;
				}
				openerSeen = true;
			} else if (!optional(element)) {
				return false;
			}
		}
		return openerSeen;
	}

	private static boolean optional(AbstractElement element) {
		String cardinality = element.getCardinality();
		if ("?".equals(cardinality) || "*".equals(cardinality)) {
			return true;
		}
		return element instanceof UnorderedGroup unordered && unordered.getElements().stream().allMatch(KeywordHomes::optional);
	}

	/** The keywords an element of the rule can start with. */
	static Set<String> firstKeywords(ParserRule rule) {
		Set<String> into = new LinkedHashSet<>();
		first(rule.getAlternatives(), into, new HashSet<>());
		return into;
	}

	/** Adds the keywords {@code element} can start with; true when it can also be empty. */
	private static boolean first(AbstractElement element, Set<String> into, Set<EObject> seen) {
		boolean mayBeEmpty = "?".equals(element.getCardinality()) || "*".equals(element.getCardinality());
		if (element instanceof Keyword keyword) {
			into.add(keyword.getValue());
			return mayBeEmpty;
		} else if (element instanceof Action) {
			return true;
		} else if (element instanceof Assignment assignment) {
			return first(assignment.getTerminal(), into, seen) || mayBeEmpty;
		} else if (element instanceof Alternatives alternatives) {
			boolean empty = false;
			for (AbstractElement choice : alternatives.getElements()) {
				empty |= first(choice, into, seen);
			}
			return empty || mayBeEmpty;
		} else if (element instanceof Group group) {
			for (AbstractElement part : group.getElements()) {
				if (!first(part, into, seen)) {
					return mayBeEmpty;
				}
			}
			return true;
		} else if (element instanceof RuleCall call && seen.add(call.getRule())) {
			if (call.getRule() instanceof EnumRule enumRule) {
				for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(enumRule.getAlternatives(),
						EnumLiteralDeclaration.class)) {
					into.add(literal.getLiteral().getValue());
				}
				return mayBeEmpty;
			} else if (call.getRule() instanceof ParserRule parser && !GrammarUtil.isDatatypeRule(parser)) {
				return first(parser.getAlternatives(), into, seen) || mayBeEmpty;
			}
		}
		return mayBeEmpty;
	}

	/** "CaseStudy" becomes "case study": the model's own name of the element. */
	private static String noun(ParserRule rule) {
		String name = rule.getType() != null && rule.getType().getClassifier() != null
				? rule.getType().getClassifier().getName()
				: rule.getName();
		return name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
	}

	private static String article(String noun) {
		return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
	}

	private static boolean isWord(String keyword) {
		return !keyword.isEmpty() && Character.isLetter(keyword.charAt(0));
	}
}
