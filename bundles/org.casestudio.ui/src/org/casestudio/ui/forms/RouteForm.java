package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.text.MessageFormat;

import org.casestudio.model.LearningRoute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;

/**
 * The route's first page, its overview: what and when, who organises it, and what the other pages
 * hold (what it is about and its objectives, the agenda, the participants), each a link to its page.
 * The first page is the one made when the file opens, so it holds no table and no Markdown text:
 * the pages that do are made when first shown.
 */
public final class RouteForm extends ModelForm {

	private final Locator route = Locator.first(LEARNING_ROUTE);

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

		Composite right = column(body);
		Composite organisers = section(right, Messages.Section_Organisers, null);
		reference(organisers, Messages.Field_OrganisedBy, route, LEARNING_ROUTE__FACILITATOR);
		reference(organisers, Messages.Field_HostProgramme, route, LEARNING_ROUTE__HOST_PROGRAMME);

		Composite contents = section(right, Messages.Section_Contents, Messages.Section_Contents_Route);
		summary(contents, Messages.Page_About, AboutForm.class, root -> {
			LearningRoute r = route(root);
			return r == null ? "" : MessageFormat.format(Messages.Summary_About, r.getObjectives().size(),
					r.getSources().size());
		});
		summary(contents, Messages.Page_Agenda, AgendaForm.class, root -> {
			LearningRoute r = route(root);
			return r == null ? "" : MessageFormat.format(Messages.Summary_Agenda, r.getDays().size(),
					r.getDays().stream().mapToInt(day -> day.getSessions().size()).sum(), r.getCases().size());
		});
		summary(contents, Messages.Page_Participants, ParticipantsForm.class, root -> {
			LearningRoute r = route(root);
			return r == null ? "" : MessageFormat.format(Messages.Summary_Participants,
					r.getParticipantOrganisations().size(), r.getParticipants().size(), r.getInnovationPlans().size());
		});
	}

	private LearningRoute route(EObject root) {
		return root == null ? null : (LearningRoute) route.find(root);
	}
}
