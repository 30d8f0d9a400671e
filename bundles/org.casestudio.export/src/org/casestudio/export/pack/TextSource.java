package org.casestudio.export.pack;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where a pack finds the texts of a route in a language other than the one it is written in.
 * Languages are BCP 47 tags ("en", "lo", "fr"). The export asks once per text it shows; a text
 * without a usable translation (missing, or out of date) is shown as written, marked with the
 * route's own language.
 */
public interface TextSource {

	/** The language the route is written in, e.g. "en". */
	String sourceLanguage();

	/** The languages the route's packs are made in, source first. */
	List<String> packLanguages();

	/**
	 * The usable translation of {@code owner.feature} into {@code language}: {@code index} is the
	 * position in a list-valued feature, -1 for a single value; null when there is none.
	 */
	String translation(EObject owner, EStructuralFeature feature, int index, String language);

	/** A route in English with no translations: the pack as it is written. */
	TextSource SOURCE_ONLY = of("en");

	/** How a caller looks up one translation; the shape of {@link #translation}. */
	@FunctionalInterface
	interface Lookup {
		String translation(EObject owner, EStructuralFeature feature, int index, String language);
	}

	/**
	 * A route written in {@code source}, made in {@code languages}, whose translations the lookup
	 * gives: how a caller that reads translations (the language's) hands them to the export.
	 */
	static TextSource of(String source, List<String> languages, Lookup lookup) {
		List<String> made = List.copyOf(languages);
		return new TextSource() {
			@Override
			public String sourceLanguage() {
				return source;
			}

			@Override
			public List<String> packLanguages() {
				return made;
			}

			@Override
			public String translation(EObject owner, EStructuralFeature feature, int index, String language) {
				return lookup.translation(owner, feature, index, language);
			}
		};
	}

	/** A route written in {@code language}, made in that language only, with no translations. */
	static TextSource of(String language) {
		return new TextSource() {
			@Override
			public String sourceLanguage() {
				return language;
			}

			@Override
			public List<String> packLanguages() {
				return List.of(language);
			}

			@Override
			public String translation(EObject owner, EStructuralFeature feature, int index, String target) {
				return null;
			}
		};
	}
}
