package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.text.MessageFormat;
import java.util.List;

import org.casestudio.model.CaseStudy;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;

/**
 * A host experience's first page, its overview: who hosts it and where, and what the other pages
 * hold (its story, practices and results, learning, questions, partnerships), each a link to its
 * page. The first page is the one made when the file opens, so it holds no table and no Markdown
 * text: the pages that do are made when first shown.
 */
public final class CaseForm extends ModelForm {

	private final Locator study = Locator.first(CASE_STUDY);

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

		Composite right = column(body);
		Composite contents = section(right, Messages.Section_Contents, Messages.Section_Contents_Case);
		summary(contents, Messages.Page_Story, StoryForm.class, root -> {
			CaseStudy c = study(root);
			return c == null ? "" : MessageFormat.format(Messages.Summary_Story, words(c.getSummary()),
					words(c.getContext()), words(c.getScalingUp()));
		});
		summary(contents, Messages.Page_Practices, PracticesForm.class, root -> {
			CaseStudy c = study(root);
			return c == null ? "" : MessageFormat.format(Messages.Summary_Practices, c.getPractices().size(),
					c.getTimeline().size(), c.getIndicators().size());
		});
		summary(contents, Messages.Page_Learning, LearningForm.class, root -> {
			CaseStudy c = study(root);
			return c == null ? "" : MessageFormat.format(Messages.Summary_Learning, c.getLessons().size(),
					c.getChampions().size(), c.getSources().size());
		});
		summary(contents, Messages.Page_Questions, QuestionsForm.class, root -> {
			CaseStudy c = study(root);
			return c == null ? "" : MessageFormat.format(Messages.Summary_Questions, c.getQuestions().size());
		});
		summary(contents, Messages.Page_Partnerships, PartnershipsForm.class, root -> {
			CaseStudy c = study(root);
			return c == null ? "" : MessageFormat.format(Messages.Summary_Partnerships, c.getPartnerships().size());
		});
	}

	/** How many words a text has, as the story's link counts them. */
	private static int words(String text) {
		return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
	}

	private CaseStudy study(EObject root) {
		return root == null ? null : (CaseStudy) study.find(root);
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
