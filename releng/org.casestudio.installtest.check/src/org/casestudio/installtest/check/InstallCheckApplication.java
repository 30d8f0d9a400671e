package org.casestudio.installtest.check;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Checks, inside the running platform, what a user of the installed Case Studio relies on: every
 * Case Studio bundle resolves, the files have their content type, the model package and the
 * language's resource factories are registered and parse real files, and the exporters and
 * applications are contributed. Prints one line per check; exit code 0 when all pass, 1 otherwise,
 * 2 on a usage error.
 */
public class InstallCheckApplication implements IApplication {

	/** The bundles of the features the install test installs. */
	static final List<String> BUNDLES = List.of("org.casestudio.model", "org.casestudio.dsl",
			"org.casestudio.dsl.ide", "org.casestudio.export", "org.casestudio.export.web",
			"org.casestudio.export.quiz", "org.casestudio.cli", "org.casestudio.ui");
	static final List<String> EXTENSIONS = List.of("route", "case", "actors");
	static final String CONTENT_TYPE = "org.casestudio.ui.contentType";
	static final String NS_URI = "http://www.casestudio.org/2026/CaseStudio";
	static final String LANGUAGE_BUNDLE = "org.casestudio.dsl";
	static final String LANGUAGE_SETUP = "org.casestudio.dsl.CaseStudioStandaloneSetup";
	static final String EXPORTERS = "org.casestudio.export.exporters";
	static final String APPLICATIONS = "org.eclipse.core.runtime.applications";

	private final PrintStream out = System.out;
	private int passed;
	private int failed;

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		if (args == null || args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
			System.err.println(Messages.Usage);
			return Integer.valueOf(2);
		}
		checkBundles();
		checkContentTypes();
		checkModelPackage();
		if (setUpLanguage()) {
			checkFactories();
			checkFiles(Path.of(args[0]));
		}
		checkContribution("org.casestudio.export.web", EXPORTERS, "format", "html");
		checkContribution("org.casestudio.export.web", EXPORTERS, "format", "scorm");
		checkContribution("org.casestudio.export.quiz", EXPORTERS, "format", "gift");
		checkApplication("org.casestudio.cli", "org.casestudio.cli.app");
		checkApplication("org.casestudio.ui", "org.casestudio.ui.application");
		out.println(NLS.bind(Messages.Summary, passed, failed));
		return failed == 0 ? IApplication.EXIT_OK : Integer.valueOf(1);
	}

	private void checkBundles() {
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		// Resolve what the framework has not resolved lazily yet, so that INSTALLED means "cannot".
		context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null);
		List<String> names = new ArrayList<>(BUNDLES);
		for (Bundle bundle : context.getBundles()) {
			String name = bundle.getSymbolicName();
			// Bundles added later to the features are checked too.
			if (name != null && name.startsWith("org.casestudio.") && !names.contains(name)
					&& !name.equals(context.getBundle().getSymbolicName())) {
				names.add(name);
			}
		}
		for (String name : names) {
			Bundle bundle = Platform.getBundle(name);
			if (bundle == null) {
				fail(NLS.bind(Messages.BundleMissing, name));
			} else if (bundle.getState() == Bundle.INSTALLED || bundle.getState() == Bundle.UNINSTALLED) {
				fail(NLS.bind(Messages.BundleUnresolved, new Object[] { name, bundle.getVersion(), reason(bundle) }));
			} else {
				pass(NLS.bind(Messages.BundleResolved, name, bundle.getVersion()));
			}
		}
	}

	/** The framework's own words on why a bundle does not resolve: its unresolved requirement. */
	private static String reason(Bundle bundle) {
		try {
			bundle.start(Bundle.START_TRANSIENT);
			return String.valueOf(bundle.getState());
		} catch (BundleException e) {
			return e.getMessage().replace('\n', ' ');
		}
	}

	private void checkContentTypes() {
		for (String extension : EXTENSIONS) {
			IContentType type = Platform.getContentTypeManager().findContentTypeFor("file." + extension);
			String id = type == null ? "-" : type.getId();
			if (CONTENT_TYPE.equals(id)) {
				pass(NLS.bind(Messages.ContentType, extension, id));
			} else {
				fail(NLS.bind(Messages.ContentTypeWrong, new Object[] { extension, id, CONTENT_TYPE }));
			}
		}
	}

	private void checkModelPackage() {
		// Read from the model bundle's org.eclipse.emf.ecore.generated_package extension.
		if (EPackage.Registry.INSTANCE.getEPackage(NS_URI) != null) {
			pass(NLS.bind(Messages.PackageRegistered, NS_URI));
		} else {
			fail(NLS.bind(Messages.PackageMissing, NS_URI));
		}
	}

	/**
	 * Sets the language up the way the command line and the editors do on first use, from the
	 * installed bundle: this registers its resource factories for the file extensions.
	 */
	private boolean setUpLanguage() {
		try {
			Bundle bundle = Platform.getBundle(LANGUAGE_BUNDLE);
			if (bundle == null) {
				throw new IllegalStateException(NLS.bind(Messages.BundleMissing, LANGUAGE_BUNDLE));
			}
			bundle.loadClass(LANGUAGE_SETUP).getMethod("injector").invoke(null);
			return true;
		} catch (ReflectiveOperationException | RuntimeException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			fail(NLS.bind(Messages.SetupFailed, LANGUAGE_BUNDLE, cause));
			return false;
		}
	}

	private void checkFactories() {
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		for (String extension : EXTENSIONS) {
			Object factory = factories.get(extension);
			String name = factory == null ? "-" : factory.getClass().getName();
			// Xtext's factory, created by the language's injector.
			if (name.startsWith("org.eclipse.xtext.")) {
				pass(NLS.bind(Messages.FactoryRegistered, extension, name));
			} else {
				fail(NLS.bind(Messages.FactoryMissing, extension, name));
			}
		}
	}

	/** Loads every file of the folder together, as cross-references span files, and links them. */
	private void checkFiles(Path folder) {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(file -> EXTENSIONS.stream().anyMatch(e -> file.toString().endsWith("." + e)))
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (files.isEmpty()) {
			fail(NLS.bind(Messages.NoFiles, folder));
			return;
		}
		ResourceSet resources = new ResourceSetImpl();
		for (Path file : files) {
			resources.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		}
		EcoreUtil.resolveAll(resources);
		for (Resource resource : resources.getResources()) {
			String file = resource.getURI().lastSegment();
			EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			boolean ours = root != null && NS_URI.equals(root.eClass().getEPackage().getNsURI());
			if (resource.getErrors().isEmpty() && ours) {
				pass(NLS.bind(Messages.FileParsed, file));
			} else {
				String first = resource.getErrors().isEmpty() ? String.valueOf(root)
						: resource.getErrors().get(0).getMessage();
				fail(NLS.bind(Messages.FileHasErrors, new Object[] { file, resource.getErrors().size(), first }));
			}
		}
	}

	private void checkContribution(String contributor, String point, String element, String id) {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		boolean found = Arrays.stream(registry.getConfigurationElementsFor(point))
				.flatMap(e -> Stream.concat(Stream.of(e), Arrays.stream(e.getChildren())))
				.anyMatch(e -> element.equals(e.getName()) && id.equals(e.getAttribute("id"))
						&& contributor.equals(contributorOf(e)));
		String what = element + " " + id;
		if (found) {
			pass(NLS.bind(Messages.Contribution, new Object[] { contributor, what, point }));
		} else {
			fail(NLS.bind(Messages.ContributionMissing, new Object[] { contributor, what, point }));
		}
	}

	private static String contributorOf(IConfigurationElement element) {
		return element.getContributor().getName();
	}

	private void checkApplication(String contributor, String id) {
		if (Platform.getExtensionRegistry().getExtension(APPLICATIONS, id) != null) {
			pass(NLS.bind(Messages.Contribution, new Object[] { contributor, "application " + id, APPLICATIONS }));
		} else {
			fail(NLS.bind(Messages.ContributionMissing, new Object[] { contributor, "application " + id, APPLICATIONS }));
		}
	}

	private void pass(String message) {
		passed++;
		out.println(NLS.bind(Messages.Passed, message));
	}

	private void fail(String message) {
		failed++;
		out.println(NLS.bind(Messages.Failed, message));
	}

	@Override
	public void stop() {
		// The checks run to their end within start(); there is nothing to interrupt.
	}
}
