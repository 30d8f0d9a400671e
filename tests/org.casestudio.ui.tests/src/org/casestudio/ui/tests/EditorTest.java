package org.casestudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.ui.editor.CaseStudioEditor;
import org.casestudio.ui.editor.RenameOperation;
import org.casestudio.ui.wizards.NewCaseWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Case Studio workbench as a person uses it, driving real widgets: the seed route opens, errors
 * appear and go while typing, content assist proposes actors, F3 navigates, format, rename and the
 * New wizards work.
 */
@ExtendWith(CleanWorkbench.class)
class EditorTest {

	@Test
	void seedRouteOpensClean() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/attapeu.route");
		Workbench.waitFor(() -> editor.session().read(r -> r.getParseResult() != null), "the parse");
		Workbench.settle(1000);
		assertEquals(0, Workbench.errors(editor.file()).length);
		assertTrue(editor.document().get().startsWith("// The Learning Route"));
		Workbench.screenshot("editor-seed-route");
	}

	@Test
	void typingAnErrorShowsItAndFixingItRemovesIt() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/actors.actors");
		IDocument document = editor.document();
		String original = document.get();
		int at = original.indexOf("\thouseholds 21") + "\thouseholds 21".length();
		document.replace(at, 0, "\n\tmembers 5\n\twomen 7");
		Workbench.waitFor(() -> Workbench.errors(editor.file()).length == 1, "the error marker");
		IMarker marker = Workbench.errors(editor.file())[0];
		assertEquals("casestudio.womenExceedMembers", marker.getAttribute("code", ""));
		IAnnotationModel annotations = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		Workbench.waitFor(() -> errorAnnotations(annotations) == 1, "the error annotation");
		Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		editor.setFocus();
		editor.selectAndReveal(at + "\n\tmembers 5\n\twomen ".length(), 1);
		Workbench.settle(1500); // The Problems view refreshes on a short delay of its own.
		Workbench.screenshot("problems-view-with-error");

		document.replace(at, "\n\tmembers 5\n\twomen 7".length(), "");
		Workbench.waitFor(() -> Workbench.errors(editor.file()).length == 0, "the error marker to go");
		Workbench.waitFor(() -> errorAnnotations(annotations) == 0, "the error annotation to go");
		assertEquals(original, document.get());
	}

	private static int errorAnnotations(IAnnotationModel model) {
		int count = 0;
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation.getType().endsWith(".error") && !annotation.isMarkedDeleted()) {
				count++;
			}
		}
		return count;
	}

	@Test
	void contentAssistProposesTheDeclaredActors() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/cases/asparagus.case");
		IDocument document = editor.document();
		int offset = document.get().indexOf("host asparagus_group") + "host ".length();
		document.replace(offset, "asparagus_group".length(), "");
		editor.selectAndReveal(offset, 0);
		((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Workbench.waitFor(() -> proposalTable() != null, "the content assist popup");
		List<String> proposals = Arrays.stream(proposalTable().getItems()).map(TableItem::getText).toList();
		for (String actor : List.of("asparagus_group", "coffee_group", "natural_dyes_group", "swift", "rlip")) {
			assertTrue(proposals.stream().anyMatch(p -> p.startsWith(actor)), actor + " in " + proposals);
		}
		Workbench.screenshot("content-assist");
		proposalTable().getShell().close();
	}

	/** The table of the content assist popup, once it shows proposals. */
	private static Table proposalTable() {
		for (Shell shell : Display.getCurrent().getShells()) {
			Table table = findTable(shell);
			if (table != null && shell.isVisible() && table.getItemCount() > 0) {
				return table;
			}
		}
		return null;
	}

	private static Table findTable(org.eclipse.swt.widgets.Composite composite) {
		for (var child : composite.getChildren()) {
			if (child instanceof Table table) {
				return table;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite inner && !(child instanceof Shell)) {
				Table table = findTable(inner);
				if (table != null) {
					return table;
				}
			}
		}
		for (Shell shell : composite instanceof Shell parent ? parent.getShells() : new Shell[0]) {
			Table table = findTable(shell);
			if (table != null) {
				return table;
			}
		}
		return null;
	}

	@Test
	void f3OpensTheDeclarationInAnotherFile() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/cases/asparagus.case");
		int offset = editor.document().get().indexOf("to swift") + "to sw".length();
		editor.selectAndReveal(offset, 0);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.casestudio.ui.openDeclaration",
				null);
		Workbench.settle(200);
		IEditorPart active = Workbench.page().getActiveEditor();
		// The file opens in the forms, on their Source page, at the declaration.
		CaseStudioEditor declaration = CaseStudioEditor.of(active);
		assertNotNull(declaration, String.valueOf(active));
		assertEquals("actors.actors", declaration.file().getName());
		ITextSelection selection = (ITextSelection) declaration.getSelectionProvider().getSelection();
		assertEquals("swift", selection.getText());
	}

	@Test
	void formatGivesTheFormattersLayout() throws Exception {
		IFile file = Workbench.file("attapeu/messy.actors");
		file.create(new ByteArrayInputStream(
				"ngo helpers \"Helpers\"   about \"Help.\"   members 4 end".getBytes(StandardCharsets.UTF_8)),
				IResource.FORCE, null);
		CaseStudioEditor editor = Workbench.open("attapeu/messy.actors");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.casestudio.ui.format", null);
		assertEquals("ngo helpers \"Helpers\"\n\tabout \"Help.\"\n\tmembers 4\nend\n", editor.document().get());
		editor.doSave(null);
		file.delete(true, null);
	}

	@Test
	void renameUpdatesEveryFileThatRefersToTheActor() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/actors.actors");
		int offset = editor.document().get().indexOf("trader swift") + "trader ".length();
		int changed = RenameOperation.rename(editor, offset, "swift_trading");
		assertEquals(2, changed, "the actors file and the case that refers to swift");
		assertTrue(editor.document().get().contains("trader swift_trading \"SWIFT Co. Ltd\""));
		editor.doSave(null);
		// The file no editor holds was changed and saved; which places change is RenameTest's (headless).
		String asparagus = Files.readString(Workbench.file("attapeu/cases/asparagus.case").getLocation().toFile().toPath());
		assertTrue(asparagus.contains("to swift_trading"), asparagus);
		assertEquals(List.of(), cliFindings());

		RenameOperation.rename(editor, editor.document().get().indexOf("swift_trading"), "swift");
		editor.doSave(null);
		assertEquals(List.of(), cliFindings());
	}

	@Test
	void renameFromAReferenceRenamesTheDeclarationInItsOwnFile() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/cases/asparagus.case");
		int offset = editor.document().get().indexOf("partner swift as") + "partner ".length() + 2;
		int changed = RenameOperation.rename(editor, offset, "swift_trading");
		assertEquals(2, changed, "the case and the actors file that declares swift");
		editor.doSave(null);
		String actors = Files.readString(Workbench.file("attapeu/actors.actors").getLocation().toFile().toPath());
		assertTrue(actors.contains("trader swift_trading \"SWIFT Co. Ltd\""), actors);
		assertEquals(List.of(), cliFindings());

		RenameOperation.rename(editor, editor.document().get().indexOf("swift_trading"), "swift");
		editor.doSave(null);
		assertEquals(List.of(), cliFindings());
	}

	private static List<?> cliFindings() {
		ModelWorkspace tree = ModelWorkspace.load(editorInjector(),
				List.of(Workbench.file("attapeu/attapeu.route").getProject().getLocation().toFile().toPath()));
		return tree.validate(org.eclipse.xtext.util.CancelIndicator.NullImpl).stream()
				.filter(f -> f.isError()).toList();
	}

	private static com.google.inject.Injector editorInjector() {
		return org.casestudio.ui.CaseStudioUi.getDefault().getInjector();
	}

	@Test
	void newCaseWizardCreatesAFileThatValidatesClean() throws Exception {
		NewCaseWizard wizard = new NewCaseWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(Workbench.file("attapeu/attapeu.route").getProject()));
		WizardDialog dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
		dialog.create();
		var filePage = (org.eclipse.ui.dialogs.WizardNewFileCreationPage) wizard.getPage("file");
		filePage.setFileName("rice.case");
		var details = (org.casestudio.ui.wizards.NewFileWizard.DetailsPage) wizard.getPage("details");
		dialog.showPage(details);
		details.setId("rice");
		details.setTitleText("Rice \"Seed\" Bank, Ban Phon");
		assertTrue(wizard.canFinish());
		dialog.setBlockOnOpen(false);
		dialog.open();
		Workbench.screenshot("new-case-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();
		IFile created = Workbench.file("attapeu/rice.case");
		assertTrue(created.exists());
		assertNotNull(Workbench.page().getActiveEditor());
		assertEquals(List.of(), cliFindings());
		Workbench.page().closeAllEditors(false);
		created.delete(true, null);
	}

	@Test
	void theWizardsCheckIdsAsTheGrammarReadsThem() {
		assertEquals(null, org.casestudio.ui.wizards.NewFileWizard.checkId("rice_bank"));
		assertNotNull(org.casestudio.ui.wizards.NewFileWizard.checkId("2rice"));
		assertNotNull(org.casestudio.ui.wizards.NewFileWizard.checkId("rice-bank"));
		// Structural words of the language, including ones the wizard's own list used to miss.
		for (String word : List.of("end", "route", "host", "visit")) {
			assertNotNull(org.casestudio.ui.wizards.NewFileWizard.checkId(word), word);
		}
		// Clause words may be ids (the grammar's ValidID).
		assertEquals(null, org.casestudio.ui.wizards.NewFileWizard.checkId("market"));
	}

	@Test
	void closingWithoutSavingForgetsTheProblemsOfTheDiscardedText() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/cases/coffee.case");
		IFile file = editor.file();
		editor.document().set(editor.document().get().replace("host coffee_group", "host nobody_here"));
		Workbench.waitFor(() -> Workbench.errors(file).length == 1, "the error of the unsaved text");
		Workbench.page().closeEditor(editor, false);
		Workbench.waitFor(() -> Workbench.errors(file).length == 0, "the file on disk checked again");
	}

	@Test
	void anOpenEditorFollowsChangesSavedInOtherFiles() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/cases/asparagus.case");
		IFile actors = Workbench.file("attapeu/actors.actors");
		String original = Files.readString(actors.getLocation().toFile().toPath());
		try {
			actors.setContents(new ByteArrayInputStream(original.replace("trader swift ", "trader swift_co ")
					.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
			Workbench.waitFor(() -> Workbench.errors(editor.file()).length == 2, "the ids that no longer resolve");
		} finally {
			actors.setContents(new ByteArrayInputStream(original.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		}
		Workbench.waitFor(() -> Workbench.errors(editor.file()).length == 0, "the ids resolving again");
	}

	@Test
	void theOutlineShowsAnActorsPropertiesInThePropertiesView() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/actors.actors");
		var properties = (org.eclipse.ui.views.properties.PropertySheet) Workbench.page()
				.showView(IPageLayout.ID_PROP_SHEET);
		var outlineView = Workbench.page().showView(IPageLayout.ID_OUTLINE);
		var outline = (org.eclipse.ui.part.IPage) ((org.eclipse.ui.part.PageBookView) outlineView).getCurrentPage();
		org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) outline.getControl();
		Workbench.waitFor(() -> Arrays.stream(tree.getItems()).anyMatch(i -> i.getText().startsWith("asparagus_group")),
				"the outline");
		Workbench.settle(1000); // The first reconcile rebuilds the outline once more.
		org.eclipse.swt.widgets.TreeItem item = Arrays.stream(tree.getItems())
				.filter(i -> i.getText().startsWith("asparagus_group")).findFirst().orElseThrow();
		((org.eclipse.jface.viewers.ISelectionProvider) outline).setSelection(new StructuredSelection(item.getData()));
		Workbench.settle(500);
		// The view makes a page per part that feeds it: read whichever page is current.
		java.util.function.Supplier<org.eclipse.swt.widgets.TreeItem[]> rows = () -> properties.getCurrentPage()
				.getControl() instanceof org.eclipse.swt.widgets.Tree sheet ? sheet.getItems()
						: new org.eclipse.swt.widgets.TreeItem[0];
		Workbench.waitFor(() -> Arrays.stream(rows.get()).anyMatch(i -> i.getText(0).equals("Households")),
				"the actor's properties");
		var households = Arrays.stream(rows.get()).filter(i -> i.getText(0).equals("Households")).findFirst()
				.orElseThrow();
		assertEquals("21", households.getText(1));
		Workbench.screenshot("outline-and-properties");
	}

	@Test
	void quickFixesRepairWhatTheirCodeSays() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/cases/natural-dyes.case");
		IDocument document = editor.document();
		String original = document.get();
		// A misspelt actor id: the quick fix proposes the declared one.
		document.set(original.replace("host natural_dyes_group", "host natural_dye_group"));
		Workbench.waitFor(() -> Workbench.errors(editor.file()).length == 1, "the unresolved id");
		applyFirstFix(editor, document.get().indexOf("natural_dye_group") + 2);
		assertEquals(original, document.get());
		Workbench.waitFor(() -> Workbench.errors(editor.file()).length == 0, "the fixed id");
	}

	private static void applyFirstFix(CaseStudioEditor editor, int offset) {
		var assistant = ((org.eclipse.jface.text.source.ISourceViewerExtension3) editor.viewer()).getQuickAssistAssistant();
		var context = new org.eclipse.jface.text.source.TextInvocationContext(editor.viewer(), offset, 0);
		var proposals = assistant.getQuickAssistProcessor().computeQuickAssistProposals(context);
		assertTrue(proposals != null && proposals.length > 0, "a quick fix at " + offset);
		proposals[0].apply(editor.document());
	}

	@Test
	void aSeverityChosenInThePreferencesAppliesToOpenEditors() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/attapeu.route");
		IDocument document = editor.document();
		String original = document.get();
		document.set(original.replace("cases asparagus, natural_dyes, coffee", "cases asparagus, natural_dyes")
				.replace("\nend\n", "\n\tday 1 visit \"Dakseum\" case coffee end\nend\n"));
		IFile file = editor.file();
		Workbench.waitFor(() -> severities(file).equals(List.of(IMarker.SEVERITY_WARNING)), "the warning");
		var store = org.casestudio.ui.CaseStudioUi.getDefault().getPreferenceStore();
		try {
			store.setValue(org.casestudio.dsl.validation.IssueCodes.CASE_NOT_IN_ROUTE, "error");
			Workbench.waitFor(() -> severities(file).equals(List.of(IMarker.SEVERITY_ERROR)), "the error");
			store.setValue(org.casestudio.dsl.validation.IssueCodes.CASE_NOT_IN_ROUTE, "ignore");
			Workbench.waitFor(() -> severities(file).isEmpty(), "the check to be ignored");
		} finally {
			store.setToDefault(org.casestudio.dsl.validation.IssueCodes.CASE_NOT_IN_ROUTE);
		}
		document.set(original);
		Workbench.waitFor(() -> severities(file).isEmpty(), "a clean route");
	}

	private static List<Integer> severities(IFile file) {
		return Arrays.stream(Workbench.problems(file)).map(m -> m.getAttribute(IMarker.SEVERITY, -1)).toList();
	}

	@Test
	void saveKeepsAByteOrderMark() throws Exception {
		IFile file = Workbench.file("attapeu/marked.actors");
		byte[] marked = ("\uFEFFngo marked \"With a byte order mark\" end\n").getBytes(StandardCharsets.UTF_8);
		file.create(new ByteArrayInputStream(marked), IResource.FORCE, null);
		try {
			CaseStudioEditor editor = Workbench.open("attapeu/marked.actors");
			editor.document().replace(0, 0, "// A comment\n");
			editor.doSave(null);
			byte[] saved = Files.readAllBytes(file.getLocation().toFile().toPath());
			assertEquals(0xEF, saved[0] & 0xFF);
			assertEquals(0xBB, saved[1] & 0xFF);
			assertEquals(0xBF, saved[2] & 0xFF);
			assertEquals("// A comment\nngo marked", new String(saved, 3, 23, StandardCharsets.UTF_8));
			Workbench.page().closeAllEditors(false);
		} finally {
			file.delete(true, null);
		}
	}

	@Test
	void saveIsAtomicAndKeepsTheEditorClean() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/attapeu.route");
		IDocument document = editor.document();
		String original = document.get();
		document.replace(original.indexOf("edition 1"), "edition 1".length(), "edition 1 \"first\"");
		assertTrue(editor.isDirty());
		editor.doSave(null);
		Workbench.settle(300);
		assertFalse(editor.isDirty());
		var path = editor.file().getLocation().toFile().toPath();
		assertTrue(Files.readString(path).contains("edition 1 \"first\""));
		try (var siblings = Files.list(path.getParent())) {
			assertTrue(siblings.noneMatch(p -> p.getFileName().toString().endsWith(".saving")), "no temporary file left");
		}
		document.set(original);
		editor.doSave(null);
		assertEquals(original, Files.readString(path));
	}
}
