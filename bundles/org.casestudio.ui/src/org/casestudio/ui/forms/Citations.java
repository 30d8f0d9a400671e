package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casestudio.model.AnswerOption;
import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.Claim;
import org.casestudio.model.Photo;
import org.casestudio.model.Source;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * The sections a route, a case, an actor and a partnership share: the sources their facts come
 * from (a list, and the details of the one selected), their photos, and a discussion question's
 * answer options. Each is a table edited in place, written through the form like any field.
 */
final class Citations {

	private Citations() {
	}

	/** The sources of the owner's facts, with the publisher, link, notes and facts of the one selected. */
	static ListField sources(ModelForm form, Composite column, Locator owner, EReference feature) {
		Composite client = form.section(column, FieldMessages.Section_Sources, FieldMessages.Section_Sources_Description);
		ListField sources = form.add(new ListField(form, client, owner, feature, List.of(
				ListField.Column.attribute(Messages.Field_Title, 300, SOURCE__TITLE),
				ListField.Column.text(FieldMessages.Field_Authors, 110, (o, s) -> ((Source) s).getAuthor()),
				ListField.Column.text(FieldMessages.Field_Date, 75,
						(o, s) -> ((Source) s).getDate() == null ? "" : ((Source) s).getDate().toString())),
				3, o -> {
					Source source = CaseStudioFactory.eINSTANCE.createSource();
					source.setTitle(Messages.New_Item);
					return source;
				}, false, null));
		Locator source = Locator.selected(sources::selection);
		form.text(client, FieldMessages.Field_Publisher, source, SOURCE__PUBLISHER);
		form.text(client, FieldMessages.Field_Link, source, SOURCE__LINK);
		form.text(client, FieldMessages.Field_Notes, source, SOURCE__NOTES);
		form.add(new Shown(form, client, FieldMessages.Field_CitedFor, source, SOURCE__CLAIMS,
				element -> ((Source) element).getClaims().stream().map(Citations::claim).collect(Collectors.joining(", "))));
		sources.onSelection(form::refresh);
		return sources;
	}

	private static String claim(Claim claim) {
		if (claim.getNumber() != null) {
			return claim.getFact() + " " + claim.getNumber().toPlainString();
		}
		return claim.getText() != null ? claim.getFact() + " \u201C" + claim.getText() + "\u201D" : claim.getFact();
	}

	/** The owner's photos: file, description for readers who cannot see it, caption and credit. */
	static ListField photos(ModelForm form, Composite column, Locator owner, EReference feature) {
		Composite client = form.section(column, FieldMessages.Section_Photos, FieldMessages.Section_Photos_Description);
		return form.add(new ListField(form, client, owner, feature, List.of(
				ListField.Column.attribute(FieldMessages.Field_File, 140, PHOTO__FILE),
				ListField.Column.attribute(FieldMessages.Field_Alt, 180, PHOTO__ALT),
				ListField.Column.attribute(FieldMessages.Field_Caption, 120, PHOTO__CAPTION),
				ListField.Column.attribute(FieldMessages.Field_Credit, 80, PHOTO__CREDIT)), 2, o -> {
					Photo photo = CaseStudioFactory.eINSTANCE.createPhoto();
					photo.setFile(FieldMessages.New_Photo);
					photo.setAlt(Messages.New_Item);
					return photo;
				}, false, null));
	}

	/** Right or wrong, in the language's words: what an answer option is. */
	enum Answer implements Enumerator {
		RIGHT("right"), WRONG("wrong");

		private final String word;

		Answer(String word) {
			this.word = word;
		}

		@Override
		public int getValue() {
			return ordinal();
		}

		@Override
		public String getName() {
			return word;
		}

		@Override
		public String getLiteral() {
			return word;
		}
	}

	/** The answer options of the selected question: right or wrong, the option, its feedback. */
	static ListField options(ModelForm form, Composite client, Locator question) {
		List<Answer> answers = List.of(Answer.values());
		ListField.Column rightOrWrong = new ListField.Column(FieldMessages.Field_RightOrWrong, 80,
				(o, option) -> Words.of(((AnswerOption) option).isCorrect() ? Answer.RIGHT : Answer.WRONG),
				(list, index, chosen) -> ((AnswerOption) list.get(index))
						.setCorrect(answers.get(Integer.parseInt(chosen)) == Answer.RIGHT),
				answers, null);
		return form.add(new ListField(form, client, question, DISCUSSION_QUESTION__OPTIONS, List.of(rightOrWrong,
				ListField.Column.attribute(FieldMessages.Field_Option, 240, ANSWER_OPTION__TEXT),
				ListField.Column.attribute(FieldMessages.Field_Feedback, 180, ANSWER_OPTION__FEEDBACK)), 3, q -> {
					AnswerOption option = CaseStudioFactory.eINSTANCE.createAnswerOption();
					option.setText(Messages.New_Item);
					return option;
				}, false, null));
	}

	/** A value the form shows but does not write (a source's facts, written on the Source page). */
	static final class Shown extends Field {

		private final Text text;
		private final Function<EObject, String> read;

		Shown(ModelForm form, Composite parent, String label, Locator locator, EReference feature,
				Function<EObject, String> read) {
			super(form, locator, feature);
			this.read = read;
			form.label(parent, label, false);
			text = form.toolkit().createText(parent, "", SWT.SINGLE | SWT.READ_ONLY);
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
			data.widthHint = 120;
			text.setLayoutData(data);
			text.addListener(SWT.FocusIn, e -> focused());
		}

		@Override
		public Text control() {
			return text;
		}

		@Override
		void show(EObject element) {
			String value = element == null ? "" : read.apply(element);
			if (!text.getText().equals(value)) {
				text.setText(value);
			}
		}

		@Override
		void setEditable(boolean editable) {
			// Read-only at all times.
		}
	}
}
