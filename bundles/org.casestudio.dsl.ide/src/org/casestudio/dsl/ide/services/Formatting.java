package org.casestudio.dsl.ide.services;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formatting a whole file with the language's formatter, as edits. */
public class Formatting {

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<IFormatter2> formatter;

	/**
	 * The edits that lay the resource's text out, or null when it has syntax errors: laying out text
	 * the parser did not understand could move it wrongly. The caller holds the model's lock.
	 */
	public List<TextEdit> edits(XtextResource resource, String lineSeparator) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return null;
		}
		ITextRegionAccess regions = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues();
		preferences.put(FormatterPreferenceKeys.lineSeparator, lineSeparator);
		request.setPreferences(preferences);
		return formatter.get().format(request).stream()
				.map(r -> new TextEdit(resource.getURI(), r.getOffset(), r.getLength(), r.getReplacementText())).toList();
	}
}
