package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.casestudio.dsl.headless.AtomicFiles;
import org.casestudio.model.problems.Problem;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * A process that saves a large file over and over is killed (SIGKILL) at random moments, many
 * times: the file on disk is always the old content or the new one, complete and parseable.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class CrashSafeSaveTest {

	private static final int KILLS = 25;

	/** Saves two versions of a file in turn, forever, with the bundle's AtomicFiles. */
	private static final String SAVER = """
			import java.nio.file.*;
			public class Saver {
				public static void main(String[] args) throws Exception {
					Path target = Path.of(args[0]);
					byte[][] versions = { Files.readAllBytes(Path.of(args[1])), Files.readAllBytes(Path.of(args[2])) };
					System.out.println("ready");
					for (int i = 0;; i++) {
						org.casestudio.dsl.headless.AtomicFiles.write(target, versions[i % 2]);
					}
				}
			}
			""";

	@Inject
	private Injector injector;

	@Test
	void aKilledSaveLeavesTheOldOrTheNewFile(@TempDir Path dir) throws Exception {
		String oldText = actors(20_000, "Old");
		String newText = actors(20_000, "New");
		Path target = dir.resolve("library.actors");
		Files.writeString(target, oldText);
		Path oldFile = Files.writeString(dir.resolve("old.txt"), oldText);
		Path newFile = Files.writeString(dir.resolve("new.txt"), newText);
		Path saver = Files.writeString(dir.resolve("Saver.java"), SAVER);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Random random = new Random(7);
		int sawOld = 0;
		int sawNew = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			Process process = new ProcessBuilder(java, "-cp", bundleClasspath(), saver.toString(), target.toString(),
					oldFile.toString(), newFile.toString()).redirectErrorStream(true).start();
			assertEquals("ready", new String(process.getInputStream().readNBytes(5), StandardCharsets.UTF_8));
			Thread.sleep(20 + random.nextInt(400));
			process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs.
			assertTrue(process.waitFor(10, TimeUnit.SECONDS));

			String onDisk = Files.readString(target, StandardCharsets.UTF_8);
			assertTrue(onDisk.equals(oldText) || onDisk.equals(newText),
					"after kill " + kill + " the file is neither version (" + onDisk.length() + " chars)");
			if (onDisk.equals(oldText)) {
				sawOld++;
			} else {
				sawNew++;
			}
		}
		List<Problem> findings = ModelWorkspace.load(injector, List.of(target)).validate(CancelIndicator.NullImpl);
		assertEquals(List.of(), findings.stream().filter(Problem::isError).toList());
		assertTrue(sawOld > 0 && sawNew > 0, "kills landed on both versions: " + sawOld + " old, " + sawNew + " new");
		try (var files = Files.list(dir)) {
			// A killed save may leave its temporary file behind; the next save clears it away.
			long leftovers = files.filter(p -> p.getFileName().toString().endsWith(".saving")).count();
			assertTrue(leftovers <= 1, leftovers + " temporary files left after " + KILLS + " kills");
		}
	}

	/** A large, valid actor list (about 1 MB). */
	private static String actors(int count, String label) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append("ngo a").append(i).append(" \"").append(label).append(" NGO ").append(i).append("\" end\n");
		}
		return text.toString();
	}

	/** Where the bundle holding AtomicFiles lies on disk (a folder or a jar), as a class path. */
	private static String bundleClasspath() {
		return FileLocator.getBundleFileLocation(FrameworkUtil.getBundle(AtomicFiles.class)).orElseThrow().getPath();
	}
}
