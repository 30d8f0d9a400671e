package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.function.Consumer;

import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.Claim;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Source;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * What a source is cited for, changed as the forms change it (a fact chosen, its value typed, a
 * fact taken away): the text changes only in the source's {@code for} clause, every comment stays
 * where it was, and the inverse edits give the bytes back.
 */
class ModelEditsCitationsTest {

	private static final ModelEdits EDITS = LanguageServices.INJECTOR.getInstance(ModelEdits.class);
	private static final URI FILE = URI.createFileURI("/nowhere/citations/route.route");

	private static final String ROUTE = """
			// A route whose facts come from an announcement.
			route announced "Announced route"
				theme "Coffee"
				source "Route announcement" by "PROCASUR" in 2013-02 // the printed flyer
				// the agenda
				day 1 "Arrival"
				end
			end
			""";

	private static String applied(String text, Consumer<EObject> change) {
		ModelEdits.Result result = EDITS.edit(FILE, text, null, change);
		assertNull(result.refusal());
		assertEquals(result.newText(), TextEdit.apply(text, result.edits()));
		assertEquals(text, TextEdit.apply(result.newText(), result.inverse(text)));
		return result.newText();
	}

	private static Source source(EObject root) {
		return ((LearningRoute) ((Document) root).getDeclarations().get(0)).getSources().get(0);
	}

	private static Claim claim(String fact) {
		Claim claim = CaseStudioFactory.eINSTANCE.createClaim();
		claim.setFact(fact);
		return claim;
	}

	@Test
	void aFirstFactIsWrittenInTheSourcesClauseAndTheCommentsStay() {
		String after = applied(ROUTE, root -> source(root).getClaims().add(claim("dates")));

		// On a line of its own after the source's comment, as the formatter lays the clause out.
		assertEquals(ROUTE.replace("// the printed flyer\n", "// the printed flyer\n\t\tfor dates\n"), after);
	}

	@Test
	void aSecondFactAndAValueGoAfterTheFirst() {
		String cited = ROUTE.replace("in 2013-02 //", "in 2013-02 for dates //");

		String after = applied(cited, root -> {
			Claim women = claim("women");
			women.setNumber(new BigDecimal("18"));
			source(root).getClaims().add(women);
		});

		assertEquals(cited.replace("for dates //", "for dates, women 18 //"), after);
		String valued = applied(after, root -> source(root).getClaims().get(0).setText("February 2013"));
		assertEquals(after.replace("for dates, women 18", "for dates \"February 2013\", women 18"), valued);
	}

	@Test
	void theLastFactTakenAwayTakesTheClauseWithIt() {
		String cited = ROUTE.replace("in 2013-02 //", "in 2013-02 for dates //");

		String after = applied(cited, root -> source(root).getClaims().remove(0));

		// Only the clause goes; the comments stay, byte for byte. (A blank where it stood may stay.)
		assertEquals(ROUTE.replace(" ", ""), after.replace(" ", ""));
		assertEquals(ROUTE.lines().filter(l -> !l.contains("source")).toList(),
				after.lines().filter(l -> !l.contains("source")).toList());
		assertEquals(0, source(LanguageServices.INJECTOR.getInstance(org.eclipse.xtext.parser.IParser.class)
				.parse(new java.io.StringReader(after)).getRootASTElement()).getClaims().size());
	}
}
