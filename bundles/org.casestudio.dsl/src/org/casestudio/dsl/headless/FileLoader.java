package org.casestudio.dsl.headless;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.Problem.Severity;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Reads files into resources of one resource set: refuses a file too large to be a model, decodes
 * strict UTF-8, and turns what cannot be read into problems instead of exceptions.
 */
final class FileLoader {

	private final XtextResourceSet resourceSet;
	private final Map<Resource, Path> files = new LinkedHashMap<>();
	/** Problems reading the files to check: the command line's usage/IO case. */
	private final List<Problem> fileProblems = new ArrayList<>();
	/** Problems with the content of any loaded file (too large, not UTF-8), reported with its findings. */
	private final List<Problem> contentProblems = new ArrayList<>();

	FileLoader(XtextResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	Map<Resource, Path> files() {
		return files;
	}

	List<Problem> fileProblems() {
		return fileProblems;
	}

	List<Problem> contentProblems() {
		return contentProblems;
	}

	/**
	 * Forgets a file: its resource leaves the resource set and its problems are dropped, so that it
	 * can be loaded again after it changed (or stay away after it was deleted). Returns its resource,
	 * unloaded, or null when it had none.
	 */
	Resource unload(Path file) {
		fileProblems.removeIf(p -> file.equals(p.file()));
		contentProblems.removeIf(p -> file.equals(p.file()));
		Resource resource = resource(file);
		if (resource != null) {
			files.remove(resource);
			resourceSet.getResources().remove(resource);
			resource.unload();
		}
		return resource;
	}

	/** The loaded resource of a file, or null. */
	Resource resource(Path file) {
		for (Map.Entry<Resource, Path> entry : files.entrySet()) {
			if (entry.getValue().equals(file)) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** Loads one file; problems reading a file only loaded for its ids are left to its own check. */
	void load(Path file, boolean checked) {
		List<Problem> problems = checked ? fileProblems : new ArrayList<>();
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > ModelWorkspace.MAX_FILE_BYTES) {
				// Parsing keeps a node per token: a file this size would need gigabytes of memory.
				contentProblems.add(new Problem(file, 1, 1, Severity.ERROR,
						NLS.bind(Messages.TooLarge, size >> 20, ModelWorkspace.MAX_FILE_BYTES >> 20), FileProblems.TOO_LARGE));
				return;
			}
			bytes = Files.readAllBytes(file);
		} catch (AccessDeniedException e) {
			problems.add(FolderTree.problem(file, FileProblems.UNREADABLE, Messages.PermissionDenied));
			return;
		} catch (NoSuchFileException e) {
			problems.add(FolderTree.problem(file, FileProblems.NOT_FOUND, Messages.Disappeared));
			return;
		} catch (IOException e) {
			problems.add(FolderTree.problem(file, FileProblems.UNREADABLE, NLS.bind(Messages.Unreadable, Messages.describe(e))));
			return;
		}
		String text;
		try {
			text = Utf8Text.decode(bytes);
		} catch (Utf8Text.NotUtf8Exception e) {
			contentProblems.add(new Problem(file, e.line(), e.column(), Severity.ERROR, e.getMessage(), FileProblems.ENCODING));
			return;
		}
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		if (resource == null) {
			problems.add(FolderTree.problem(file, FileProblems.NOT_A_MODEL_FILE, Messages.NotAModelFile));
			return;
		}
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			files.put(resource, file);
		} catch (IOException e) {
			problems.add(FolderTree.problem(file, FileProblems.UNREADABLE, NLS.bind(Messages.Unreadable, Messages.describe(e))));
			resourceSet.getResources().remove(resource);
		}
	}
}
