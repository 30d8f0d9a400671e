package org.casestudio.dsl.headless;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.casestudio.model.LearningRoute;
import org.casestudio.model.problems.Place;
import org.casestudio.model.problems.Problem;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

/**
 * Case Studio files loaded together so that their ids resolve across files, as a command line tool
 * or an exporter sees them. Given a folder, every Case Studio file under it is loaded and checked;
 * given a single file, the files of its folder tree are loaded too (to resolve its references) but
 * only the given file is checked. Problems with the files themselves (missing, unreadable, not
 * UTF-8 text) become {@link Problem problems} instead of exceptions. The work is done by
 * {@link FolderTree} (which files), {@link FileLoader} (reading them), {@link FolderTreeIndex}
 * (resolving ids) and {@link ModelValidation} (checking them).
 */
public final class ModelWorkspace {

	/** The file extensions of the language: routes, case studies and actor lists. */
	public static final Set<String> EXTENSIONS = Set.of("route", "case", "actors");
	/** Large libraries are many files; one file of this size is a mistake (a database dump, a video). */
	public static final long MAX_FILE_BYTES = 16L << 20;

	private final XtextResourceSet resourceSet;
	private final FolderTree.Discovery discovery;
	private final FileLoader loader;
	private final FolderTreeIndex index;

	private ModelWorkspace(XtextResourceSet resourceSet, FolderTree.Discovery discovery, FileLoader loader,
			FolderTreeIndex index) {
		this.resourceSet = resourceSet;
		this.discovery = discovery;
		this.loader = loader;
		this.index = index;
	}

	/** Loads the given files and folders; never throws for bad input. */
	public static ModelWorkspace load(Injector injector, List<Path> inputs) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		// The files are parsed by this injector's language, not by whichever injector registered
		// the extensions last in EMF's global registry: a process may hold more than one (tests
		// do), and services such as content assist only know the grammar of their own injector.
		IResourceFactory factory = injector.getInstance(IResourceFactory.class);
		for (String extension : EXTENSIONS) {
			resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(extension, factory);
		}
		FolderTree.Discovery discovery = FolderTree.discover(inputs);
		FileLoader loader = new FileLoader(resourceSet);
		loader.fileProblems().addAll(discovery.problems());
		for (Path file : discovery.toLoad()) {
			loader.load(file, discovery.checked().contains(file));
		}
		FolderTreeIndex index = FolderTreeIndex.build(injector, resourceSet, loader.files().keySet());
		return new ModelWorkspace(resourceSet, discovery, loader, index);
	}

	public static boolean isModelFile(Path path) {
		return FolderTree.isModelFile(path);
	}

	/**
	 * The top of the folder tree a file belongs to, whose files are loaded with it so that its ids
	 * resolve: its folder, and each parent folder upwards as long as that parent holds Case Studio
	 * files itself.
	 */
	public static Path folderTreeRoot(Path file) {
		return FolderTree.root(file.toAbsolutePath().normalize());
	}

	/** Updates the index after a file's text changed (an editor's unsaved text, for instance). */
	public void reindex(Resource resource) {
		index.update(resource);
	}

	/** Problems with the paths themselves (missing, unreadable): the command line's usage/IO case. */
	public List<Problem> fileProblems() {
		return Collections.unmodifiableList(loader.fileProblems());
	}

	/** The files that were asked to be checked and could be read as text. */
	public List<Path> checkedFiles() {
		return loader.files().values().stream().filter(discovery.checked()::contains).toList();
	}

	/** The loaded resources, in path order: the checked files and the rest of their folder trees. */
	public Map<Resource, Path> resources() {
		return Collections.unmodifiableMap(loader.files());
	}

	/** The routes declared in the checked files, in path order. */
	public List<LearningRoute> routes() {
		return routes(discovery.checked()::contains);
	}

	/** The routes declared in every loaded file, also those loaded only so that ids resolve. */
	public List<LearningRoute> allRoutes() {
		return routes(file -> true);
	}

	private List<LearningRoute> routes(Predicate<Path> which) {
		return loader.files().entrySet().stream().filter(e -> which.test(e.getValue()))
				.flatMap(e -> e.getKey().getContents().stream()).flatMap(document -> document.eContents().stream())
				.filter(LearningRoute.class::isInstance).map(LearningRoute.class::cast).toList();
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** Parses, links and validates the checked files; content problems of every kind, sorted by place. */
	public List<Problem> validate(CancelIndicator cancel) {
		return ModelValidation.validate(loader.files(), loader.contentProblems(), discovery.checked()::contains, cancel);
	}

	/**
	 * The problems of every loaded file, also those loaded only so that ids resolve: what an
	 * export needs, since a pack is made from the whole folder tree of its route.
	 */
	public List<Problem> validateAll(CancelIndicator cancel) {
		return ModelValidation.validate(loader.files(), loader.contentProblems(), file -> true, cancel);
	}

	/**
	 * Where an element is declared: its file, and the line and column where its text starts (after
	 * any comment before it). Null when the element is in no loaded file; line 1 when it has no text.
	 * This is the locator the export is given, since the export knows no syntax.
	 */
	public Place place(EObject element) {
		Resource resource = element.eResource();
		if (resource == null) {
			return null;
		}
		Path file = loader.files().get(resource);
		if (file == null) {
			URI uri = resource.getURI();
			if (uri == null || !uri.isFile()) {
				return null;
			}
			file = Path.of(uri.toFileString());
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return new Place(file, 1, 1);
		}
		String text = node.getRootNode().getText();
		int offset = node.getOffset();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		return new Place(file, node.getStartLine(), offset - lineStart + 1);
	}
}
