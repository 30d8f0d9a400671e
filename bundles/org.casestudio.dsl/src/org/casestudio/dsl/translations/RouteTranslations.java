package org.casestudio.dsl.translations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Translation;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.Pair;

/**
 * The translations of a route's texts, from both places a translation can be: written in the
 * language beside the source text ({@code fr "Café" #5d41a0}), or in the translator's file of the
 * language ({@code translations/fr.po} at the top of the route's folder tree). The one lookup of
 * the validator, the translator's file writer and the exports.
 * <p>
 * A translation is usable when it was made from the source text as it is now: a translation in the
 * language without a fingerprint, or whose fingerprint is the text's; an entry of the translator's
 * file that is translated, not fuzzy, and whose msgid is the text. The one in the language comes
 * first. One instance serves one validation or one export, from any number of threads; the
 * translators' files are read once per instance (and parsed again only when they changed).
 */
public final class RouteTranslations {

	/** The language of a route that does not say its own. */
	public static final String DEFAULT_LANGUAGE = "en";
	/** The folder, at the top of the route's folder tree, of the translators' files. */
	public static final String FOLDER = "translations";

	public enum Status {
		/** A usable translation exists. */
		CURRENT,
		/** A translation exists but was made from another version of the source text. */
		OUT_OF_DATE,
		/** No translation at all. */
		MISSING
	}

	/** What a lookup found: the usable text when {@link Status#CURRENT}, else null. */
	public record Lookup(Status status, String text) {
	}

	/** A translator's file that could not be read, with where and why. */
	public record FileError(Path file, int line, int column, String message) {
	}

	private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

	private record Cached(FileTime modified, long size, PoFile file, FileError error) {
	}

	private final String sourceLanguage;
	private final List<String> packLanguages;
	private final boolean declared;
	private final Path folder;
	private final TranslatableTexts texts;
	// Exporters may look texts up from several threads.
	private final Map<String, Map<String, PoFile.Entry>> entries = new ConcurrentHashMap<>();
	private final List<FileError> errors = new CopyOnWriteArrayList<>();
	private final Map<EObject, Map<Translation, Pair<EAttribute, Integer>>> targets = new ConcurrentHashMap<>();

	RouteTranslations(String sourceLanguage, List<String> packLanguages, boolean declared, Path folder,
			TranslatableTexts texts) {
		this.sourceLanguage = sourceLanguage;
		this.packLanguages = packLanguages;
		this.declared = declared;
		this.folder = folder;
		this.texts = texts;
	}

	/**
	 * The translations of a route loaded in an Xtext resource: its languages, the translations
	 * written in its files, and its translators' files (read from disk on first use, cached while
	 * they do not change).
	 */
	public static RouteTranslations forRoute(LearningRoute route) {
		Resource resource = route.eResource();
		TranslatableTexts texts = ((XtextResource) resource).getResourceServiceProvider().get(TranslatableTexts.class);
		Path file = path(resource.getURI());
		Path folder = file == null ? null : ModelWorkspace.folderTreeRoot(file).resolve(FOLDER);
		String source = route.getSourceLanguage() == null ? DEFAULT_LANGUAGE : route.getSourceLanguage();
		List<String> packs = new ArrayList<>();
		packs.add(source);
		for (String language : route.getPackLanguages()) {
			if (packs.stream().noneMatch(p -> same(p, language))) {
				packs.add(language);
			}
		}
		boolean declared = route.getSourceLanguage() != null || !route.getPackLanguages().isEmpty();
		return new RouteTranslations(source, Collections.unmodifiableList(packs), declared, folder, texts);
	}

	/** The file of a resource on disk, or null for one that has none. */
	private static Path path(URI uri) {
		URI resolved = uri.isFile() ? uri : CommonPlugin.resolve(uri);
		return resolved != null && resolved.isFile() ? Path.of(resolved.toFileString()) : null;
	}

	/** Two BCP 47 tags name the same language when they are equal but for case. */
	public static boolean same(String a, String b) {
		return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
	}

	/** The language the route is written in ({@value #DEFAULT_LANGUAGE} unless it says another). */
	public String sourceLanguage() {
		return sourceLanguage;
	}

	/** The languages the route's packs are made in, the source language first. */
	public List<String> packLanguages() {
		return packLanguages;
	}

	/** Whether the route says its languages; one that does not is not checked for translations. */
	public boolean declared() {
		return declared;
	}

	/** The translator's file of a language (it may not exist), or null for a route not on disk. */
	public Path file(String language) {
		return folder == null ? null : folder.resolve(language + ".po");
	}

	/** The translators' files of the pack languages that cannot be read. */
	public List<FileError> errors() {
		for (String language : packLanguages) {
			if (!same(language, sourceLanguage)) {
				entries(language);
			}
		}
		return Collections.unmodifiableList(errors);
	}

	/**
	 * The usable translation of the text in {@code owner.feature} ({@code index} in a list, -1 for
	 * a single value) in a language: the text itself in the source language; null when the text
	 * has no translation or only an out-of-date one.
	 */
	public String translation(EObject owner, EStructuralFeature feature, int index, String language) {
		if (!(feature instanceof EAttribute attribute)) {
			return null;
		}
		String value = value(owner, attribute, index);
		if (value == null) {
			return null;
		}
		if (same(language, sourceLanguage)) {
			return value;
		}
		return lookup(owner, attribute, index, value, language).text();
	}

	/** What is known of the translation of a text in a language. */
	public Lookup lookup(EObject owner, EAttribute feature, int index, String value, String language) {
		boolean outOfDate = false;
		Translation inLanguage = inLanguage(owner, feature, index, language);
		if (inLanguage != null) {
			if (inLanguage.getFingerprint() == null || inLanguage.getFingerprint().equals(Fingerprint.of(value))) {
				return new Lookup(Status.CURRENT, inLanguage.getText());
			}
			outOfDate = true;
		}
		PoFile.Entry entry = entries(language).get(TranslationKeys.key(owner, feature, index));
		if (entry != null && !entry.translation.isEmpty()) {
			if (entry.isTranslated() && entry.id.equals(value)) {
				return new Lookup(Status.CURRENT, entry.translation);
			}
			outOfDate = true;
		}
		return new Lookup(outOfDate ? Status.OUT_OF_DATE : Status.MISSING, null);
	}

	/**
	 * An entry of a language's translator's file: the file, the translated text, and whether it is
	 * usable for the text as it is now (translated, not fuzzy, made from this text).
	 */
	public record FileEntry(Path file, String text, boolean current) {
	}

	/**
	 * The translation of the text in {@code owner.feature} held in the translator's file of the
	 * language, or null when the file has no translated entry for it (or cannot be read). Shown
	 * beside the text by the forms, which do not write translators' files.
	 */
	public FileEntry inFile(EObject owner, EAttribute feature, int index, String language) {
		String value = value(owner, feature, index);
		PoFile.Entry entry = value == null ? null : entries(language).get(TranslationKeys.key(owner, feature, index));
		if (entry == null || entry.translation.isEmpty()) {
			return null;
		}
		return new FileEntry(file(language), entry.translation, entry.isTranslated() && entry.id.equals(value));
	}

	/** The translation written in the language right after the text, or null. */
	public Translation inLanguage(EObject owner, EAttribute feature, int index, String language) {
		Map<Translation, Pair<EAttribute, Integer>> of = targets.computeIfAbsent(owner, texts::targets);
		for (Map.Entry<Translation, Pair<EAttribute, Integer>> e : of.entrySet()) {
			if (e.getValue().getFirst() == feature && e.getValue().getSecond() == index
					&& same(e.getKey().getLanguage(), language)) {
				return e.getKey();
			}
		}
		return null;
	}

	/** Which text a translation written in the language translates, or null where none precedes it. */
	public Pair<EAttribute, Integer> target(Translation translation) {
		return targets.computeIfAbsent(translation.eContainer(), texts::targets).get(translation);
	}

	private static String value(EObject owner, EAttribute attribute, int index) {
		Object value = owner.eGet(attribute);
		if (attribute.isMany()) {
			List<?> values = (List<?>) value;
			return index >= 0 && index < values.size() && values.get(index) instanceof String s ? s : null;
		}
		return value instanceof String s ? s : null;
	}

	/** The entries of a language's translator's file by key; empty when it has none or cannot be read. */
	Map<String, PoFile.Entry> entries(String language) {
		return entries.computeIfAbsent(language.toLowerCase(Locale.ROOT), l -> {
			PoFile po = read(language);
			Map<String, PoFile.Entry> byKey = new LinkedHashMap<>();
			if (po != null) {
				for (PoFile.Entry e : po.entries) {
					if (!e.obsolete && e.context != null) {
						byKey.put(e.context, e);
					}
				}
			}
			return byKey;
		});
	}

	/** The translator's file of a language as last saved, or null when there is none or it is broken. */
	PoFile read(String language) {
		Path file = file(language);
		if (file == null) {
			return null;
		}
		Cached cached;
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			cached = CACHE.get(file);
			if (cached == null || !cached.modified().equals(attributes.lastModifiedTime())
					|| cached.size() != attributes.size()) {
				cached = load(file, attributes);
				CACHE.put(file, cached);
			}
		} catch (NoSuchFileException e) {
			return null;
		} catch (IOException e) {
			cached = new Cached(null, -1, null, new FileError(file, 0, 0, NLS.bind(Messages.PoUnreadable, describe(e))));
		}
		if (cached.error() != null) {
			errors.add(cached.error());
		}
		return cached.file();
	}

	private static Cached load(Path file, BasicFileAttributes attributes) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			return new Cached(attributes.lastModifiedTime(), attributes.size(), PoFile.parse(bytes), null);
		} catch (PoFile.SyntaxError e) {
			return new Cached(attributes.lastModifiedTime(), attributes.size(), null,
					new FileError(file, e.line(), e.column(), e.getMessage()));
		}
	}

	static String describe(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	TranslatableTexts texts() {
		return texts;
	}
}
