package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.casestudio.model.Actor;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** What authors write reads the way they mean it: any script, comments anywhere, everyday ids. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class ParsingTest {

	@Inject
	private ParseHelper<Document> parser;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private XtextResourceSet resourceSet;

	@Test
	void everydayWordsServeAsIds() throws Exception {
		Document actors = parser.parse("ngo women \"Women's union\" end\n", URI.createURI("a.actors"), resourceSet);
		Document cases = parser.parse("""
				case market "A market"
					host women
					question type "Which type of agreement?"
					lesson "L"
				end
				""", URI.createURI("b.case"), resourceSet);
		validation.assertNoErrors(actors);
		validation.assertNoErrors(cases);
		CaseStudy caseStudy = (CaseStudy) cases.getDeclarations().get(0);
		assertEquals("market", caseStudy.getName());
		assertEquals("type", caseStudy.getQuestions().get(0).getName());
		assertEquals(actors.getDeclarations().get(0), caseStudy.getHost());
	}

	@Test
	void reservedWordsCanBeEscaped() throws Exception {
		Document actors = parser.parse("ngo ^end \"The End NGO\" end\n", URI.createURI("c.actors"), resourceSet);
		validation.assertNoErrors(actors);
		assertEquals("end", actors.getDeclarations().get(0).getName());
	}

	@Test
	void laoAndAccentedTextIsKept() throws Exception {
		Document model = parser.parse("""
				// ກຸ່ມຜູ້ຜະລິດ — commentaire en français
				producers khmu "ກຸ່ມຜູ້ຜະລິດກາເຟ"
					/* ethnie */ ethnic group "Alak"
					about \"""
						Café biologique, producción orgánica,
						ກາເຟອິນຊີ.
						\"""
				end
				""", URI.createURI("d.actors"), resourceSet);
		validation.assertNoErrors(model);
		Actor actor = (Actor) model.getDeclarations().get(0);
		assertEquals("ກຸ່ມຜູ້ຜະລິດກາເຟ", actor.getTitle());
		assertEquals(List.of("Café biologique, producción orgánica,", "ກາເຟອິນຊີ."),
				List.of(actor.getDescription().split("\n")));
	}
}
