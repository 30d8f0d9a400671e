package org.casestudio.ui.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.casestudio.dsl.validation.Vocabulary;
import org.casestudio.model.NamedElement;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * What the Properties view shows for an element selected in the Outline: its attributes and the
 * ids it refers to, read once from the model (a snapshot: editing stays in the text). Equal
 * snapshots are equal, so that the Outline keeps its selection when it is rebuilt.
 */
record ElementProperties(Map<String, String> values) implements IPropertySource {

	/** A snapshot of the element's set features, in the order the metamodel declares them. */
	static ElementProperties of(EObject element) {
		Map<String, String> values = new LinkedHashMap<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (!element.eIsSet(feature) || feature instanceof EReference reference && reference.isContainment()) {
				continue;
			}
			Object value = element.eGet(feature);
			String text = feature instanceof EAttribute ? format(value) : references(value);
			if (!text.isEmpty()) {
				values.put(Vocabulary.words(feature.getName()), text);
			}
		}
		return new ElementProperties(values);
	}

	private static String format(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(" | "));
		}
		String text = String.valueOf(value).replace('\n', ' ');
		return text.length() > 200 ? text.substring(0, 197) + "..." : text;
	}

	private static String references(Object value) {
		List<?> targets = value instanceof List<?> list ? list : List.of(value);
		return targets.stream().map(t -> t instanceof NamedElement named && !named.eIsProxy() ? named.getName() : "?")
				.collect(Collectors.joining(", "));
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return values.keySet().stream().map(key -> new PropertyDescriptor(key, key)).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return values.get(id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Read-only: the text is the one place where the model is edited.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// Read-only: the text is the one place where the model is edited.
	}
}
