package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casestudio.dsl.validation.Facts;

import org.casestudio.model.AnswerOption;
import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.Claim;
import org.casestudio.model.Photo;
import org.casestudio.model.Source;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

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
		citedFor(form, client, source);
		sources.onSelection(form::refresh);
		return sources;
	}

	/**
	 * What the selected source is cited for: a table of facts of the source's owner, each with the
	 * value the source gives, if any. A fact is chosen from the words the language knows for the
	 * owner ({@link Facts}), with a filter, never typed; the value is edited in its cell.
	 */
	static ListField citedFor(ModelForm form, Composite client, Locator source) {
		form.label(client, FieldMessages.Field_CitedFor, true);
		Composite box = form.toolkit().createComposite(client);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		box.setLayout(layout);
		box.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
		ListField claims = form.add(new ListField(form, box, source, SOURCE__CLAIMS, List.of(
				ListField.Column.text(FieldMessages.Field_Fact, 140, (s, claim) -> words(((Claim) claim).getFact())),
				new ListField.Column(FieldMessages.Field_FactValue, 150, (s, claim) -> value((Claim) claim),
						(list, index, text) -> setValue((Claim) list.get(index), text), null, null)),
				2, s -> null, false, null));
		claims.askBeforeAdding(() -> {
			List<String> facts = form.host.session().read(resource -> {
				EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
				EObject element = root == null ? null : source.find(root);
				if (!(element instanceof Source cited) || cited.eContainer() == null) {
					return List.<String>of();
				}
				Set<String> taken = cited.getClaims().stream().map(Claim::getFact).collect(Collectors.toSet());
				return Facts.of(cited.eContainer().eClass()).stream().filter(f -> !taken.contains(f)).toList();
			});
			String fact = chooseFact(claims.control(), facts);
			if (fact == null) {
				return null;
			}
			return s -> {
				Claim claim = CaseStudioFactory.eINSTANCE.createClaim();
				claim.setFact(fact);
				return claim;
			};
		});
		return claims;
	}

	/** The fact chosen among the owner's, with a filter; null when cancelled or there is none left. */
	private static String chooseFact(Control parent, List<String> facts) {
		if (facts.isEmpty()) {
			return null;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(parent.getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				String fact = (String) element;
				// The word as the text writes it first, so that the filter finds what an author types.
				return words(fact).equals(fact) ? fact : fact + " \u2014 " + words(fact);
			}
		});
		dialog.setTitle(FieldMessages.Choose_Fact_Title);
		dialog.setMessage(FieldMessages.Choose_Fact_Message);
		dialog.setMultipleSelection(false);
		dialog.setElements(facts.toArray());
		return dialog.open() == Window.OK && dialog.getFirstResult() instanceof String fact ? fact : null;
	}

	/** A fact as people read it: "host programme" for {@code host_programme}. */
	private static String words(String fact) {
		return fact == null ? "" : fact.replace('_', ' ');
	}

	/** The value a source gives for a fact, as written: a number, or a text. */
	private static String value(Claim claim) {
		if (claim.getNumber() != null) {
			return claim.getNumber().toPlainString();
		}
		return claim.getText() == null ? "" : claim.getText();
	}

	/** A number where the value reads as one (as the language reads it), else a text; empty: none. */
	private static void setValue(Claim claim, String text) {
		String value = text.strip();
		claim.setNumber(null);
		claim.setText(null);
		if (value.isEmpty()) {
			return;
		}
		if (value.matches("-?[0-9]+(\\.[0-9]+)?")) {
			claim.setNumber(new BigDecimal(value));
		} else {
			claim.setText(value);
		}
	}

	/** The owner's photos: file, description for readers who cannot see it, caption and credit. */
	static ListField photos(ModelForm form, Composite column, Locator owner, EReference feature) {
		return photos(form, column, owner, feature, FieldMessages.Section_Photos);
	}

	/** The same in a section of this title (the photos of the selected day). */
	static ListField photos(ModelForm form, Composite column, Locator owner, EReference feature, String title) {
		Composite client = form.section(column, title, FieldMessages.Section_Photos_Description);
		ListField photos = form.add(new ListField(form, client, owner, feature, List.of(
				ListField.Column.attribute(FieldMessages.Field_File, 140, PHOTO__FILE),
				ListField.Column.attribute(FieldMessages.Field_Alt, 180, PHOTO__ALT),
				ListField.Column.attribute(FieldMessages.Field_Caption, 120, PHOTO__CAPTION),
				ListField.Column.attribute(FieldMessages.Field_Credit, 80, PHOTO__CREDIT)), 2, o -> {
					Photo photo = CaseStudioFactory.eINSTANCE.createPhoto();
					photo.setFile(FieldMessages.New_Photo);
					photo.setAlt(Messages.New_Item);
					return photo;
				}, false, null));
		TranslationsField.ofRow(form, client, photos, PHOTO__ALT, FieldMessages.Translations_PhotoAlt);
		TranslationsField.ofRow(form, client, photos, PHOTO__CAPTION, FieldMessages.Translations_PhotoCaption);
		return photos;
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
		ListField options = form.add(new ListField(form, client, question, DISCUSSION_QUESTION__OPTIONS, List.of(rightOrWrong,
				ListField.Column.attribute(FieldMessages.Field_Option, 240, ANSWER_OPTION__TEXT),
				ListField.Column.attribute(FieldMessages.Field_Feedback, 180, ANSWER_OPTION__FEEDBACK)), 3, q -> {
					AnswerOption option = CaseStudioFactory.eINSTANCE.createAnswerOption();
					option.setText(Messages.New_Item);
					return option;
				}, false, null));
		TranslationsField.ofRow(form, client, options, ANSWER_OPTION__TEXT, FieldMessages.Translations_Option);
		TranslationsField.ofRow(form, client, options, ANSWER_OPTION__FEEDBACK, FieldMessages.Translations_Feedback);
		return options;
	}
}
