package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.util.List;

import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.DiscussionQuestion;
import org.eclipse.swt.widgets.Composite;

/**
 * The questions participants discuss after the visit, and for the selected one its expected answer,
 * notes and the options a quiz offers.
 */
public final class QuestionsForm extends ModelForm {

	private final Locator study = Locator.first(CASE_STUDY);
	private ListField questions;
	private ListField options;

	public QuestionsForm(FormHost host) {
		super(host, Messages.Page_Questions);
	}

	@Override
	protected void createContent(Composite body) {
		Composite left = column(body);
		Composite questionsBox = section(left, Messages.Section_Questions, null);
		questions = add(new ListField(this, questionsBox, study, CASE_STUDY__QUESTIONS, List.of(
				ListField.Column.text(Messages.Field_Id, 100, (owner, q) -> ((DiscussionQuestion) q).getName()),
				ListField.Column.attribute(Messages.Field_Question, 380, DISCUSSION_QUESTION__TEXT),
				ListField.Column.text(Messages.Field_Options, 60,
						(owner, q) -> String.valueOf(((DiscussionQuestion) q).getOptions().size()))), 8, owner -> {
					DiscussionQuestion question = CaseStudioFactory.eINSTANCE.createDiscussionQuestion();
					question.setText(Messages.New_Item);
					return question;
				}, false, null));
		TranslationsField.ofRow(this, questionsBox, questions, DISCUSSION_QUESTION__TEXT,
				FieldMessages.Translations_Question);

		Composite right = column(body);
		Locator question = Locator.selected(questions::selection);
		Composite optionsBox = section(right, FieldMessages.Section_Options, FieldMessages.Section_Options_Description);
		text(optionsBox, FieldMessages.Field_ExpectedAnswer, question, DISCUSSION_QUESTION__ANSWER);
		text(optionsBox, FieldMessages.Field_Notes, question, DISCUSSION_QUESTION__NOTES);
		options = Citations.options(this, optionsBox, question);
		questions.onSelection(this::refresh);
	}

	/** The discussion questions' table, for tests. */
	public ListField questions() {
		return questions;
	}

	/** The answer options of the selected question, for tests. */
	public ListField options() {
		return options;
	}
}
