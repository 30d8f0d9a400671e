package org.casestudio.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Where an exporter writes: a fresh staging folder that becomes part of the pack only when every
 * format has been written. Paths are relative, '/'-separated and checked, so that no name taken
 * from the model can reach outside the pack (no "..", no absolute path, no drive letter).
 */
public final class PackOutput {

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

	private final Path root;
	private final List<String> written = new ArrayList<>();

	PackOutput(Path root) {
		this.root = root;
	}

	public void write(String path, String text) throws ExportException {
		write(path, text.getBytes(StandardCharsets.UTF_8));
	}

	public void write(String path, byte[] content) throws ExportException {
		Path file = resolve(path);
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, content);
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.CannotWrite, path, e.getMessage()), e);
		}
		if (!written.contains(path)) {
			written.add(path);
		}
	}

	/** The files written so far, relative to the pack. */
	public List<String> written() {
		return Collections.unmodifiableList(written);
	}

	Path root() {
		return root;
	}

	/** The staging file for a pack-relative path, refused when the path could leave the pack. */
	Path resolve(String path) throws ExportException {
		if (!isSafe(path)) {
			throw new ExportException(NLS.bind(Messages.UnsafePath, path));
		}
		return root.resolve(path);
	}

	/** Relative, '/'-separated, every segment a plain name that starts with a letter, digit or '_'. */
	public static boolean isSafe(String path) {
		if (path == null || path.isEmpty() || path.length() > 240) {
			return false;
		}
		for (String segment : path.split("/", -1)) {
			if (!SEGMENT.matcher(segment).matches()) {
				return false;
			}
		}
		return true;
	}
}
