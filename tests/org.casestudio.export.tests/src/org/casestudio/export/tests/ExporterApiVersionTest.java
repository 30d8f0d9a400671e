package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * The exporter API is versioned: checked on the bundle as it is installed. (That the export knows
 * no syntax is checked on the wiring of every bundle by the desktop tests' ArchitectureTest.)
 */
class ExporterApiVersionTest {

	private static String header(String name) {
		String value = Platform.getBundle("org.casestudio.export").getHeaders("").get(name);
		return value == null ? "" : value;
	}

	@Test
	void theExporterApiIsExportedWithItsVersion() {
		String exported = header("Export-Package").replaceAll("\\s", "");
		assertTrue(exported.contains("org.casestudio.export;version=\"0.3.0\""), exported);
		assertTrue(exported.contains("org.casestudio.export.pack;version=\"0.3.0\""), exported);
	}
}
