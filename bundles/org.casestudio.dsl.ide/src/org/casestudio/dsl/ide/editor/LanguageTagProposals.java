package org.casestudio.dsl.ide.editor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalCreator;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * Content assist where a language is written ({@code written in}, {@code packs in}, a translation):
 * the languages the folder tree's routes already use first, then the common ones of the routes
 * Case Studio is made for.
 */
public class LanguageTagProposals extends IdeContentProposalProvider {

	/** The languages of the programmes Case Studio serves, and the widest-spoken others. */
	static final List<String> COMMON = List.of("en", "fr", "es", "lo", "pt", "th", "vi", "km", "my", "ar", "zh", "sw",
			"id", "hi", "ru");

	private static final String RULE = "LanguageTag";

	@Inject
	private IdeContentProposalCreator creator;

	@Inject
	private IdeContentProposalPriorities priorities;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (assignment.getTerminal() instanceof RuleCall call && call.getRule() != null
				&& RULE.equals(call.getRule().getName())) {
			for (String language : languages(context)) {
				ContentAssistEntry entry = creator.createProposal(language, context);
				if (entry != null) {
					entry.setDescription(Locale.forLanguageTag(language).getDisplayName(Locale.ENGLISH));
					entry.setKind(ContentAssistEntry.KIND_VALUE);
					acceptor.accept(entry, priorities.getDefaultPriority(entry) + 1);
				}
			}
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	/** The languages of the routes loaded beside this file, then the common ones. */
	static Set<String> languages(ContentAssistContext context) {
		Set<String> languages = new LinkedHashSet<>();
		Resource resource = context.getResource();
		List<Resource> resources = resource.getResourceSet() == null ? List.of(resource)
				: resource.getResourceSet().getResources();
		for (Resource r : List.copyOf(resources)) {
			for (EObject content : r.getContents()) {
				if (content instanceof Document document) {
					for (EObject declaration : document.getDeclarations()) {
						if (declaration instanceof LearningRoute route) {
							if (route.getSourceLanguage() != null) {
								languages.add(route.getSourceLanguage());
							}
							languages.addAll(route.getPackLanguages());
						}
					}
				}
			}
		}
		languages.addAll(COMMON);
		return languages;
	}
}
