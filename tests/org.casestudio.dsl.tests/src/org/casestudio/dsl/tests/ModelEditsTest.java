package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.dsl.translations.TranslatableTexts;
import org.casestudio.model.Actor;
import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Day;
import org.casestudio.model.Declaration;
import org.casestudio.model.Document;
import org.casestudio.model.Indicator;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Session;
import org.casestudio.model.SessionKind;
import org.casestudio.model.Source;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Form edits written as text edits ({@link ModelEdits}), on every seed file, the test fixtures and
 * files written to trip a serializer up (comments before, after and inside what is edited, after
 * the last element of a list, blank lines, spaces and tabs), each also with CRLF line ends and with
 * a byte order mark. Every kind of form edit is applied to each file; the text must change only
 * inside the edited element, keep every comment byte for byte and in order, parse to the edited
 * model, and come back byte for byte when the edits are undone.
 */
class ModelEditsTest {

	private static final ModelEdits EDITS = LanguageServices.INJECTOR.getInstance(ModelEdits.class);
	private static final CaseStudioFactory F = CaseStudioFactory.eINSTANCE;

	/** The trees loaded once per folder: loading is not what is tested. */
	private static final Map<Path, ModelWorkspace> TREES = new HashMap<>();

	/** One kind of form edit: the element it edits in a file's model (null: none there) and the edit. */
	record Kind(String name, Function<Document, EObject> target, BiConsumer<EObject, ResourceSet> apply) {
		@Override
		public String toString() {
			return name;
		}
	}

	static List<Path> files() throws IOException {
		List<Path> files = new ArrayList<>(Fixtures.seedFiles());
		Path exportFixtures = Fixtures.testData().resolve("../../org.casestudio.export.tests/resources/routes")
				.normalize();
		for (Path folder : List.of(Fixtures.testData().resolve("good"), Fixtures.testData().resolve("edit"),
				exportFixtures)) {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.filter(ModelWorkspace::isModelFile).sorted().forEach(files::add);
			}
		}
		return files;
	}

	/** The text variants of a file: as written, with CRLF line ends, with a byte order mark. */
	static Stream<Arguments> cases() throws IOException {
		List<Arguments> cases = new ArrayList<>();
		for (Path file : files()) {
			// Only the kinds of edit that find an element to edit in this file.
			Document model = (Document) parse(null, URI.createFileURI(file.toString()), LanguageServices.read(file))
					.getContents().get(0);
			// A reference can be changed only where the folder tree declares another actor to choose.
			boolean choice = actors(TREES.computeIfAbsent(ModelWorkspace.folderTreeRoot(file),
					root -> ModelWorkspace.load(LanguageServices.INJECTOR, List.of(file))).resourceSet()).size() >= 2;
			List<Kind> applicable = kinds().stream().filter(kind -> kind.target().apply(model) != null)
					.filter(kind -> choice || !kind.name().equals("change a reference")).toList();
			for (String variant : List.of("as written", "CRLF", "BOM")) {
				for (Kind kind : applicable) {
					cases.add(Arguments.of(file.getParent().getFileName() + "/" + file.getFileName(), variant, kind,
							file));
				}
			}
		}
		return cases.stream();
	}

	private static String variant(String text, String variant) {
		return switch (variant) {
		case "CRLF" -> text.replace("\r\n", "\n").replace("\n", "\r\n");
		case "BOM" -> "\uFEFF" + text;
		default -> text;
		};
	}

	@ParameterizedTest(name = "{0} ({1}): {2}")
	@MethodSource("cases")
	void writesTheEditAsMinimalTextEdits(String name, String variant, Kind kind, Path file) throws IOException {
		String text = variant(LanguageServices.read(file), variant);
		ModelWorkspace tree = TREES.computeIfAbsent(ModelWorkspace.folderTreeRoot(file),
				root -> ModelWorkspace.load(LanguageServices.INJECTOR, List.of(file)));
		ResourceSet context = tree.resourceSet();
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());

		// The element the edit concerns, found in a parse of the text before the edit.
		XtextResource before = parse(context, uri, text);
		EObject target = kind.target().apply((Document) before.getContents().get(0));
		assertNotNull(target, name);
		String fragment = before.getURIFragment(target);
		INode targetNode = NodeModelUtils.getNode(target);
		List<String> commentsOutside = comments(before, targetNode.getOffset(), targetNode.getEndOffset(), false);
		List<String> commentsInside = comments(before, targetNode.getOffset(), targetNode.getEndOffset(), true);
		context.getResources().remove(before);

		EObject[] edited = new EObject[1];
		ModelEdits.Result result = EDITS.edit(uri, text, context, root -> {
			EObject element = ModelEdits.find(root, fragment);
			kind.apply().accept(element, context);
			// A copy: the edited resource is the edit's own, to do with as it needs once the change is written.
			edited[0] = EcoreUtil.copy(root);
		});
		assertFalse(result.isRefused(), () -> name + ": " + result.refusal());
		String newText = result.newText();
		assertEquals(newText, TextEdit.apply(text, result.edits()));
		assertFalse(result.edits().isEmpty(), "an edit changes the text");
		assertTrue(!newText.equals(text));

		// Only inside the edited element: the common start and end of the texts cover the rest.
		int prefix = 0;
		while (prefix < Math.min(text.length(), newText.length()) && text.charAt(prefix) == newText.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < Math.min(text.length(), newText.length()) - prefix
				&& text.charAt(text.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
			suffix++;
		}
		int bom = text.startsWith("\uFEFF") ? 1 : 0;
		int firstChanged = prefix;
		int lastChanged = text.length() - suffix;
		assertTrue(firstChanged >= targetNode.getOffset() + bom && lastChanged <= targetNode.getEndOffset() + bom,
				() -> name + ": changed " + firstChanged + ".." + lastChanged + " outside the element at "
						+ targetNode.getOffset() + ".." + targetNode.getEndOffset() + ":\n" + newText);
		for (TextEdit edit : result.edits()) {
			// An addition removes no text, a removal adds none but the comments it keeps: nothing moves.
			if (kind.name().startsWith("add")) {
				assertTrue(text.substring(edit.offset(), edit.offset() + edit.length()).isBlank(),
						() -> name + ": an addition replaced text: " + edit + "\n" + newText);
			} else if (kind.name().startsWith("remove")) {
				assertTrue(edit.text().replaceAll("(?s)/\\*.*?\\*/|//[^\n]*", "").isBlank(),
						() -> name + ": a removal wrote text: " + edit + "\n" + newText);
			}
			assertTrue(edit.offset() >= targetNode.getOffset() + bom
					&& edit.offset() + edit.length() <= targetNode.getEndOffset() + bom, () -> name + ": " + edit);
		}

		// The text parses to the edited model, keeps every comment in order, and keeps the file's form.
		XtextResource after = parse(context, uri, newText.substring(bom));
		try {
			assertTrue(after.getParseResult().getSyntaxErrors().iterator().hasNext() == false,
					() -> name + ": " + after.getErrors() + "\n" + newText);
			EcoreUtil2.resolveLazyCrossReferences(after, CancelIndicator.NullImpl);
			assertTrue(new ByUri().equals(edited[0], after.getContents().get(0)),
					() -> name + ": the text does not read as the edited model:\n" + newText);
			// Outside the element nothing changed (checked above); inside it every comment stays, in order,
			// also those of a removed row: a comment is never lost.
			INode afterNode = NodeModelUtils.getNode(ModelEdits.find(after.getContents().get(0), fragment));
			assertEquals(commentsOutside, comments(after, afterNode.getOffset(), afterNode.getEndOffset(), false),
					name);
			assertEquals(commentsInside, comments(after, afterNode.getOffset(), afterNode.getEndOffset(), true),
					() -> name + ":\n" + newText);
			if (variant.equals("CRLF")) {
				assertFalse(newText.replace("\r\n", "").contains("\n"), () -> name + ": a bare line feed:\n" + newText);
			}
			assertEquals(bom == 1, newText.startsWith("\uFEFF"));
		} finally {
			context.getResources().remove(after);
		}

		// Undo: the inverse edits give the original bytes back.
		assertEquals(text, TextEdit.apply(newText, result.inverse(text)));

		// The editor's way, on its session's own parse: the same text, and the session's model left as
		// its text says (the editor applies the edits; the session then reparses).
		ModelSession session = LanguageServices.session(file, text);
		EObject sessionModel = session.read(r -> EcoreUtil.copy(r.getContents().get(0)));
		ModelEdits.Result viaSession = EDITS.edit(session, root -> kind.apply().accept(ModelEdits.find(root, fragment),
				root.eResource().getResourceSet()));
		assertEquals(newText, viaSession.newText(), () -> name + ": through the editor's session");
		assertTrue(new ByUri().equals(sessionModel, session.read(r -> r.getContents().get(0))),
				() -> name + ": the session's model is not put back");
		assertEquals(text, session.text());
	}

	@Test
	void refusesATextWithASyntaxError() throws IOException {
		Path file = Fixtures.attapeu().resolve("attapeu.route");
		String broken = LanguageServices.read(file).replace("theme \"", "theme ");
		ModelEdits.Result result = EDITS.edit(URI.createFileURI(file.toString()), broken, null,
				root -> ((LearningRoute) ((Document) root).getDeclarations().get(0)).setTitle("Changed"));
		assertTrue(result.isRefused());
		assertTrue(result.edits().isEmpty());
		assertNull(result.newText());
		assertTrue(result.refusal().contains("line 6"), result.refusal());
	}

	@Test
	void editsWithoutAFolderTree() throws IOException {
		Path file = Fixtures.attapeu().resolve("cases/asparagus.case");
		String text = LanguageServices.read(file);
		ModelEdits.Result result = EDITS.edit(URI.createFileURI(file.toString()), text, null,
				root -> ModelEdits.findById(root, CaseStudy.class, "asparagus").getLessons().add("A third lesson."));
		assertFalse(result.isRefused(), result.refusal());
		assertTrue(result.newText().contains("\tlesson \"A third lesson.\"\n"), result.newText());
		assertNotNull(ModelEdits.findById(parse(null, URI.createFileURI(file.toString()), result.newText())
				.getContents().get(0), CaseStudy.class, "asparagus"));
	}

	@Test
	void addsAfterTheLastElementOfAListBeforeTheCommentThatFollowsIt() throws IOException {
		Path file = Fixtures.testData().resolve("edit/comments.case");
		String text = LanguageServices.read(file);
		ModelEdits.Result result = EDITS.edit(URI.createFileURI(file.toString()), text, null,
				root -> ModelEdits.findById(root, CaseStudy.class, "case_one").getLessons().add("Fourth lesson."));
		assertEquals(text.replace("\tlesson \"Third lesson.\" // after the last lesson\n",
				"\tlesson \"Third lesson.\" // after the last lesson\n\tlesson \"Fourth lesson.\"\n"), result.newText());
	}

	@Test
	void removesTheLastElementOfAListAndKeepsTheCommentsAroundIt() throws IOException {
		Path file = Fixtures.testData().resolve("edit/comments.case");
		String text = LanguageServices.read(file);
		ModelEdits.Result result = EDITS.edit(URI.createFileURI(file.toString()), text, null,
				root -> ModelEdits.findById(root, CaseStudy.class, "case_one").getLessons().remove(2));
		assertEquals(text.replace("\tlesson \"Third lesson.\" // after the last lesson\n",
				"\t// after the last lesson\n"), result.newText());
	}

	/**
	 * A day added between two days goes between them as lines of its own: Xtext's serializer wrote it
	 * into the next day's place and that day after the sources and photo of the route.
	 */
	@Test
	void addsADayBetweenTwoDaysWithoutMovingTheNextOne() throws IOException {
		Path file = Fixtures.testData().resolve("../../org.casestudio.export.tests/resources/routes/photo-walk/photo-walk.route")
				.normalize();
		String text = LanguageServices.read(file);
		ModelEdits.Result result = EDITS.edit(URI.createFileURI(file.toString()), text, null, root -> {
			Day day = F.createDay();
			day.setTitle("A day added in a form");
			Session session = F.createSession();
			session.setKind(SessionKind.FIELD_VISIT);
			session.setTitle("A visit");
			session.setStartTime("10:00");
			day.getSessions().add(session);
			ModelEdits.findById(root, LearningRoute.class, "photo_walk").getDays().add(1, day);
		});
		assertFalse(result.isRefused(), result.refusal());
		assertEquals(text.replace("\tend\n\tday 2", "\tend\n\tday \"A day added in a form\"\n\t\tvisit \"A visit\" at \"10:00\"\n\tend\n\tday 2"),
				result.newText());
	}

	@Test
	void writesMarkdownAsABlockIndentedUnderItsClauseWithTheFilesLineEnds() throws IOException {
		Path file = Fixtures.attapeu().resolve("cases/asparagus.case");
		String text = LanguageServices.read(file).replace("\n", "\r\n");
		ModelEdits.Result result = EDITS.edit(URI.createFileURI(file.toString()), text, null,
				root -> ModelEdits.findById(root, CaseStudy.class, "asparagus").setSummary("One **line**.\nTwo."));
		assertTrue(result.newText().contains("\tsummary \"\"\"\r\n\t\tOne **line**.\r\n\t\tTwo.\r\n\t\t\"\"\"\r\n"),
				result.newText());
	}

	@Test
	void clearsAReferenceWithItsClause() throws IOException {
		// The forms' Clear button beside a reference: the route's host programme goes, line and all.
		Path file = Fixtures.attapeu().resolve("attapeu.route");
		String text = LanguageServices.read(file);
		ModelEdits.Result result = EDITS.edit(URI.createFileURI(file.toString()), text, null,
				root -> ModelEdits.findById(root, LearningRoute.class, "attapeu").setHostProgramme(null));
		assertNull(result.refusal(), result.refusal());
		assertEquals(text.replace("\thost programme rlip\n", ""), result.newText());
	}

	// --- the kinds of form edit -------------------------------------------------------------------

	static List<Kind> kinds() {
		List<Kind> kinds = new ArrayList<>();
		kinds.add(new Kind("set the title", ModelEditsTest::firstDeclaration,
				(e, c) -> ((Declaration) e).setTitle(((Declaration) e).getTitle() + " (edited)")));
		kinds.add(new Kind("set a field", ModelEditsTest::firstDeclaration, (e, c) -> {
			if (e instanceof LearningRoute route) {
				route.setTheme("A new theme");
			} else if (e instanceof CaseStudy study) {
				study.setScalingUp("Other villages could follow.");
			} else if (e instanceof Actor actor) {
				actor.setEthnicGroup("Brao");
			}
		}));
		kinds.add(new Kind("clear a field", root -> {
			EObject first = firstDeclaration(root);
			return first != null && clearable(first) != null ? first : null;
		}, (e, c) -> {
			// A cleared text takes its translations with it: the edited model has neither.
			EStructuralFeature cleared = clearable(e);
			LanguageServices.INJECTOR.getInstance(TranslatableTexts.class).targets(e).forEach((translation, target) -> {
				if (target.getFirst() == cleared) {
					EcoreUtil.remove(translation);
				}
			});
			e.eUnset(cleared);
		}));
		for (String where : List.of("first", "middle", "last")) {
			kinds.add(new Kind("add a list element " + where, ModelEditsTest::firstDeclaration,
					(e, c) -> addTo(e, where)));
			kinds.add(new Kind("remove a list element " + where, root -> {
				EObject first = firstDeclaration(root);
				return first != null && list(first).size() >= (where.equals("middle") ? 3 : 1) ? first : null;
			}, (e, c) -> {
				List<?> list = list(e);
				list.remove(index(list.size() - 1, where));
			}));
			kinds.add(new Kind("add a row " + where, ModelEditsTest::firstWithRows, (e, c) -> addRow(e, where)));
			kinds.add(new Kind("remove a row " + where, root -> {
				EObject first = firstWithRows(root);
				return first != null && rows(first).size() >= (where.equals("middle") ? 3 : 1) ? first : null;
			}, (e, c) -> {
				List<?> rows = rows(e);
				rows.remove(index(rows.size() - 1, where));
			}));
		}
		kinds.add(new Kind("move a list element", root -> {
			EObject first = firstDeclaration(root);
			return first != null && list(first).size() >= 2 ? first : null;
		}, (e, c) -> ((EList<?>) list(e)).move(0, list(e).size() - 1)));
		kinds.add(new Kind("move a row", root -> {
			EObject first = firstWithRows(root);
			return first != null && rows(first).size() >= 2 ? first : null;
		}, (e, c) -> ((EList<?>) rows(e)).move(0, rows(e).size() - 1)));
		kinds.add(new Kind("change a reference", ModelEditsTest::firstWithReference, (e, c) -> {
			EReference reference = reference(e);
			Object current = e.eGet(reference);
			Actor other = actors(c).stream().filter(a -> a != current).findFirst().orElseThrow();
			e.eSet(reference, other);
		}));
		kinds.add(new Kind("edit a table cell", root -> first(root, Indicator.class), (e, c) -> {
			Indicator indicator = (Indicator) e;
			indicator.setValue(indicator.getValue() == null ? new BigDecimal("7") : indicator.getValue().add(BigDecimal.ONE));
		}));
		kinds.add(new Kind("edit a session cell", root -> first(root, Session.class),
				(e, c) -> ((Session) e).setStartTime("09:30")));
		kinds.add(new Kind("edit Markdown", ModelEditsTest::firstDeclaration, (e, c) -> {
			String markdown = "A **new** text, in Markdown.\n\n- first point\n- second point";
			if (e instanceof LearningRoute route) {
				route.setDescription(markdown);
			} else if (e instanceof CaseStudy study) {
				study.setSummary(markdown);
			} else if (e instanceof Actor actor) {
				actor.setDescription(markdown);
			}
		}));
		return kinds;
	}

	private static EObject firstDeclaration(Document root) {
		return root.getDeclarations().isEmpty() ? null : root.getDeclarations().get(0);
	}

	private static <T extends EObject> T first(Document root, Class<T> type) {
		for (var all = root.eAllContents(); all.hasNext();) {
			EObject next = all.next();
			if (type.isInstance(next)) {
				return type.cast(next);
			}
		}
		return null;
	}

	private static int index(int last, String where) {
		return switch (where) {
		case "first" -> 0;
		case "middle" -> last / 2;
		default -> last;
		};
	}

	/** A list of values each on its own clause line: objectives, lessons, an actor's sources. */
	@SuppressWarnings("unchecked")
	private static List<Object> list(EObject element) {
		if (element instanceof LearningRoute route) {
			return (List<Object>) (List<?>) route.getObjectives();
		} else if (element instanceof CaseStudy study) {
			return (List<Object>) (List<?>) study.getLessons();
		}
		return (List<Object>) (List<?>) ((Actor) element).getSources();
	}

	private static void addTo(EObject element, String where) {
		List<Object> list = list(element);
		int at = where.equals("first") ? 0 : where.equals("middle") ? list.size() / 2 : list.size();
		if (element instanceof Actor) {
			Source source = F.createSource();
			source.setTitle("A new source");
			list.add(at, source);
		} else {
			list.add(at, "A new line, added in a form.");
		}
	}

	/** Rows of a table: a case's indicators, a route's days. */
	private static EObject firstWithRows(Document root) {
		for (Declaration declaration : root.getDeclarations()) {
			if (declaration instanceof CaseStudy || declaration instanceof LearningRoute) {
				return declaration;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> rows(EObject element) {
		return element instanceof CaseStudy study ? (List<Object>) (List<?>) study.getIndicators()
				: (List<Object>) (List<?>) ((LearningRoute) element).getDays();
	}

	private static void addRow(EObject element, String where) {
		List<Object> rows = rows(element);
		int at = where.equals("first") ? 0 : where.equals("middle") ? rows.size() / 2 : rows.size();
		if (element instanceof CaseStudy) {
			Indicator indicator = F.createIndicator();
			indicator.setLabel("Added in a form");
			indicator.setValue(new BigDecimal("3.5"));
			indicator.setUnit("t");
			indicator.setYear(2014);
			rows.add(at, indicator);
		} else {
			Day day = F.createDay();
			day.setTitle("A day added in a form");
			Session session = F.createSession();
			session.setKind(SessionKind.FIELD_VISIT);
			session.setTitle("A visit");
			session.setStartTime("10:00");
			day.getSessions().add(session);
			rows.add(at, day);
		}
	}

	/** The first field of the element that a form can clear, or null. */
	private static EStructuralFeature clearable(EObject element) {
		List<String> names = element instanceof LearningRoute ? List.of("theme", "subtitle", "country", "province")
				: element instanceof CaseStudy ? List.of("context", "scalingUp", "summary", "location")
						: List.of("ethnicGroup", "members", "households", "women", "location", "description");
		for (String name : names) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
			if (element.eIsSet(feature)) {
				return feature;
			}
		}
		return null;
	}

	private static EObject firstWithReference(Document root) {
		for (var all = root.eAllContents(); all.hasNext();) {
			EObject next = all.next();
			if (reference(next) != null && next.eGet(reference(next)) != null) {
				return next;
			}
		}
		return null;
	}

	/** The single reference to an actor that a form changes: a facilitator, a host, a broker. */
	private static EReference reference(EObject element) {
		String name = element instanceof LearningRoute ? "facilitator" : element instanceof CaseStudy ? "host" : null;
		return name == null ? null : (EReference) element.eClass().getEStructuralFeature(name);
	}

	private static List<Actor> actors(ResourceSet context) {
		List<Actor> actors = new ArrayList<>();
		for (var resource : List.copyOf(context.getResources())) {
			for (EObject root : resource.getContents()) {
				for (EObject declaration : root.eContents()) {
					if (declaration instanceof Actor actor) {
						actors.add(actor);
					}
				}
			}
		}
		return actors;
	}

	// --- checks -------------------------------------------------------------------------------------

	private static XtextResource parse(ResourceSet context, URI uri, String text) throws IOException {
		ResourceSet set = context != null ? context
				: LanguageServices.INJECTOR.getInstance(org.eclipse.xtext.resource.XtextResourceSet.class);
		XtextResource resource = LanguageServices.INJECTOR.getInstance(XtextResource.class);
		resource.setURI(uri.trimSegments(1).appendSegment(".check." + uri.lastSegment()));
		set.getResources().add(resource);
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		resource.load(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}

	/** The comments of a parsed text inside (or outside) a region, in order. */
	private static List<String> comments(XtextResource resource, int from, int to, boolean inside) {
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule
					&& rule.getName().endsWith("_COMMENT")) {
				boolean in = leaf.getOffset() >= from && leaf.getEndOffset() <= to;
				if (in == inside) {
					comments.add(leaf.getText());
				}
			}
		}
		return comments;
	}

	/** Equality of models where a reference is equal when it names the same element of the same file. */
	private static final class ByUri extends EcoreUtil.EqualityHelper {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean haveEqualReference(EObject eObject1, EObject eObject2, EReference reference) {
			if (reference.isContainment()) {
				return super.haveEqualReference(eObject1, eObject2, reference);
			}
			Object value1 = eObject1.eGet(reference, false);
			Object value2 = eObject2.eGet(reference, false);
			if (value1 instanceof List<?> list1 && value2 instanceof List<?> list2) {
				if (list1.size() != list2.size()) {
					return false;
				}
				for (int i = 0; i < list1.size(); i++) {
					if (!sameTarget((EObject) list1.get(i), (EObject) list2.get(i))) {
						return false;
					}
				}
				return true;
			}
			return value1 == null ? value2 == null : value2 != null && sameTarget((EObject) value1, (EObject) value2);
		}

		private static boolean sameTarget(EObject a, EObject b) {
			return a == b || EcoreUtil.getURI(a).fragment().equals(EcoreUtil.getURI(b).fragment());
		}
	}
}
