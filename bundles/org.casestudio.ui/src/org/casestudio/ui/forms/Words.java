package org.casestudio.ui.forms;

import java.util.List;

import org.casestudio.export.pack.Labels;
import org.casestudio.model.ActorKind;
import org.casestudio.model.AgreementType;
import org.casestudio.model.NamedElement;
import org.casestudio.model.PartnerRole;
import org.casestudio.model.PartnershipKind;
import org.casestudio.model.PlanStatus;
import org.casestudio.model.SessionKind;
import org.casestudio.dsl.validation.Vocabulary;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The words the forms show for the model's values: an actor kind is "Producer group", never
 * {@code producerGroup}. The words are the training pack's own (export's labels), so that a form
 * and a pack name a thing alike.
 */
final class Words {

	private Words() {
	}

	static String of(Enumerator value) {
		if (value instanceof ActorKind kind) {
			return Labels.actor(kind);
		}
		if (value instanceof PartnerRole role) {
			return Labels.role(role);
		}
		if (value instanceof PartnershipKind kind) {
			return kind == PartnershipKind.UNSPECIFIED ? Messages.Unspecified : Labels.kind(kind);
		}
		if (value instanceof AgreementType type) {
			return type == AgreementType.UNSPECIFIED ? Messages.Unspecified : Labels.agreement(type);
		}
		if (value instanceof SessionKind kind) {
			return Labels.session(kind);
		}
		if (value instanceof PlanStatus status) {
			// Plan states have no pack label of their own: the metamodel's names, in words.
			return Vocabulary.words(status.getName());
		}
		return value == null ? "" : Vocabulary.words(value.getName());
	}

	static String[] of(List<? extends Enumerator> values) {
		return values.stream().map(Words::of).toArray(String[]::new);
	}

	/** A referenced declaration as people read it: its id and title, or the text that names it. */
	static String reference(EObject owner, EReference reference, EObject target) {
		if (target instanceof NamedElement named && !target.eIsProxy()) {
			return named.getTitle() == null ? named.getName() : named.getName() + " \u2014 " + named.getTitle();
		}
		if (target == null) {
			return "";
		}
		// Not resolved (a typo in the text): the name as written.
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		int index = reference.isMany() ? ((List<?>) owner.eGet(reference, false)).indexOf(target) : 0;
		return index >= 0 && index < nodes.size() ? NodeModelUtils.getTokenText(nodes.get(index)) + " (?)" : "?";
	}
}
