package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** The export knows no syntax, and its API is versioned: checked on the bundle as it is installed. */
class BundleBoundariesTest {

	private static String header(String name) {
		String value = Platform.getBundle("org.casestudio.export").getHeaders("").get(name);
		return value == null ? "" : value;
	}

	@Test
	void theExportRequiresNoXtextNorTheLanguage() {
		String required = header("Require-Bundle") + "," + header("Import-Package");
		assertFalse(required.contains("org.eclipse.xtext"), required);
		assertFalse(required.contains("org.casestudio.dsl"), required);
	}

	@Test
	void theExporterApiIsExportedWithItsVersion() {
		String exported = header("Export-Package").replaceAll("\\s", "");
		assertTrue(exported.contains("org.casestudio.export;version=\"0.1.0\""), exported);
		assertTrue(exported.contains("org.casestudio.export.pack;version=\"0.1.0\""), exported);
	}
}
