package org.casestudio.dsl.ide.services;

import java.util.List;
import java.util.StringJoiner;

import org.casestudio.dsl.validation.Vocabulary;
import org.casestudio.model.Actor;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Declaration;
import org.casestudio.model.Location;
import org.casestudio.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.ITextRegionWithLineInformation;

/**
 * What the cursor points at, where it is declared, and how to describe it to a person: the answers
 * behind hovers, Ctrl+click and F3, the outline's selection and rename. Callers hold the lock of the
 * resource's model (see ModelSession#read).
 */
public final class Declarations {

	/** An id that refers to a declaration: the id's own region and the declaration's place. */
	public record Link(int offset, int length, Place target, String description) {
	}

	private Declarations() {
	}

	/** The element an id at the offset refers to, or null where no reference is. */
	public static EObject referencedAt(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		EObject target = helper.resolveCrossReferencedElementAt(resource, offset);
		return target == null || target.eIsProxy() ? null : target;
	}

	/** The element referred to or declared at the offset. */
	public static EObject elementAt(XtextResource resource, int offset) {
		EObject referenced = referencedAt(resource, offset);
		if (referenced != null) {
			return referenced;
		}
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		return helper.resolveElementAt(resource, offset);
	}

	/**
	 * The route, case or actor whose id is at the offset, where it is declared or referred to; null
	 * elsewhere (a title, a keyword): what rename renames.
	 */
	public static Declaration declarationAt(XtextResource resource, int offset) {
		EObject referenced = referencedAt(resource, offset);
		if (referenced != null) {
			return referenced instanceof Declaration declaration ? declaration : null;
		}
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		if (!(helper.resolveElementAt(resource, offset) instanceof Declaration declaration)) {
			return null;
		}
		for (INode name : NodeModelUtils.findNodesForFeature(declaration, CaseStudioPackage.Literals.NAMED_ELEMENT__NAME)) {
			if (name.getOffset() <= offset && offset <= name.getEndOffset()) {
				return declaration;
			}
		}
		return null;
	}

	/** The place of an element's id (its significant region), or null for an element in no text. */
	public static Place placeOf(EObject element) {
		if (!(element.eResource() instanceof XtextResource resource)) {
			return null;
		}
		ILocationInFileProvider locations = resource.getResourceServiceProvider().get(ILocationInFileProvider.class);
		ITextRegion region = locations.getSignificantTextRegion(element);
		int line = region instanceof ITextRegionWithLineInformation withLines ? withLines.getLineNumber() + 1 : 0;
		return new Place(resource.getURI(), region.getOffset(), region.getLength(), line);
	}

	/** The reference at the offset and where it leads, or null where no resolved reference is. */
	public static Link linkAt(XtextResource resource, int offset) {
		EObject target = referencedAt(resource, offset);
		Place place = target == null ? null : placeOf(target);
		if (place == null || resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		return leaf == null ? new Link(offset, 0, place, describe(target))
				: new Link(leaf.getOffset(), leaf.getLength(), place, describe(target));
	}

	/** The hover text (HTML) of the id at the offset, or null where it refers to nothing. */
	public static String hoverAt(XtextResource resource, int offset) {
		EObject target = referencedAt(resource, offset);
		return target == null ? null : describe(target);
	}

	/** A one-paragraph description of an element, for hovers (HTML). */
	public static String describe(EObject element) {
		StringBuilder html = new StringBuilder();
		String kind = Vocabulary.kindOf(element.eClass());
		if (element instanceof Actor actor) {
			// The word the author wrote ("producers"), not the model's name for it ("producerGroup").
			List<INode> written = NodeModelUtils.findNodesForFeature(actor, CaseStudioPackage.Literals.ACTOR__KIND);
			kind = written.isEmpty() ? actor.getKind().getLiteral() : NodeModelUtils.getTokenText(written.get(0));
		}
		if (element instanceof NamedElement named) {
			html.append("<b>").append(escape(named.getTitle() == null ? named.getName() : named.getTitle()))
					.append("</b><br>").append(escape(kind)).append(" <code>").append(escape(named.getName()))
					.append("</code>");
		}
		Location location = element instanceof Actor actor ? actor.getLocation()
				: element instanceof CaseStudy caseStudy ? caseStudy.getLocation() : null;
		if (location != null) {
			StringJoiner where = new StringJoiner(", ");
			for (String part : new String[] { location.getVillage(), location.getDistrict(), location.getProvince(),
					location.getCountry() }) {
				if (part != null) {
					where.add(part);
				}
			}
			html.append("<br>").append(escape(where.toString()));
		}
		if (element instanceof Actor actor) {
			StringJoiner counts = new StringJoiner(", ");
			if (actor.getEthnicGroup() != null) {
				counts.add(actor.getEthnicGroup());
			}
			if (actor.getHouseholds() != null) {
				counts.add(NLS.bind(Messages.Hover_Households, actor.getHouseholds()));
			}
			if (actor.getMembers() != null) {
				counts.add(NLS.bind(Messages.Hover_Members, actor.getMembers()));
			}
			if (actor.getWomen() != null) {
				counts.add(NLS.bind(Messages.Hover_Women, actor.getWomen()));
			}
			if (counts.length() > 0) {
				html.append("<br>").append(escape(counts.toString()));
			}
		}
		if (element instanceof CaseStudy caseStudy && caseStudy.getSummary() != null) {
			html.append("<p>").append(escape(caseStudy.getSummary())).append("</p>");
		}
		Place place = placeOf(element);
		if (place != null) {
			html.append("<br><i>").append(escape(NLS.bind(Messages.Hover_Declared, place.uri().lastSegment(), place.line())))
					.append("</i>");
		}
		return html.toString();
	}

	static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
