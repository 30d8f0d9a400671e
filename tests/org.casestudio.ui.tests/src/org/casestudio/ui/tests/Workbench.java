package org.casestudio.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.casestudio.ui.editor.CaseStudioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Helpers for driving the running workbench from tests that run in its UI thread. */
final class Workbench {

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static IFile file(String path) {
		return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(path));
	}

	static CaseStudioEditor open(String path) throws CoreException {
		CaseStudioEditor editor = (CaseStudioEditor) IDE.openEditor(page(), file(path), CaseStudioEditor.ID, true);
		waitFor(() -> editor.session() != null, "the editor's model");
		return editor;
	}

	/** The Problems view, shown and focused, with every group expanded once the view has them. */
	static Tree problemsView() throws PartInitException {
		Tree tree = problemsTree();
		// The view fills itself on a short delay of its own.
		waitFor(() -> expandGroups(tree) && Arrays.stream(tree.getItems()).allMatch(group -> group.getItemCount() > 0)
				&& rows(tree).noneMatch(problem -> problem.getText().isEmpty()), "the Problems view's rows");
		return tree;
	}

	/** The row of the Problems view that shows the message, once the view shows it. */
	static TreeItem problemRow(String message) throws PartInitException {
		Tree tree = problemsTree();
		waitFor(() -> expandGroups(tree) && rows(tree).anyMatch(problem -> problem.getText().equals(message)),
				"the problem '" + message + "' in the Problems view");
		return rows(tree).filter(problem -> problem.getText().equals(message)).findFirst().orElseThrow();
	}

	/** The problems' rows, under their groups. */
	private static Stream<TreeItem> rows(Tree tree) {
		return Arrays.stream(tree.getItems()).flatMap(group -> Arrays.stream(group.getItems()));
	}

	private static Tree problemsTree() throws PartInitException {
		IViewPart problems = page().showView(IPageLayout.ID_PROBLEM_VIEW);
		problems.setFocus();
		// The view's tree is its selection provider's, whichever control has the focus.
		return ((TreeViewer) problems.getSite().getSelectionProvider()).getTree();
	}

	/** Expands the groups (severities) not yet expanded, as a click would; false while there is none. */
	private static boolean expandGroups(Tree tree) {
		for (TreeItem group : tree.getItems()) {
			if (!group.getExpanded()) {
				Event expand = new Event();
				expand.item = group;
				tree.notifyListeners(SWT.Expand, expand);
				group.setExpanded(true);
			}
		}
		return tree.getItemCount() > 0;
	}

	/** Processes UI events until the condition holds; fails after 20 s. */
	static void waitFor(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError(e);
				}
			}
		}
	}

	/** Processes pending UI events for a while, to let jobs and repaints happen. */
	static void settle(long millis) {
		long until = System.currentTimeMillis() + millis;
		Display display = Display.getCurrent();
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	/** The file's Case Studio problems. */
	static IMarker[] problems(IFile file) {
		try {
			return file.findMarkers(org.casestudio.ui.editor.ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	static IMarker[] errors(IFile file) {
		return java.util.Arrays.stream(problems(file))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toArray(IMarker[]::new);
	}

	/** Screenshots to take: a test's steps, which may throw what a test throws. */
	@FunctionalInterface
	interface Shots {
		void take() throws Exception;
	}

	/**
	 * Takes the shots with the workbench window at 1280x800, the size the README's pictures show,
	 * and gives the window back its size after, whatever happened.
	 */
	static void atReadmeSize(Shots shots) throws Exception {
		Shell shell = page().getWorkbenchWindow().getShell();
		Rectangle bounds = shell.getBounds();
		shell.setBounds(0, 0, 1280, 800);
		try {
			shots.take();
		} finally {
			shell.setBounds(bounds);
		}
	}

	/**
	 * Saves a picture of the top-left 1280x800 of the screen (where the workbench window is put)
	 * under target/screenshots (docs/images holds the ones the README shows); nothing without a display.
	 */
	static void picture(String name) {
		String folder = System.getProperty("casestudio.screenshots");
		if (folder == null || System.getenv("DISPLAY") == null) {
			return;
		}
		settle(400);
		try {
			Files.createDirectories(Path.of(folder));
			Process process = new ProcessBuilder("import", "-window", "root", "-crop", "1280x800+0+0", "+repage",
					Path.of(folder, name + ".png").toString()).redirectErrorStream(true).start();
			process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
			waitFor(() -> !process.isAlive(), "the picture " + name);
		} catch (IOException e) {
			// No screenshot tool on this machine: the test itself does not depend on pictures.
		}
	}

	/** Saves a picture of the screen under target/screenshots, for people to look at. */
	static void screenshot(String name) {
		String folder = System.getProperty("casestudio.screenshots");
		if (folder == null || System.getenv("DISPLAY") == null) {
			return;
		}
		settle(400);
		try {
			Files.createDirectories(Path.of(folder));
			Process process = new ProcessBuilder("import", "-window", "root", Path.of(folder, name + ".png").toString())
					.redirectErrorStream(true).start();
			process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
			// import waits for the X server, which needs this thread to keep dispatching events.
			waitFor(() -> !process.isAlive(), "the screenshot " + name);
		} catch (IOException e) {
			// No screenshot tool on this machine: the test itself does not depend on pictures.
		}
	}
}
