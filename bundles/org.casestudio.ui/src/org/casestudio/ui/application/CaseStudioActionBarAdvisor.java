package org.casestudio.ui.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar: File (New, Save, Close, Exit), Edit (undo, clipboard, find, and the editor's own
 * commands contributed in plugin.xml), Window (views, preferences) and Help (contents, search,
 * contextual help, what bundles add such as the cheat sheet, About).
 */
public class CaseStudioActionBarAdvisor extends ActionBarAdvisor {

	public CaseStudioActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		// Creating the standard actions also activates the handlers of their standard commands.
		for (ActionFactory factory : new ActionFactory[] { ActionFactory.SAVE, ActionFactory.SAVE_ALL,
				ActionFactory.CLOSE, ActionFactory.CLOSE_ALL, ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO,
				ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE,
				ActionFactory.SELECT_ALL, ActionFactory.FIND, ActionFactory.PREFERENCES, ActionFactory.ABOUT,
				ActionFactory.NEW, ActionFactory.REFRESH, ActionFactory.RENAME, ActionFactory.HELP_CONTENTS,
				ActionFactory.HELP_SEARCH, ActionFactory.DYNAMIC_HELP }) {
			register(factory.create(window));
		}
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

		MenuManager file = new MenuManager(Messages.Menu_File, IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager(Messages.Menu_New, "new");
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		file.add(newMenu);
		file.add(new Separator());
		file.add(getAction(ActionFactory.SAVE.getId()));
		file.add(getAction(ActionFactory.SAVE_ALL.getId()));
		file.add(getAction(ActionFactory.CLOSE.getId()));
		file.add(getAction(ActionFactory.CLOSE_ALL.getId()));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(getAction(ActionFactory.QUIT.getId()));

		MenuManager edit = new MenuManager(Messages.Menu_Edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(getAction(ActionFactory.UNDO.getId()));
		edit.add(getAction(ActionFactory.REDO.getId()));
		edit.add(new Separator());
		edit.add(getAction(ActionFactory.CUT.getId()));
		edit.add(getAction(ActionFactory.COPY.getId()));
		edit.add(getAction(ActionFactory.PASTE.getId()));
		edit.add(getAction(ActionFactory.SELECT_ALL.getId()));
		edit.add(new Separator());
		edit.add(getAction(ActionFactory.FIND.getId()));
		// Text editors add Find Next, Go to Line... to these groups.
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager source = new MenuManager(Messages.Menu_Source, "org.casestudio.ui.source");
		source.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager(Messages.Menu_Window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager(Messages.Menu_ShowView, "showView");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(views);
		windowMenu.add(new Separator());
		windowMenu.add(getAction(ActionFactory.PREFERENCES.getId()));

		MenuManager help = new MenuManager(Messages.Menu_Help, IWorkbenchActionConstants.M_HELP);
		help.add(getAction(ActionFactory.HELP_CONTENTS.getId()));
		help.add(getAction(ActionFactory.HELP_SEARCH.getId()));
		help.add(getAction(ActionFactory.DYNAMIC_HELP.getId()));
		help.add(new Separator());
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator());
		help.add(getAction(ActionFactory.ABOUT.getId()));

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(source);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}
}
