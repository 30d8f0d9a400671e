package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.casestudio.export.XmlText;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class XmlTextTest {

	/** What a text of a route may hold, read back by an XML parser from an attribute and an element. */
	@Test
	void everyTextMakesReadableXml() throws Exception {
		String text = "Fish & rice <b>\"Lao\" farmers'</b>\tyear\n\u0001\u0008\u000b\ud800 lone \udc00 \ufffe\uffff 🌾 ລາວ";
		String escaped = XmlText.escape(text);
		var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader("<a title=\"" + escaped + "\">" + escaped + "</a>")));
		String kept = "Fish & rice <b>\"Lao\" farmers'</b>\tyear\n lone   🌾 ລາວ";
		assertEquals(kept, document.getDocumentElement().getTextContent());
		// An attribute's tab and newline read back as spaces, as XML normalises attributes.
		assertEquals(kept.replace('\t', ' ').replace('\n', ' '), document.getDocumentElement().getAttribute("title"));
	}
}
