package org.casestudio.dsl.formatting2;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casestudio.dsl.services.CaseStudioGrammarAccess;
import org.casestudio.model.CaseStudioPackage;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.UnorderedGroup;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The keywords that open a clause of a block, read from the grammar so that a clause added to the
 * language is laid out on a line of its own without a second list to keep in step. A clause is a
 * group of the rule's body that begins with a keyword ({@code ('households' households=Count)?},
 * {@code 'lesson' lessons+=Text}); keywords inside a clause ({@code 'ethnic' 'group'}, the {@code ,}
 * of a list) and the keywords of the heading and {@code end}, which stand outside any group, are not.
 */
@Singleton
public class ClauseKeywords {

	private final Set<String> blockClauses;
	private final Set<String> sessionClauses;
	private final Set<String> sourceClauses;

	@Inject
	public ClauseKeywords(CaseStudioGrammarAccess grammar) {
		Set<String> blocks = new HashSet<>();
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			EClassifier type = rule.getType().getClassifier();
			if (type != CaseStudioPackage.Literals.SESSION && type != CaseStudioPackage.Literals.SOURCE
					&& CaseStudioFormatter.HEADING_END.containsKey(type)) {
				collect(rule.getAlternatives(), blocks);
			}
		}
		blockClauses = Set.copyOf(blocks);
		// A session is a line of the agenda: only the clauses that hold a text of their own go below it.
		var session = grammar.getSessionAccess();
		sessionClauses = Set.of(session.getNotesKeyword_3_5_0().getValue(), session.getOutputKeyword_4_0().getValue());
		// A source is a line of a bibliography: its notes and the facts it is cited for go below it.
		var source = grammar.getSourceAccess();
		sourceClauses = Set.of(source.getNotesKeyword_3_3_0().getValue(), source.getForKeyword_4_0().getValue());
	}

	/** The clause keywords of the elements with a heading line (see the formatter's HEADING_END). */
	public Set<String> ofBlocks() {
		return blockClauses;
	}

	/** The clause keywords of a session. */
	public Set<String> ofSessions() {
		return sessionClauses;
	}

	/** The clause keywords of a source. */
	public Set<String> ofSources() {
		return sourceClauses;
	}

	private static void collect(AbstractElement body, Set<String> into) {
		Collection<AbstractElement> parts = body instanceof Group group ? group.getElements() : List.of(body);
		for (AbstractElement part : parts) {
			clauseStarts(part, into);
		}
	}

	/** The first keyword of a group, or of each group of an unordered group or of alternatives. */
	private static void clauseStarts(AbstractElement element, Set<String> into) {
		if (element instanceof Group group) {
			AbstractElement first = group.getElements().get(0);
			// A flag set by its keywords ("partners not documented") opens a clause like any keyword.
			if (first instanceof Assignment flag && flag.getTerminal() instanceof Keyword) {
				first = flag.getTerminal();
			}
			if (first instanceof Keyword keyword && Character.isLetter(keyword.getValue().charAt(0))) {
				into.add(keyword.getValue());
			}
		} else if (element instanceof UnorderedGroup unordered) {
			unordered.getElements().forEach(part -> clauseStarts(part, into));
		} else if (element instanceof Alternatives alternatives) {
			alternatives.getElements().forEach(part -> clauseStarts(part, into));
		}
	}
}
