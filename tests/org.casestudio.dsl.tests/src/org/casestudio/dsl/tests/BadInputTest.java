package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casestudio.dsl.headless.FileProblems;
import org.casestudio.model.problems.Problem;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Every file of the bad-input set gives located errors, and no exception escapes. Each file says
 * on its first line where its error is ({@code // expect-error-line: N}), and on the next lines what
 * that error's message says ({@code // expect-message: text}, each a part of the message).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class BadInputTest {

	private static final Pattern EXPECTATION = Pattern.compile("expect-error-line: (\\d+)");
	private static final Pattern EXPECTED_MESSAGE = Pattern.compile("// expect-message: (.+)");

	@Inject
	private Injector injector;

	static Stream<Path> badFiles() throws Exception {
		return Files.list(Fixtures.testData().resolve("bad")).filter(ModelWorkspace::isModelFile).sorted();
	}

	private List<Problem> check(Path file) {
		ModelWorkspace workspace = ModelWorkspace.load(injector, List.of(file));
		List<Problem> findings = new java.util.ArrayList<>(workspace.fileProblems());
		findings.addAll(workspace.validate(CancelIndicator.NullImpl));
		return findings;
	}

	@ParameterizedTest
	@MethodSource("badFiles")
	void badFileGivesALocatedError(Path file) throws Exception {
		Matcher expectation = EXPECTATION.matcher(Files.readString(file, StandardCharsets.UTF_8));
		assertTrue(expectation.find(), "the bad file states where its error is");
		int line = Integer.parseInt(expectation.group(1));

		List<Problem> findings = check(file);
		assertFalse(findings.isEmpty());
		assertTrue(findings.stream().allMatch(f -> f.file().equals(file) && f.line() >= 1 && f.column() >= 1),
				findings::toString);
		assertTrue(findings.stream().anyMatch(f -> f.isError() && f.line() == line), findings::toString);
		assertTrue(findings.stream().noneMatch(f -> f.message() == null || f.message().isBlank()
				|| f.message().contains("Exception")), findings::toString);

		Matcher message = EXPECTED_MESSAGE.matcher(Files.readString(file, StandardCharsets.UTF_8));
		while (message.find()) {
			String part = message.group(1).strip();
			assertTrue(findings.stream().anyMatch(f -> f.isError() && f.line() == line && f.message().contains(part)),
					() -> "an error on line " + line + " says \"" + part + "\": " + findings);
		}
		// A knock-on of a syntax error (a case cut short "has no lesson yet") is no finding of its own.
		if (findings.stream().anyMatch(f -> FileProblems.SYNTAX.equals(f.code()))) {
			assertTrue(findings.stream().allMatch(Problem::isError), findings::toString);
		}
	}

	@Test
	void binaryFileIsReportedAsNotText(@TempDir Path dir) throws Exception {
		byte[] bytes = new byte[4096];
		new Random(42).nextBytes(bytes);
		bytes[100] = 0;
		Path file = Files.write(dir.resolve("photo.case"), bytes);
		Problem finding = single(check(file));
		assertEquals(FileProblems.ENCODING, finding.code());
		assertTrue(finding.line() >= 1 && finding.column() >= 1);
	}

	@Test
	void utf16FileIsReportedWithWhatToDo(@TempDir Path dir) throws Exception {
		Path file = Files.write(dir.resolve("route.route"),
				"route r \"A route\" end\n".getBytes(StandardCharsets.UTF_16));
		Problem finding = single(check(file));
		assertEquals(FileProblems.ENCODING, finding.code());
		assertTrue(finding.message().contains("UTF-16"));
	}

	@Test
	void latin1FileIsLocatedAtTheFirstBadByte(@TempDir Path dir) throws Exception {
		Path file = Files.write(dir.resolve("actors.actors"),
				"ngo n \"Caf\u00e9\"\nend\n".getBytes(StandardCharsets.ISO_8859_1));
		Problem finding = single(check(file));
		assertEquals(FileProblems.ENCODING, finding.code());
		assertEquals(1, finding.line());
		assertEquals(11, finding.column());
	}

	@Test
	void overlongUtf8IsLocatedAtItsByte(@TempDir Path dir) throws Exception {
		byte[] bytes = { 'n', 'g', 'o', ' ', 'n', '\n', '"', (byte) 0xC0, (byte) 0xAF, '"' };
		Problem finding = single(check(Files.write(dir.resolve("overlong.actors"), bytes)));
		assertEquals(FileProblems.ENCODING, finding.code());
		assertEquals(2, finding.line());
		assertEquals(2, finding.column());
		assertTrue(finding.message().contains("0xC0"), finding.message());
	}

	@Test
	void upperCaseExtensionIsNotAModelFile(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("NOTES.CASE"), "case c \"C\" end\n");
		assertEquals(FileProblems.NOT_A_MODEL_FILE, single(check(file)).code());
		Files.writeString(dir.resolve("real.case"), "case d \"D\" lesson \"L\" end\n");
		ModelWorkspace folder = ModelWorkspace.load(injector, List.of(dir));
		assertEquals(List.of(dir.resolve("real.case")), folder.checkedFiles());
	}

	@Test
	void byteOrderMarkAndWindowsLineEndsAreFine(@TempDir Path dir) throws Exception {
		byte[] text = "\uFEFFngo n \"An NGO\"\r\n\tabout \"Works here.\"\r\nend\r\n".getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(dir.resolve("actors.actors"), text);
		assertEquals(List.of(), check(file));
	}

	@Test
	void a50MegabyteFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("dump.case");
		try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE)) {
			channel.write(java.nio.ByteBuffer.wrap(new byte[] { '/', '/' }), 50L << 20); // sparse: 50 MB
		}
		long start = System.nanoTime();
		Problem finding = single(check(file));
		assertEquals(FileProblems.TOO_LARGE, finding.code());
		assertTrue(finding.message().contains("50 MB"), finding.message());
		assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused at once");
	}

	@Test
	void aLineOf100000CharactersIsReadAndLocated(@TempDir Path dir) throws Exception {
		String longText = "ລາວ ".repeat(25_000);
		Path good = Files.writeString(dir.resolve("long.actors"), "ngo n \"" + longText + "\" end\n");
		assertEquals(List.of(), check(good));
		Path bad = Files.writeString(dir.resolve("long-bad.actors"),
				"ngo m \"An NGO\" end\n" + "x".repeat(100_000) + " \"what\"\n");
		List<Problem> findings = check(bad);
		assertTrue(findings.stream().anyMatch(f -> f.isError() && f.line() == 2 && f.column() == 1), findings::toString);
	}

	@Test
	void missingPathsEmptyFoldersAndWrongFilesAreFileProblems(@TempDir Path dir) throws Exception {
		assertEquals(FileProblems.NOT_FOUND, single(check(dir.resolve("nowhere.route"))).code());
		Path empty = Files.createDirectory(dir.resolve("empty"));
		assertEquals(FileProblems.NO_MODEL_FILES, single(check(empty)).code());
		Path notes = Files.writeString(dir.resolve("notes.txt"), "route r \"R\" end");
		assertEquals(FileProblems.NOT_A_MODEL_FILE, single(check(notes)).code());
	}

	@Test
	void folderNamedLikeAFileIsWalked(@TempDir Path dir) throws Exception {
		Path folder = Files.createDirectory(dir.resolve("looks-like.case"));
		Files.writeString(folder.resolve("inside.actors"), "ngo n \"An NGO\" end\n");
		ModelWorkspace workspace = ModelWorkspace.load(injector, List.of(folder));
		assertEquals(List.of(), workspace.fileProblems());
		assertEquals(List.of(), workspace.validate(CancelIndicator.NullImpl));
		assertEquals(1, workspace.checkedFiles().size());
	}

	@Test
	void unreadableFileIsAFileProblem(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("secret.case"), "case c \"C\" end\n");
		assertTrue(file.toFile().setReadable(false, false));
		if (Files.isReadable(file)) {
			// Permissions do not stop root: use a file that exists but fails to read for anyone.
			Files.delete(file);
			Files.createSymbolicLink(file, Path.of("/proc/self/mem"));
		}
		assertEquals(FileProblems.UNREADABLE, single(check(file)).code());
	}

	private static Problem single(List<Problem> findings) {
		assertEquals(1, findings.size(), findings::toString);
		return findings.get(0);
	}
}
