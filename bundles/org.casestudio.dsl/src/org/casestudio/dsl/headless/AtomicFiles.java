package org.casestudio.dsl.headless;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Saves that never leave a half-written file: the new content goes to a temporary file beside the
 * target, is forced to disk, and then replaces the target in one atomic rename. A crash at any
 * moment leaves either the old file or the new one, never a truncated mix.
 */
public final class AtomicFiles {

	private static final String SUFFIX = ".saving";

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		String prefix = "." + target.getFileName() + ".";
		removeLeftovers(folder, prefix);
		Path temporary = Files.createTempFile(folder, prefix, SUFFIX);
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			if (Files.exists(target)) {
				// Keep the permissions the user gave the file.
				Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			forceFolder(folder);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Temporary files of saves that were killed before their rename: never read, safe to remove. */
	private static void removeLeftovers(Path folder, String prefix) {
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, prefix + "*" + SUFFIX)) {
			for (Path leftover : leftovers) {
				Files.deleteIfExists(leftover);
			}
		} catch (IOException e) {
			// Leftovers only take room; the save itself does not depend on removing them.
		}
	}

	/** Makes the rename itself durable; not every file system lets a folder be opened for that. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// The rename is atomic already; only its durability after a power cut is at stake.
		}
	}
}
