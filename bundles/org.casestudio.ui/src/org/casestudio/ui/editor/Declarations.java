package org.casestudio.ui.editor;

import java.util.StringJoiner;

import org.casestudio.dsl.validation.Vocabulary;
import org.casestudio.model.Actor;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Location;
import org.casestudio.model.NamedElement;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

/** Finding what the cursor points at, where it is declared, and how to describe it to a person. */
public final class Declarations {

	/** A declared element's place: its file and the region of its id. */
	public record Place(URI file, ITextRegion region, int line) {
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

	public static Place placeOf(EObject element) {
		if (!(element.eResource() instanceof XtextResource resource)) {
			return null;
		}
		ILocationInFileProvider locations = resource.getResourceServiceProvider().get(ILocationInFileProvider.class);
		ITextRegion region = locations.getSignificantTextRegion(element);
		int line = region instanceof org.eclipse.xtext.util.ITextRegionWithLineInformation withLines
				? withLines.getLineNumber() + 1 : 0;
		return new Place(resource.getURI(), region, line);
	}

	/** The workspace file of a file URI, or null outside the workspace. */
	public static IFile workspaceFile(URI uri) {
		if (uri == null || !uri.isFile()) {
			return null;
		}
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(java.nio.file.Path.of(uri.toFileString()).toUri());
		return files.length > 0 ? files[0] : null;
	}

	/** A one-paragraph description of an element, for hovers (HTML). */
	public static String describe(EObject element) {
		StringBuilder html = new StringBuilder();
		String kind = Vocabulary.kindOf(element.eClass());
		if (element instanceof Actor actor) {
			kind = actor.getKind().getLiteral();
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
				counts.add(actor.getHouseholds() + " households");
			}
			if (actor.getMembers() != null) {
				counts.add(actor.getMembers() + " members");
			}
			if (actor.getWomen() != null) {
				counts.add(actor.getWomen() + " women");
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
			html.append("<br><i>").append(escape(org.eclipse.osgi.util.NLS.bind(Messages.Hover_Declared,
					place.file().lastSegment(), place.line()))).append("</i>");
		}
		return html.toString();
	}

	static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
