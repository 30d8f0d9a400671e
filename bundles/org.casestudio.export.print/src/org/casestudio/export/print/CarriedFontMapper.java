package org.casestudio.export.print;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * What PDFBox is given where it looks for a font that is not embedded: the Noto Sans this bundle
 * carries, whatever the name. The PDFs made here embed every font they draw with, but openhtmltopdf
 * creates Helvetica and ZapfDingbats for each document's form fields (whether it has any or not),
 * and PDFBox's own mapper then lists every font of the system, once per JVM, keeping what it found
 * in a file of the user's home ({@code .pdfbox.cache}): a file written outside the pack, and time
 * (in a JVM of its own, without the start-up cache, the first such font took 0.34 s with that file
 * and 0.89 s without it, on a system with Debian's Noto fonts). Installed for the whole JVM, as
 * PDFBox keeps one mapper ({@link PdfRenderer}).
 */
final class CarriedFontMapper implements FontMapper {

	private volatile TrueTypeFont font;

	@Override
	public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
		return new FontMapping<>(font(), true);
	}

	@Override
	public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
		return new FontMapping<>(font(), true);
	}

	@Override
	public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
		return new CIDFontMapping(null, font(), true);
	}

	/** Parsed when first asked for, once. */
	private TrueTypeFont font() {
		TrueTypeFont parsed = font;
		if (parsed == null) {
			synchronized (this) {
				parsed = font;
				if (parsed == null) {
					try {
						parsed = new TTFParser().parse(new RandomAccessReadBuffer(PdfRenderer.fontBytes("NotoSans-Regular.ttf")));
					} catch (IOException e) {
						// The bundle's own font: only a broken installation gets here.
						throw new UncheckedIOException(e);
					}
					font = parsed;
				}
			}
		}
		return parsed;
	}
}
