package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import org.eclipse.swt.widgets.Composite;

/** The case's story as its pack tells it: summary, context and scaling-up, each in Markdown beside its preview. */
public final class StoryForm extends ModelForm {

	private final Locator study = Locator.first(CASE_STUDY);

	public StoryForm(FormHost host) {
		super(host, Messages.Page_Story);
	}

	@Override
	protected void createContent(Composite body) {
		Composite story = section(column(body), Messages.Section_Story, null);
		area(story, Messages.Field_Summary, study, CASE_STUDY__SUMMARY);
		area(story, Messages.Field_Context, study, CASE_STUDY__CONTEXT);
		Composite scaling = section(column(body), Messages.Section_ScalingUp, null);
		area(scaling, Messages.Field_ScalingUp, study, CASE_STUDY__SCALING_UP);
	}
}
