package org.casestudio.dsl.headless;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.eclipse.osgi.util.NLS;

/**
 * Strict UTF-8 decoding with a located explanation of what is wrong. Public for the translators' files,
 * which are read as strictly as the model's.
 */
public final class Utf8Text {

	/** Bytes that are not UTF-8 text, at the line and column of the first bad byte. */
	public static final class NotUtf8Exception extends LocatedTextException {
		private static final long serialVersionUID = 1L;

		NotUtf8Exception(String message, int line, int column) {
			super(message, line, column);
		}
	}

	private Utf8Text() {
	}

	public static String decode(byte[] bytes) throws NotUtf8Exception {
		int start = 0;
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			throw new NotUtf8Exception(Messages.Utf16, 1, 1);
		}
		if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
			start = 3; // A UTF-8 byte order mark carries no text.
		}
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				int[] place = place(bytes, start, i);
				throw new NotUtf8Exception(Messages.Binary, place[0], place[1]);
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length - start);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			// The decoder stops right before the first byte that is not UTF-8.
			int bad = in.position();
			int[] place = place(bytes, start, bad);
			throw new NotUtf8Exception(NLS.bind(Messages.NotUtf8,
					String.format("%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xFF)), place[0], place[1]);
		}
		return out.flip().toString();
	}

	/** Line and column (1-based, in characters) of a byte offset. */
	private static int[] place(byte[] bytes, int start, int offset) {
		int line = 1;
		int column = 1;
		for (int i = start; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				column = 1;
			} else if ((bytes[i] & 0xC0) != 0x80) {
				column++;
			}
		}
		return new int[] { line, column };
	}
}
