package org.casestudio.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.casestudio.ui.editor.CaseStudioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
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
