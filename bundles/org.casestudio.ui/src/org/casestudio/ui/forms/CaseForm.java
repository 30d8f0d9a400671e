package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.util.List;

import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Champion;
import org.casestudio.model.DiscussionQuestion;
import org.casestudio.model.Indicator;
import org.casestudio.model.Practice;
import org.casestudio.model.TimelineEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;

/**
 * A host experience as it is systematised: who hosts it and where, its story, what it practises,
 * its results (indicators), what it teaches, its champions and the questions for participants.
 */
public final class CaseForm extends ModelForm {

	private final Locator study = Locator.first(CASE_STUDY);
	private ListField questions;
	private ListField options;

	public CaseForm(FormHost host) {
		super(host, Messages.Page_Case);
	}

	@Override
	protected void createContent(Composite body) {
		Composite left = column(body);
		Composite general = section(left, Messages.Section_Case, null);
		text(general, Messages.Field_Title, study, NAMED_ELEMENT__TITLE);
		reference(general, Messages.Field_Host, study, CASE_STUDY__HOST);

		Composite place = section(left, Messages.Section_Place, null);
		text(place, Messages.Field_Village, study, CASE_STUDY__LOCATION, LOCATION__VILLAGE);
		text(place, Messages.Field_District, study, CASE_STUDY__LOCATION, LOCATION__DISTRICT);
		text(place, Messages.Field_Province, study, CASE_STUDY__LOCATION, LOCATION__PROVINCE);
		text(place, Messages.Field_Country, study, CASE_STUDY__LOCATION, LOCATION__COUNTRY);

		Composite story = section(left, Messages.Section_Story, null);
		area(story, Messages.Field_Summary, study, CASE_STUDY__SUMMARY);
		area(story, Messages.Field_Context, study, CASE_STUDY__CONTEXT);
		area(story, Messages.Field_ScalingUp, study, CASE_STUDY__SCALING_UP);

		// Below the first screen: made when scrolled to (see ModelForm.later).
		later(left, () -> {
			Composite learning = section(left, Messages.Section_Learning, null);
			texts(learning, Messages.Field_Lessons, study, CASE_STUDY__LESSONS, 520, FieldMessages.Translations_Lesson);
			texts(learning, Messages.Field_Challenges, study, CASE_STUDY__CHALLENGES, 520, FieldMessages.Translations_Challenge);
			texts(learning, Messages.Field_SuccessFactors, study, CASE_STUDY__SUCCESS_FACTORS, 520,
					FieldMessages.Translations_SuccessFactor);
			Citations.sources(this, left, study, CASE_STUDY__SOURCES);
			Citations.photos(this, left, study, CASE_STUDY__PHOTOS);
		});

		Composite right = column(body);
		Composite practices = section(right, Messages.Section_Practices, null);
		ListField practiceList = add(new ListField(this, practices, study, CASE_STUDY__PRACTICES, List.of(
				ListField.Column.text(Messages.Field_Id, 110, (owner, p) -> ((Practice) p).getName()),
				ListField.Column.attribute(Messages.Field_Title, 200, NAMED_ELEMENT__TITLE),
				ListField.Column.attribute(Messages.Field_Sector, 90, PRACTICE__SECTOR),
				ListField.Column.attribute(Messages.Field_MarketChannel, 160, PRACTICE__MARKET_CHANNEL)), 3,
				owner -> named(CaseStudioFactory.eINSTANCE.createPractice(), "practice", ((CaseStudy) owner).getPractices()),
				false, null));
		TranslationsField.ofRow(this, practices, practiceList, NAMED_ELEMENT__TITLE, FieldMessages.Translations_PracticeTitle);
		TranslationsField.ofRow(this, practices, practiceList, PRACTICE__SECTOR, FieldMessages.Translations_PracticeSector);
		TranslationsField.ofRow(this, practices, practiceList, PRACTICE__MARKET_CHANNEL,
				FieldMessages.Translations_PracticeChannel);

		Composite timeline = section(right, Messages.Section_Timeline, null);
		ListField events = add(new ListField(this, timeline, study, CASE_STUDY__TIMELINE, List.of(
				ListField.Column.attribute(Messages.Field_Year, 60, TIMELINE_EVENT__YEAR),
				ListField.Column.attribute(Messages.Field_Event, 480, TIMELINE_EVENT__TEXT)), 3, owner -> {
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
				ListField.Column.attribute(Messages.Field_Source, 115, INDICATOR__SOURCE)), 3, owner -> {
					Indicator indicator = CaseStudioFactory.eINSTANCE.createIndicator();
					indicator.setLabel(Messages.New_Item);
					return indicator;
				}, false, null));
		TranslationsField.ofRow(this, indicators, indicatorList, INDICATOR__LABEL, FieldMessages.Translations_IndicatorLabel);
		TranslationsField.ofRow(this, indicators, indicatorList, INDICATOR__UNIT, FieldMessages.Translations_IndicatorUnit);

		later(right, () -> {
			// The selected practice's texts beyond its row: below the first screen, so made when shown.
			Locator practice = Locator.selected(practiceList::selection);
			Composite practiceBox = section(right, FieldMessages.Section_Practice, null);
			text(practiceBox, Messages.Field_About, practice, PRACTICE__DESCRIPTION);
			text(practiceBox, FieldMessages.Field_TraditionalKnowledge, practice, PRACTICE__TRADITIONAL_KNOWLEDGE);
			texts(practiceBox, FieldMessages.Field_Techniques, practice, PRACTICE__TECHNIQUES, 520,
					FieldMessages.Translations_Technique);

			Composite people = section(right, Messages.Section_People, null);
			ListField championList = add(new ListField(this, people, study, CASE_STUDY__CHAMPIONS, List.of(
					ListField.Column.text(Messages.Field_Id, 90, (owner, c) -> ((Champion) c).getName()),
					ListField.Column.attribute(Messages.Field_Name, 170, NAMED_ELEMENT__TITLE),
					ListField.Column.text(Messages.Field_Organisation, 140, (owner, c) -> Words.reference((EObject) c,
							CHAMPION__ORGANISATION, ((Champion) c).getOrganisation())),
					ListField.Column.attribute(Messages.Field_Role, 130, CHAMPION__ROLE)), 3,
					owner -> named(CaseStudioFactory.eINSTANCE.createChampion(), "champion", ((CaseStudy) owner).getChampions()),
					false, null));
			TranslationsField.ofRow(this, people, championList, NAMED_ELEMENT__TITLE, FieldMessages.Translations_ChampionName);
			TranslationsField.ofRow(this, people, championList, CHAMPION__ROLE, FieldMessages.Translations_ChampionRole);

			Composite questionsBox = section(right, Messages.Section_Questions, null);
			ListField questionList = add(new ListField(this, questionsBox, study, CASE_STUDY__QUESTIONS, List.of(
					ListField.Column.text(Messages.Field_Id, 100, (owner, q) -> ((DiscussionQuestion) q).getName()),
					ListField.Column.attribute(Messages.Field_Question, 380, DISCUSSION_QUESTION__TEXT),
					ListField.Column.text(Messages.Field_Options, 60,
							(owner, q) -> String.valueOf(((DiscussionQuestion) q).getOptions().size()))), 3, owner -> {
						DiscussionQuestion question = CaseStudioFactory.eINSTANCE.createDiscussionQuestion();
						question.setText(Messages.New_Item);
						return question;
					}, false, null));
			TranslationsField.ofRow(this, questionsBox, questionList, DISCUSSION_QUESTION__TEXT,
					FieldMessages.Translations_Question);
			Locator question = Locator.selected(questionList::selection);
			Composite optionsBox = section(right, FieldMessages.Section_Options, FieldMessages.Section_Options_Description);
			text(optionsBox, FieldMessages.Field_ExpectedAnswer, question, DISCUSSION_QUESTION__ANSWER);
			text(optionsBox, FieldMessages.Field_Notes, question, DISCUSSION_QUESTION__NOTES);
			options = Citations.options(this, optionsBox, question);
			questionList.onSelection(this::refresh);
			questions = questionList;
		});
	}

	/** The discussion questions' table, for tests. */
	public ListField questions() {
		makeAll();
		return questions;
	}

	/** The answer options of the selected question, for tests. */
	public ListField options() {
		makeAll();
		return options;
	}

	/** A new element with an id not yet used among its siblings ("practice_2"), and a title to overwrite. */
	static <T extends org.casestudio.model.NamedElement> T named(T element, String prefix, List<? extends org.casestudio.model.NamedElement> siblings) {
		int number = siblings.size() + 1;
		java.util.Set<String> used = new java.util.HashSet<>();
		siblings.forEach(s -> used.add(s.getName()));
		while (used.contains(prefix + "_" + number)) {
			number++;
		}
		element.setName(prefix + "_" + number);
		element.setTitle(Messages.New_Item);
		return element;
	}
}
