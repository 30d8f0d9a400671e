package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExporterRegistry;
import org.casestudio.export.TrainingPackExport;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporters come from the extension point: Case Studio's own and any other bundle's. */
class ExporterRegistryTest {

	@Test
	void formatsOfEveryContributingBundleAreListed() {
		ExporterRegistry registry = ExporterRegistry.getDefault();
		List<String> ids = registry.formats().stream().map(ExportFormat::id).toList();
		assertTrue(ids.containsAll(List.of("html", "scorm", "gift", "glossary")), ids::toString);
		ExportFormat gift = registry.format("gift").orElseThrow();
		assertEquals("Moodle quiz (GIFT)", gift.label());
		assertEquals("org.casestudio.export.quiz", gift.exporter().contributor());
		assertEquals("Who is who", registry.format("glossary").orElseThrow().exporter().options().get(0).defaultValue());
	}

	@Test
	void aThirdPartyExporterWritesIntoThePackWithItsOptions(@TempDir Path temp) throws Exception {
		new TrainingPackExport(Fixtures.pack(Fixtures.seed()), null, Map.of("heading", "Actors of Attapeu"))
				.run(Fixtures.formats("glossary"), temp, new NullProgressMonitor());
		List<String> lines = Files.readAllLines(temp.resolve("glossary.txt"));
		assertEquals("Actors of Attapeu", lines.get(0));
		assertTrue(lines.contains("SWIFT Co. Ltd (Trader)"), lines::toString);
	}
}
