package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casestudio.dsl.headless.IncrementalModel;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.model.problems.Problem;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The incremental model behind the workspace builder: a change checks the changed file and the
 * files that depend on a name it declares or declared, and only those; what it reports is what a
 * fresh load of the same files reports.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class IncrementalModelTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private Path actors;
	private Path asparagus;
	private Path coffee;
	private Path route;
	private IncrementalModel model;

	@BeforeEach
	void copySeed() throws IOException {
		try (Stream<Path> walk = Files.walk(Fixtures.attapeu())) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				Path target = folder.resolve(Fixtures.attapeu().relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		actors = folder.resolve("actors.actors");
		asparagus = folder.resolve("cases/asparagus.case");
		coffee = folder.resolve("cases/coffee.case");
		route = folder.resolve("attapeu.route");
		model = IncrementalModel.create(injector);
	}

	private List<Path> allFiles() throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(ModelWorkspace::isModelFile).sorted().toList();
		}
	}

	private IncrementalModel.Result fullBuild() throws IOException {
		return model.update(allFiles(), List.of(), CancelIndicator.NullImpl);
	}

	private IncrementalModel.Result edit(Path file, String from, String to) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains(from), from);
		Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
		return model.update(List.of(file), List.of(), CancelIndicator.NullImpl);
	}

	private static List<Issue> errors(IncrementalModel.Result result, Path file) {
		return result.issues().get(file).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	@Test
	void fullBuildChecksEveryFileAndABrokenOneDoesNotStopTheOthers() throws IOException {
		Path broken = folder.resolve("cases/broken.case");
		Files.writeString(broken, "case broken \"Broken\"\n\thost\n", StandardCharsets.UTF_8);
		IncrementalModel.Result result = fullBuild();
		assertEquals(Set.copyOf(allFiles()), result.validated());
		assertFalse(errors(result, broken).isEmpty(), "the syntax error is reported");
		for (Path file : allFiles()) {
			if (!file.equals(broken)) {
				assertEquals(List.of(), errors(result, file), file.toString());
			}
		}
		Files.writeString(broken, "case broken \"Broken\"\n\thost coffee_group\n\tlesson \"Fixed.\"\nend\n",
				StandardCharsets.UTF_8);
		result = model.update(List.of(broken), List.of(), CancelIndicator.NullImpl);
		assertEquals(List.of(), errors(result, broken));
	}

	@Test
	void renamingAnActorChecksTheFilesThatUseItAndOnlyThose() throws IOException {
		fullBuild();
		IncrementalModel.Result result = edit(actors, "producers asparagus_group ", "producers asparagus_producers ");
		assertEquals(Set.of(actors, asparagus), result.validated());
		assertEquals(2, errors(result, asparagus).size(), "host and partner no longer resolve");
		assertTrue(errors(result, asparagus).stream().allMatch(i -> i.getMessage().contains("asparagus_group")));

		// Renaming it back resolves them again: a name added is a change as much as a name removed.
		result = edit(actors, "producers asparagus_producers ", "producers asparagus_group ");
		assertEquals(Set.of(actors, asparagus), result.validated());
		assertEquals(List.of(), errors(result, asparagus));
	}

	@Test
	void anEditThatChangesNoDeclarationChecksOnlyTheEditedFile() throws IOException {
		fullBuild();
		IncrementalModel.Result result = edit(coffee, "// Host case 3", "// Host case three");
		assertEquals(Set.of(coffee), result.validated());

		Path unrelated = folder.resolve("cases/extra.case");
		Files.writeString(unrelated, "case extra \"Extra\"\n\thost coffee_group\n\tlesson \"One.\"\nend\n",
				StandardCharsets.UTF_8);
		result = model.update(List.of(unrelated), List.of(), CancelIndicator.NullImpl);
		assertEquals(Set.of(unrelated), result.validated(), "nothing refers to the new case");
		result = edit(unrelated, "lesson \"One.\"", "lesson \"Two.\"");
		assertEquals(Set.of(unrelated), result.validated());
	}

	@Test
	void changingACaseChecksTheRouteThatListsIt() throws IOException {
		fullBuild();
		IncrementalModel.Result result = edit(coffee, "\thost coffee_group\n", "");
		assertEquals(Set.of(coffee, route), result.validated());
	}

	@Test
	void aDuplicateIdInAnotherFileMarksBothAndDeletingItClearsBoth() throws IOException {
		fullBuild();
		Path extra = folder.resolve("more.actors");
		Files.writeString(extra, "organisation procasur \"Again\"\nend\n", StandardCharsets.UTF_8);
		IncrementalModel.Result result = model.update(List.of(extra), List.of(), CancelIndicator.NullImpl);
		assertTrue(result.validated().contains(actors), "the first declaration of procasur is checked again");
		assertTrue(errors(result, actors).stream().anyMatch(i -> IssueCodes.DUPLICATE_ID.equals(i.getCode())));
		assertTrue(errors(result, extra).stream().anyMatch(i -> IssueCodes.DUPLICATE_ID.equals(i.getCode())));

		Files.delete(extra);
		result = model.update(List.of(), List.of(extra), CancelIndicator.NullImpl);
		assertEquals(Set.of(extra), result.removed());
		assertEquals(List.of(), errors(result, actors));
		assertFalse(model.files().contains(extra));
	}

	@Test
	void aFileThatIsNotUtf8GetsALocatedProblem() throws IOException {
		Path latin1 = folder.resolve("cases/latin1.case");
		Files.write(latin1, "case latin1 \"Caf\u00e9\"\nend\n".getBytes(StandardCharsets.ISO_8859_1));
		IncrementalModel.Result result = fullBuild();
		List<Issue> errors = errors(result, latin1);
		assertEquals(1, errors.size());
		assertEquals(1, errors.get(0).getLineNumber());
		assertEquals(List.of(), errors(result, coffee));
	}

	@Test
	void aCancelledUpdateChecksTheRestNextTime() throws IOException {
		AtomicInteger asked = new AtomicInteger();
		IncrementalModel.Result first = model.update(allFiles(), List.of(), () -> asked.incrementAndGet() > 3);
		assertTrue(first.cancelled());
		assertTrue(first.validated().size() < allFiles().size());
		IncrementalModel.Result rest = model.update(List.of(), List.of(), CancelIndicator.NullImpl);
		assertFalse(rest.cancelled());
		Set<Path> all = new java.util.HashSet<>(first.validated());
		all.addAll(rest.validated());
		assertEquals(Set.copyOf(allFiles()), all);
	}

	@Test
	void afterEditsTheProblemsAreThoseOfAFreshLoad() throws IOException {
		Map<Path, List<String>> lastSeen = new TreeMap<>();
		record(lastSeen, fullBuild());
		record(lastSeen, edit(actors, "producers asparagus_group ", "producers asparagus_producers "));
		record(lastSeen, edit(asparagus, "host asparagus_group", "host asparagus_producers"));
		record(lastSeen, edit(coffee, "\thost coffee_group\n", "\thost asparagus_producers\n\thost coffee_group\n"));
		record(lastSeen, edit(actors, "households 21", "households 21\n\tmembers 3\n\twomen 9"));
		record(lastSeen, edit(route, "cases asparagus, natural_dyes, coffee", "cases asparagus, coffee, missing"));

		ModelWorkspace fresh = ModelWorkspace.load(injector, List.of(folder));
		Map<Path, List<String>> expected = new TreeMap<>();
		for (Path file : allFiles()) {
			expected.put(file, List.of());
		}
		for (Problem problem : fresh.validate(CancelIndicator.NullImpl)) {
			expected.merge(problem.file(), List.of(problem.line() + ": " + problem.message()),
					(a, b) -> Stream.concat(a.stream(), b.stream()).sorted().toList());
		}
		assertEquals(expected, lastSeen);
		assertFalse(expected.get(coffee).isEmpty());
	}

	private static void record(Map<Path, List<String>> lastSeen, IncrementalModel.Result result) {
		result.issues().forEach((file, issues) -> lastSeen.put(file, issues.stream()
				.filter(i -> i.getSeverity() != Severity.IGNORE).map(i -> i.getLineNumber() + ": " + i.getMessage())
				.sorted().collect(Collectors.toList())));
	}
}
