package org.casestudio.export.pack;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of a pack: its tag, the fixed words in it, and which of the pack's texts are not in
 * it. A text without a translation is shown as the route writes it: {@link #langOf(String)} gives
 * its language so that a page can say so ({@code <p lang="en">}), and is null for the texts in the
 * pack's language, so that a template writes {@code lang} only where the language changes.
 *
 * @param tag       the pack's language (BCP 47), e.g. "lo"
 * @param source    the language the route is written in
 * @param languages every language this pack is made in alongside, this one among them, in the
 *                  order asked for (a site links to its other language versions)
 * @param foreign   the texts of the pack that are not in its language, each with its language: the
 *                  route's texts without a translation, and fixed words without one
 * @param lao       whether any text of the pack, or the pack's language, is in Lao script
 */
public record PackLanguage(String tag, String source, List<String> languages, Map<String, String> foreign, boolean lao) {

	/** An English pack of an English route, all texts as written. */
	public static final PackLanguage ENGLISH = new PackLanguage("en", "en", List.of("en"), Map.of(), false);

	public Locale locale() {
		return Locale.forLanguageTag(tag);
	}

	/** The fixed words of packs in this language. */
	public Words words() {
		return Words.pack(tag);
	}

	/** Whether the pack is in the language the route is written in. */
	public boolean isSource() {
		return tag.equals(source);
	}

	/** The language of {@code text} when it is not the pack's (a text left untranslated); else null. */
	public String langOf(String text) {
		return text == null || foreign.isEmpty() ? null : foreign.get(text);
	}

	/** The other languages this pack is made in, for links between the versions. */
	public List<String> others() {
		return languages.stream().filter(l -> !l.equals(tag)).toList();
	}

	/** The name of a language in that language ("français", "ລາວ"), for a link to its version. */
	public static String nameOf(String language) {
		Locale locale = Locale.forLanguageTag(language);
		String name = locale.getDisplayLanguage(locale);
		return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/** Whether {@code text} holds a letter of the Lao script (U+0E80–U+0EFF). */
	public static boolean isLao(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0E80' && c <= '\u0EFF') {
				return true;
			}
		}
		return false;
	}
}
