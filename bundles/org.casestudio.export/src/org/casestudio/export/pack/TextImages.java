package org.casestudio.export.pack;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casestudio.model.Actor;
import org.casestudio.model.LearningRoute;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Markdown images of the view's texts, made relative to the route's folder. An author writes an
 * image relative to the file that holds the text ({@code ![Drying racks](photos/racks.jpg)} in
 * {@code cases/coffee.case} is {@code cases/photos/racks.jpg}); the view's texts lose which file
 * they came from, so their image paths are rewritten here, where it is still known, and an
 * exporter resolves every one of them against the route's folder.
 * <p>
 * The view's texts are the model's own strings, so a text is found by identity, whatever record of
 * the view holds it; records holding a rewritten text are made again, each once (a page compares
 * actors by identity). A view without such images is returned as it is.
 */
final class TextImages {

	private final Map<Object, Object> remade = new IdentityHashMap<>();
	private final Map<String, String> texts;

	private TextImages(Map<String, String> texts) {
		this.texts = texts;
	}

	static TrainingPack rebase(TrainingPack pack, LearningRoute route) {
		Path routeFolder = PackBuilder.resolve(route, ".");
		if (routeFolder == null) {
			return pack;
		}
		Map<String, String> texts = new IdentityHashMap<>();
		for (EObject element : elements(route)) {
			Path folder = PackBuilder.resolve(element, ".");
			if (folder == null || folder.equals(routeFolder)) {
				continue;
			}
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (attribute.getEType().getInstanceClass() != String.class) {
					continue;
				}
				Object value = element.eGet(attribute);
				for (Object text : value instanceof List<?> list ? list : Collections.singletonList(value)) {
					if (text instanceof String markdown && !PackImages.markdownImages(markdown).isEmpty()) {
						String rebased = rebase(markdown, folder, routeFolder);
						if (!rebased.equals(markdown)) {
							texts.put(markdown, rebased);
						}
					}
				}
			}
		}
		return texts.isEmpty() ? pack : (TrainingPack) new TextImages(texts).remake(pack);
	}

	/**
	 * The elements whose texts and photos a pack of the route shows: the route, its cases, and the
	 * actors they name, each with everything it contains.
	 */
	static List<EObject> elements(LearningRoute route) {
		Set<EObject> roots = new LinkedHashSet<>();
		roots.add(route);
		route.getCases().stream().filter(c -> !c.eIsProxy()).forEach(roots::add);
		List<EObject> elements = new ArrayList<>();
		Set<EObject> actors = new LinkedHashSet<>();
		for (EObject root : roots) {
			elements.add(root);
			root.eAllContents().forEachRemaining(elements::add);
		}
		for (EObject element : elements) {
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.getEReferenceType() != org.casestudio.model.CaseStudioPackage.Literals.ACTOR) {
					continue;
				}
				Object value = element.eGet(reference, false);
				for (Object actor : value instanceof List<?> list ? list : Collections.singletonList(value)) {
					if (actor instanceof Actor a && !a.eIsProxy()) {
						actors.add(a);
					}
				}
			}
		}
		Set<EObject> all = new LinkedHashSet<>(elements);
		for (EObject actor : actors) {
			if (all.add(actor)) {
				actor.eAllContents().forEachRemaining(all::add);
			}
		}
		return List.copyOf(all);
	}

	/** The text with each relative image path written from {@code folder} made relative to {@code routeFolder}. */
	static String rebase(String markdown, Path folder, Path routeFolder) {
		String result = markdown;
		for (String destination : PackImages.markdownImages(markdown)) {
			Path file = PackImages.resolve(destination, folder);
			if (file == null) {
				continue;
			}
			String relative = routeFolder.relativize(file).toString().replace('\\', '/');
			String encoded;
			try {
				encoded = new URI(null, null, relative, null).getRawPath();
			} catch (URISyntaxException e) {
				continue;
			}
			result = result.replace("](<" + destination + ">", "](" + encoded)
					.replace("](" + destination, "](" + encoded)
					.replace("]: " + destination, "]: " + encoded);
		}
		return result;
	}

	private Object remake(Object value) {
		if (value instanceof String text) {
			return texts.getOrDefault(text, text);
		} else if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			boolean changed = false;
			for (Object item : list) {
				Object made = remake(item);
				changed |= made != item;
				copy.add(made);
			}
			return changed ? Collections.unmodifiableList(copy) : list;
		} else if (value instanceof Record record) {
			if (remade.containsKey(record)) {
				return remade.get(record);
			}
			RecordComponent[] components = record.getClass().getRecordComponents();
			Object[] values = new Object[components.length];
			Class<?>[] types = new Class<?>[components.length];
			boolean changed = false;
			try {
				for (int i = 0; i < components.length; i++) {
					Object old = components[i].getAccessor().invoke(record);
					values[i] = remake(old);
					types[i] = components[i].getType();
					changed |= values[i] != old;
				}
				Object made = record;
				if (changed) {
					Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
					made = constructor.newInstance(values);
				}
				remade.put(record, made);
				return made;
			} catch (ReflectiveOperationException e) {
				// The view's records are ours and public: this cannot happen short of a broken build.
				throw new IllegalStateException(e);
			}
		}
		return value;
	}
}
