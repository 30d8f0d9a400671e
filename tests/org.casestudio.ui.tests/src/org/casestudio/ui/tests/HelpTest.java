package org.casestudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.casestudio.dsl.headless.Rules;
import org.casestudio.export.PackProblems;
import org.casestudio.help.RuleHelp;
import org.casestudio.ui.editor.ProblemMarkers;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IContextProvider;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.cheatsheets.ICheatSheetViewer;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;

/**
 * The built-in help as the running application has it: the book and its topics, a page for every
 * rule code with the rule's own text, F1 on a problem leading to its rule's page, the help pages
 * served by the help web application, and the first-case-study cheat sheet opened from Help.
 */
@ExtendWith(CleanWorkbench.class)
class HelpTest {

	private static final String CHEAT_SHEET = "org.casestudio.help.firstCaseStudy";
	private static final String CHEAT_SHEET_VIEW = "org.eclipse.ui.cheatsheets.views.CheatSheetView";
	private static final String HELP_VIEW = "org.eclipse.help.ui.HelpView";

	@Test
	void theBookIsRegisteredWithItsTopicsAndEveryTopicHasItsPage() throws IOException {
		IToc book = Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getHref().equals("/org.casestudio.help/toc.xml"))
				.findFirst().orElseThrow(() -> new AssertionError("no Case Studio book among "
						+ Arrays.stream(HelpSystem.getTocs()).map(IToc::getHref).toList()));
		assertEquals("Case Studio", book.getLabel());
		Map<String, ITopic> topics = new LinkedHashMap<>();
		for (ITopic topic : book.getTopics()) {
			topics.put(topic.getLabel(), topic);
		}
		assertEquals(List.of("Getting started", "The language", "Validation rules", "Exporting training packs",
				"Customising the templates"), List.copyOf(topics.keySet()));
		// The language's sections come from the headings of docs/language.md.
		List<String> sections = Arrays.stream(topics.get("The language").getSubtopics()).map(ITopic::getLabel).toList();
		assertTrue(sections.containsAll(List.of("Actors", "Case studies", "Learning routes", "What is checked")),
				sections::toString);
		for (ITopic topic : all(book.getTopics())) {
			String page = topic.getHref().replaceAll("#.*", "");
			assertTrue(text(page).contains("<h1"), () -> page + " has no title");
		}
		// One source: the reference page is docs/language.md, converted by the build.
		assertTrue(text("/org.casestudio.help/gen/language.html").contains("<h2 id=\"learning-routes\">Learning routes</h2>"));
	}

	@Test
	void everyRuleCodeHasAPageWithItsOwnHelpAndATopic() throws IOException {
		Map<String, String> help = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (Rules.Rule rule : Rules.all()) {
			help.put(rule.code(), rule.help());
			labels.put(rule.code(), rule.shortDescription());
		}
		ResourceBundle packTexts = ResourceBundle.getBundle(PackProblems.class.getPackageName() + ".rules",
				Locale.getDefault(), PackProblems.class.getClassLoader());
		for (String code : Rules.codes(PackProblems.class)) {
			assertTrue(packTexts.containsKey(code + ".short"), code + ".short missing in the export's rules.properties");
			help.put(code, packTexts.getString(code + ".help"));
			labels.put(code, packTexts.getString(code + ".short"));
		}
		assertTrue(help.size() > 25, help::toString);
		// The rules' part of the book, generated from the same texts.
		IToc book = Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getHref().equals("/org.casestudio.help/toc.xml"))
				.findFirst().orElseThrow();
		ITopic rules = Arrays.stream(book.getTopics()).filter(t -> t.getLabel().equals("Validation rules")).findFirst()
				.orElseThrow();
		Set<String> inToc = all(rules.getSubtopics()).stream().map(ITopic::getLabel).collect(Collectors.toSet());
		for (Map.Entry<String, String> rule : help.entrySet()) {
			String code = rule.getKey();
			assertNotNull(rule.getValue(), code + ": no help text");
			String page = text(RuleHelp.page(code));
			assertTrue(page.contains(html(rule.getValue())), () -> code + ": its page lacks its help text");
			// Listed in the book by what it means (its short text), not by its code.
			String label = labels.get(code).replaceFirst("\\.$", "");
			assertTrue(inToc.contains(label), () -> code + " is not in the table of contents as '" + label + "'");
			IContext context = HelpSystem.getContext(RuleHelp.contextId(code));
			assertNotNull(context, code + ": no F1 context");
			assertEquals(RuleHelp.page(code), context.getRelatedTopics()[0].getHref().replaceFirst("^/?", "/"));
		}
		// No page for a code that no longer exists.
		Set<String> pages = new TreeSet<>();
		Bundle bundle = Platform.getBundle(RuleHelp.BUNDLE);
		bundle.findEntries("gen/rules", "casestudio.*.html", false).asIterator()
				.forEachRemaining(u -> pages.add(u.getPath().replaceAll(".*/|\\.html$", "")));
		assertEquals(new TreeSet<>(help.keySet()), pages);
	}

	@Test
	void f1OnAProblemOpensItsRulePage() throws Exception {
		IFile file = Workbench.file("attapeu/attapeu.route");
		List<IMarker> markers = new ArrayList<>();
		try {
			for (String code : List.of("casestudio.dayOrder", "casestudio.unresolvedReference",
					"org.eclipse.xtext.diagnostics.Diagnostic.Syntax")) {
				IMarker marker = file.createMarker(ProblemMarkers.TYPE, Map.of(IMarker.MESSAGE, "A test problem: " + code,
						IMarker.SEVERITY, IMarker.SEVERITY_WARNING, ProblemMarkers.CODE, code));
				markers.add(marker);
			}
			assertEquals(RuleHelp.contextId("casestudio.dayOrder"), IDE.getMarkerHelpRegistry().getHelp(markers.get(0)));
			assertEquals(RuleHelp.contextId("casestudio.unresolvedReference"),
					IDE.getMarkerHelpRegistry().getHelp(markers.get(1)));
			// Xtext's syntax diagnostics are the syntax rule, as in the command line's report.
			assertEquals(RuleHelp.contextId("casestudio.syntax"), IDE.getMarkerHelpRegistry().getHelp(markers.get(2)));

			// As a person does it: the problem selected in the Problems view, then the F1 key.
			TreeItem row = Workbench.problemRow("A test problem: casestudio.dayOrder");
			Tree tree = row.getParent();
			tree.setSelection(row);
			tree.setFocus();
			for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
				Event key = new Event();
				key.type = type;
				key.keyCode = SWT.F1;
				tree.getDisplay().post(key);
			}
			Workbench.waitFor(() -> Workbench.page().findView(HELP_VIEW) != null, "the Help view");
			// The Help view shows the context the Problems view gives for its selection: the problem's
			// rule, whose link leads to the rule's page.
			IContext context = Adapters.adapt(Workbench.page().findView(IPageLayout.ID_PROBLEM_VIEW), IContextProvider.class)
					.getContext(tree);
			assertEquals(RuleHelp.page("casestudio.dayOrder"),
					"/" + context.getRelatedTopics()[0].getHref().replaceFirst("^/", ""));
			Workbench.screenshot("help-f1");
			Workbench.page().hideView(Workbench.page().findView(HELP_VIEW));
		} finally {
			for (IMarker marker : markers) {
				marker.delete();
			}
		}
	}

	@Test
	void theHelpWebApplicationServesTheRulePages() throws Exception {
		// What Help > Help Contents shows: the help pages through the help's own HTTP server.
		Class<?> helpSystem = Platform.getBundle("org.eclipse.help.base")
				.loadClass("org.eclipse.help.internal.base.BaseHelpSystem");
		URL url = (URL) helpSystem.getMethod("resolve", String.class, boolean.class).invoke(null,
				RuleHelp.page("casestudio.dayOrder"), true);
		assertTrue(url.getProtocol().equals("http"), url::toString);
		String page;
		try (InputStream in = url.openStream()) {
			page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertTrue(page.contains("Reorder or renumber the days."), page);
		// The help window's page with this topic open, for people to look at.
		browserScreenshot(new URL(url.getProtocol(), url.getHost(), url.getPort(),
				"/help/index.jsp?topic=" + RuleHelp.page("casestudio.dayOrder")), "help-window");
	}

	@Test
	void helpMenuOffersTheContentsAndTheCheatSheetWhichOpens() throws Exception {
		IConfigurationElement sheet = Arrays
				.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.cheatsheets.cheatSheetContent"))
				.filter(e -> CHEAT_SHEET.equals(e.getAttribute("id"))).findFirst()
				.orElseThrow(() -> new AssertionError("the cheat sheet is not registered"));
		assertNotNull(Platform.getBundle(RuleHelp.BUNDLE).getEntry(sheet.getAttribute("contentFile")));

		WorkbenchWindow window = (WorkbenchWindow) PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IMenuManager help = (IMenuManager) window.getMenuManager().find("help");
		assertNotNull(help.find(ActionFactory.HELP_CONTENTS.getId()), "Help > Help Contents");
		((MenuManager) help).updateAll(true);
		boolean cheatSheetItem = false;
		for (IContributionItem item : help.getItems()) {
			cheatSheetItem |= "org.casestudio.help.openFirstCaseStudy".equals(item.getId()) && item.isVisible();
		}
		assertTrue(cheatSheetItem, "Help > Your First Case Study");

		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		ParameterizedCommand open = commands.deserialize("org.eclipse.ui.cheatsheets.openCheatSheet(cheatSheetId="
				+ CHEAT_SHEET + ")");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(open, null);
		Workbench.waitFor(() -> Workbench.page().findView(CHEAT_SHEET_VIEW) != null, "the cheat sheet view");
		try {
			// The view shows the sheet asked for (its viewer is reached through the view's own accessor).
			IViewPart view = Workbench.page().findView(CHEAT_SHEET_VIEW);
			ICheatSheetViewer viewer = (ICheatSheetViewer) view.getClass().getMethod("getCheatSheetViewer").invoke(view);
			assertEquals(CHEAT_SHEET, viewer.getCheatSheetID());
			Workbench.screenshot("help-cheat-sheet");
		} finally {
			Workbench.page().hideView(Workbench.page().findView(CHEAT_SHEET_VIEW));
		}
	}

	private static List<ITopic> all(ITopic[] topics) {
		List<ITopic> all = new ArrayList<>();
		for (ITopic topic : topics) {
			if (topic.getHref() != null) {
				all.add(topic);
			}
			all.addAll(all(topic.getSubtopics()));
		}
		return all;
	}

	/** A file of the help by its help address, /bundle/path. */
	private static String text(String page) throws IOException {
		IPath path = IPath.fromOSString(page);
		Bundle bundle = Platform.getBundle(path.segment(0));
		URL entry = bundle.getEntry(path.removeFirstSegments(1).toString());
		assertNotNull(entry, page);
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A picture of a page of the help server by a headless browser, when the machine has one. */
	private static void browserScreenshot(URL page, String name) {
		String folder = System.getProperty("casestudio.screenshots");
		if (folder == null) {
			return;
		}
		try {
			java.nio.file.Files.createDirectories(java.nio.file.Path.of(folder));
			Process browser = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
					"--window-size=1200,800", "--virtual-time-budget=3000",
					"--screenshot=" + java.nio.file.Path.of(folder, name + ".png"), page.toString())
					.redirectErrorStream(true).start();
			browser.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
			browser.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
		} catch (IOException e) {
			// No browser on this machine: the test itself does not depend on pictures.
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
