package org.casestudio.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The fonts a pack carries so that its scripts render on a machine without them: Noto Sans Lao
 * (SIL Open Font License 1.1), shipped in this bundle's {@code fonts/} with its licence. A site
 * uses them as web fonts, a PDF exporter embeds the same files; a pack carries them only when it
 * has text in their script, together with {@link #LICENCE}.
 */
public final class PackFonts {

	/** A font file: its file name, weight (400 regular, 700 bold) and the Unicode range it covers. */
	public record Font(String file, String family, int weight, String unicodeRange) {

		/** The font's bytes, as shipped. */
		public byte[] bytes() throws ExportException {
			return PackFonts.bytes(file);
		}
	}

	/** The Lao block; CSS's unicode-range, so that a page uses the font for Lao letters alone. */
	public static final String LAO_RANGE = "U+0E80-0EFF";

	public static final List<Font> LAO = List.of(new Font("NotoSansLao-Regular.ttf", "Noto Sans Lao", 400, LAO_RANGE),
			new Font("NotoSansLao-Bold.ttf", "Noto Sans Lao", 700, LAO_RANGE));

	/** The licence of the fonts, to be put beside them in a pack. */
	public static final String LICENCE = "OFL.txt";

	private PackFonts() {
	}

	/** The bytes of a file of the bundle's {@code fonts/} folder (a font or the licence). */
	public static byte[] bytes(String file) throws ExportException {
		try (InputStream in = PackFonts.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new ExportException(org.eclipse.osgi.util.NLS.bind(Messages.FontMissing, file));
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new ExportException(org.eclipse.osgi.util.NLS.bind(Messages.FontMissing, file), e);
		}
	}
}
