package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.util.List;

import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Indicator;
import org.casestudio.model.Practice;
import org.casestudio.model.TimelineEvent;
import org.eclipse.swt.widgets.Composite;

/**
 * What the case does and what came of it: its practices (with the selected one's description,
 * traditional knowledge and techniques), its timeline, and its results as indicators.
 */
public final class PracticesForm extends ModelForm {

	private final Locator study = Locator.first(CASE_STUDY);

	public PracticesForm(FormHost host) {
		super(host, Messages.Page_Practices);
	}

	@Override
	protected void createContent(Composite body) {
		Composite left = column(body);
		Composite practices = section(left, Messages.Section_Practices, null);
		ListField practiceList = add(new ListField(this, practices, study, CASE_STUDY__PRACTICES, List.of(
				ListField.Column.text(Messages.Field_Id, 110, (owner, p) -> ((Practice) p).getName()),
				ListField.Column.attribute(Messages.Field_Title, 200, NAMED_ELEMENT__TITLE),
				ListField.Column.attribute(Messages.Field_Sector, 90, PRACTICE__SECTOR),
				ListField.Column.attribute(Messages.Field_MarketChannel, 160, PRACTICE__MARKET_CHANNEL)), 4,
				owner -> CaseForm.named(CaseStudioFactory.eINSTANCE.createPractice(), "practice",
						((CaseStudy) owner).getPractices()),
				false, null));
		TranslationsField.ofRow(this, practices, practiceList, NAMED_ELEMENT__TITLE, FieldMessages.Translations_PracticeTitle);
		TranslationsField.ofRow(this, practices, practiceList, PRACTICE__SECTOR, FieldMessages.Translations_PracticeSector);
		TranslationsField.ofRow(this, practices, practiceList, PRACTICE__MARKET_CHANNEL,
				FieldMessages.Translations_PracticeChannel);
		// The selected practice's texts beyond its row.
		Locator practice = Locator.selected(practiceList::selection);
		Composite practiceBox = section(left, FieldMessages.Section_Practice, null);
		text(practiceBox, Messages.Field_About, practice, PRACTICE__DESCRIPTION);
		text(practiceBox, FieldMessages.Field_TraditionalKnowledge, practice, PRACTICE__TRADITIONAL_KNOWLEDGE);
		texts(practiceBox, FieldMessages.Field_Techniques, practice, PRACTICE__TECHNIQUES, 520,
				FieldMessages.Translations_Technique);

		Composite right = column(body);
		Composite timeline = section(right, Messages.Section_Timeline, null);
		ListField events = add(new ListField(this, timeline, study, CASE_STUDY__TIMELINE, List.of(
				ListField.Column.attribute(Messages.Field_Year, 60, TIMELINE_EVENT__YEAR),
				ListField.Column.attribute(Messages.Field_Event, 480, TIMELINE_EVENT__TEXT)), 4, owner -> {
					TimelineEvent event = CaseStudioFactory.eINSTANCE.createTimelineEvent();
					event.setYear(java.time.Year.now().getValue());
					event.setText(Messages.New_Item);
					return event;
				}, false, null));
		TranslationsField.ofRow(this, timeline, events, TIMELINE_EVENT__TEXT, FieldMessages.Translations_Event);

		Composite indicators = section(right, Messages.Section_Indicators, null);
		ListField indicatorList = add(new ListField(this, indicators, study, CASE_STUDY__INDICATORS, List.of(
				ListField.Column.attribute(Messages.Field_Label, 190, INDICATOR__LABEL),
				ListField.Column.attribute(Messages.Field_Value, 55, INDICATOR__VALUE),
				ListField.Column.attribute(Messages.Field_Unit, 75, INDICATOR__UNIT),
				ListField.Column.attribute(Messages.Field_Baseline, 60, INDICATOR__BASELINE),
				ListField.Column.attribute(Messages.Field_Year, 45, INDICATOR__YEAR),
				ListField.Column.attribute(Messages.Field_Source, 115, INDICATOR__SOURCE)), 4, owner -> {
					Indicator indicator = CaseStudioFactory.eINSTANCE.createIndicator();
					indicator.setLabel(Messages.New_Item);
					return indicator;
				}, false, null));
		TranslationsField.ofRow(this, indicators, indicatorList, INDICATOR__LABEL, FieldMessages.Translations_IndicatorLabel);
		TranslationsField.ofRow(this, indicators, indicatorList, INDICATOR__UNIT, FieldMessages.Translations_IndicatorUnit);
	}
}
