package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.util.List;

import org.casestudio.model.InnovationPlan;
import org.casestudio.model.Participant;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * Who takes part in the route and what they take home: the funders and participant organisations,
 * the participants, the Innovation Plans they write (with the selected plan's problem, resources,
 * timeline and actions), and the route's photos.
 */
public final class ParticipantsForm extends ModelForm {

	private final Locator route = Locator.first(LEARNING_ROUTE);
	private ListField participants;
	private ListField plans;

	public ParticipantsForm(FormHost host) {
		super(host, Messages.Page_Participants);
	}

	@Override
	protected void createContent(Composite body) {
		Composite left = column(body);
		Composite organisations = section(left, Messages.Section_Organisations, null);
		references(organisations, Messages.Field_Funders, LEARNING_ROUTE__FUNDERS, 2);
		references(organisations, Messages.Field_ParticipantOrganisations, LEARNING_ROUTE__PARTICIPANT_ORGANISATIONS, 3);

		Composite participantsBox = section(left, Messages.Section_Participants, null);
		participants = add(new ListField(this, participantsBox, route, LEARNING_ROUTE__PARTICIPANTS, List.of(
				ListField.Column.text(Messages.Field_Id, 90, (owner, p) -> ((Participant) p).getName()),
				ListField.Column.attribute(Messages.Field_Name, 170, NAMED_ELEMENT__TITLE),
				ListField.Column.text(Messages.Field_Organisation, 130, (owner, p) -> Words.reference((EObject) p,
						PARTICIPANT__ORGANISATION, ((Participant) p).getOrganisation())),
				ListField.Column.attribute(Messages.Field_Role, 120, PARTICIPANT__ROLE)), 6, owner -> null, false, null));
		// Add asks for a name and an id first: the creator above is never used alone.
		participants.askBeforeAdding(NewDeclarations.participant(this, participants));
		TranslationsField.ofRow(this, participantsBox, participants, NAMED_ELEMENT__TITLE,
				FieldMessages.Translations_ParticipantName);
		TranslationsField.ofRow(this, participantsBox, participants, PARTICIPANT__ROLE,
				FieldMessages.Translations_ParticipantRole);

		Composite right = column(body);
		Composite plansBox = section(right, Messages.Section_Plans, null);
		plans = add(new ListField(this, plansBox, route, LEARNING_ROUTE__INNOVATION_PLANS, List.of(
				ListField.Column.text(Messages.Field_Id, 90, (owner, p) -> ((InnovationPlan) p).getName()),
				ListField.Column.attribute(Messages.Field_Title, 230, NAMED_ELEMENT__TITLE),
				ListField.Column.choice(Messages.Field_Status, 100, INNOVATION_PLAN__STATUS),
				ListField.Column.text(Messages.Field_AdaptedFrom, 100, (owner, p) -> Words.reference((EObject) p,
						INNOVATION_PLAN__ADAPTED_FROM, ((InnovationPlan) p).getAdaptedFrom()))), 4, owner -> null, false, null));
		plans.askBeforeAdding(NewDeclarations.plan(this, plans));
		TranslationsField.ofRow(this, plansBox, plans, NAMED_ELEMENT__TITLE, FieldMessages.Translations_PlanTitle);
		Locator plan = Locator.selected(plans::selection);
		text(plansBox, Messages.Field_Problem, plan, INNOVATION_PLAN__PROBLEM);
		text(plansBox, FieldMessages.Field_Resources, plan, INNOVATION_PLAN__RESOURCES);
		text(plansBox, FieldMessages.Field_PlanTimeline, plan, INNOVATION_PLAN__TIMELINE);
		texts(plansBox, FieldMessages.Field_Actions, plan, INNOVATION_PLAN__ACTIONS, 520, FieldMessages.Translations_Action);
		Citations.photos(this, right, route, LEARNING_ROUTE__PHOTOS);
	}

	/** A list of declarations the route names (its funders), chosen with a filter. */
	private void references(Composite parent, String label, EReference reference, int rows) {
		label(parent, label, true);
		Composite box = toolkit().createComposite(parent);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		box.setLayout(layout);
		box.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
		add(new ListField(this, box, route, reference, List.of(ListField.Column.text(label, 300,
				(owner, target) -> Words.reference(owner, reference, (EObject) target))), rows, null, false, null));
	}

	/** The route's participants, for tests. */
	public ListField participants() {
		return participants;
	}

	/** The route's Innovation Plans, for tests. */
	public ListField plans() {
		return plans;
	}
}
