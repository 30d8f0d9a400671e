package org.casestudio.dsl.translations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casestudio.dsl.headless.AtomicFiles;
import org.casestudio.model.Translation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Writes the translator's file of a language for a route, and updates it when the route changed:
 * every translatable text of the route's folder tree is one entry, keyed by its
 * {@link TranslationKeys key}. A translator's work is never lost: an entry whose source text
 * changed keeps its translation, marked fuzzy with the text it was made from ({@code #| msgid}); an
 * entry whose text is gone is kept as obsolete ({@code #~}); a file that cannot be read is left as
 * it is. The new file replaces the old one in one atomic rename.
 */
public final class TranslationFiles {

	/** What an update did: the file and the count of its entries in each state. */
	public record Result(Path file, int texts, int translated, int outOfDate, int added, int obsolete) {
	}

	private TranslationFiles() {
	}

	/**
	 * Writes or updates {@code translations/<language>.po} for the texts of these resources (the
	 * route's folder tree, in the order given).
	 *
	 * @throws PoFile.SyntaxError when the existing file cannot be read; it is then left untouched
	 */
	public static Result update(RouteTranslations translations, String routeName, List<Resource> resources,
			String language) throws IOException, PoFile.SyntaxError {
		Path file = translations.file(language);
		PoFile old = Files.exists(file) ? PoFile.parse(Files.readAllBytes(file)) : null;
		Map<String, PoFile.Entry> previous = new LinkedHashMap<>();
		List<PoFile.Entry> obsolete = new ArrayList<>();
		if (old != null) {
			for (PoFile.Entry e : old.entries) {
				if (e.obsolete || e.context == null) {
					obsolete.add(e);
				} else {
					previous.put(e.context, e);
				}
			}
		}
		PoFile po = new PoFile();
		if (old != null && old.header != null) {
			po.header = old.header;
			po.headerComments.addAll(old.headerComments);
		} else {
			String name = java.util.Locale.forLanguageTag(language).getDisplayName(java.util.Locale.ENGLISH);
			po.headerComments.add(NLS.bind(Messages.PoHeaderComment, routeName,
					name.isEmpty() || name.equals(language) ? language : name + " (" + language + ")"));
			po.header = PoFile.newHeader(routeName, language,
					OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mmZ")));
		}
		// The texts in file order, each with its key.
		List<TranslatableTexts.Text> all = new ArrayList<>();
		List<Resource> owners = new ArrayList<>();
		for (Resource resource : resources) {
			for (EObject content : resource.getContents()) {
				for (TranslatableTexts.Text text : translations.texts().allTexts(content)) {
					all.add(text);
					owners.add(resource);
				}
			}
		}
		List<String> keys = all.stream().map(t -> TranslationKeys.key(t.owner(), t.feature(), t.index())).toList();
		PoFile.Entry[] matched = new PoFile.Entry[all.size()];
		// 1. Same key, same text: the entry stays as the translator left it.
		for (int i = 0; i < all.size(); i++) {
			PoFile.Entry e = previous.get(keys.get(i));
			if (e != null && e.id.equals(all.get(i).value())) {
				matched[i] = previous.remove(keys.get(i));
			}
		}
		// 2. An item of a list that moved (a lesson added before it): same list, same text.
		for (int i = 0; i < all.size(); i++) {
			if (matched[i] == null) {
				String list = withoutIndex(keys.get(i));
				String value = all.get(i).value();
				for (PoFile.Entry e : previous.values()) {
					if (e.id.equals(value) && withoutIndex(e.context).equals(list) && !list.equals(e.context)) {
						matched[i] = previous.remove(e.context);
						matched[i].context = keys.get(i);
						break;
					}
				}
			}
		}
		int translated = 0;
		int outOfDate = 0;
		int added = 0;
		Path root = file.getParent().getParent();
		for (int i = 0; i < all.size(); i++) {
			TranslatableTexts.Text text = all.get(i);
			String key = keys.get(i);
			PoFile.Entry entry = matched[i];
			// 3. Same key, another text: the source text changed.
			if (entry == null) {
				entry = previous.remove(key);
			}
			if (entry == null) {
				entry = revive(obsolete, key);
			}
			if (entry == null) {
				entry = new PoFile.Entry();
				entry.context = key;
				entry.id = text.value();
				added++;
			} else if (!entry.id.equals(text.value())) {
				if (!entry.translation.isEmpty()) {
					// gettext's msgmerge keeps the oldest text the translation was made from.
					entry.fuzzy = true;
					if (entry.previousId == null) {
						entry.previousId = entry.id;
					}
				}
				entry.id = text.value();
			}
			Translation inLanguage = translations.inLanguage(text.owner(), text.feature(), text.index(), language);
			entry.notes.clear();
			if (entry.translation.isEmpty() && inLanguage != null && translations
					.lookup(text.owner(), text.feature(), text.index(), text.value(), language)
					.status() == RouteTranslations.Status.CURRENT) {
				entry.translation = inLanguage.getText();
			}
			if (inLanguage != null) {
				entry.notes.add(Messages.PoNoteInLanguage);
			}
			entry.references.clear();
			entry.references.add(reference(root, owners.get(i), text));
			if (entry.isTranslated()) {
				translated++;
			} else if (entry.fuzzy) {
				outOfDate++;
			}
			po.entries.add(entry);
		}
		for (PoFile.Entry gone : previous.values()) {
			if (!gone.translation.isEmpty()) {
				gone.obsolete = true;
				obsolete.add(gone);
			}
		}
		po.entries.addAll(obsolete);
		Files.createDirectories(file.getParent());
		AtomicFiles.write(file, po.write().getBytes(StandardCharsets.UTF_8));
		return new Result(file, po.entries.size() - obsolete.size(), translated, outOfDate, added, obsolete.size());
	}

	/** The key of the list an item belongs to: {@code case coffee/lessons[2]} gives {@code case coffee/lessons}. */
	private static String withoutIndex(String key) {
		return key.endsWith("]") && key.lastIndexOf('[') > key.lastIndexOf('/') ? key.substring(0, key.lastIndexOf('['))
				: key;
	}

	/** An obsolete entry whose text came back: its translation is kept for the translator to check. */
	private static PoFile.Entry revive(List<PoFile.Entry> obsolete, String key) {
		for (PoFile.Entry e : obsolete) {
			if (key.equals(e.context)) {
				obsolete.remove(e);
				e.obsolete = false;
				return e;
			}
		}
		return null;
	}

	/** Where the text is written, as gettext's tools show it: the file, relative to the folder tree, and the line. */
	private static String reference(Path root, Resource resource, TranslatableTexts.Text text) {
		String name = resource.getURI().lastSegment();
		if (resource.getURI().isFile()) {
			name = root.relativize(Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize()).toString();
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(text.owner(), text.feature());
		int at = Math.max(0, text.index());
		INode node = at < nodes.size() ? nodes.get(at) : NodeModelUtils.getNode(text.owner());
		return node == null ? name : name.replace(' ', '_') + ":" + node.getStartLine();
	}
}
