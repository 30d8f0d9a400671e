package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.util.List;

import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.Day;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Session;
import org.casestudio.model.SessionKind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The route's agenda as a trainer plans it, day by day: the days and their photos, the sessions of
 * the selected day with the case each visits, the selected session's place, notes and outputs, and
 * the cases the route visits.
 */
public final class AgendaForm extends ModelForm {

	private final Locator route = Locator.first(LEARNING_ROUTE);
	private ListField days;
	private ListField sessions;
	private ListField dayPhotos;

	public AgendaForm(FormHost host) {
		super(host, Messages.Page_Agenda);
	}

	@Override
	protected void createContent(Composite body) {
		Composite left = column(body);
		Composite agenda = section(left, Messages.Section_Agenda, Messages.Section_Agenda_Description);
		days = add(new ListField(this, agenda, route, LEARNING_ROUTE__DAYS, List.of(
				ListField.Column.attribute(Messages.Field_Day, 50, DAY__NUMBER),
				ListField.Column.attribute(Messages.Field_Date, 95, DAY__DATE),
				ListField.Column.attribute(Messages.Field_Title, 200, DAY__TITLE),
				ListField.Column.attribute(Messages.Field_Place, 130, DAY__PLACE)), 6, AgendaForm::newDay, false, null));
		TranslationsField.ofRow(this, agenda, days, DAY__TITLE, FieldMessages.Translations_DayTitle);
		TranslationsField.ofRow(this, agenda, days, DAY__PLACE, FieldMessages.Translations_DayPlace);
		dayPhotos = Citations.photos(this, left, Locator.selected(days::selection), DAY__PHOTOS,
				FieldMessages.Section_DayPhotos);
		Composite cases = section(left, Messages.Section_Cases, null);
		add(new ListField(this, cases, route, LEARNING_ROUTE__CASES, List.of(ListField.Column.text(Messages.Field_Cases,
				520, (owner, target) -> Words.reference(owner, LEARNING_ROUTE__CASES, (EObject) target))), 3, null, false,
				null));

		Composite right = column(body);
		Composite sessionsBox = section(right, Messages.Section_Sessions, null);
		sessions = add(new ListField(this, sessionsBox, Locator.selected(days::selection), DAY__SESSIONS, List.of(
				ListField.Column.choice(Messages.Field_Kind, 110, SESSION__KIND),
				ListField.Column.attribute(Messages.Field_Title, 190, SESSION__TITLE),
				ListField.Column.attribute(Messages.Field_Start, 55, SESSION__START_TIME),
				ListField.Column.attribute(Messages.Field_Minutes, 60, SESSION__DURATION_MINUTES),
				ListField.Column.text(Messages.Field_CaseVisited, 110,
						(day, session) -> Words.reference((EObject) session, SESSION__VISITED_CASE,
								(EObject) ((EObject) session).eGet(SESSION__VISITED_CASE, false)))),
				5, day -> newSession(), false, null));
		reference(sessionsBox, Messages.Field_CaseVisited, Locator.selected(sessions::selection), SESSION__VISITED_CASE);
		TranslationsField.ofRow(this, sessionsBox, sessions, SESSION__TITLE, FieldMessages.Translations_SessionTitle);
		// The selected session's texts beyond its row.
		Locator session = Locator.selected(sessions::selection);
		Composite sessionBox = section(right, FieldMessages.Section_Session, FieldMessages.Section_Session_Description);
		text(sessionBox, Messages.Field_Place, session, SESSION__PLACE);
		text(sessionBox, FieldMessages.Field_Notes, session, SESSION__NOTES);
		texts(sessionBox, FieldMessages.Field_Outputs, session, SESSION__OUTPUTS, 520, FieldMessages.Translations_Output);
		days.onSelection(this::refresh);
		sessions.onSelection(this::refresh);
	}

	private static Day newDay(EObject route) {
		Day day = CaseStudioFactory.eINSTANCE.createDay();
		day.setNumber(((LearningRoute) route).getDays().size() + 1);
		return day;
	}

	private static Session newSession() {
		Session session = CaseStudioFactory.eINSTANCE.createSession();
		session.setKind(SessionKind.OTHER);
		session.setTitle(Messages.New_Item);
		return session;
	}

	/** Selects the day, and the session, whose text holds the offset. */
	@Override
	public void reveal(int offset) {
		int[] at = host.session().read(resource -> {
			EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			EObject found = root == null ? null : route.find(root);
			if (found instanceof LearningRoute learningRoute) {
				for (int i = 0; i < learningRoute.getDays().size(); i++) {
					Day day = learningRoute.getDays().get(i);
					if (holds(day, offset)) {
						for (int j = 0; j < day.getSessions().size(); j++) {
							if (holds(day.getSessions().get(j), offset)) {
								return new int[] { i, j };
							}
						}
						return new int[] { i, -1 };
					}
				}
			}
			return new int[] { -1, -1 };
		});
		if (at[0] >= 0 && at[0] != days.selected()) {
			days.select(at[0]);
		}
		if (at[1] >= 0 && at[1] != sessions.selected()) {
			sessions.select(at[1]);
		}
	}

	private static boolean holds(EObject element, int offset) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node != null && node.getOffset() <= offset && offset <= node.getEndOffset();
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
