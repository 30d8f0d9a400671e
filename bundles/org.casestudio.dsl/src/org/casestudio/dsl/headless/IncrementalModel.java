package org.casestudio.dsl.headless;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.casestudio.model.problems.Problem;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * A set of Case Studio files kept loaded between changes, as Xtext's incremental builder keeps its
 * index: for each file, what it declares (each id with a fingerprint of its declaration) and the
 * names it refers to (read from the text, so that a name that does not resolve yet still counts).
 * {@link #update} reloads the changed files and checks them, and only the other files that refer to
 * or also declare a name whose declaration was added, removed or changed; the rest keep their
 * problems. Loading and checking are {@link ModelWorkspace}'s ({@link FileLoader},
 * {@link FolderTreeIndex}, {@link ModelValidation}): one validation path for every tool.
 * <p>
 * All the files of one model are one scope: their ids resolve across each other, as the files of a
 * folder tree do for the command line. Not thread-safe beyond its own lock: calls are serialised.
 */
public final class IncrementalModel {

	/** What one update did: the problems of every file it checked, and which files are gone. */
	public record Result(Map<Path, List<Issue>> issues, Set<Path> removed, boolean cancelled) {

		/** The files that were checked, in the order they were checked. */
		public Set<Path> validated() {
			return issues.keySet();
		}
	}

	/** What a file declares (name → fingerprint of its declaration) and the name segments it refers to. */
	private record Entry(Map<String, Integer> declared, Set<String> declaredSegments, Set<String> referenced) {
		static final Entry NONE = new Entry(Map.of(), Set.of(), Set.of());
	}

	/** Hears which file is being checked, e.g. to show progress. */
	public interface Progress {
		void checking(Path file, int index, int total);

		Progress NONE = (file, index, total) -> {
		};
	}

	private static final OperationCanceledManager CANCELLATION = new OperationCanceledManager();

	private final XtextResourceSet resourceSet;
	private final FileLoader loader;
	private final FolderTreeIndex index;
	private final LinkingHelper linkingHelper;
	private final IQualifiedNameConverter names;
	private final Map<Path, Entry> entries = new LinkedHashMap<>();
	/** Files that a cancelled update did not get to check: the next update checks them first. */
	private final Set<Path> pending = new LinkedHashSet<>();

	private IncrementalModel(Injector injector) {
		resourceSet = injector.getInstance(XtextResourceSet.class);
		loader = new FileLoader(resourceSet);
		index = FolderTreeIndex.build(injector, resourceSet, List.of());
		linkingHelper = injector.getInstance(LinkingHelper.class);
		names = injector.getInstance(IQualifiedNameConverter.class);
	}

	/** An empty model; {@link #update} with every file of the scope is its full build. */
	public static IncrementalModel create(Injector injector) {
		return new IncrementalModel(injector);
	}

	/** The files the model holds, in the order they were first loaded. */
	public synchronized Set<Path> files() {
		return Collections.unmodifiableSet(new LinkedHashSet<>(entries.keySet()));
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/**
	 * Brings the model up to date with the files on disk: each of {@code changed} is (re)loaded
	 * (one that no longer exists counts as removed), each of {@code removed} forgotten; then the
	 * changed files and the files depending on what changed are checked. A file that cannot be read
	 * or parsed gets its problems like any other and never stops the others being checked.
	 * Cancelling stops between files; the files left unchecked are checked by the next update.
	 */
	public Result update(Collection<Path> changed, Collection<Path> removed, CancelIndicator cancel) {
		return update(changed, removed, cancel, Progress.NONE);
	}

	/** {@link #update(Collection, Collection, CancelIndicator)}, telling {@code progress} of each file checked. */
	public synchronized Result update(Collection<Path> changed, Collection<Path> removed, CancelIndicator cancel,
			Progress progress) {
		Set<String> changedNames = new HashSet<>();
		Set<Path> gone = new LinkedHashSet<>();
		Set<Path> reloaded = new LinkedHashSet<>();
		for (Path file : removed) {
			Path path = normal(file);
			forget(path, changedNames);
			gone.add(path);
		}
		for (Path file : changed) {
			Path path = normal(file);
			if (!Files.isRegularFile(path)) {
				forget(path, changedNames);
				gone.add(path);
				continue;
			}
			Entry before = entries.getOrDefault(path, Entry.NONE);
			loader.unload(path);
			index.remove(uri(path));
			loader.load(path, true);
			Resource resource = loader.resource(path);
			Entry after = Entry.NONE;
			if (resource != null) {
				index.update(resource);
				after = entry(resource);
			}
			entries.put(path, after);
			changedNames(before, after, changedNames);
			reloaded.add(path);
			pending.remove(path);
		}
		Set<Path> toCheck = new LinkedHashSet<>(pending);
		toCheck.addAll(reloaded);
		if (!changedNames.isEmpty()) {
			for (Map.Entry<Path, Entry> entry : entries.entrySet()) {
				if (!Collections.disjoint(entry.getValue().referenced(), changedNames)
						|| !Collections.disjoint(entry.getValue().declaredSegments(), changedNames)) {
					toCheck.add(entry.getKey());
				}
			}
		}
		toCheck.removeAll(gone);
		pending.removeAll(gone);
		return check(toCheck, reloaded, gone, cancel, progress);
	}

	private Result check(Set<Path> toCheck, Set<Path> reloaded, Set<Path> gone, CancelIndicator cancel,
			Progress progress) {
		Map<Path, List<Issue>> issues = new LinkedHashMap<>();
		boolean cancelled = false;
		int index = 0;
		for (Path file : toCheck) {
			if (cancelled || cancel.isCanceled()) {
				cancelled = true;
				pending.add(file);
				continue;
			}
			progress.checking(file, index++, toCheck.size());
			try {
				List<Issue> found = check(file, !reloaded.contains(file), cancel);
				if (cancel.isCanceled()) {
					// Cancelled while checking: what was found may be partial, so it is not reported.
					cancelled = true;
					pending.add(file);
					continue;
				}
				issues.put(file, found);
				pending.remove(file);
			} catch (RuntimeException | Error e) {
				if (!CANCELLATION.isOperationCanceledException(e)) {
					throw e;
				}
				cancelled = true;
				pending.add(file);
			}
		}
		return new Result(issues, gone, cancelled);
	}

	/** The problems of one file: reading it, then the language's checks on a fresh link of it. */
	private List<Issue> check(Path file, boolean relink, CancelIndicator cancel) {
		List<Issue> issues = new ArrayList<>();
		for (Problem problem : loader.fileProblems()) {
			if (file.equals(problem.file())) {
				issues.add(issue(problem));
			}
		}
		for (Problem problem : loader.contentProblems()) {
			if (file.equals(problem.file())) {
				issues.add(issue(problem));
			}
		}
		if (loader.resource(file) instanceof XtextResource resource) {
			if (relink) {
				// Its links may point into a file that was loaded again: link it afresh from its text.
				resource.relink();
			}
			issues.addAll(ModelValidation.issues(resource, cancel));
		}
		return issues;
	}

	private void forget(Path path, Set<String> changedNames) {
		Entry before = entries.remove(path);
		if (before != null) {
			changedNames(before, Entry.NONE, changedNames);
		}
		loader.unload(path);
		index.remove(uri(path));
	}

	/** The name segments of every declaration added, removed or changed between two states of a file. */
	private static void changedNames(Entry before, Entry after, Set<String> changedNames) {
		Set<String> all = new HashSet<>(before.declared().keySet());
		all.addAll(after.declared().keySet());
		for (String name : all) {
			if (!Objects.equals(before.declared().get(name), after.declared().get(name))) {
				changedNames.addAll(segments(name));
			}
		}
	}

	private Entry entry(Resource resource) {
		Map<String, Integer> declared = new HashMap<>();
		Set<String> declaredSegments = new HashSet<>();
		IResourceDescription description = index.description(resource.getURI());
		if (description != null) {
			for (IEObjectDescription exported : description.getExportedObjects()) {
				String name = exported.getName().toString();
				EObject element = resource.getEObject(exported.getEObjectURI().fragment());
				ICompositeNode node = element == null ? null : NodeModelUtils.getNode(element);
				// The declaration's kind and text (without the comment before it): a file that uses
				// it may be checked against either.
				String text = node == null ? null
						: node.getRootNode().getText().substring(node.getOffset(), node.getEndOffset());
				int fingerprint = Objects.hash(exported.getEClass().getName(), text);
				declared.merge(name, fingerprint, (a, b) -> 31 * a + b);
				declaredSegments.addAll(segments(name));
			}
		}
		Set<String> referenced = new TreeSet<>();
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			for (INode node : xtext.getParseResult().getRootNode().getAsTreeIterable()) {
				if (node.getGrammarElement() instanceof CrossReference) {
					String text = referenceText(node);
					if (text != null) {
						referenced.addAll(segments(text));
					}
				}
			}
		}
		return new Entry(declared, declaredSegments, referenced);
	}

	/** The name a reference is written as; null when it is not even a name (a syntax error). */
	private String referenceText(INode node) {
		try {
			String text = linkingHelper.getCrossRefNodeAsString(node, true);
			return text == null || text.isBlank() ? null : names.toQualifiedName(text).toString();
		} catch (RuntimeException e) {
			// A value converter refuses malformed text; the raw text still names what it meant.
			String raw = NodeModelUtils.getTokenText(node);
			return raw == null || raw.isBlank() ? null : raw.strip();
		}
	}

	/**
	 * Names are compared by segment and without case: {@code coffee.organic_coffee} depends on both
	 * {@code coffee} and {@code organic_coffee}. This checks a few files too many, never one too few.
	 */
	private static Set<String> segments(String name) {
		Set<String> segments = new HashSet<>();
		for (String segment : name.split("\\.")) {
			String key = segment.strip();
			if (key.startsWith("^")) {
				key = key.substring(1);
			}
			if (!key.isEmpty()) {
				segments.add(key.toLowerCase(Locale.ROOT));
			}
		}
		return segments;
	}

	/** Problems of reading a file as issues, so that they reach the same markers as the language's. */
	private static Issue issue(Problem problem) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(switch (problem.severity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		});
		issue.setMessage(problem.message());
		issue.setCode(problem.code());
		issue.setType(CheckType.FAST);
		issue.setLineNumber(Math.max(1, problem.line()));
		issue.setColumn(Math.max(1, problem.column()));
		return issue;
	}

	private static Path normal(Path file) {
		return file.toAbsolutePath().normalize();
	}

	private static URI uri(Path path) {
		return URI.createFileURI(path.toString());
	}
}
