package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The SCORM 1.2 package: its manifest is valid against the ADL schemas, and in a small LMS page
 * that provides the SCORM 1.2 API (scorm-again), every SCO initialises and reports completion.
 */
class ScormExportTest {

	@Test
	void manifestIsValidScorm12() throws Exception {
		Path out = Fixtures.exports("scorm-manifest");
		Fixtures.export(Fixtures.route("market-day"), out, "scorm");
		Path zip = out.resolve("market_day-scorm.zip");
		List<String> entries = entries(zip);
		assertEquals("imsmanifest.xml", entries.get(0));
		assertTrue(entries.containsAll(List.of("index.html", "cases/honey.html", "cases/tea.html", "assets/site.css", "assets/sco.js")),
				entries::toString);
		byte[] manifest = read(zip, "imsmanifest.xml");
		assertEquals(List.of(), schemaErrors(manifest));
		String text = new String(manifest, StandardCharsets.UTF_8);
		assertTrue(text.contains("<schema>ADL SCORM</schema>") && text.contains("<schemaversion>1.2</schemaversion>"));
		// One SCO per case, and every file the manifest names is in the package.
		assertEquals(2, text.split("adlcp:scormtype=\"sco\"", -1).length - 1);
		for (String href : text.split("<file href=\"")) {
			if (!href.startsWith("<?xml")) {
				String file = href.substring(0, href.indexOf('"'));
				assertTrue(entries.contains(file), file);
			}
		}
	}

	@Test
	void everyScoReportsCompletionToTheLms() throws Exception {
		Path out = Fixtures.exports("scorm-run");
		Fixtures.export(Fixtures.route("market-day"), out, "scorm");
		JsonObject report = Fixtures.node("run-scorm.mjs", out.resolve("market_day-scorm.zip").toString()).getAsJsonObject();
		List<String> scos = new ArrayList<>();
		for (JsonElement element : report.getAsJsonArray("scos")) {
			JsonObject sco = element.getAsJsonObject();
			scos.add(sco.get("href").getAsString() + " initialized=" + sco.get("initialized") + " status="
					+ sco.get("status").getAsString() + " finished=" + sco.get("finished") + " errors=" + sco.get("errors"));
		}
		assertEquals(List.of("cases/honey.html initialized=true status=completed finished=true errors=[]",
				"cases/tea.html initialized=true status=completed finished=true errors=[]"), scos);
	}

	static List<String> schemaErrors(byte[] manifest) throws Exception {
		File dir = Path.of(System.getProperty("casestudio.testResources", "resources"), "scorm12").toFile();
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		// The 2001 metadata schema fails the unique-particle check that full checking adds (see scorm12/README.md).
		factory.setFeature("http://apache.org/xml/features/validation/schema-full-checking", false);
		Schema schema = factory.newSchema(new Source[] { new StreamSource(new File(dir, "xml.xsd")),
				new StreamSource(new File(dir, "imscp_rootv1p1p2.xsd")), new StreamSource(new File(dir, "adlcp_rootv1p2.xsd")),
				new StreamSource(new File(dir, "imsmd_rootv1p2p1.xsd")) });
		Validator validator = schema.newValidator();
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		List<String> errors = new ArrayList<>();
		validator.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
				// Warnings do not make a manifest invalid.
			}

			@Override
			public void error(SAXParseException e) {
				errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				error(e);
			}
		});
		validator.validate(new StreamSource(new ByteArrayInputStream(manifest)));
		return errors;
	}

	static List<String> entries(Path zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	static byte[] read(Path zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (entry.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError(name + " is not in " + zip);
	}
}
