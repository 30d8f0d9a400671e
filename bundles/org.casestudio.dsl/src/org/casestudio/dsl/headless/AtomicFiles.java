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
import java.util.UUID;

/**
 * Saves that never leave a half-written file: the new content goes to a temporary file beside the
 * target, is forced to disk, and then replaces the target in one atomic rename. A crash at any
 * moment leaves either the old file or the new one, never a truncated mix.
 */
public final class AtomicFiles {

	private static final String SUFFIX = ".saving";

	private AtomicFiles() {
	}

	public static void write(Path file, byte[] content) throws IOException {
		// Through a symbolic link, the file it points to is replaced, not the link.
		Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
		Path folder = target.getParent();
		String prefix = "." + target.getFileName() + ".";
		removeLeftovers(folder, prefix);
		// Created like any new file (the user's umask applies), unlike createTempFile's owner-only mode.
		Path temporary = folder.resolve(prefix + UUID.randomUUID() + SUFFIX);
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			copyPermissions(target, temporary);
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

	/** Keeps the permissions the user gave the file, where the file system has POSIX permissions. */
	private static void copyPermissions(Path from, Path to) {
		if (!Files.exists(from)) {
			return;
		}
		try {
			Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
		} catch (IOException | UnsupportedOperationException e) {
			// USB sticks and network shares (FAT, SMB) have no such permissions to keep.
		}
	}

	/** Temporary files of saves that were killed before their rename: never read, safe to remove. */
	private static void removeLeftovers(Path folder, String prefix) {
		DirectoryStream.Filter<Path> leftover = p -> {
			String name = p.getFileName().toString();
			return name.startsWith(prefix) && name.endsWith(SUFFIX);
		};
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, leftover)) {
			for (Path path : leftovers) {
				Files.deleteIfExists(path);
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
