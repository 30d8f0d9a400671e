package org.casestudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casestudio.cli.ClassPathRegistry;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExporterRegistry;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extension registry of the command line on a plain class path: the exporters' point and the
 * contributions to it are read from the bundles' plugin.xml, under each bundle's name and
 * translated with its plugin.properties, as Equinox reads them; other bundles are left out.
 */
class ClassPathRegistryTest {

	@TempDir
	Path dir;

	private Path bundle(String name, String pluginXml, String properties) throws IOException {
		Path bundle = dir.resolve(name);
		Files.createDirectories(bundle.resolve("META-INF"));
		Files.writeString(bundle.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-SymbolicName: " + name
				+ ";singleton:=true\nBundle-Localization: plugin\n", StandardCharsets.UTF_8);
		Files.writeString(bundle.resolve("plugin.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plugin>" + pluginXml
				+ "</plugin>\n", StandardCharsets.UTF_8);
		if (properties != null) {
			Files.writeString(bundle.resolve("plugin.properties"), properties, StandardCharsets.UTF_8);
		}
		return bundle;
	}

	@Test
	void exportersComeFromThePluginXmlOfTheClassPath() throws IOException {
		Path point = bundle("org.casestudio.export", "<extension-point id=\"exporters\" name=\"Exporters\"/>", null);
		Path pdf = bundle("org.example.pdf", """
				<extension point="org.casestudio.export.exporters">
				  <exporter id="org.example.pdf" label="%exporter" class="org.example.pdf.PdfExporter">
				    <format id="pdf" label="%pdf" description="%pdf.description"/>
				  </exporter>
				</extension>""", "exporter = Printed pack\npdf = Printed pack (PDF)\npdf.description = One PDF to print\n");
		Path other = bundle("org.example.other", "<extension id=\"app\" point=\"org.eclipse.core.runtime.applications\"/>", null);

		try (URLClassLoader classPath = new URLClassLoader(
				new URL[] { point.toUri().toURL(), pdf.toUri().toURL(), other.toUri().toURL() }, null)) {
			IExtensionRegistry registry = new ClassPathRegistry(classPath).getRegistry();
			ExporterRegistry exporters = new ExporterRegistry(registry);

			assertEquals(List.of("pdf"), exporters.formats().stream().map(ExportFormat::id).toList());
			ExportFormat format = exporters.format("pdf").orElseThrow();
			assertEquals("Printed pack (PDF)", format.label());
			assertEquals("One PDF to print", format.description());
			assertEquals("org.example.pdf", exporters.exporters().get(0).contributor());
			assertFalse(List.of(registry.getNamespaces()).contains("org.example.other"));
		}
	}
}
