package org.casestudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The dependency rules of docs/architecture.md, checked on the bundles as the framework wired them
 * in the running application (every bundle of the product is there, SWT included), so that a rule
 * broken by a manifest, a package import or a dependency of a dependency fails the build.
 */
class ArchitectureTest {

	/** Bundles of the user interface: nothing headless may reach them. */
	private static final List<String> USER_INTERFACE = List.of("org.eclipse.swt", "org.eclipse.jface",
			"org.eclipse.ui", "org.eclipse.e4.ui", "org.casestudio.ui");

	/**
	 * Xtend's runtime library: plain Java helpers of compiled Xtend code (the diagrams' layout
	 * kernel is written in Xtend), no syntax, whatever its name says.
	 */
	private static final Set<String> RUNTIME_LIBRARIES = Set.of("org.eclipse.xtext.xbase.lib");

	/** Bundles that know the language's syntax. */
	private static final List<String> SYNTAX = List.of("org.eclipse.xtext", "org.antlr", "org.casestudio.dsl");

	@Test
	void noHeadlessBundleReachesTheUserInterface() {
		for (String headless : List.of("org.casestudio.model", "org.casestudio.dsl", "org.casestudio.dsl.ide",
				"org.casestudio.export", "org.casestudio.export.web", "org.casestudio.export.quiz",
				"org.casestudio.export.slides", "org.casestudio.export.print", "org.casestudio.cli")) {
			assertEquals(Set.of(), reached(headless, USER_INTERFACE), headless + " reaches user-interface bundles");
		}
	}

	@Test
	void theModelAndTheExportersKnowNoSyntax() {
		for (String bundle : List.of("org.casestudio.model", "org.casestudio.export", "org.casestudio.export.web",
				"org.casestudio.export.quiz", "org.casestudio.export.slides", "org.casestudio.export.print")) {
			assertEquals(Set.of(), reached(bundle, SYNTAX), bundle + " reaches the language's syntax");
		}
	}

	@Test
	void exportersDependOnTheExporterApiAloneAmongCaseStudioBundles() {
		for (String exporter : List.of("org.casestudio.export.web", "org.casestudio.export.quiz",
				"org.casestudio.export.slides", "org.casestudio.export.print")) {
			Set<String> direct = wiring(exporter).getRequiredWires(null).stream()
					.map(w -> w.getProvider().getBundle().getSymbolicName())
					.filter(name -> name.startsWith("org.casestudio.")).collect(Collectors.toCollection(TreeSet::new));
			assertEquals(Set.of("org.casestudio.export"), direct, exporter + "'s Case Studio dependencies");
		}
	}

	@Test
	void theRulesSeeTheUserInterfaceWhereItIs() {
		// The check above must be able to fail: the desktop bundle does reach SWT and the language.
		assertTrue(reached("org.casestudio.ui", USER_INTERFACE).stream().anyMatch(b -> b.startsWith("org.eclipse.swt")));
		assertTrue(reached("org.casestudio.ui", SYNTAX).contains("org.eclipse.xtext"));
	}

	/** The bundles among {@code prefixes} that {@code start} depends on, directly or through others. */
	private static Set<String> reached(String start, List<String> prefixes) {
		Set<String> seen = new TreeSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(bundle(start)));
		Set<String> found = new TreeSet<>();
		while (!todo.isEmpty()) {
			Bundle next = todo.pop();
			BundleWiring wiring = next.adapt(BundleWiring.class);
			if (wiring == null) {
				continue;
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				Bundle provider = wire.getProvider().getBundle();
				String name = provider.getSymbolicName();
				if (provider.getBundleId() != 0 && seen.add(name)) {
					todo.push(provider);
					if (prefixes.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."))
							&& !RUNTIME_LIBRARIES.contains(name)) {
						found.add(name);
					}
				}
			}
		}
		return found;
	}

	private static BundleWiring wiring(String name) {
		BundleWiring wiring = bundle(name).adapt(BundleWiring.class);
		assertNotNull(wiring, name + " is resolved");
		return wiring;
	}

	private static Bundle bundle(String name) {
		Bundle bundle = Platform.getBundle(name);
		assertNotNull(bundle, name + " is installed in the test runtime");
		return bundle;
	}
}
