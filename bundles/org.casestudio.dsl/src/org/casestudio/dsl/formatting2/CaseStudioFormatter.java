package org.casestudio.dsl.formatting2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.Declaration;
import org.casestudio.model.Document;
import org.casestudio.model.Translation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

import com.google.inject.Inject;

/**
 * Lays a file out as a document: one blank line between declarations, each element's heading on
 * one line, each clause of a block ("in ...", "households 21", "lesson ...") on a line of its own,
 * indented one level inside its block, and {@code end} back at the heading's level. Only layout
 * (the hidden regions) changes; comments stay where they are.
 */
public class CaseStudioFormatter extends AbstractJavaFormatter {

	private static final CaseStudioPackage P = CaseStudioPackage.eINSTANCE;

	/** The feature whose value ends the heading line of a multi-line element. */
	static final Map<EClass, EStructuralFeature> HEADING_END = Map.ofEntries(
			Map.entry(P.getLearningRoute(), P.getNamedElement_Title()),
			Map.entry(P.getCaseStudy(), P.getNamedElement_Title()),
			Map.entry(P.getActor(), P.getNamedElement_Title()),
			Map.entry(P.getPractice(), P.getNamedElement_Title()),
			Map.entry(P.getPartnership(), P.getNamedElement_Title()),
			Map.entry(P.getInnovationPlan(), P.getNamedElement_Title()),
			Map.entry(P.getPartner(), P.getPartner_Role()),
			Map.entry(P.getDiscussionQuestion(), P.getDiscussionQuestion_Text()),
			Map.entry(P.getPhoto(), P.getPhoto_File()),
			Map.entry(P.getSource(), P.getSource_Title()),
			Map.entry(P.getSession(), P.getSession_Title()));

	/** The keywords that open a clause on a new line, read from the grammar. */
	@Inject
	private ClauseKeywords clauseKeywords;

	/** Children that are blocks of their own get a blank line before them. */
	private static final Set<EClass> SPACED_CHILDREN = Set.of(P.getDay(), P.getPractice(), P.getPartnership(),
			P.getInnovationPlan(), P.getDiscussionQuestion());

	/** Children that are values inside a line (a source's authors, the facts it is cited for). */
	private static final Set<EClass> INLINE_CHILDREN = Set.of(P.getAuthor(), P.getClaim());

	protected void format(Document document, IFormattableDocument doc) {
		// An element serialized alone (a list element a form adds, see ModelEdits in dsl.ide) is laid
		// out as it would be in its file.
		IEObjectRegion root = getTextRegionAccess().regionForRootEObject();
		if (root != null && root.getSemanticElement() != document) {
			layout(root.getSemanticElement(), doc);
			return;
		}
		List<Declaration> declarations = document.getDeclarations();
		for (int i = 0; i < declarations.size(); i++) {
			IEObjectRegion region = getTextRegionAccess().regionForEObject(declarations.get(i));
			if (region == null) {
				continue;
			}
			if (i > 0) {
				doc.set(region.getPreviousHiddenRegion(), it -> it.setNewLines(2));
			}
			layout(declarations.get(i), doc);
			if (i == declarations.size() - 1) {
				doc.set(region.getNextHiddenRegion(), it -> it.setNewLines(1));
			}
		}
	}

	/** Lays out one element and, recursively, its children. Never touches the space around it. */
	private void layout(EObject element, IFormattableDocument doc) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		if (region == null) {
			return;
		}
		List<ISemanticRegion> own = new ArrayList<>();
		region.getSemanticRegions().forEach(own::add);
		EStructuralFeature headingEnd = HEADING_END.get(element.eClass());
		Set<String> clauses = element.eClass() == P.getSession() ? clauseKeywords.ofSessions()
				: element.eClass() == P.getSource() ? clauseKeywords.ofSources() : clauseKeywords.ofBlocks();
		boolean inHeading = true;
		ISemanticRegion lastOfHeading = null;
		ISemanticRegion end = null;
		for (int i = 0; i < own.size(); i++) {
			ISemanticRegion current = own.get(i);
			if (i > 0) {
				if (isKeyword(current, "end")) {
					end = current;
					doc.prepend(current, it -> it.newLine());
				} else if (isKeyword(current, ",")) {
					doc.prepend(current, it -> it.noSpace());
				} else if (!inHeading && headingEnd != null && isClauseStart(current, own.get(i - 1), clauses)) {
					doc.prepend(current, it -> it.setNewLines(1, 1, 2));
				} else if (!startsAfterChild(current, own.get(i - 1))) {
					doc.prepend(current, it -> it.oneSpace());
				}
			}
			if (inHeading && headingEnd != null && isValueOf(current, headingEnd)) {
				inHeading = false;
				lastOfHeading = current;
			}
		}
		// A day's heading is its whole own text; its sessions follow on their own lines.
		if (element.eClass() == P.getDay() && !own.isEmpty()) {
			lastOfHeading = end != null && own.size() > 1 ? own.get(own.size() - 2) : own.get(own.size() - 1);
		}
		for (EObject child : element.eContents()) {
			IEObjectRegion childRegion = getTextRegionAccess().regionForEObject(child);
			if (childRegion == null) {
				continue;
			}
			if (child instanceof Translation) {
				layoutTranslation(childRegion, lastOfHeading, doc);
				layout(child, doc);
				continue;
			}
			boolean newLine = lastOfHeading != null && childRegion.getOffset() > lastOfHeading.getOffset()
					&& !INLINE_CHILDREN.contains(child.eClass());
			boolean spaced = newLine && SPACED_CHILDREN.contains(child.eClass());
			// Blocks get a blank line before them; lines may keep one blank line the author left.
			doc.set(childRegion.getPreviousHiddenRegion(),
					spaced ? it -> it.setNewLines(2) : newLine ? it -> it.setNewLines(1, 1, 2) : it -> it.oneSpace());
			layout(child, doc);
		}
		if (lastOfHeading != null) {
			IHiddenRegion last = end != null ? end.getPreviousHiddenRegion()
					: getTextRegionAccess().regionForEObject(element).getNextHiddenRegion();
			IHiddenRegion first = lastOfHeading.getNextHiddenRegion();
			if (first.getOffset() < last.getOffset()) {
				doc.set(first, last, it -> it.indent());
			}
		}
	}

	/**
	 * A translation goes on a line of its own, one level deeper than the line of the text it
	 * translates; those of a heading's title are already one level deeper than the heading.
	 */
	private static void layoutTranslation(IEObjectRegion translation, ISemanticRegion lastOfHeading,
			IFormattableDocument doc) {
		doc.set(translation.getPreviousHiddenRegion(), it -> it.setNewLines(1));
		ISemanticRegion before = translation.getPreviousHiddenRegion().getPreviousSemanticRegion();
		while (before != null && before.getSemanticElement() instanceof Translation) {
			before = before.getPreviousHiddenRegion().getPreviousSemanticRegion();
		}
		if (before != lastOfHeading) {
			doc.set(translation.getPreviousHiddenRegion(), translation.getNextHiddenRegion(), it -> it.indent());
		}
	}

	/** A clause keyword, unless it continues the clause just opened ("participants from"). */
	private static boolean isClauseStart(ISemanticRegion current, ISemanticRegion previous, Set<String> clauses) {
		return current.getGrammarElement() instanceof Keyword keyword && clauses.contains(keyword.getValue())
				&& !(previous.getGrammarElement() instanceof Keyword previousKeyword
						&& clauses.contains(previousKeyword.getValue()));
	}

	/** The space before a region that follows a child element is the child's, set by the parent loop. */
	private static boolean startsAfterChild(ISemanticRegion current, ISemanticRegion previousOwn) {
		ISemanticRegion previous = current.getPreviousSemanticRegion();
		return previous != null && previous != previousOwn;
	}

	private static boolean isKeyword(ISemanticRegion region, String value) {
		return region.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals(value);
	}

	private static boolean isValueOf(ISemanticRegion region, EStructuralFeature feature) {
		Assignment assignment = GrammarUtil.containingAssignment(region.getGrammarElement());
		return assignment != null && assignment.getFeature().equals(feature.getName());
	}
}
