package org.casestudio.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.casestudio.dsl.translations.Fingerprint;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.dsl.translations.TranslatableTexts;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Translatable;
import org.casestudio.model.Translation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.Pair;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/**
 * Translations: every translatable text of a folder tree whose route says its languages has a
 * usable translation into each language its packs are made in. Reported at the source text, once
 * per text and kind (missing, out of date), naming the languages. A route that says no languages
 * asks for nothing.
 */
public class TranslationValidator extends AbstractDeclarativeValidator {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	@Inject
	private IContainer.Manager containers;

	@Inject
	private TranslatableTexts texts;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CaseStudioPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// Runs as a composed check of CaseStudioValidator; registering it too would run it twice.
	}

	@Check(CheckType.NORMAL)
	public void checkTranslations(Document document) {
		List<RouteTranslations> routes = new ArrayList<>();
		for (LearningRoute route : routes(document)) {
			if (route.getSourceLanguage() == null && route.getPackLanguages().isEmpty()) {
				continue; // most routes: nothing to look up, no file to look for
			}
			RouteTranslations translations = RouteTranslations.forRoute(route);
			if (translations.declared() && translations.packLanguages().size() > 1) {
				routes.add(translations);
			}
		}
		if (routes.isEmpty()) {
			return;
		}
		for (TranslatableTexts.Text text : texts.allTexts(document)) {
			check(text, routes);
		}
		Set<String> reported = new LinkedHashSet<>();
		for (RouteTranslations route : routes) {
			for (RouteTranslations.FileError e : route.errors()) {
				String where = e.file() + ":" + e.line() + ":" + e.column();
				if (reported.add(where) && document.eResource().getContents().get(0) == document) {
					for (EObject declaration : document.getDeclarations()) {
						if (declaration instanceof LearningRoute) {
							error(NLS.bind(Messages.TranslationFileUnreadable, where, e.message()), declaration,
									CaseStudioPackage.Literals.NAMED_ELEMENT__NAME, IssueCodes.TRANSLATION_FILE_UNREADABLE);
						}
					}
				}
			}
		}
	}

	private void check(TranslatableTexts.Text text, List<RouteTranslations> routes) {
		Set<String> missing = new LinkedHashSet<>();
		Set<String> stale = new LinkedHashSet<>();
		Map<String, Translation> staleHere = new LinkedHashMap<>();
		for (RouteTranslations route : routes) {
			for (String language : route.packLanguages()) {
				if (RouteTranslations.same(language, route.sourceLanguage())) {
					continue;
				}
				var lookup = route.lookup(text.owner(), text.feature(), text.index(), text.value(), language);
				switch (lookup.status()) {
				case MISSING -> missing.add(language);
				case OUT_OF_DATE -> {
					Translation here = route.inLanguage(text.owner(), text.feature(), text.index(), language);
					if (here != null && here.getFingerprint() != null
							&& !here.getFingerprint().equals(Fingerprint.of(text.value()))) {
						staleHere.put(language, here);
					} else {
						stale.add(language);
					}
				}
				default -> {
				}
				}
			}
		}
		if (!missing.isEmpty()) {
			addIssue(NLS.bind(Messages.TranslationMissing, String.join(", ", missing), missing.iterator().next()),
					text.owner(), text.feature(), text.index(), IssueCodes.TRANSLATION_MISSING,
					missing.toArray(String[]::new));
		}
		if (!stale.isEmpty()) {
			addIssue(NLS.bind(Messages.TranslationOutOfDate, String.join(", ", stale)), text.owner(), text.feature(),
					text.index(), IssueCodes.TRANSLATION_OUT_OF_DATE, stale.toArray(String[]::new));
		}
		String fingerprint = staleHere.isEmpty() ? null : Fingerprint.of(text.value());
		for (String language : staleHere.keySet()) {
			// Issue data: the language and the new fingerprint, for the quick fix that marks it up to date.
			addIssue(NLS.bind(Messages.TranslationOutOfDateHere, language, fingerprint), text.owner(), text.feature(),
					text.index(), IssueCodes.TRANSLATION_OUT_OF_DATE, language, fingerprint);
		}
	}

	@Check
	public void checkOneTranslationPerLanguage(Translatable owner) {
		if (owner.getTranslations().size() < 2) {
			return;
		}
		Map<Translation, Pair<EAttribute, Integer>> targets = texts.targets(owner);
		Set<String> seen = new LinkedHashSet<>();
		for (Translation translation : owner.getTranslations()) {
			Pair<EAttribute, Integer> target = targets.get(translation);
			if (target != null && translation.getLanguage() != null && !seen.add(target.getFirst().getName() + "["
					+ target.getSecond() + "]" + translation.getLanguage().toLowerCase(Locale.ROOT))) {
				error(NLS.bind(Messages.DuplicateTranslation, translation.getLanguage()), translation,
						CaseStudioPackage.Literals.TRANSLATION__LANGUAGE, IssueCodes.DUPLICATE_TRANSLATION);
			}
		}
	}

	/** The routes of the document's folder tree: its own and those the index knows of. */
	private List<LearningRoute> routes(Document document) {
		Set<LearningRoute> routes = new LinkedHashSet<>();
		for (EObject declaration : document.getDeclarations()) {
			if (declaration instanceof LearningRoute route) {
				routes.add(route);
			}
		}
		Resource resource = document.eResource();
		IResourceDescriptions index = indexProvider.getResourceDescriptions(resource);
		IResourceDescription own = descriptionManager.getResourceDescription(resource);
		IContainer tree = containers.getContainer(own, index);
		if (tree != null) {
			for (IEObjectDescription d : tree.getExportedObjectsByType(CaseStudioPackage.Literals.LEARNING_ROUTE)) {
				if (!d.getEObjectURI().trimFragment().equals(resource.getURI())) {
					EObject route = resource.getResourceSet() == null ? null
							: resource.getResourceSet().getEObject(d.getEObjectURI(), true);
					if (route instanceof LearningRoute r) {
						routes.add(r);
					}
				}
			}
		}
		return new ArrayList<>(routes);
	}
}
