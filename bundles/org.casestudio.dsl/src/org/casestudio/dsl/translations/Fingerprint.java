package org.casestudio.dsl.translations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The short fingerprint of a source text that a translation written in the language records
 * ({@code fr "Café" #5d41a0}): six hexadecimal digits of the text's SHA-256. When the source text
 * changes, its fingerprint changes and the translation shows as out of date. Six digits keep the
 * line short; a changed text keeps its old fingerprint by chance once in 16.7 million edits.
 */
public final class Fingerprint {

	public static final int DIGITS = 6;

	private Fingerprint() {
	}

	public static String of(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, DIGITS / 2);
		} catch (NoSuchAlgorithmException e) {
			// Every Java runtime has SHA-256.
			throw new IllegalStateException(e);
		}
	}
}
