package org.casestudio.dsl.translations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casestudio.model.Translatable;
import org.casestudio.model.Translation;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.Pair;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Which texts of the model can be translated, and which text each translation written in the
 * language translates. Both come from the grammar, the one place that says it: a text is
 * translatable where the grammar lets {@code translations+=Translation*} follow it, and a
 * translation translates the text written right before it.
 */
@Singleton
public class TranslatableTexts {

	/** One text of the model: a single value ({@code index} -1) or an item of a list. */
	public record Text(EObject owner, EAttribute feature, int index, String value) {
	}

	private static final String TRANSLATIONS = "translations";

	private final Map<EClass, List<EAttribute>> features = new HashMap<>();

	@Inject
	public TranslatableTexts(IGrammarAccess grammar) {
		Map<EClass, Set<EAttribute>> found = new LinkedHashMap<>();
		for (Assignment a : GrammarUtil.containedAssignments(grammar.getGrammar())) {
			if (!TRANSLATIONS.equals(a.getFeature()) || !(a.eContainer() instanceof Group group)) {
				continue;
			}
			int at = group.getElements().indexOf(a);
			if (at > 0 && group.getElements().get(at - 1) instanceof Assignment text
					&& GrammarUtil.containingRule(a).getType().getClassifier() instanceof EClass type
					&& type.getEStructuralFeature(text.getFeature()) instanceof EAttribute attribute) {
				found.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(attribute);
			}
		}
		found.forEach((type, attributes) -> features.put(type, List.copyOf(attributes)));
	}

	/** The translatable texts of elements of this class, in the grammar's order. */
	public List<EAttribute> features(EClass type) {
		return features.getOrDefault(type, List.of());
	}

	/** The translatable texts an element has, in the grammar's order. */
	public List<Text> texts(EObject owner) {
		List<EAttribute> attributes = features(owner.eClass());
		if (attributes.isEmpty()) {
			return List.of();
		}
		List<Text> texts = new ArrayList<>();
		for (EAttribute attribute : attributes) {
			Object value = owner.eGet(attribute);
			if (attribute.isMany()) {
				List<?> values = (List<?>) value;
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i) instanceof String s && !s.isBlank()) {
						texts.add(new Text(owner, attribute, i, s));
					}
				}
			} else if (value instanceof String s && !s.isBlank()) {
				texts.add(new Text(owner, attribute, -1, s));
			}
		}
		return texts;
	}

	/** Every translatable text under a root (a file's content), in file order. */
	public List<Text> allTexts(EObject root) {
		List<Text> texts = new ArrayList<>(texts(root));
		for (TreeIterator<EObject> i = root.eAllContents(); i.hasNext();) {
			EObject next = i.next();
			if (next instanceof Translation) {
				i.prune();
			} else {
				texts.addAll(texts(next));
			}
		}
		return texts;
	}

	/**
	 * Which text each translation of an element translates: the (feature, index) of the text
	 * written right before it. Read from the node model, since the position is all that says it.
	 */
	public Map<Translation, Pair<EAttribute, Integer>> targets(EObject owner) {
		if (!(owner instanceof Translatable translatable) || translatable.getTranslations().isEmpty()) {
			return Map.of();
		}
		ICompositeNode node = NodeModelUtils.getNode(owner);
		if (node == null) {
			return Map.of();
		}
		Map<Translation, Pair<EAttribute, Integer>> targets = new IdentityHashMap<>();
		Map<EStructuralFeature, Integer> counts = new HashMap<>();
		Pair<EAttribute, Integer> last = null;
		var nodes = node.getAsTreeIterable().iterator();
		nodes.next(); // the element's own node
		while (nodes.hasNext()) {
			INode child = nodes.next();
			Assignment assignment = GrammarUtil.containingAssignment(child.getGrammarElement());
			if (child instanceof ICompositeNode composite && composite.hasDirectSemanticElement()
					&& composite.getSemanticElement() != owner) {
				if (composite.getSemanticElement() instanceof Translation translation
						&& translation.eContainer() == owner && last != null) {
					targets.put(translation, last);
				}
				nodes.prune();
				continue;
			}
			if (assignment == null || child.getSemanticElement() != owner
					|| !(owner.eClass().getEStructuralFeature(assignment.getFeature()) instanceof EAttribute attribute)) {
				continue;
			}
			if (child instanceof ICompositeNode) {
				nodes.prune(); // a datatype rule's value: one text, whatever its tokens
			}
			int index = -1;
			if (attribute.isMany()) {
				index = counts.merge(attribute, 1, Integer::sum) - 1;
			}
			last = features(owner.eClass()).contains(attribute) ? Tuples.create(attribute, index) : null;
		}
		return Collections.unmodifiableMap(targets);
	}
}
