package org.casestudio.dsl.translations;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Case Studio takes for a language: a BCP 47 tag whose language is an ISO 639 code. */
public final class LanguageTags {

	/** Every two-letter ISO 639 code; three-letter codes are accepted as written. */
	private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
	private static final Pattern TAG = Pattern.compile("([a-zA-Z]{2,3})(-[a-zA-Z0-9]{1,8})*");

	private LanguageTags() {
	}

	public static boolean isKnown(String tag) {
		Matcher m = TAG.matcher(tag);
		return m.matches() && (m.group(1).length() == 3 || ISO_LANGUAGES.contains(m.group(1).toLowerCase(Locale.ROOT)));
	}
}
