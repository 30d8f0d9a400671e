package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.util.List;

import org.casestudio.model.Actor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The actors of a file as a list with a filter, and the details of the one selected. */
public final class ActorsForm extends ModelForm {

	private ListField actors;

	public ActorsForm(FormHost host) {
		super(host, Messages.Page_Actors);
	}

	@Override
	protected void createContent(Composite body) {
		Composite master = section(column(body), Messages.Section_Actors, null);
		actors = add(new ListField(this, master, root -> root, DOCUMENT__DECLARATIONS, List.of(
				ListField.Column.text(Messages.Field_Kind, 170, (owner, a) -> Words.of(((Actor) a).getKind())),
				ListField.Column.text(Messages.Field_Id, 140, (owner, a) -> ((Actor) a).getName()),
				ListField.Column.text(Messages.Field_Name, 250, (owner, a) -> ((Actor) a).getTitle())), 16,
				owner -> null, true, Actor.class::isInstance));
		// Add asks for the kind, name and id first: the creator above is never used alone.
		actors.askBeforeAdding(NewDeclarations.actor(this, actors));
		Locator actor = Locator.selected(actors::selection);
		Composite detailsColumn = column(body);
		Composite details = section(detailsColumn, Messages.Section_ActorDetails, null);
		choice(details, Messages.Field_Kind, actor, ACTOR__KIND);
		text(details, Messages.Field_Name, actor, NAMED_ELEMENT__TITLE);
		text(details, Messages.Field_Village, actor, ACTOR__LOCATION, LOCATION__VILLAGE);
		text(details, Messages.Field_District, actor, ACTOR__LOCATION, LOCATION__DISTRICT);
		text(details, Messages.Field_Province, actor, ACTOR__LOCATION, LOCATION__PROVINCE);
		text(details, Messages.Field_Country, actor, ACTOR__LOCATION, LOCATION__COUNTRY);
		text(details, Messages.Field_EthnicGroup, actor, ACTOR__ETHNIC_GROUP);
		text(details, Messages.Field_Members, actor, ACTOR__MEMBERS);
		text(details, Messages.Field_Households, actor, ACTOR__HOUSEHOLDS);
		text(details, Messages.Field_Women, actor, ACTOR__WOMEN);
		area(details, Messages.Field_About, actor, ACTOR__DESCRIPTION);
		Citations.sources(this, detailsColumn, actor, ACTOR__SOURCES);
		Citations.photos(this, detailsColumn, actor, ACTOR__PHOTOS);
		actors.onSelection(this::refresh);
	}

	@Override
	public void refresh() {
		super.refresh();
		if (actors != null && actors.selected() < 0 && !actors.rows().isEmpty()) {
			actors.select(host.session().read(resource -> firstActor(resource.getContents().isEmpty() ? null
					: resource.getContents().get(0))));
		}
	}

	private static int firstActor(EObject root) {
		if (root instanceof org.casestudio.model.Document document) {
			for (int i = 0; i < document.getDeclarations().size(); i++) {
				if (document.getDeclarations().get(i) instanceof Actor) {
					return i;
				}
			}
		}
		return -1;
	}

	/** Selects the actor whose text holds the offset. */
	@Override
	public void reveal(int offset) {
		int index = host.session().read(resource -> {
			EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			if (!(root instanceof org.casestudio.model.Document document)) {
				return -1;
			}
			for (int i = 0; i < document.getDeclarations().size(); i++) {
				ICompositeNode node = NodeModelUtils.getNode(document.getDeclarations().get(i));
				if (node != null && node.getOffset() <= offset && offset <= node.getEndOffset()) {
					return i;
				}
			}
			return -1;
		});
		if (index >= 0 && index != actors.selected()) {
			actors.select(index);
		}
	}

	public ListField actors() {
		return actors;
	}
}
