package org.casestudio.dsl.tests;

import static org.casestudio.dsl.tests.LanguageServices.read;
import static org.casestudio.dsl.tests.LanguageServices.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Declarations;
import org.casestudio.dsl.ide.services.Place;
import org.casestudio.model.Actor;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Declaration;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** What the cursor points at, where that is declared and what a hover says about it. */
class DeclarationsTest {

	private final Path actors = Fixtures.attapeu().resolve("actors.actors");
	private final Path asparagus = Fixtures.attapeu().resolve("cases/asparagus.case");

	@Test
	void aReferenceLeadsToTheDeclarationInAnotherFile() throws Exception {
		String text = read(asparagus);
		ModelSession session = session(asparagus, text);
		int offset = text.indexOf("to swift") + "to sw".length();
		EObject target = session.read(resource -> Declarations.referencedAt(resource, offset));
		assertTrue(target instanceof Actor actor && actor.getName().equals("swift"), String.valueOf(target));
		Place place = session.read(resource -> Declarations.placeOf(target));
		assertEquals("actors.actors", place.uri().lastSegment());
		assertEquals(48, place.line());
		String declaring = read(actors);
		assertEquals(declaring.indexOf("trader swift") + "trader ".length(), place.offset());
		assertEquals("swift", declaring.substring(place.offset(), place.offset() + place.length()));

		Declarations.Link link = session.read(resource -> Declarations.linkAt(resource, offset));
		assertEquals("swift", text.substring(link.offset(), link.offset() + link.length()));
		assertEquals(place, link.target());
		assertEquals(text.indexOf("to swift") + "to ".length(), link.offset());
	}

	@Test
	void theHoverDescribesWhatTheIdRefersTo() throws Exception {
		String text = read(asparagus);
		ModelSession session = session(asparagus, text);
		String swift = session.read(resource -> Declarations.hoverAt(resource, text.indexOf("to swift") + 4));
		assertEquals("<b>SWIFT Co. Ltd</b><br>trader <code>swift</code><br><i>declared in actors.actors, line 48</i>",
				swift);
		String group = session.read(resource -> Declarations.hoverAt(resource, text.indexOf("host asparagus_group") + 6));
		assertTrue(group.startsWith("<b>Organic Asparagus Producers\u2019 Group</b><br>producers <code>asparagus_group</code>"
				+ "<br>Darkhied, Sansai, Attapeu, Lao PDR<br>Alak, 21 households"), group);
	}

	@Test
	void aHoverEscapesMarkup() throws Exception {
		String text = read(actors).replace("trader swift \"SWIFT Co. Ltd\"", "trader swift \"SWIFT <Co.> & Ltd\"");
		ModelSession session = session(actors, text);
		String hover = session.read(resource -> Declarations.describe(Declarations.elementAt(resource,
				text.indexOf("trader swift") + "trader ".length())));
		assertTrue(hover.startsWith("<b>SWIFT &lt;Co.&gt; &amp; Ltd</b>"), hover);
	}

	@Test
	void noReferenceMeansNoLinkAndNoHover() throws Exception {
		String text = read(asparagus);
		ModelSession session = session(asparagus, text);
		int inTitle = text.indexOf("Organic Asparagus Producers");
		assertNull(session.read(resource -> Declarations.referencedAt(resource, inTitle)));
		assertNull(session.read(resource -> Declarations.linkAt(resource, inTitle)));
		assertNull(session.read(resource -> Declarations.hoverAt(resource, inTitle)));
	}

	@Test
	void theElementAtADeclaredIdIsItsDeclaration() throws Exception {
		String text = read(asparagus);
		ModelSession session = session(asparagus, text);
		int declared = text.indexOf("case asparagus") + "case aspa".length();
		Declaration declaration = session.read(resource -> Declarations.declarationAt(resource, declared));
		assertTrue(declaration instanceof CaseStudy caseStudy && caseStudy.getName().equals("asparagus"));
		assertSame(declaration, session.read(resource -> Declarations.elementAt(resource, declared)));
		// A reference leads to what it refers to, in its own file.
		Declaration referred = session.read(resource -> Declarations.declarationAt(resource,
				text.indexOf("partner swift") + "partner s".length()));
		assertNotNull(referred);
		assertEquals("actors.actors", referred.eResource().getURI().lastSegment());
		assertEquals(3, session.read(resource -> Declarations.placeOf(declaration)).line());
		// Elsewhere in the case (its title, a keyword) there is no id to rename.
		assertNull(session.read(resource -> Declarations.declarationAt(resource, text.indexOf("Organic Asparagus"))));
		assertNull(session.read(resource -> Declarations.declarationAt(resource, text.indexOf("\tsummary") + 2)));
	}
}
