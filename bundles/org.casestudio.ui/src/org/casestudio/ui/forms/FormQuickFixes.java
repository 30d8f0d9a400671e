package org.casestudio.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Fix;
import org.casestudio.dsl.ide.services.MarkedIssue;
import org.casestudio.dsl.ide.services.QuickFixes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The text editor's quick fixes on the forms: a field that shows a finding offers the fixes the
 * language's {@link QuickFixes} compute for it (the same service the Source page and the language
 * server call), in its context menu and on Ctrl+1. A fix is applied as the Source page applies it,
 * to the one document, as one undoable change.
 */
public final class FormQuickFixes {

	/** Data of a menu of fixes: the menu the field had before it, in an array (it may be null). */
	private static final String PREVIOUS = "org.casestudio.ui.forms.quickFixes.previous";

	private FormQuickFixes() {
	}

	/** Gives these fields of the form the fixes of their findings (context menu, Ctrl+1). */
	static void install(ModelForm form, List<Field> fields) {
		for (Field field : fields) {
			Control control = field.control();
			if (control == null) {
				continue; // Made later, which installs its fixes then (translations' rows).
			}
			// Only a field with fixes gets a menu of them, so that a text keeps its own Cut/Copy/Paste.
			control.addListener(SWT.MenuDetect, e -> {
				Menu current = control.getMenu();
				if (current != null && current.getData(PREVIOUS) instanceof Object[] previous) {
					// Last time's fixes go; the menu the field had before them (or none) comes back.
					control.setMenu((Menu) previous[0]);
					current.dispose();
				}
				Menu before = control.getMenu();
				Menu menu = menu(form, field);
				if (menu != null) {
					menu.setData(PREVIOUS, new Object[] { before });
					control.setMenu(menu);
				}
			});
			control.addListener(SWT.KeyDown, e -> {
				if ((e.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1 && e.keyCode == '1') {
					e.doit = false;
					show(form, field);
				}
			});
		}
	}

	/**
	 * The form's heading counts its findings ("1 error detected"), those no field shows among them:
	 * a click on it offers the fixes of all of them.
	 */
	static void installOnHeading(ModelForm form) {
		org.eclipse.ui.forms.widgets.Form heading = form.managedForm().getForm().getForm();
		heading.addMessageHyperlinkListener(new org.eclipse.ui.forms.events.HyperlinkAdapter() {
			@Override
			public void linkActivated(org.eclipse.ui.forms.events.HyperlinkEvent e) {
				List<Fix> fixes = form.isEditable() ? collect(form, field -> true) : List.of();
				if (fixes.isEmpty() || !(e.widget instanceof Control link)) {
					return;
				}
				Menu menu = new Menu(link);
				for (Fix fix : fixes) {
					MenuItem item = new MenuItem(menu, SWT.PUSH);
					item.setText(fix.label().replace("&", "&&"));
					item.addListener(SWT.Selection, (Event event) -> apply(form, fix));
				}
				menu.addListener(SWT.Hide, event -> link.getDisplay().asyncExec(menu::dispose));
				menu.setLocation(link.toDisplay(new Point(0, link.getSize().y)));
				menu.setVisible(true);
			}
		});
	}

	/** Shows the field's fixes as a menu under it, as Ctrl+1 does; null when it has none. */
	public static Menu show(ModelForm form, Field field) {
		Menu menu = menu(form, field);
		if (menu == null) {
			return null;
		}
		Control control = field.control();
		menu.addListener(SWT.Hide, e -> control.getDisplay().asyncExec(menu::dispose));
		menu.setLocation(control.toDisplay(new Point(0, control.getSize().y)));
		menu.setVisible(true);
		return menu;
	}

	private static Menu menu(ModelForm form, Field field) {
		if (!form.isEditable()) {
			return null;
		}
		List<Fix> fixes = fixes(form, field);
		if (fixes.isEmpty()) {
			return null;
		}
		Menu menu = new Menu(field.control());
		for (Fix fix : fixes) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(fix.label().replace("&", "&&"));
			item.addListener(SWT.Selection, (Event e) -> apply(form, fix));
		}
		return menu;
	}

	/**
	 * The fixes of the findings this field shows (null: the findings no field shows, which the
	 * form's heading lists), as the Source page would offer them: computed on the model of the text
	 * the findings were made from.
	 */
	public static List<Fix> fixes(ModelForm form, Field field) {
		return collect(form, shown -> shown == field);
	}

	/** The fixes of the findings whose field (null where none shows it) passes the test. */
	private static List<Fix> collect(ModelForm form, java.util.function.Predicate<Field> wanted) {
		ModelSession session = form.host.session();
		List<Issue> issues = form.host.issues();
		if (session == null || issues.isEmpty()) {
			return List.of();
		}
		QuickFixes quickFixes = session.injector().getInstance(QuickFixes.class);
		return session.read(resource -> {
			EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			List<Fix> result = new ArrayList<>();
			for (Issue issue : issues) {
				if (issue.getSeverity() == Severity.IGNORE || issue.getCode() == null) {
					continue;
				}
				EObject problem = issue.getUriToProblem() == null ? null
						: resource.getEObject(issue.getUriToProblem().fragment());
				int offset = issue.getOffset() == null ? -1 : issue.getOffset();
				// The field that shows the finding, as the form shows it: the same rule, not a second one.
				if (wanted.test(form.fieldFor(root, problem, offset))) {
					result.addAll(quickFixes.fixes(resource, MarkedIssue.of(issue)));
				}
			}
			return result;
		});
	}

	/** Applies the fix through the form's host; false, with the reason on the field, when it was not. */
	public static boolean apply(ModelForm form, Fix fix) {
		String refusal = form.host.fix(fix);
		if (refusal != null) {
			form.refresh();
			form.managedForm().getMessageManager().addMessage("invalid", refusal, null,
					org.eclipse.jface.dialogs.IMessageProvider.ERROR);
			return false;
		}
		return true;
	}
}
