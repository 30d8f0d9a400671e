package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.util.List;

import org.eclipse.swt.widgets.Composite;

/**
 * What the route is about and what participants should learn (its objectives, and the challenges
 * and success factors it examines), beside the sources its facts come from: a trainer writes the
 * one from the other.
 */
public final class AboutForm extends ModelForm {

	private final Locator route = Locator.first(LEARNING_ROUTE);

	public AboutForm(FormHost host) {
		super(host, Messages.Page_About);
	}

	@Override
	protected void createContent(Composite body) {
		Composite left = column(body);
		Composite about = section(left, Messages.Section_About, null);
		text(about, FieldMessages.Field_EditionTitle, route, LEARNING_ROUTE__EDITION_TITLE);
		text(about, FieldMessages.Field_DailyReflection, route, LEARNING_ROUTE__REFLECTION_NAME);
		area(about, Messages.Field_About, route, LEARNING_ROUTE__DESCRIPTION);

		Citations.sources(this, left, route, LEARNING_ROUTE__SOURCES);

		Composite right = column(body);
		Composite objectives = section(right, Messages.Section_Objectives, null);
		ListField objectiveList = add(new ListField(this, objectives, route, LEARNING_ROUTE__OBJECTIVES,
				List.of(ListField.Column.texts(Messages.Field_Objectives, 520)), 3, owner -> Messages.New_Item, false, null));
		TranslationsField.ofItem(this, objectives, objectiveList, FieldMessages.Translations_Objective);
		texts(objectives, Messages.Field_Challenges, route, LEARNING_ROUTE__CHALLENGES, 520,
				FieldMessages.Translations_Challenge);
		texts(objectives, Messages.Field_SuccessFactors, route, LEARNING_ROUTE__SUCCESS_FACTORS, 520,
				FieldMessages.Translations_SuccessFactor);
	}
}
