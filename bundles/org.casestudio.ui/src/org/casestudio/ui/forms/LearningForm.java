package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.util.List;

import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Champion;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;

/**
 * What the case teaches: its lessons, challenges and success factors, the champions who tell it,
 * and the sources and photos the learning rests on.
 */
public final class LearningForm extends ModelForm {

	private final Locator study = Locator.first(CASE_STUDY);

	public LearningForm(FormHost host) {
		super(host, Messages.Page_Learning);
	}

	@Override
	protected void createContent(Composite body) {
		Composite left = column(body);
		Composite learning = section(left, Messages.Section_Learning, null);
		texts(learning, Messages.Field_Lessons, study, CASE_STUDY__LESSONS, 520, FieldMessages.Translations_Lesson);
		texts(learning, Messages.Field_Challenges, study, CASE_STUDY__CHALLENGES, 520, FieldMessages.Translations_Challenge);
		texts(learning, Messages.Field_SuccessFactors, study, CASE_STUDY__SUCCESS_FACTORS, 520,
				FieldMessages.Translations_SuccessFactor);

		Composite people = section(left, Messages.Section_People, null);
		ListField championList = add(new ListField(this, people, study, CASE_STUDY__CHAMPIONS, List.of(
				ListField.Column.text(Messages.Field_Id, 90, (owner, c) -> ((Champion) c).getName()),
				ListField.Column.attribute(Messages.Field_Name, 170, NAMED_ELEMENT__TITLE),
				ListField.Column.text(Messages.Field_Organisation, 140, (owner, c) -> Words.reference((EObject) c,
						CHAMPION__ORGANISATION, ((Champion) c).getOrganisation())),
				ListField.Column.attribute(Messages.Field_Role, 130, CHAMPION__ROLE)), 3,
				owner -> CaseForm.named(CaseStudioFactory.eINSTANCE.createChampion(), "champion",
						((CaseStudy) owner).getChampions()),
				false, null));
		TranslationsField.ofRow(this, people, championList, NAMED_ELEMENT__TITLE, FieldMessages.Translations_ChampionName);
		TranslationsField.ofRow(this, people, championList, CHAMPION__ROLE, FieldMessages.Translations_ChampionRole);

		Composite right = column(body);
		Citations.sources(this, right, study, CASE_STUDY__SOURCES);
		Citations.photos(this, right, study, CASE_STUDY__PHOTOS);
	}
}
