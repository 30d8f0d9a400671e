package org.casestudio.dsl.headless;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.Problem.Severity;
import org.eclipse.osgi.util.NLS;

/**
 * Which files a list of paths stands for: every Case Studio file under a folder; for a single
 * file, the file itself (to check) and the rest of its folder tree (to load, so that its ids
 * resolve). Paths that cannot be used become problems.
 */
final class FolderTree {

	/** The files to load, those of them to check, and the problems with the paths given. */
	record Discovery(Set<Path> toLoad, Set<Path> checked, List<Problem> problems) {
	}

	private final Set<Path> toLoad = new LinkedHashSet<>();
	private final Set<Path> checked = new LinkedHashSet<>();
	private final List<Problem> problems = new ArrayList<>();

	private FolderTree() {
	}

	static Discovery discover(List<Path> inputs) {
		FolderTree tree = new FolderTree();
		for (Path input : inputs) {
			tree.collect(input.toAbsolutePath().normalize(), input);
		}
		return new Discovery(tree.toLoad, tree.checked, tree.problems);
	}

	private void collect(Path path, Path asGiven) {
		if (!Files.exists(path)) {
			problems.add(problem(asGiven, FileProblems.NOT_FOUND, Messages.NotFound));
		} else if (!Files.isReadable(path)) {
			problems.add(problem(asGiven, FileProblems.UNREADABLE, Messages.PermissionDenied));
		} else if (Files.isDirectory(path)) {
			List<Path> found = modelFilesUnder(path, asGiven);
			if (found.isEmpty()) {
				problems.add(problem(asGiven, FileProblems.NO_MODEL_FILES, Messages.NoModelFiles));
			}
			checked.addAll(found);
			toLoad.addAll(found);
		} else if (!isModelFile(path)) {
			problems.add(problem(asGiven, FileProblems.NOT_A_MODEL_FILE, Messages.NotAModelFile));
		} else {
			checked.add(path);
			toLoad.add(path);
			// Load the rest of the folder tree so that the file's references resolve, without checking it.
			toLoad.addAll(modelFilesUnder(root(path), asGiven));
		}
	}

	/**
	 * The top of the folder tree a file belongs to: its own folder, and each parent folder upwards
	 * as long as that parent holds Case Studio files itself (a route folder with a cases/ subfolder).
	 */
	static Path root(Path file) {
		Path root = file.getParent();
		while (root.getParent() != null && holdsModelFiles(root.getParent())) {
			root = root.getParent();
		}
		return root;
	}

	private static boolean holdsModelFiles(Path folder) {
		try (Stream<Path> children = Files.list(folder)) {
			return children.anyMatch(p -> Files.isRegularFile(p) && isModelFile(p));
		} catch (IOException | SecurityException e) {
			return false;
		}
	}

	private List<Path> modelFilesUnder(Path folder, Path asGiven) {
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile() && isModelFile(file)) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					// One unreadable folder is reported; the rest of the tree is still checked.
					problems.add(problem(file, FileProblems.UNREADABLE,
							NLS.bind(Messages.FolderUnreadable, Messages.describe(e))));
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			problems.add(problem(asGiven, FileProblems.UNREADABLE, NLS.bind(Messages.Unreadable, Messages.describe(e))));
		}
		found.sort(null);
		return found;
	}

	static boolean isModelFile(Path path) {
		String name = path.getFileName() == null ? "" : path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		// Exactly as written: the language is registered for lower-case extensions only.
		return dot > 0 && ModelWorkspace.EXTENSIONS.contains(name.substring(dot + 1));
	}

	/** A problem with a path as a whole: it has no line. */
	static Problem problem(Path path, String code, String message) {
		return new Problem(path, 0, 0, Severity.ERROR, message, code);
	}
}
