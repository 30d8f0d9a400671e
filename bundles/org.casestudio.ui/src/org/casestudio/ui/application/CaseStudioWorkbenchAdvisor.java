package org.casestudio.ui.application;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.casestudio.ui.CaseStudioUi;
import org.casestudio.ui.builder.CaseStudioBuilder;
import org.casestudio.ui.builder.CaseStudioNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.eclipse.core.runtime.Platform;

/**
 * Sets the workbench up as an Eclipse modelling tool would: workspace resources in the Project
 * Explorer, the Case Studio perspective, and on first start the seed route as a project with its
 * route file open.
 */
public class CaseStudioWorkbenchAdvisor extends WorkbenchAdvisor {

	/** Where the seed routes are; set by ./casestudio to the repository's seeds/ folder. */
	public static final String SEEDS_PROPERTY = "casestudio.seeds";
	/** A workspace-relative file to open at start, e.g. attapeu/attapeu.route. */
	public static final String OPEN_PROPERTY = "casestudio.open";
	/** When true, the time from JVM start to the open editor is printed (see BENCHMARKS.md). */
	public static final String TIMING_PROPERTY = "casestudio.timing";
	/** With the timing: closes the workbench once the editor is open, for repeated starts. */
	public static final String TIMING_CLOSE_PROPERTY = "casestudio.timing.close";

	private static final int WAKE_INTERVAL_MS = 20;

	/**
	 * The images org.eclipse.ui.ide's views ask the workbench for, by key, and the bundle's own PNG
	 * for each (with its @2x twin, no SVG rasterizing needed). The keys beyond IDE.SharedImages are
	 * those of IDEInternalWorkbenchImages, which the Problems view and its Quick Fix dialog use.
	 */
	private static final Map<String, String> IDE_IMAGES = Map.ofEntries(
			Map.entry(IDE.SharedImages.IMG_OBJ_PROJECT, "obj16/prj_obj.png"),
			Map.entry(IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "obj16/cprj_obj.png"),
			Map.entry(IDE.SharedImages.IMG_OPEN_MARKER, "elcl16/gotoobj_tsk.png"),
			Map.entry("IMG_OBJS_ERROR_PATH", "obj16/error_tsk.png"),
			Map.entry("IMG_OBJS_WARNING_PATH", "obj16/warn_tsk.png"),
			Map.entry("IMG_OBJS_INFO_PATH", "obj16/info_tsk.png"),
			Map.entry("IMG_OBJS_FIXABLE_ERROR", "obj16/quickfix_error_obj.png"),
			Map.entry("IMG_OBJS_FIXABLE_WARNING", "obj16/quickfix_warning_obj.png"),
			Map.entry("IMG_OBJS_FIXABLE_INFO", "obj16/quickfix_info_obj.png"),
			Map.entry("IMG_ETOOL_PROBLEM_CATEGORY", "etool16/problem_category.png"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW", "eview16/problems_view.png"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW_ERROR", "eview16/problems_view_error.png"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW_WARNING", "eview16/problems_view_warning.png"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW_INFO", "eview16/problems_view_info.png"),
			Map.entry("IMG_ELCL_QUICK_FIX_ENABLED", "elcl16/smartmode_co.png"),
			Map.entry("IMG_DLCL_QUICK_FIX_DISABLED", "dlcl16/smartmode_co.png"),
			Map.entry("IMG_DLGBAN_QUICKFIX_DLG", "wizban/quick_fix.png"));

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(false);
		IDE.registerAdapters();
		// The IDE application declares the images of org.eclipse.ui.ide's views; an RCP application
		// must do it itself, or the views draw JFace's missing image (a red square) in their place.
		Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
		IDE_IMAGES.forEach((key, path) -> declare(configurer, ide, key, "icons/full/" + path));
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path) {
		if (bundle != null && bundle.getEntry(path) != null) {
			configurer.declareImage(key, ImageDescriptor.createFromURL(bundle.getEntry(path)), true);
		}
	}

	/**
	 * Opens the windows as the workbench does, with a timer ticking on the event loop meanwhile.
	 * {@link WorkbenchAdvisor#openWindows()} restores the windows on a second thread while the UI
	 * thread sleeps in {@link Display#sleep()}; the second thread's final {@link Display#wake()}
	 * is lost when it comes before the UI thread is asleep, which left the start waiting for the
	 * next event, 5 s or more on about one start in three here. The tick bounds that wait.
	 */
	@Override
	public boolean openWindows() {
		Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
		AtomicBoolean opening = new AtomicBoolean(true);
		Runnable tick = new Runnable() {
			@Override
			public void run() {
				if (opening.get() && !display.isDisposed()) {
					display.timerExec(WAKE_INTERVAL_MS, this);
				}
			}
		};
		display.timerExec(WAKE_INTERVAL_MS, tick);
		try {
			return super.openWindows();
		} finally {
			opening.set(false);
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return CaseStudioPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new CaseStudioWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		if (Boolean.getBoolean(TIMING_PROPERTY)) {
			reportTime("workbench up");
		}
		String seeds = System.getProperty(SEEDS_PROPERTY);
		IFile route = null;
		if (seeds != null && Files.isDirectory(Path.of(seeds))) {
			try {
				route = SeedProjects.importAll(Path.of(seeds));
			} catch (CoreException e) {
				CaseStudioUi.log("Could not make the seed routes available", e);
			}
		}
		// Workspaces made before the builder existed: their projects get it now, in the background.
		CaseStudioNature.addToExistingProjects();
		CaseStudioBuilder.watchSeverities();
		String open = System.getProperty(OPEN_PROPERTY);
		if (open != null) {
			route = ResourcesPlugin.getWorkspace().getRoot().getFile(org.eclipse.core.runtime.IPath.fromOSString(open));
		}
		IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
		boolean opened = route != null && route.exists() && openEditor(page, route);
		// Queued behind the editor's first paint, then delayed: nothing the window shows needs it.
		page.getWorkbenchWindow().getShell().getDisplay()
				.asyncExec(() -> new ServiceLoaderStart().schedule(ServiceLoaderStart.DELAY_MS));
		if (Boolean.getBoolean(TIMING_PROPERTY)) {
			// Reported once the editor has had its first paint, for the start-up benchmark.
			page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
				if (opened) {
					reportTime("editor open");
				}
				if (Boolean.getBoolean(TIMING_CLOSE_PROPERTY)) {
					// As a user closes it: the workbench saves its state, the JVM writes its start-up cache.
					getWorkbenchConfigurer().getWorkbench().close();
				}
			});
		}
	}

	private static boolean openEditor(IWorkbenchPage page, IFile route) {
		try {
			IDE.openEditor(page, route, true);
			return true;
		} catch (PartInitException e) {
			CaseStudioUi.log("Could not open " + route.getFullPath(), e);
			return false;
		}
	}

	/** One line of the start-up benchmark (BENCHMARKS.md), which reads it from the error stream. */
	private static void reportTime(String event) {
		System.err.printf("casestudio: %s %d ms after the JVM started%n", event,
				System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
	}

	@Override
	public boolean preShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			CaseStudioUi.log("Could not save the workspace state", e);
		}
		return true;
	}
}
