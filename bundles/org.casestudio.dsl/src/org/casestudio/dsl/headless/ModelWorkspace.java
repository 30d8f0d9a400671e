package org.casestudio.dsl.headless;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.casestudio.dsl.headless.Finding.Severity;
import org.casestudio.model.LearningRoute;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Case Studio files loaded together so that their ids resolve across files, as a command line tool
 * or an exporter sees them. Given a folder, every Case Studio file under it is loaded and checked;
 * given a single file, the files of its folder tree are loaded too (to resolve its references) but
 * only the given file is checked. Problems with the files themselves (missing, unreadable, not
 * UTF-8 text) become {@link Finding findings} instead of exceptions.
 */
public final class ModelWorkspace {

	/** The file extensions of the language: routes, case studies and actor lists. */
	public static final Set<String> EXTENSIONS = Set.of("route", "case", "actors");

	private final XtextResourceSet resourceSet;
	private final Map<Resource, Path> files = new LinkedHashMap<>();
	private final Set<Path> checked = new LinkedHashSet<>();
	private final List<Finding> fileProblems = new ArrayList<>();
	private final List<Finding> contentProblems = new ArrayList<>();
	private static final String INDEX = "folder-tree";
	/** Large libraries are many files; one file of this size is a mistake (a database dump, a video). */
	public static final long MAX_FILE_BYTES = 16L << 20;
	private IResourceDescription.Manager descriptionManager;
	private ResourceDescriptionsData index;

	private ModelWorkspace(Injector injector) {
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
	}

	/** Loads the given files and folders; never throws for bad input. */
	public static ModelWorkspace load(Injector injector, List<Path> inputs) {
		ModelWorkspace workspace = new ModelWorkspace(injector);
		Set<Path> toLoad = new LinkedHashSet<>();
		for (Path input : inputs) {
			workspace.collect(input.toAbsolutePath().normalize(), input, toLoad);
		}
		for (Path file : toLoad) {
			workspace.loadFile(file, workspace.checked.contains(file));
		}
		workspace.index(injector);
		return workspace;
	}

	private void collect(Path path, Path asGiven, Set<Path> toLoad) {
		if (!Files.exists(path)) {
			fileProblems.add(fileProblem(asGiven, FileProblems.NOT_FOUND,
					"No such file or folder. Check the path."));
		} else if (!Files.isReadable(path)) {
			fileProblems.add(fileProblem(asGiven, FileProblems.UNREADABLE,
					"Cannot be read: permission denied. Check the file's permissions."));
		} else if (Files.isDirectory(path)) {
			List<Path> found = modelFilesUnder(path, asGiven);
			if (found.isEmpty()) {
				fileProblems.add(fileProblem(asGiven, FileProblems.NO_MODEL_FILES,
						"This folder holds no Case Studio file (.route, .case or .actors)."));
			}
			checked.addAll(found);
			toLoad.addAll(found);
		} else if (!isModelFile(path)) {
			fileProblems.add(fileProblem(asGiven, FileProblems.NOT_A_MODEL_FILE,
					"Not a Case Studio file: expected a name ending in .route, .case or .actors."));
		} else {
			checked.add(path);
			toLoad.add(path);
			// Load the rest of the folder tree so that the file's references resolve, without checking it.
			toLoad.addAll(modelFilesUnder(folderTreeRoot(path), asGiven));
		}
	}

	/**
	 * The top of the folder tree a file belongs to: its own folder, and each parent folder upwards
	 * as long as that parent holds Case Studio files itself (a route folder with a cases/ subfolder).
	 */
	static Path folderTreeRoot(Path file) {
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
					fileProblems.add(fileProblem(file, FileProblems.UNREADABLE,
							"Cannot be read: " + describe(e) + ". Check its permissions."));
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			fileProblems.add(fileProblem(asGiven, FileProblems.UNREADABLE, "Cannot be read: " + describe(e) + "."));
		}
		found.sort(null);
		return found;
	}

	public static boolean isModelFile(Path path) {
		String name = path.getFileName() == null ? "" : path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		// Exactly as written: the language is registered for lower-case extensions only.
		return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
	}

	/** Loads one file; problems reading a file only loaded for its ids are left to its own check. */
	private void loadFile(Path file, boolean checkedFile) {
		List<Finding> problems = checkedFile ? fileProblems : new ArrayList<>();
		loadFile(file, problems);
	}

	private void loadFile(Path file, List<Finding> fileProblems) {
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > MAX_FILE_BYTES) {
				// Parsing keeps a node per token: a file this size would need gigabytes of memory.
				contentProblems.add(new Finding(file, 1, 1, Severity.ERROR, String.format(
						"This file is %d MB; a Case Studio file holds at most %d MB. Split it into several files (one per case, for instance).",
						size >> 20, MAX_FILE_BYTES >> 20), FileProblems.TOO_LARGE));
				return;
			}
			bytes = Files.readAllBytes(file);
		} catch (AccessDeniedException e) {
			fileProblems.add(fileProblem(file, FileProblems.UNREADABLE,
					"Cannot be read: permission denied. Check the file's permissions."));
			return;
		} catch (NoSuchFileException e) {
			fileProblems.add(fileProblem(file, FileProblems.NOT_FOUND, "No such file: it disappeared while loading."));
			return;
		} catch (IOException e) {
			fileProblems.add(fileProblem(file, FileProblems.UNREADABLE, "Cannot be read: " + describe(e) + "."));
			return;
		}
		String text;
		try {
			text = Utf8Text.decode(bytes);
		} catch (Utf8Text.NotUtf8Exception e) {
			contentProblems.add(new Finding(file, e.line(), e.column(), Severity.ERROR, e.getMessage(),
					FileProblems.ENCODING));
			return;
		}
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		if (resource == null) {
			fileProblems.add(fileProblem(file, FileProblems.NOT_A_MODEL_FILE,
					"Not a Case Studio file: expected a name ending in .route, .case or .actors."));
			return;
		}
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			files.put(resource, file);
		} catch (IOException e) {
			fileProblems.add(fileProblem(file, FileProblems.UNREADABLE, "Cannot be read: " + describe(e) + "."));
			resourceSet.getResources().remove(resource);
		}
	}

	/**
	 * Indexes every loaded file once, by name, so that resolving an id or checking that it is unique
	 * costs a look-up instead of a scan of every file: validation grows linearly with the library.
	 */
	private void index(Injector injector) {
		descriptionManager = injector.getInstance(IResourceDescription.Manager.class);
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : files.keySet()) {
			descriptions.add(descriptionManager.getResourceDescription(resource));
		}
		index = new ResourceDescriptionsData(descriptions);
		new ChunkedResourceDescriptions(Map.of(INDEX, index), resourceSet);
	}

	/** Updates the index after a file's text changed (an editor's unsaved text, for instance). */
	public void reindex(Resource resource) {
		if (index != null && descriptionManager != null) {
			index.removeDescription(resource.getURI());
			index.addDescription(resource.getURI(), descriptionManager.getResourceDescription(resource));
		}
	}

	/** Problems with the paths themselves (missing, unreadable): the command line's usage/IO case. */
	public List<Finding> fileProblems() {
		return Collections.unmodifiableList(fileProblems);
	}

	/** The files that were asked to be checked and could be read as text. */
	public List<Path> checkedFiles() {
		return files.values().stream().filter(checked::contains).toList();
	}

	/** The loaded resources, in path order: the checked files and the rest of their folder trees. */
	public Map<Resource, Path> resources() {
		return Collections.unmodifiableMap(files);
	}

	/** The routes declared in the checked files, in path order. */
	public List<LearningRoute> routes() {
		return routes(checked::contains);
	}

	/** The routes declared in every loaded file, also those loaded only so that ids resolve. */
	public List<LearningRoute> allRoutes() {
		return routes(file -> true);
	}

	private List<LearningRoute> routes(java.util.function.Predicate<Path> which) {
		return files.entrySet().stream().filter(e -> which.test(e.getValue()))
				.flatMap(e -> e.getKey().getContents().stream()).flatMap(document -> document.eContents().stream())
				.filter(LearningRoute.class::isInstance).map(LearningRoute.class::cast).toList();
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** Parses, links and validates the checked files; content problems of every kind, sorted by place. */
	public List<Finding> validate(CancelIndicator cancel) {
		return validate(cancel, checked::contains);
	}

	/**
	 * The findings of every loaded file, also those loaded only so that ids resolve: what an
	 * export needs, since a pack is made from the whole folder tree of its route.
	 */
	public List<Finding> validateAll(CancelIndicator cancel) {
		return validate(cancel, file -> true);
	}

	private List<Finding> validate(CancelIndicator cancel, java.util.function.Predicate<Path> which) {
		List<Finding> findings = new ArrayList<>(contentProblems.stream().filter(f -> which.test(f.file())).toList());
		for (Map.Entry<Resource, Path> entry : files.entrySet()) {
			if (!which.test(entry.getValue())) {
				continue;
			}
			XtextResource resource = (XtextResource) entry.getKey();
			IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
				findings.add(toFinding(entry.getValue(), issue));
			}
		}
		findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
				.thenComparingInt(Finding::column));
		return findings;
	}


	private static Finding toFinding(Path file, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
		String code = issue.getCode();
		if (code == null || code.startsWith(Diagnostic.class.getName())) {
			code = FileProblems.SYNTAX;
		}
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new Finding(file, line, column, severity, issue.getMessage(), code);
	}

	private static Finding fileProblem(Path path, String code, String message) {
		return new Finding(path, 0, 0, Severity.ERROR, message, code);
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	/** Strict UTF-8 decoding with a located explanation of what is wrong. */
	static final class Utf8Text {

		static final class NotUtf8Exception extends Exception {
			private static final long serialVersionUID = 1L;
			private final int line;
			private final int column;

			NotUtf8Exception(String message, int line, int column) {
				super(message);
				this.line = line;
				this.column = column;
			}

			int line() {
				return line;
			}

			int column() {
				return column;
			}
		}

		static String decode(byte[] bytes) throws NotUtf8Exception {
			int start = 0;
			if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
					|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
				throw new NotUtf8Exception("This file is UTF-16 text. Save it as UTF-8 (the usual choice of text editors).", 1, 1);
			}
			if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
				start = 3; // A UTF-8 byte order mark carries no text.
			}
			for (int i = start; i < bytes.length; i++) {
				if (bytes[i] == 0) {
					int[] place = place(bytes, start, i);
					throw new NotUtf8Exception("This is not a text file (it holds binary data). Choose a .route, .case or .actors text file.",
							place[0], place[1]);
				}
			}
			CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT);
			ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
			CharBuffer out = CharBuffer.allocate(bytes.length - start);
			CoderResult result = decoder.decode(in, out, true);
			if (!result.isError()) {
				result = decoder.flush(out);
			}
			if (result.isError()) {
				// The decoder stops right before the first byte that is not UTF-8.
				int bad = in.position();
				int[] place = place(bytes, start, bad);
				throw new NotUtf8Exception(String.format(
						"This file is not UTF-8 text (byte 0x%02X cannot start or continue a character). Save it as UTF-8.",
						bytes[Math.min(bad, bytes.length - 1)] & 0xFF), place[0], place[1]);
			}
			return out.flip().toString();
		}

		/** Line and column (1-based, in characters) of a byte offset. */
		private static int[] place(byte[] bytes, int start, int offset) {
			int line = 1;
			int column = 1;
			for (int i = start; i < offset; i++) {
				if (bytes[i] == '\n') {
					line++;
					column = 1;
				} else if ((bytes[i] & 0xC0) != 0x80) {
					column++;
				}
			}
			return new int[] { line, column };
		}
	}
}
