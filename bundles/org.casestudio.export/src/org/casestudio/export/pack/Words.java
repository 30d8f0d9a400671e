package org.casestudio.export.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixed words of packs in one language, from resource bundles of properties files beside a
 * class ({@code words.properties} in English, {@code words_fr.properties}...), read as UTF-8. A
 * word the language's file lacks is the English one, and {@link #language(String)} says so, so
 * that a page can mark it with {@code lang="en"}. Exporters of every family share the words of
 * {@link #pack(String)}; an exporter may keep more words of its own beside its class.
 */
public final class Words {

	/** The language whose words are the base file's. */
	public static final String BASE = "en";

	/** The languages whose fixed words ship with Case Studio (some Lao words are still English). */
	public static final List<String> LANGUAGES = List.of("en", "fr", "es", "lo");

	private static final Map<String, Words> CACHE = new ConcurrentHashMap<>();

	private final String language;
	private final Locale locale;
	private final Properties base;
	private final Properties own;

	private Words(String language, Properties base, Properties own) {
		this.language = language;
		this.locale = Locale.forLanguageTag(language);
		this.base = base;
		this.own = own;
	}

	/** The fixed words every pack shares (headings, labels of facts, day and sheet names). */
	public static Words pack(String language) {
		return of(Words.class, "words", language);
	}

	/** The view's words for the model's enumerations and places (labels.properties). */
	static Words labels(String language) {
		return of(Words.class, "labels", language);
	}

	/** The words of {@code name}.properties beside {@code anchor}, in {@code language}. */
	public static Words of(Class<?> anchor, String name, String language) {
		String key = anchor.getName() + '/' + name + '/' + language;
		return CACHE.computeIfAbsent(key, k -> {
			Properties base = load(anchor, name + ".properties");
			String primary = Locale.forLanguageTag(language).getLanguage();
			Properties own = primary.equals(BASE) ? base : load(anchor, name + "_" + primary + ".properties");
			return new Words(language, base, own);
		});
	}

	private static Properties load(Class<?> anchor, String file) {
		Properties properties = new Properties();
		try (InputStream in = anchor.getResourceAsStream(file)) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}

	public String language() {
		return language;
	}

	public Locale locale() {
		return locale;
	}

	/** Whether {@code key} is a word at all (in English at least). */
	public boolean has(String key) {
		return base.containsKey(key) || own.containsKey(key);
	}

	/** The word, in this language when translated, else in English; the key itself when unknown. */
	public String get(String key) {
		String word = own.getProperty(key);
		return word != null ? word : base.getProperty(key, key);
	}

	/**
	 * The word with its arguments in place ({0}, {1}... as in MessageFormat: a quote is written
	 * twice in a word that takes arguments). Whole numbers are written as the language writes them
	 * ("1 200" in French), except in English, where packs have always written them plain ("1200").
	 */
	public String format(String key, Object... arguments) {
		String pattern = get(key);
		if (arguments.length == 0) {
			return pattern;
		}
		Locale in = locale(key);
		Object[] values = arguments.clone();
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number number && !(number instanceof Double || number instanceof Float)) {
				values[i] = number(number, in);
			}
		}
		return new MessageFormat(pattern, in).format(values);
	}

	/** A whole number as this language writes it (plain in English). */
	public String number(Number number) {
		return number(number, locale);
	}

	private static String number(Number number, Locale locale) {
		return locale.getLanguage().equals(BASE) ? number.toString()
				: java.text.NumberFormat.getIntegerInstance(locale).format(number);
	}

	/** The language the word is in: this one, or English when it is not translated. */
	public String language(String key) {
		return own.containsKey(key) ? language : BASE;
	}

	private Locale locale(String key) {
		return own.containsKey(key) ? locale : Locale.ENGLISH;
	}
}
