package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.DECLARATION;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.casestudio.model.Actor;
import org.casestudio.model.ActorKind;
import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.Document;
import org.casestudio.model.InnovationPlan;
import org.casestudio.model.NamedElement;
import org.casestudio.model.Participant;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.window.Window;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

/**
 * What the forms' Add buttons of declarations do: ask for a name and an id (and an actor's kind),
 * then make the element with sensible defaults. The element is written like any form edit, through
 * {@link FormHost#edit} and the language's ModelEdits.
 */
final class NewDeclarations {

	private NewDeclarations() {
	}

	/** Add of the actors' list: kind, name and an id no declaration of the folder tree has. */
	static Supplier<Function<EObject, Object>> actor(ModelForm form, ListField list) {
		List<ActorKind> kinds = ActorKind.VALUES;
		return () -> {
			NewElementDialog.Choice choice = ask(list, Messages.New_ActorTitle, Messages.New_ActorDescription, kinds,
					declaredIds(form));
			return choice == null ? null : owner -> {
				Actor actor = CaseStudioFactory.eINSTANCE.createActor();
				actor.setKind((ActorKind) choice.kind());
				actor.setName(choice.id());
				actor.setTitle(choice.name());
				return actor;
			};
		};
	}

	/** Add of a route's participants: a name and an id no other participant of the route has. */
	static Supplier<Function<EObject, Object>> participant(ModelForm form, ListField list) {
		return () -> {
			NewElementDialog.Choice choice = ask(list, Messages.New_ParticipantTitle,
					Messages.New_ParticipantDescription, null, ids(form, list));
			return choice == null ? null : owner -> {
				Participant participant = CaseStudioFactory.eINSTANCE.createParticipant();
				participant.setName(choice.id());
				participant.setTitle(choice.name());
				return participant;
			};
		};
	}

	/** Add of a route's Innovation Plans: a title and an id; a new plan is a draft. */
	static Supplier<Function<EObject, Object>> plan(ModelForm form, ListField list) {
		return () -> {
			NewElementDialog.Choice choice = ask(list, Messages.New_PlanTitle, Messages.New_PlanDescription, null,
					ids(form, list));
			return choice == null ? null : owner -> {
				InnovationPlan plan = CaseStudioFactory.eINSTANCE.createInnovationPlan();
				plan.setName(choice.id());
				plan.setTitle(choice.name());
				// No status clause: a plan without one is a draft (the model's default), as the form shows.
				return plan;
			};
		};
	}

	private static NewElementDialog.Choice ask(ListField list, String title, String description,
			List<ActorKind> kinds, Set<String> taken) {
		NewElementDialog dialog = new NewElementDialog(list.control().getShell(), title, description, kinds, taken);
		return dialog.open() == Window.OK ? dialog.choice() : null;
	}

	/**
	 * The ids of routes, cases and actors in the folder tree, which share one name space: those of
	 * the index and those of the edited text, which may not be saved yet.
	 */
	static Set<String> declaredIds(ModelForm form) {
		var session = form.host.session();
		ResourceDescriptionsProvider index = session.injector().getInstance(ResourceDescriptionsProvider.class);
		return session.read(resource -> {
			Set<String> ids = new HashSet<>();
			for (IEObjectDescription declared : index.getResourceDescriptions(resource)
					.getExportedObjectsByType(DECLARATION)) {
				ids.add(declared.getName().getLastSegment());
			}
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document document) {
				document.getDeclarations().forEach(declaration -> ids.add(declaration.getName()));
			}
			return ids;
		});
	}

	/** The ids of the elements of the list (a route's participants): nested ids clash only there. */
	private static Set<String> ids(ModelForm form, ListField list) {
		return form.host.session().read(resource -> {
			Set<String> ids = new HashSet<>();
			EObject owner = list.element(resource.getContents().isEmpty() ? null : resource.getContents().get(0));
			if (owner != null) {
				for (Object item : (List<?>) owner.eGet((EReference) list.feature())) {
					if (item instanceof NamedElement named && named.getName() != null) {
						ids.add(named.getName());
					}
				}
			}
			return ids;
		});
	}
}
