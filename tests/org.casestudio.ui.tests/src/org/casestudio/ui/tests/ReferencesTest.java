package org.casestudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casestudio.ui.editor.CaseStudioEditor;
import org.casestudio.ui.editor.ReferencesView;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Find references (Ctrl+Shift+G, the References view) and mark occurrences on the seed route, in the
 * running workbench.
 */
@ExtendWith(CleanWorkbench.class)
class ReferencesTest {

	private static final String COMMAND = "org.casestudio.ui.references";

	@AfterEach
	void hideTheView() {
		var view = Workbench.page().findView(ReferencesView.ID);
		if (view != null) {
			Workbench.page().hideView(view);
		}
	}

	@Test
	void ctrlShiftGListsEveryUseAndADoubleClickOpensIt() throws Exception {
		// Ctrl+Shift+G in the Case Studio editor (M1 is Ctrl, Command on a Mac).
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		List<TriggerSequence> keys = java.util.Arrays.stream(bindings.getBindings())
				.filter(b -> b.getType() == Binding.SYSTEM && b.getParameterizedCommand() != null
						&& COMMAND.equals(b.getParameterizedCommand().getId()))
				.map(Binding::getTriggerSequence).toList();
		assertEquals(List.of(KeySequence.getInstance("M1+M2+G")), keys);

		CaseStudioEditor editor = Workbench.open("attapeu/actors.actors");
		String text = editor.document().get();
		editor.selectAndReveal(text.indexOf("programme rlip") + "programme r".length(), 0);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);

		ReferencesView view = (ReferencesView) Workbench.page().findView(ReferencesView.ID);
		List<String> rows = view.rows().stream().map(r -> r.file() + ":" + r.place().line() + ": " + r.lineText()).sorted()
				.toList();
		// The programme declared in the actor list is used twice in the route, in another file.
		assertEquals(List.of("attapeu/attapeu.route:12: host programme rlip",
				"attapeu/attapeu.route:13: participants from sssj, rlip, snrmpep"), rows);
		// The rows as the table shows them.
		Table table = view.table();
		assertEquals(2, table.getItemCount());
		List<String> shown = java.util.Arrays.stream(table.getItems())
				.map(item -> item.getText(0) + ":" + item.getText(1) + ": " + item.getText(2)).sorted().toList();
		assertEquals(rows, shown);
		Workbench.screenshot("references-view");

		// A double-click opens the file at the use.
		ReferencesView.Row use = view.rows().stream().filter(r -> r.place().line() == 13).findFirst().orElseThrow();
		view.open(use);
		IEditorPart active = Workbench.page().getActiveEditor();
		// The file opens in the forms, on their Source page, at the use.
		CaseStudioEditor route = CaseStudioEditor.of(active);
		assertTrue(route != null && route.file().getName().equals("attapeu.route"), String.valueOf(active));
		ITextSelection selection = (ITextSelection) route.getSelectionProvider().getSelection();
		assertEquals("rlip", selection.getText());
		assertEquals(use.place().offset(), selection.getOffset());
	}

	@Test
	void theIdUnderTheCaretAndItsUsesInTheFileAreMarked() throws Exception {
		CaseStudioEditor editor = Workbench.open("attapeu/attapeu.route");
		String text = editor.document().get();
		Workbench.waitFor(() -> editor.session().read(r -> r.getParseResult() != null), "the parse");
		editor.setFocus();
		editor.selectAndReveal(text.indexOf("sssj, rlip") + "sssj, rl".length(), 0);
		int first = text.indexOf("host programme rlip") + "host programme ".length();
		int second = text.indexOf("sssj, rlip") + "sssj, ".length();
		// Marked when the caret has rested, through the editor's post-selection event.
		Workbench.waitFor(() -> editor.markedOccurrences().size() == 2, "the marked occurrences");
		assertEquals(List.of(first, second), editor.markedOccurrences().stream().map(Position::getOffset).toList());
		assertEquals(List.of(4, 4), editor.markedOccurrences().stream().map(Position::getLength).toList());
		Workbench.screenshot("mark-occurrences");

		// On a keyword nothing is marked.
		editor.selectAndReveal(text.indexOf("subtitle") + 2, 0);
		Workbench.waitFor(() -> editor.markedOccurrences().isEmpty(), "no marks on a keyword");
	}
}
