package org.casestudio.dsl.tests;

import static org.casestudio.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.ide.editor.ContentAssist;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.model.Actor;
import org.casestudio.model.AgreementType;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Claim;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.PartialDate;
import org.casestudio.model.Partnership;
import org.casestudio.model.Source;
import org.casestudio.model.problems.Problem;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * What real routes need to say: participants and their origins, logistics, the reflection's name,
 * photos, coordinates, sources with partial dates, actor authors and disagreeing values, and
 * partnerships whose partners are not documented. The fixture {@code good/womens-eyes} is shaped
 * like the second Lao edition, 6-10 May 2013: 19 participants of whom 18 women, from five
 * provinces, and two sources that disagree (18 or 20 women).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class RouteFactsTest {

	private static final CaseStudioPackage P = CaseStudioPackage.eINSTANCE;

	private static final String ACTORS = """
			programme prog "A public programme" end
			trader buyer "A private buyer" end
			producers growers "A producer group" end
			""";

	@Inject
	private Injector injector;

	@Inject
	private ParseHelper<Document> parser;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private FormatterTestHelper formatter;

	@Inject
	private ISerializer serializer;

	private XtextResourceSet resourceSet;
	private int files;

	static Path womensEyes() {
		return Fixtures.testData().resolve("good/womens-eyes");
	}

	static List<Path> fixtureFiles() throws Exception {
		try (Stream<Path> walk = Files.walk(womensEyes())) {
			return walk.filter(ModelWorkspace::isModelFile).sorted().toList();
		}
	}

	@BeforeEach
	void loadActors() throws Exception {
		resourceSet = resourceSets.get();
		parse(ACTORS, "actors");
	}

	private Document parse(String text, String extension) throws Exception {
		Document document = parser.parse(text, URI.createURI("tree/file" + files++ + "." + extension), resourceSet);
		assertTrue(document.eResource().getErrors().isEmpty(), () -> document.eResource().getErrors() + "\n" + text);
		return document;
	}

	private Document route(String body) throws Exception {
		return parse("route r \"A route\"\n" + body + "\nend\n", "route");
	}

	private void assertIssue(Document model, EClass eClass, String code) {
		ValidationAssertions.assertIssue(validation, resourceSet, model, eClass, code);
	}

	private void assertNoIssue(Document model, String code) {
		ValidationAssertions.assertNoIssue(validation, model, code);
	}

	private ModelWorkspace loadFixture() {
		return ModelWorkspace.load(injector, List.of(womensEyes()));
	}

	private static Map<String, EObject> declarations(ModelWorkspace workspace) {
		return workspace.resources().keySet().stream()
				.flatMap(r -> ((Document) r.getContents().get(0)).getDeclarations().stream())
				.collect(Collectors.toMap(d -> d.getName(), d -> d));
	}

	// ----------------------------------------------------------------------------------- the fixture route

	@Test
	void theFixtureValidatesWithOnlyTheUndocumentedPartnersWarning() {
		ModelWorkspace workspace = loadFixture();
		List<Problem> findings = workspace.validate(CancelIndicator.NullImpl);
		assertEquals(List.of(), workspace.fileProblems());
		assertEquals(List.of(UNDOCUMENTED_PARTNERS), findings.stream().map(Problem::code).toList(),
				() -> findings.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		assertEquals(3, workspace.checkedFiles().size());
	}

	@Test
	void everyFactOfTheRouteHasItsPlace() {
		ModelWorkspace workspace = loadFixture();
		workspace.validate(CancelIndicator.NullImpl);
		Map<String, EObject> byName = declarations(workspace);
		LearningRoute route = (LearningRoute) byName.get("womens_eyes");

		assertEquals("2013-05-06", route.getStartDate().toString());
		assertEquals("2013-05-10", route.getEndDate().toString());
		assertEquals(2, route.getEdition());
		assertEquals(19, route.getProfile().getParticipants());
		assertEquals(18, route.getProfile().getWomen());
		assertEquals(5, route.getProfile().getProvinces().size());
		assertEquals(List.of("Attapeu", "Sekong"), route.getProvinces());
		assertEquals("River of Learning", route.getReflectionName());
		assertEquals(List.of("Reaching markets far from the villages."), route.getChallenges());
		assertEquals(List.of("Women's own organisation."), route.getSuccessFactors());

		assertEquals("2013-04-15", route.getDeadline().toString());
		assertEquals(new BigDecimal("1500"), route.getCostPerParticipant().getAmount());
		assertEquals("USD", route.getCostPerParticipant().getCurrency());
		assertNull(route.getFee());
		assertEquals(20, route.getPlaces());
		assertEquals("Lao", route.getLanguage());

		// Two sources disagree on the number of women: each says its own value.
		List<Source> sources = route.getSources();
		assertEquals(2, sources.size());
		assertEquals(List.of("18", "20"), sources.stream().flatMap(s -> s.getClaims().stream())
				.filter(c -> c.getFact().equals("women")).map(c -> c.getNumber().toPlainString()).toList());
		assertEquals(new PartialDate(2013, 6, null), sources.get(0).getDate());
		assertEquals(new PartialDate(2013, 5, 20), sources.get(1).getDate());
		assertEquals(2013, sources.get(0).getYear());
		assertEquals("procasur", sources.get(0).getAuthors().get(0).getActor().getName());
		assertEquals("PROCASUR", sources.get(0).getAuthor());
		assertEquals(List.of("dates", "participants", "women"),
				sources.get(0).getClaims().stream().map(Claim::getFact).toList());

		assertEquals(1, route.getPhotos().size());
		assertEquals("The nineteen participants in front of the route bus", route.getPhotos().get(0).getAlt());
		assertEquals("PROCASUR", route.getPhotos().get(0).getCredit());
		assertEquals("photos/day1.png", route.getDays().get(0).getPhotos().get(0).getFile());

		Actor group = (Actor) byName.get("dyes_group");
		assertEquals(new BigDecimal("14.81"), group.getLocation().getLatitude());
		assertEquals(new BigDecimal("106.84"), group.getLocation().getLongitude());
		assertEquals(1, group.getPhotos().size());
		assertEquals(1, group.getSources().size());

		CaseStudy dyes = (CaseStudy) byName.get("dyes");
		Partnership market = dyes.getPartnerships().get(0);
		assertTrue(market.isPartnersUndocumented());
		assertTrue(market.getPartners().isEmpty());
		assertEquals(AgreementType.PARTNERSHIP_AGREEMENT, market.getAgreement());
		assertFalse(market.getSharedInvestment().isBlank());
		Source report = market.getSources().get(0);
		assertEquals("rlip", report.getAuthors().get(0).getActor().getName());
		assertEquals("A. Writer", report.getAuthors().get(1).getName());
		assertEquals("Rural Livelihood Improvement Programme (RLIP), A. Writer", report.getAuthor());
		assertEquals(new PartialDate(2013, null, null), report.getDate());
		assertEquals("Dyeing with indigo in Vang Xai.", dyes.getPhotos().get(0).getCaption());
		for (Resource resource : workspace.resources().keySet()) {
			assertTrue(resource.getErrors().isEmpty(), resource.getURI() + ": " + resource.getErrors());
		}
	}

	// ----------------------------------------------------------------------------------- validation

	@Test
	void undocumentedPartnersAreAWarningInsteadOfTooFewPartners() throws Exception {
		Document undocumented = parse("case c \"A case\"\npartnership p \"A PPP\" type PPP partners not documented end\n"
				+ "lesson \"A lesson\"\nend\n", "case");
		assertIssue(undocumented, P.getPartnership(), UNDOCUMENTED_PARTNERS);
		assertNoIssue(undocumented, TOO_FEW_PARTNERS);
		assertNoIssue(undocumented, INCOMPLETE_PPP);
		Document silent = parse("case c2 \"A case\"\npartnership p \"A PPP\" type PPP end\nlesson \"A lesson\"\nend\n", "case");
		assertIssue(silent, P.getPartnership(), TOO_FEW_PARTNERS);
		assertNoIssue(silent, UNDOCUMENTED_PARTNERS);
		assertTrue(CONFIGURABLE.contains(UNDOCUMENTED_PARTNERS), "the warning can be switched off");
	}

	@Test
	void coordinatesAreWithinRange() throws Exception {
		assertIssue(parse("producers g \"G\" in village \"V\" at 95.1, 106.8 end", "actors"), P.getLocation(),
				INVALID_COORDINATES);
		assertIssue(parse("producers g \"G\" in village \"V\" at 14.8, -181 end", "actors"), P.getLocation(),
				INVALID_COORDINATES);
		assertNoIssue(parse("producers g \"G\" in village \"V\" at -90, 180 end", "actors"), INVALID_COORDINATES);
	}

	@Test
	void photosSayWhatTheyShow() throws Exception {
		assertIssue(parse("case c \"A case\" lesson \"L\" photo \"a.jpg\" caption \"A caption\" end", "case"),
				P.getPhoto(), PHOTO_WITHOUT_ALT);
		assertIssue(parse("case c \"A case\" lesson \"L\" photo \"a.jpg\" alt \" \" end", "case"), P.getPhoto(),
				PHOTO_WITHOUT_ALT);
		assertNoIssue(parse("case c \"A case\" lesson \"L\" photo \"a.jpg\" alt \"A vat of dye\" end", "case"),
				PHOTO_WITHOUT_ALT);
	}

	@Test
	void sourceDatesExist() throws Exception {
		assertIssue(route("source \"S\" in 2013-13"), P.getSource(), INVALID_DATE);
		assertIssue(route("source \"S\" in 2013-02-30"), P.getSource(), INVALID_DATE);
		assertIssue(route("source \"S\" in 1850-02"), P.getSource(), IMPLAUSIBLE_YEAR);
		assertNoIssue(route("source \"S\" in 2012-02-29"), INVALID_DATE);
		assertNoIssue(route("source \"S\" in 2012-12"), INVALID_DATE);
	}

	@Test
	void womenDoNotOutnumberParticipants() throws Exception {
		assertIssue(route("participants 19 women 20"), P.getParticipantProfile(), WOMEN_EXCEED_PARTICIPANTS);
		assertIssue(route("participants -1"), P.getParticipantProfile(), NEGATIVE_COUNT);
		assertNoIssue(route("participants 19 women 18"), WOMEN_EXCEED_PARTICIPANTS);
	}

	@Test
	void logisticsMakeSense() throws Exception {
		assertIssue(route("fee 100 usd"), P.getPrice(), INVALID_CURRENCY);
		assertIssue(route("cost -5 USD per participant"), P.getPrice(), NEGATIVE_COUNT);
		assertIssue(route("places -2"), P.getLearningRoute(), NEGATIVE_COUNT);
		assertIssue(route("from 2013-05-06 to 2013-05-10 deadline 2013-05-08"), P.getLearningRoute(),
				DEADLINE_AFTER_START);
		assertNoIssue(route("from 2013-05-06 to 2013-05-10 deadline 2013-04-15 fee 250 LAK"), DEADLINE_AFTER_START);
	}

	@Test
	void sourcesAreCitedForFactsTheirElementHas() throws Exception {
		assertIssue(route("source \"S\" for wemen 20"), P.getClaim(), UNKNOWN_FACT);
		assertNoIssue(route("source \"S\" for women 20, dates, organiser"), UNKNOWN_FACT);
		assertIssue(parse("producers g \"G\" source \"S\" for dates end", "actors"), P.getClaim(), UNKNOWN_FACT);
		assertNoIssue(parse("producers g2 \"G\" source \"S\" for members 10 end", "actors"), UNKNOWN_FACT);
	}

	// ----------------------------------------------------------------------------------- layout and text

	/** The fixture is written in the formatter's layout, so formatting it changes nothing. */
	@ParameterizedTest
	@MethodSource("fixtureFiles")
	void fixtureFilesAreAFixedPoint(Path file) throws Exception {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertFormatted(text, text);
	}

	@Test
	void laysOutTheNewClauses() {
		String messy = """
				route r "R" country "Lao PDR" participants 19 women 18 from provinces "A", "B" daily reflection "River of Learning" deadline 2013-04-15 fee 100 USD cost 1500 USD per participant places 20 contact "Us" language "Lao" provinces "A",   "B" challenge "C" success factor "F" source "S" by procasur, "A. Writer" in 2013-02 for women 18 photo "a.jpg" alt "A" caption "C" credit "P" end""";
		String expected = """
				route r "R"
					country "Lao PDR"
					participants 19 women 18 from provinces "A", "B"
					daily reflection "River of Learning"
					deadline 2013-04-15
					fee 100 USD
					cost 1500 USD per participant
					places 20
					contact "Us"
					language "Lao"
					provinces "A", "B"
					challenge "C"
					success factor "F"
					source "S" by procasur, "A. Writer" in 2013-02
						for women 18
					photo "a.jpg"
						alt "A"
						caption "C"
						credit "P"
				end
				""";
		assertFormatted(messy, expected);
		assertFormatted(expected, expected);
	}

	private void assertFormatted(String input, String expected) {
		formatter.assertFormatted(request -> {
			request.preferences(p -> p.put(FormatterPreferenceKeys.lineSeparator, "\n"));
			request.setToBeFormatted(input);
			request.setExpectation(expected);
		});
	}

	/** A form editor's model, without any text, is written back to text that reads as the same model. */
	@Test
	void theBareModelSerializesToAnEqualModel() throws Exception {
		XtextResourceSet set = resourceSets.get();
		for (Path file : fixtureFiles()) {
			Resource resource = set.createResource(URI.createFileURI(file.toString()));
			resource.load(new ByteArrayInputStream(Files.readAllBytes(file)), Map.of());
		}
		EcoreUtil.resolveAll(set);
		for (Path file : fixtureFiles()) {
			Document original = (Document) set.getResource(URI.createFileURI(file.toString()), false).getContents().get(0);
			Document copy = EcoreUtil.copy(original);
			XtextResource bare = (XtextResource) set.createResource(URI.createURI("bare/" + file.getFileName()));
			bare.getContents().add(copy);
			String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
			Resource reparsed = set.createResource(URI.createURI("reparsed/" + file.getFileName()));
			reparsed.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
			assertTrue(reparsed.getErrors().isEmpty(), () -> reparsed.getErrors() + "\n" + text);
			EcoreUtil.resolveAll(reparsed);
			assertTrue(EcoreUtil.equals(original, reparsed.getContents().get(0)), () -> "models differ:\n" + text);
		}
	}

	@Test
	void contentAssistProposesTheNewClauses(@TempDir Path temp) throws Exception {
		Path file = womensEyes().resolve("womens-eyes.route");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		// After the route's lines in any order, the lines of the body: sources, photos, challenges...
		int offset = text.indexOf("\tfunded by");
		ModelSession session = ModelSession.open(LanguageServices.INJECTOR, file, text);
		List<String> proposals = ContentAssist.proposals(session, text, offset).stream()
				.map(ContentAssistEntry::getProposal).toList();
		assertTrue(proposals.containsAll(List.of("funded", "challenge", "success", "source", "photo")),
				proposals::toString);

		String plain = text.replace("\tparticipants 19 women 18 from provinces \"Attapeu\", \"Champasak\", \"Salavan\", \"Sekong\", \"Savannakhet\"\n", "")
				.replace("\tdaily reflection \"River of Learning\"\n", "").replace("\tdeadline 2013-04-15\n", "")
				.replace("\tcost 1500 USD per participant\n", "").replace("\tplaces 20\n", "")
				.replace("\tcontact \"The route's organisers\"\n", "").replace("\tlanguage \"Lao\"\n", "");
		// A route of its own that has none of the new lines yet, read from disk as an editor opens it.
		Path copy = Files.createDirectories(temp.resolve("plain")).resolve("plain.route");
		Files.writeString(copy, plain.replace("route womens_eyes", "route plain"), StandardCharsets.UTF_8);
		for (Path other : fixtureFiles()) {
			if (!other.getFileName().toString().endsWith(".route")) {
				Files.copy(other, copy.resolveSibling(other.getFileName()));
			}
		}
		String plainText = Files.readString(copy, StandardCharsets.UTF_8);
		int after = plainText.indexOf("\tprovinces");
		ModelSession bare = ModelSession.open(LanguageServices.INJECTOR, copy, plainText);
		List<String> clauses = ContentAssist.proposals(bare, plainText, after).stream().map(ContentAssistEntry::getProposal)
				.toList();
		assertTrue(clauses.containsAll(List.of("participants", "daily", "deadline", "fee", "cost", "places", "contact",
				"language")), clauses::toString);
	}
}
