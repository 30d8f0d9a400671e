package org.casestudio.export.web;

import static org.casestudio.export.XmlText.escape;

import java.util.Collection;

import org.casestudio.export.SafeNames;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.TrainingPack.CaseBrief;

/**
 * {@code imsmanifest.xml} for SCORM 1.2 (IMS Content Packaging 1.1.2 with the ADL extensions):
 * one organization whose items are the cases, each backed by a SCO resource; everything else in
 * the site is one shared asset resource the SCOs depend on, so that an LMS copies it along.
 */
final class ScormManifest {

	static final String FILE = "imsmanifest.xml";
	private static final String SHARED = "shared-assets";

	private ScormManifest() {
	}

	static String write(TrainingPack pack, Collection<String> siteFiles) {
		String id = SafeNames.of(pack.overview().id());
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<manifest identifier=\"casestudio-").append(id).append("\" version=\"1.0\"\n")
				.append("    xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n")
				.append("    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n")
				.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
				.append("    xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd")
				.append(" http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd")
				.append(" http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n");
		xml.append("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n  </metadata>\n");
		xml.append("  <organizations default=\"route\">\n    <organization identifier=\"route\">\n");
		xml.append("      <title>").append(escape(pack.overview().title())).append("</title>\n");
		for (CaseBrief brief : pack.cases()) {
			xml.append("      <item identifier=\"item-").append(brief.file()).append("\" identifierref=\"sco-")
					.append(brief.file()).append("\" isvisible=\"true\">\n");
			xml.append("        <title>").append(escape(brief.title())).append("</title>\n");
			xml.append("      </item>\n");
		}
		xml.append("    </organization>\n  </organizations>\n  <resources>\n");
		for (CaseBrief brief : pack.cases()) {
			String page = SiteBuilder.casePage(brief);
			xml.append("    <resource identifier=\"sco-").append(brief.file())
					.append("\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"").append(page).append("\">\n");
			xml.append("      <file href=\"").append(page).append("\"/>\n");
			xml.append("      <dependency identifierref=\"").append(SHARED).append("\"/>\n");
			xml.append("    </resource>\n");
		}
		xml.append("    <resource identifier=\"").append(SHARED).append("\" type=\"webcontent\" adlcp:scormtype=\"asset\">\n");
		for (String file : siteFiles) {
			if (!file.startsWith("cases/")) {
				xml.append("      <file href=\"").append(escape(file)).append("\"/>\n");
			}
		}
		xml.append("    </resource>\n  </resources>\n</manifest>\n");
		return xml.toString();
	}
}
