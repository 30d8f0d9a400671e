package org.casestudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.casestudio.export.ExportFormat;
import org.casestudio.ui.export.TrainingPackExportPage;
import org.casestudio.ui.export.TrainingPackExportWizard;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;

/** File › Export › Training Pack on the seed route, driven through its page as a user would. */
@ExtendWith(CleanWorkbench.class)
class ExportWizardTest {

	@Test
	void wizardListsEveryFormatWarnsBeforehandAndWritesThePack(@TempDir Path temp) throws Exception {
		// As for a user who has never left a format unticked (the other tests here do).
		IDialogSettings settings = PlatformUI
				.getDialogSettingsProvider(FrameworkUtil.getBundle(TrainingPackExportPage.class)).getDialogSettings();
		for (IDialogSettings section : settings.getSections()) {
			section.put("untickedFormats", new String[0]);
		}
		TrainingPackExportWizard wizard = new TrainingPackExportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(Workbench.file("attapeu/cases/coffee.case")));
		WizardDialog dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
		dialog.create();
		TrainingPackExportPage page = wizard.page();
		try {
			// The route of the selected case's project, and every installed format, ticked.
			assertEquals("attapeu/attapeu.route", page.routeFile().getFullPath().makeRelative().toString());
			assertEquals(List.of("gift", "guide", "html", "scorm", "slides", "workbook"),
					page.formats().stream().map(ExportFormat::id).toList());
			assertTrue(page.folder().endsWith(Path.of("attapeu", "packs", "attapeu")), page.folder()::toString);
			// What the pack would lack is shown before anything is written, once the check is done.
			Workbench.waitFor(() -> !page.isChecking(), "the check of the route");
			List<String> issues = page.issueTexts();
			assertTrue(issues.stream().anyMatch(i -> i.startsWith("Route 'attapeu' has no agenda days") && i.endsWith("(attapeu.route, line 4)")),
					issues::toString);
			// The seed's questions have no options: they are essay questions, so the quiz has something to write.
			assertTrue(issues.stream().noneMatch(i -> i.startsWith("Moodle quiz (GIFT)")), issues::toString);

			assertEquals(1, wizard.preparations(), "the route's folder tree is loaded once");

			page.selectFormats(List.of("html", "scorm"));
			// Ticking formats only filters what was prepared: the route's own finding stays, nothing is loaded again.
			assertTrue(page.issueTexts().stream().anyMatch(i -> i.startsWith("Route 'attapeu' has no agenda days")),
					page.issueTexts()::toString);
			page.selectFormats(List.of("gift", "html", "scorm"));
			page.selectFormats(List.of("html", "scorm"));
			assertEquals(1, wizard.preparations());
			page.setFolder(temp.resolve("pack"));
			assertTrue(wizard.canFinish());
			dialog.setBlockOnOpen(false);
			dialog.open();
			Workbench.settle(300);
			// A long finding wraps at the list's width instead of being cut at its right edge.
			assertTrue(page.issuesShownWhole(), page.issueTexts()::toString);
			Workbench.screenshot("export-wizard");
			assertTrue(wizard.performFinish());
			// Finish writes what was prepared: no file was saved since.
			assertEquals(1, wizard.preparations());
		} finally {
			dialog.close();
		}
		assertTrue(Files.isRegularFile(temp.resolve("pack/html/index.html")));
		assertTrue(Files.isRegularFile(temp.resolve("pack/html/cases/coffee.html")));
		assertTrue(Files.isRegularFile(temp.resolve("pack/attapeu-scorm.zip")));
		assertFalse(Files.exists(temp.resolve("pack/attapeu.gift")));
		assertEquals(2, wizard.result().files().size());
	}

	@Test
	void theLanguageChosenIsThePacksLanguage(@TempDir Path temp) throws Exception {
		TrainingPackExportWizard wizard = new TrainingPackExportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(Workbench.file("attapeu/attapeu.route")));
		WizardDialog dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
		dialog.create();
		TrainingPackExportPage page = wizard.page();
		try {
			Workbench.waitFor(() -> !page.isChecking(), "the check of the route");
			// The route's own language first.
			assertEquals("en", page.language());
			page.selectLanguage("lo");
			page.selectFormats(List.of("gift", "html", "scorm"));
			page.setFolder(temp.resolve("pack"));
			dialog.setBlockOnOpen(false);
			dialog.open();
			Workbench.screenshot("export-wizard-language");
			assertTrue(wizard.performFinish());
			// The page checked the route in its own language; Finish makes the pack in the one chosen.
			assertEquals(2, wizard.preparations());
		} finally {
			dialog.close();
		}
		String index = Files.readString(temp.resolve("pack/html/index.html"));
		assertTrue(index.contains("<html lang=\"lo\">"), index);
		assertTrue(Files.isRegularFile(temp.resolve("pack/html/assets/fonts/NotoSansLao-Regular.ttf")));
	}

	@Test
	void aFileSavedAfterThePreparationIsPreparedAgainAtFinish(@TempDir Path temp) throws Exception {
		TrainingPackExportWizard wizard = new TrainingPackExportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(Workbench.file("attapeu/attapeu.route")));
		WizardDialog dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
		dialog.create();
		TrainingPackExportPage page = wizard.page();
		Path coffee = Workbench.file("attapeu/cases/coffee.case").getLocation().toFile().toPath();
		FileTime saved = Files.getLastModifiedTime(coffee);
		try {
			Workbench.waitFor(() -> !page.isChecking(), "the check of the route");
			assertEquals(1, wizard.preparations());
			// Every format, as the other test expects to find them ticked: the page remembers the choice.
			page.selectFormats(List.of("gift", "html", "scorm"));
			page.setFolder(temp.resolve("pack"));
			// As if the case were saved from another program after the page prepared the route.
			Files.setLastModifiedTime(coffee, FileTime.fromMillis(saved.toMillis() + 10_000));
			assertTrue(wizard.performFinish());
			assertEquals(2, wizard.preparations(), "Finish prepares again what changed since");
		} finally {
			Files.setLastModifiedTime(coffee, saved);
			dialog.close();
		}
		assertTrue(Files.isRegularFile(temp.resolve("pack/html/cases/coffee.html")));
	}
}
