package org.casestudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.ui.CaseStudioUi;
import org.casestudio.ui.builder.CaseStudioBuilder;
import org.casestudio.ui.builder.CaseStudioNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.xtext.validation.SeverityConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workspace builder as a person meets it: files that were never opened get their problems in
 * the Problems view, a fix removes them, and an edit checks the files that depend on it and no other.
 */
@ExtendWith(CleanWorkbench.class)
class BuilderTest {

	private final List<CaseStudioBuilder.Report> reports = new CopyOnWriteArrayList<>();
	private final Consumer<CaseStudioBuilder.Report> listener = reports::add;

	@BeforeEach
	void listen() {
		IProject seed = ResourcesPlugin.getWorkspace().getRoot().getProject("attapeu");
		Workbench.waitFor(() -> hasNature(seed), "the seed project's nature");
		CaseStudioBuilder.addListener(listener);
		waitForBuilds();
	}

	@AfterEach
	void stopListening() throws CoreException {
		for (String path : new String[] { "attapeu/cases/broken.case", "attapeu/cases/extra.case",
				"attapeu/extra.route" }) {
			if (Workbench.file(path).exists()) {
				Workbench.file(path).delete(true, null);
			}
		}
		waitForBuilds();
		CaseStudioBuilder.removeListener(listener);
	}

	@Test
	void aBrokenFileThatIsNeverOpenedGetsItsMarkerAndLosesItWhenFixed() throws Exception {
		IFile broken = Workbench.file("attapeu/cases/broken.case");
		broken.create(utf8("case broken \"A broken case\"\n\thost no_such_group\n\tlesson \"One.\"\nend\n"),
				IResource.NONE, null);
		Workbench.waitFor(() -> Workbench.errors(broken).length == 1, "the marker of the closed file");
		assertEquals(0, Workbench.page().getEditorReferences().length, "no file was opened");
		IMarker marker = Workbench.errors(broken)[0];
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("no_such_group"), marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(2, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(0, Workbench.errors(Workbench.file("attapeu/cases/coffee.case")).length);

		// For the picture: the file revealed in the Project Explorer, the Problems view's group open.
		if (Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER) instanceof ISetSelectionTarget explorer) {
			explorer.selectReveal(new StructuredSelection(broken));
		}
		Tree tree = Workbench.problemsView();
		// Each group and problem shows the IDE's icon, not JFace's missing image (a 6-pixel red square).
		for (TreeItem group : tree.getItems()) {
			assertIcon(group);
			for (TreeItem problem : group.getItems()) {
				assertIcon(problem);
			}
		}
		Workbench.screenshot("problems-view-closed-files");

		broken.setContents(utf8("case broken \"A broken case\"\n\thost coffee_group\n\tlesson \"One.\"\nend\n"),
				IResource.NONE, null);
		Workbench.waitFor(() -> Workbench.errors(broken).length == 0, "the marker to go");
	}

	private static void assertIcon(TreeItem item) {
		assertNotNull(item.getImage(), item.getText());
		assertTrue(item.getImage().getBounds().width >= 16, () -> item.getText() + ": " + item.getImage().getBounds());
	}

	@Test
	void renamingAnActorMarksTheClosedFilesThatUseIt() throws Exception {
		IFile actors = Workbench.file("attapeu/actors.actors");
		IFile asparagus = Workbench.file("attapeu/cases/asparagus.case");
		String original = new String(actors.getContents().readAllBytes(), StandardCharsets.UTF_8);
		try {
			reports.clear();
			actors.setContents(utf8(original.replace("producers asparagus_group ", "producers asparagus_producers ")),
					IResource.NONE, null);
			Workbench.waitFor(() -> Workbench.errors(asparagus).length == 2, "the host and partner errors");
			assertEquals(Set.of(actors, asparagus), checkedSince(), "only the actor list and its user are checked");
			assertEquals(0, Workbench.errors(Workbench.file("attapeu/cases/coffee.case")).length);
		} finally {
			actors.setContents(utf8(original), IResource.NONE, null);
		}
		Workbench.waitFor(() -> Workbench.errors(asparagus).length == 0, "the errors to go with the old name back");
	}

	@Test
	void anEditToAnUnrelatedCaseChecksOnlyThatFile() throws Exception {
		IFile extra = Workbench.file("attapeu/cases/extra.case");
		extra.create(utf8("case extra \"An extra case\"\n\thost coffee_group\n\tlesson \"One.\"\nend\n"), IResource.NONE,
				null);
		waitForBuilds();
		reports.clear();
		extra.setContents(utf8("case extra \"An extra case\"\n\thost coffee_group\n\tlesson \"Two.\"\nend\n"),
				IResource.NONE, null);
		Workbench.waitFor(() -> checkedSince().contains(extra), "the build of the edit");
		waitForBuilds();
		assertEquals(Set.of(extra), checkedSince());
	}

	@Test
	void aSeverityChosenInThePreferencesReachesClosedFiles() throws Exception {
		// A route that lists a case without lessons: the route gets the warning, and neither file is open.
		Workbench.file("attapeu/cases/extra.case").create(utf8("case extra \"An extra case\"\n\thost coffee_group\nend\n"),
				IResource.NONE, null);
		IFile extra = Workbench.file("attapeu/extra.route");
		extra.create(utf8("route extra_route \"An extra route\"\n\tcases extra\nend\n"), IResource.NONE, null);
		Workbench.waitFor(() -> severityOf(extra, IssueCodes.CASE_WITHOUT_LESSON) == IMarker.SEVERITY_WARNING,
				"the warning of a case without lessons");
		IPreferenceStore store = CaseStudioUi.getDefault().getPreferenceStore();
		try {
			store.setValue(IssueCodes.CASE_WITHOUT_LESSON, SeverityConverter.SEVERITY_ERROR);
			Workbench.waitFor(() -> severityOf(extra, IssueCodes.CASE_WITHOUT_LESSON) == IMarker.SEVERITY_ERROR,
					"the same problem as an error");
		} finally {
			store.setToDefault(IssueCodes.CASE_WITHOUT_LESSON);
		}
		Workbench.waitFor(() -> severityOf(extra, IssueCodes.CASE_WITHOUT_LESSON) == IMarker.SEVERITY_WARNING,
				"the warning back");
	}

	private static int severityOf(IFile file, String code) {
		for (IMarker marker : Workbench.problems(file)) {
			if (code.equals(marker.getAttribute("code", ""))) {
				return marker.getAttribute(IMarker.SEVERITY, -1);
			}
		}
		return -1;
	}

	@Test
	void projectsOfAnOlderWorkspaceGetTheNatureOnStart() throws Exception {
		IProject older = ResourcesPlugin.getWorkspace().getRoot().getProject("older-route");
		older.create(null);
		older.open(null);
		try {
			IFile file = older.getFile("old.case");
			file.create(utf8("case old \"Old\"\n\thost nobody\n\tlesson \"One.\"\nend\n"), IResource.NONE, null);
			assertTrue(!older.hasNature(CaseStudioNature.ID));
			CaseStudioNature.addToExistingProjects();
			Workbench.waitFor(() -> hasNature(older), "the nature");
			Workbench.waitFor(() -> Workbench.errors(file).length == 1, "the marker of the older project's file");
		} finally {
			older.delete(true, null);
		}
	}

	private Set<IFile> checkedSince() {
		Set<IFile> checked = new java.util.HashSet<>();
		for (CaseStudioBuilder.Report report : reports) {
			checked.addAll(report.checked());
		}
		return checked;
	}

	private static boolean hasNature(IProject project) {
		try {
			return project.isOpen() && project.hasNature(CaseStudioNature.ID);
		} catch (CoreException e) {
			return false;
		}
	}

	/** Lets the auto-build that a change started run to its end. */
	private static void waitForBuilds() {
		Workbench.waitFor(() -> {
			Workbench.settle(100);
			return org.eclipse.core.runtime.jobs.Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0;
		}, "the build");
	}

	private static ByteArrayInputStream utf8(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
