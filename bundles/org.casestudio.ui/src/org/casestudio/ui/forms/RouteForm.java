package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.util.List;

import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.Day;
import org.casestudio.model.InnovationPlan;
import org.casestudio.model.Participant;
import org.casestudio.model.Session;
import org.casestudio.model.SessionKind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;

/**
 * A route as a trainer plans it: what and when, who organises and who comes, what participants
 * should learn, the agenda of days and sessions, the cases visited and the Innovation Plans.
 */
public final class RouteForm extends ModelForm {

	private final Locator route = Locator.first(LEARNING_ROUTE);
	private ListField days;
	private ListField sessions;
	private ListField participants;
	private ListField plans;
	private ListField dayPhotos;

	public RouteForm(FormHost host) {
		super(host, Messages.Page_Route);
	}

	@Override
	protected void createContent(Composite body) {
		Composite left = column(body);
		Composite general = section(left, Messages.Section_General, Messages.Section_General_Route);
		text(general, Messages.Field_Title, route, NAMED_ELEMENT__TITLE);
		text(general, Messages.Field_Subtitle, route, LEARNING_ROUTE__SUBTITLE);
		text(general, Messages.Field_Theme, route, LEARNING_ROUTE__THEME);
		text(general, Messages.Field_Country, route, LEARNING_ROUTE__COUNTRY);
		text(general, Messages.Field_Province, route, LEARNING_ROUTE__PROVINCE);
		text(general, Messages.Field_Edition, route, LEARNING_ROUTE__EDITION);
		text(general, Messages.Field_From, route, LEARNING_ROUTE__START_DATE);
		text(general, Messages.Field_To, route, LEARNING_ROUTE__END_DATE);

		Composite organisers = section(left, Messages.Section_Organisers, null);
		reference(organisers, Messages.Field_OrganisedBy, route, LEARNING_ROUTE__FACILITATOR);
		reference(organisers, Messages.Field_HostProgramme, route, LEARNING_ROUTE__HOST_PROGRAMME);
		references(organisers, Messages.Field_Funders, LEARNING_ROUTE__FUNDERS, 2);
		references(organisers, Messages.Field_ParticipantOrganisations, LEARNING_ROUTE__PARTICIPANT_ORGANISATIONS, 3);

		// Below the first screen: made when scrolled to (see ModelForm.later).
		later(left, () -> {
			Composite about = section(left, Messages.Section_About, null);
			text(about, FieldMessages.Field_EditionTitle, route, LEARNING_ROUTE__EDITION_TITLE);
			text(about, FieldMessages.Field_DailyReflection, route, LEARNING_ROUTE__REFLECTION_NAME);
			area(about, Messages.Field_About, route, LEARNING_ROUTE__DESCRIPTION);

			Composite objectives = section(left, Messages.Section_Objectives, null);
			ListField objectiveList = add(new ListField(this, objectives, route, LEARNING_ROUTE__OBJECTIVES,
					List.of(ListField.Column.texts(Messages.Field_Objectives, 520)), 3, owner -> Messages.New_Item, false, null));
			TranslationsField.ofItem(this, objectives, objectiveList, FieldMessages.Translations_Objective);
			texts(objectives, Messages.Field_Challenges, route, LEARNING_ROUTE__CHALLENGES, 520,
					FieldMessages.Translations_Challenge);
			texts(objectives, Messages.Field_SuccessFactors, route, LEARNING_ROUTE__SUCCESS_FACTORS, 520,
					FieldMessages.Translations_SuccessFactor);
			Citations.sources(this, left, route, LEARNING_ROUTE__SOURCES);
		});

		Composite right = column(body);
		Composite agenda = section(right, Messages.Section_Agenda, Messages.Section_Agenda_Description);
		days = add(new ListField(this, agenda, route, LEARNING_ROUTE__DAYS, List.of(
				ListField.Column.attribute(Messages.Field_Day, 50, DAY__NUMBER),
				ListField.Column.attribute(Messages.Field_Date, 95, DAY__DATE),
				ListField.Column.attribute(Messages.Field_Title, 200, DAY__TITLE),
				ListField.Column.attribute(Messages.Field_Place, 130, DAY__PLACE)), 4, RouteForm::newDay, false, null));
		TranslationsField.ofRow(this, agenda, days, DAY__TITLE, FieldMessages.Translations_DayTitle);
		TranslationsField.ofRow(this, agenda, days, DAY__PLACE, FieldMessages.Translations_DayPlace);
		Composite sessionsBox = section(right, Messages.Section_Sessions, null);
		sessions = add(new ListField(this, sessionsBox, Locator.selected(days::selection), DAY__SESSIONS, List.of(
				ListField.Column.choice(Messages.Field_Kind, 110, SESSION__KIND),
				ListField.Column.attribute(Messages.Field_Title, 190, SESSION__TITLE),
				ListField.Column.attribute(Messages.Field_Start, 55, SESSION__START_TIME),
				ListField.Column.attribute(Messages.Field_Minutes, 60, SESSION__DURATION_MINUTES),
				ListField.Column.text(Messages.Field_CaseVisited, 110,
						(day, session) -> Words.reference((EObject) session, SESSION__VISITED_CASE,
								(EObject) ((EObject) session).eGet(SESSION__VISITED_CASE, false)))),
				4, day -> newSession(), false, null));
		reference(sessionsBox, Messages.Field_CaseVisited, Locator.selected(sessions::selection), SESSION__VISITED_CASE);
		TranslationsField.ofRow(this, sessionsBox, sessions, SESSION__TITLE, FieldMessages.Translations_SessionTitle);
		dayPhotos = Citations.photos(this, right, Locator.selected(days::selection), DAY__PHOTOS,
				FieldMessages.Section_DayPhotos);
		days.onSelection(this::refresh);
		sessions.onSelection(this::refresh);

		Composite cases = section(right, Messages.Section_Cases, null);
		add(new ListField(this, cases, route, LEARNING_ROUTE__CASES, List.of(ListField.Column.text(Messages.Field_Cases,
				520, (owner, target) -> Words.reference(owner, LEARNING_ROUTE__CASES, (EObject) target))), 3, null, false,
				null));

		later(right, () -> {
			// The selected session's texts beyond its row: below the first screen, so made when shown.
			Locator session = Locator.selected(sessions::selection);
			Composite sessionBox = section(right, FieldMessages.Section_Session, FieldMessages.Section_Session_Description);
			text(sessionBox, Messages.Field_Place, session, SESSION__PLACE);
			text(sessionBox, FieldMessages.Field_Notes, session, SESSION__NOTES);
			texts(sessionBox, FieldMessages.Field_Outputs, session, SESSION__OUTPUTS, 520, FieldMessages.Translations_Output);

			Composite participantsBox = section(right, Messages.Section_Participants, null);
			participants = add(new ListField(this, participantsBox, route, LEARNING_ROUTE__PARTICIPANTS, List.of(
					ListField.Column.text(Messages.Field_Id, 90, (owner, p) -> ((Participant) p).getName()),
					ListField.Column.attribute(Messages.Field_Name, 170, NAMED_ELEMENT__TITLE),
					ListField.Column.text(Messages.Field_Organisation, 130, (owner, p) -> Words.reference((EObject) p,
							PARTICIPANT__ORGANISATION, ((Participant) p).getOrganisation())),
					ListField.Column.attribute(Messages.Field_Role, 120, PARTICIPANT__ROLE)), 3, owner -> null, false, null));
			// Add asks for a name and an id first: the creator above is never used alone.
			participants.askBeforeAdding(NewDeclarations.participant(this, participants));
			TranslationsField.ofRow(this, participantsBox, participants, NAMED_ELEMENT__TITLE,
					FieldMessages.Translations_ParticipantName);
			TranslationsField.ofRow(this, participantsBox, participants, PARTICIPANT__ROLE,
					FieldMessages.Translations_ParticipantRole);

			Composite plansBox = section(right, Messages.Section_Plans, null);
			plans = add(new ListField(this, plansBox, route, LEARNING_ROUTE__INNOVATION_PLANS, List.of(
					ListField.Column.text(Messages.Field_Id, 90, (owner, p) -> ((InnovationPlan) p).getName()),
					ListField.Column.attribute(Messages.Field_Title, 230, NAMED_ELEMENT__TITLE),
					ListField.Column.choice(Messages.Field_Status, 100, INNOVATION_PLAN__STATUS),
					ListField.Column.text(Messages.Field_AdaptedFrom, 100, (owner, p) -> Words.reference((EObject) p,
							INNOVATION_PLAN__ADAPTED_FROM, ((InnovationPlan) p).getAdaptedFrom()))), 3, owner -> null, false, null));
			plans.askBeforeAdding(NewDeclarations.plan(this, plans));
			TranslationsField.ofRow(this, plansBox, plans, NAMED_ELEMENT__TITLE, FieldMessages.Translations_PlanTitle);
			Locator plan = Locator.selected(plans::selection);
			text(plansBox, Messages.Field_Problem, plan, INNOVATION_PLAN__PROBLEM);
			text(plansBox, FieldMessages.Field_Resources, plan, INNOVATION_PLAN__RESOURCES);
			text(plansBox, FieldMessages.Field_PlanTimeline, plan, INNOVATION_PLAN__TIMELINE);
			texts(plansBox, FieldMessages.Field_Actions, plan, INNOVATION_PLAN__ACTIONS, 520, FieldMessages.Translations_Action);
			Citations.photos(this, right, route, LEARNING_ROUTE__PHOTOS);
		});
	}

	private void references(Composite parent, String label, org.eclipse.emf.ecore.EReference reference, int rows) {
		label(parent, label, true);
		Composite box = toolkit().createComposite(parent);
		org.eclipse.swt.layout.GridLayout layout = new org.eclipse.swt.layout.GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		box.setLayout(layout);
		box.setLayoutData(new org.eclipse.swt.layout.GridData(org.eclipse.swt.SWT.FILL, org.eclipse.swt.SWT.BEGINNING,
				true, false));
		add(new ListField(this, box, route, reference, List.of(ListField.Column.text(label, 300,
				(owner, target) -> Words.reference(owner, reference, (EObject) target))), rows, null, false, null));
	}

	private static Day newDay(EObject route) {
		Day day = CaseStudioFactory.eINSTANCE.createDay();
		day.setNumber(((org.casestudio.model.LearningRoute) route).getDays().size() + 1);
		return day;
	}

	private static Session newSession() {
		Session session = CaseStudioFactory.eINSTANCE.createSession();
		session.setKind(SessionKind.OTHER);
		session.setTitle(Messages.New_Item);
		return session;
	}

	/** The route's participants, for tests. */
	public ListField participants() {
		makeAll();
		return participants;
	}

	/** The route's Innovation Plans, for tests. */
	public ListField plans() {
		makeAll();
		return plans;
	}

	/** The sessions of the selected day, for tests. */
	public ListField sessions() {
		return sessions;
	}

	/** The photos of the selected day, for tests. */
	public ListField dayPhotos() {
		return dayPhotos;
	}

	/** The agenda's day table, for tests. */
	public ListField days() {
		return days;
	}
}
