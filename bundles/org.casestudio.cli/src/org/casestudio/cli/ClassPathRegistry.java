package org.casestudio.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.jar.Manifest;

import org.casestudio.export.ExporterRegistry;
import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.IRegistryProvider;

/**
 * The extension registry of the command line on a plain class path: the plugin.xml of the bundles
 * that declare or contribute to the exporters' extension point, each under its bundle's symbolic
 * name and translated with its own plugin.properties, as Equinox would read them. Built when an
 * export first asks for it; {@code validate} never does.
 */
public final class ClassPathRegistry implements IRegistryProvider {

	private static final String POINT = ExporterRegistry.EXTENSION_POINT;
	private static final String NAMESPACE = POINT.substring(0, POINT.lastIndexOf('.'));

	private final ClassLoader classPath;
	private IExtensionRegistry registry;

	/** The registry of the bundles that this loader's class path holds. */
	public ClassPathRegistry(ClassLoader classPath) {
		this.classPath = classPath;
	}

	@Override
	public synchronized IExtensionRegistry getRegistry() {
		if (registry == null) {
			try {
				registry = read(classPath);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return registry;
	}

	private static IExtensionRegistry read(ClassLoader classPath) throws IOException {
		Object token = new Object();
		IExtensionRegistry result = RegistryFactory.createRegistry(null, token, null);
		Enumeration<URL> files = classPath.getResources("plugin.xml");
		while (files.hasMoreElements()) {
			URL file = files.nextElement();
			byte[] xml;
			try (InputStream in = file.openStream()) {
				xml = in.readAllBytes();
			}
			String base = file.toString().substring(0, file.toString().length() - "plugin.xml".length());
			Manifest manifest;
			try (InputStream in = URI.create(base + "META-INF/MANIFEST.MF").toURL().openStream()) {
				manifest = new Manifest(in);
			}
			String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
			if (name == null) {
				continue;
			}
			name = name.split(";")[0].strip();
			// Only what the command line reads: the point itself and the contributions to it.
			if (!name.equals(NAMESPACE) && !new String(xml, StandardCharsets.UTF_8).contains(POINT)) {
				continue;
			}
			String localization = manifest.getMainAttributes().getValue("Bundle-Localization");
			result.addContribution(new ByteArrayInputStream(xml), ContributorFactorySimple.createContributor(name), false,
					name, translations(base, localization == null ? "OSGI-INF/l10n/bundle" : localization), token);
		}
		return result;
	}

	/** The bundle's translations for the default locale, or none when it has no such file. */
	private static ResourceBundle translations(String base, String localization) throws IOException {
		try (URLClassLoader bundle = new URLClassLoader(new URL[] { URI.create(base).toURL() }, null)) {
			return ResourceBundle.getBundle(localization.replace('/', '.'), Locale.getDefault(), bundle);
		} catch (MissingResourceException e) {
			return null;
		}
	}
}
