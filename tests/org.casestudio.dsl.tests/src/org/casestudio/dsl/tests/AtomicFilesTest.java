package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.casestudio.dsl.headless.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic saves keep what the user set up around a file: links, permissions, no debris. */
class AtomicFilesTest {

	@Test
	void savingThroughALinkChangesTheLinkedFile(@TempDir Path dir) throws Exception {
		Path real = Files.writeString(Files.createDirectory(dir.resolve("library")).resolve("actors.actors"), "old");
		Path link = Files.createSymbolicLink(dir.resolve("actors.actors"), real);
		AtomicFiles.write(link, "new".getBytes());
		assertTrue(Files.isSymbolicLink(link), "the link is still a link");
		assertEquals("new", Files.readString(real));
	}

	@Test
	void savingKeepsPermissionsAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("route.route"), "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		AtomicFiles.write(file, "new".getBytes());
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void oddFileNamesAreSavedToo(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("a{b[c.case");
		AtomicFiles.write(file, "first".getBytes());
		AtomicFiles.write(file, "second".getBytes());
		assertEquals("second", Files.readString(file));
	}
}
