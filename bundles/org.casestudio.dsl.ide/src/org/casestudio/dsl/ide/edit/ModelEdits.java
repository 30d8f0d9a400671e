package org.casestudio.dsl.ide.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.casestudio.dsl.translations.Fingerprint;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.dsl.translations.TranslatableTexts;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.NamedElement;
import org.casestudio.model.Translation;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Turns a change of the model into the smallest text edits that express it: what a form editor
 * calls so that an edit in a form reaches the one document underneath as a text edit, with the
 * undo history, comments and layout of the text intact.
 * <p>
 * Obtained from the language's ide injector ({@code injector.getInstance(ModelEdits.class)}, the
 * injector of {@code CaseStudioIdeSetup}, e.g. {@code session.injector()}). The change is given the
 * root of a parse of the text, never the caller's own objects: the caller finds its element there
 * by URI fragment or by id ({@link #find}, {@link #findById}). It may be called more than once for
 * one edit (see {@link #edit(ModelSession, Consumer)}), so it must depend only on the root it is
 * given.
 * <p>
 * New values of existing values are written in place of the old value's text, and one step of a
 * list (an element added, removed or moved, a value of a list of values replaced) as lines of their
 * own between the element's neighbours (see ListEdits): both straight from a parse of the text, in
 * time that does not grow with the file. Any other change is written by Xtext's change serializer ({@link IChangeSerializer}) with the language's formatter,
 * and its output is read for its tokens alone (see TokenMerge): the old text stays wherever the
 * tokens agree, so that comments, blank lines and indentation around the change are the author's.
 * The result is checked before it is returned: every comment of the changed region is still there,
 * byte for byte and in order, the text reads as the intended tokens, and it parses; otherwise the
 * edit is refused with a reason rather than written. Line ends (CRLF), a byte order mark and the
 * file's unit of indentation are kept.
 */
public final class ModelEdits {

	@Inject
	private Provider<IChangeSerializer> serializers;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private Provider<XtextResource> resources;

	@Inject
	@Named(LexerBindings.RUNTIME)
	private Provider<Lexer> lexers;

	@Inject
	private IValueConverterService converters;

	@Inject
	private ICrossReferenceSerializer crossReferences;

	@Inject
	private TranslatableTexts translatable;

	@Inject
	private ISerializer serializer;

	@Inject
	private IParser parser;

	/**
	 * The outcome of an edit: the edits of the caller's text and the text they make, or the reason
	 * for a refusal (then no edits and no text).
	 */
	public record Result(List<TextEdit> edits, String newText, String refusal) {

		public static Result refused(String reason) {
			return new Result(List.of(), null, reason);
		}

		public boolean isRefused() {
			return refusal != null;
		}

		/** The edits that turn {@link #newText()} back into the given text, the one edited. */
		public List<TextEdit> inverse(String oldText) {
			return ModelEdits.inverse(oldText, edits);
		}
	}

	/**
	 * Parses text as the file uri, in the folder tree held by context (a resource set with the
	 * tree's other files loaded, so that references resolve; may be null), applies change to the
	 * parsed root, and returns the edits of text that express the change, the changed region laid
	 * out by the language's formatter alone. A text with syntax errors is refused: no edit is made
	 * through a broken tree. References set in change must target elements of context or of the
	 * root's own resource. The caller holds whatever lock guards context (see
	 * {@link #edit(ModelSession, Consumer)} for an editor's session).
	 */
	public Result edit(URI uri, String text, ResourceSet context, Consumer<EObject> change) {
		// A byte order mark is no part of the language: parsed without it, put back by the offsets.
		int bom = text.startsWith("\uFEFF") ? 1 : 0;
		String body = text.substring(bom);
		ResourceSet set = context != null ? context : resourceSets.get();
		// The caller's own parse of the file may be in context: the fresh one takes a name beside it,
		// so that the other files' references keep resolving to the caller's.
		URI parseUri = context != null && context.getResource(uri, false) != null ? besides(uri) : uri;
		XtextResource resource = resources.get();
		resource.setURI(parseUri);
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			String refusal = refusal(resource);
			if (refusal != null) {
				return Result.refused(refusal);
			}
			EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
			// Written straight from this parse where it can be (new values, one step of a list).
			Result direct = inPlace(resource, text, change);
			if (direct != null) {
				return new Result(direct.edits().stream()
						.map(e -> new TextEdit(uri, e.offset(), e.length(), e.text())).toList(), direct.newText(), null);
			}
			Result result = change(resource, body, change);
			if (result.isRefused()) {
				return result;
			}
			List<TextEdit> edits = result.edits().stream()
					.map(e -> new TextEdit(uri, e.offset() + bom, e.length(), e.text())).toList();
			return new Result(edits, text.substring(0, bom) + result.newText(), null);
		} catch (IOException e) {
			// Parsing from a string does no I/O; the exception type is only the API's.
			throw new IllegalStateException(e);
		} finally {
			set.getResources().remove(resource);
		}
	}

	/**
	 * The same, on the file of an editor's session, under the session's lock: the text is the
	 * session's and the context its folder tree. A change that only gives values a new value (a field
	 * typed in, a table cell, a reference chosen, a Markdown text) is written straight from the
	 * session's own parse, without parsing the text again, and the session's model is put back as
	 * its text says; any other change is then made again on a fresh parse as above (the change runs
	 * twice). The session is not updated: the editor applies the edits to its document, whose change
	 * reaches the session as any typing does.
	 */
	public Result edit(ModelSession session, Consumer<EObject> change) {
		return session.read(resource -> {
			String text = session.text();
			Result inPlace = inPlace(resource, text, change);
			return inPlace != null ? inPlace : edit(resource.getURI(), text, resource.getResourceSet(), change);
		});
	}

	/**
	 * The change written as new values in place of old ones, or as one step of a list, found on the
	 * parse of text it is given (whose model is put back afterwards); null when the change is more than
	 * that (a value added where there was none, cleared, an id renamed, a list changed otherwise) or
	 * the parse is not of this text.
	 */
	private Result inPlace(XtextResource resource, String text, Consumer<EObject> change) {
		IParseResult parse = resource.getParseResult();
		int bom = text.startsWith("\uFEFF") ? 1 : 0;
		if (parse == null || parse.hasSyntaxErrors() || parse.getRootASTElement() == null
				|| !parse.getRootNode().getText().equals(text.substring(bom))) {
			return null;
		}
		ChangeRecorder recorder = new ChangeRecorder(resource);
		ChangeDescription description;
		try {
			change.accept(parse.getRootASTElement());
		} finally {
			description = recorder.endRecording();
			// Ending leaves the recorder on every object of the model; the model outlives this edit
			// when the session takes the new text without reparsing (a token's new value), and each
			// later unload took them off one by one from the recorder's list (quadratic in the model).
			recorder.dispose();
		}
		try {
			return replacements(resource.getURI(), text, bom, description);
		} finally {
			// The session's model is its text's: the editor applies the edits, and the session reparses.
			description.apply();
		}
	}

	private Result replacements(URI uri, String text, int bom, ChangeDescription description) {
		ListEdits.Replacement list = new ListEdits(serializer, parser, converters, lexers.get())
				.edit(text.substring(bom), description);
		if (list != null) {
			TextEdit edit = trimmed(uri, text, list.offset() + bom, list.length(), list.text());
			List<TextEdit> edits = edit == null ? List.of() : List.of(edit);
			return new Result(edits, TextEdit.apply(text, edits), null);
		}
		if (!description.getObjectsToAttach().isEmpty() || !description.getObjectsToDetach().isEmpty()
				|| !description.getResourceChanges().isEmpty()) {
			return null;
		}
		List<TextEdit> edits = new ArrayList<>();
		for (Map.Entry<EObject, EList<FeatureChange>> entry : description.getObjectChanges()) {
			EObject object = entry.getKey();
			for (FeatureChange featureChange : entry.getValue()) {
				EStructuralFeature feature = featureChange.getFeature();
				if (feature.isMany() || (feature instanceof EReference reference && reference.isContainment())
						|| feature == CaseStudioPackage.Literals.NAMED_ELEMENT__NAME) {
					return null;
				}
				Object value = object.eGet(feature);
				List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
				if (value == null || nodes.size() != 1) {
					return null;
				}
				INode node = nodes.get(0);
				String written = written(object, node, value, text, bom);
				if (written == null || !comments(node.getText()).isEmpty()) {
					return null;
				}
				TextEdit edit = trimmed(uri, text, node.getOffset() + bom, node.getLength(), written);
				if (edit != null) {
					edits.add(edit);
				}
			}
		}
		edits.sort(Comparator.comparingInt(TextEdit::offset));
		return new Result(List.copyOf(edits), TextEdit.apply(text, edits), null);
	}

	/** The text of a value as the grammar writes it where the node stands; null if not a plain value. */
	private String written(EObject object, INode node, Object value, String text, int bom) {
		EObject grammar = node.getGrammarElement();
		CrossReference crossReference = grammar instanceof CrossReference reference ? reference
				: grammar != null && grammar.eContainer() instanceof CrossReference reference ? reference : null;
		try {
			if (crossReference != null) {
				return crossReferences.serializeCrossRef(object, crossReference, (EObject) value, null, null);
			}
			if (!(grammar instanceof RuleCall call)) {
				return null;
			}
			if (call.getRule() instanceof EnumRule rule) {
				for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
					if (literal.getEnumLiteral().getInstance() == value) {
						return literal.getLiteral().getValue();
					}
				}
				return null;
			}
			String written = converters.toString(value, call.getRule().getName());
			if (written == null || !written.startsWith("\"\"\"")) {
				return written;
			}
			// A Markdown block, indented one level under its clause and with the file's line ends.
			int offset = node.getOffset() + bom;
			int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
			int indentEnd = lineStart;
			while (indentEnd < offset && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
				indentEnd++;
			}
			String block = TokenMerge.indentedBlock(written, text.substring(lineStart, indentEnd) + indentUnit(text));
			return withSeparator(block, text.contains("\r\n") ? "\r\n" : "\n");
		} catch (RuntimeException e) {
			// No way to write this value here (a reference out of scope...): the serializer decides.
			return null;
		}
	}

	/** The element of root's resource at the URI fragment (as {@code EcoreUtil.getURI(e).fragment()} gives it). */
	public static EObject find(EObject root, String uriFragment) {
		Resource resource = root.eResource();
		return resource == null ? null : resource.getEObject(uriFragment);
	}

	/** The URI fragment by which {@link #find} finds the element again in another parse of its file. */
	public static String fragment(EObject element) {
		return element.eResource().getURIFragment(element);
	}

	/** The first element under root (root included) of the given type that has the id, or null. */
	public static <T extends NamedElement> T findById(EObject root, Class<T> type, String id) {
		if (type.isInstance(root) && id.equals(((NamedElement) root).getName())) {
			return type.cast(root);
		}
		for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
			EObject next = all.next();
			if (type.isInstance(next) && id.equals(((NamedElement) next).getName())) {
				return type.cast(next);
			}
		}
		return null;
	}

	/** The edits that undo the given ones: applied to the edited text, they give oldText back. */
	public static List<TextEdit> inverse(String oldText, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(TextEdit::offset));
		List<TextEdit> inverse = new ArrayList<>();
		int shift = 0;
		for (TextEdit edit : sorted) {
			inverse.add(new TextEdit(edit.uri(), edit.offset() + shift, edit.text().length(),
					oldText.substring(edit.offset(), edit.offset() + edit.length())));
			shift += edit.text().length() - edit.length();
		}
		return inverse;
	}

	private static URI besides(URI uri) {
		return uri.trimSegments(1).appendSegment(".edited." + uri.lastSegment());
	}

	/** Why the parsed text cannot be edited through its model, or null when it can. */
	private static String refusal(XtextResource resource) {
		IParseResult parse = resource.getParseResult();
		if (parse == null || parse.getRootASTElement() == null) {
			return Messages.ModelEdits_NoRoot;
		}
		if (parse.hasSyntaxErrors()) {
			INode error = parse.getSyntaxErrors().iterator().next();
			return NLS.bind(Messages.ModelEdits_SyntaxError, error.getStartLine(),
					error.getSyntaxErrorMessage().getMessage());
		}
		return null;
	}

	/** Applies the change to the parsed resource and writes it as checked edits of text. */
	private Result change(XtextResource resource, String text, Consumer<EObject> change) {
		ICompositeNode root = resource.getParseResult().getRootNode();
		IChangeSerializer serializer = serializers.get();
		serializer.setUpdateRelatedFiles(false);
		Watched[] watched = new Watched[1];
		List<String> translationsMeant = new ArrayList<>();
		serializer.addModification(resource, r -> {
			EObject parsed = r.getContents().get(0);
			Map<Translation, Object> translated = translatedTexts(parsed);
			watched[0] = changeWatchingMoves(parsed, change);
			translationsMeant.addAll(keepTranslationsOfKeptTexts(translated));
		});
		List<ITextReplacement> replacements = new ArrayList<>();
		try {
			serializer.applyModifications(c -> {
				if (c instanceof ITextDocumentChange document && document.getResource() == resource) {
					replacements.addAll(document.getReplacements());
				}
			});
		} catch (RuntimeException e) {
			// The serializer found no way to write the changed model (a required value cleared...).
			return Result.refused(NLS.bind(Messages.ModelEdits_Failed, String.valueOf(e.getMessage())));
		}

		String separator = text.contains("\r\n") ? "\r\n" : "\n";
		List<TextEdit> edits = new ArrayList<>();
		for (ITextReplacement replacement : replacements) {
			TextEdit edit = trimmed(resource.getURI(), text, replacement.getOffset(), replacement.getLength(),
					withSeparator(replacement.getReplacementText(), separator));
			if (edit != null) {
				edits.add(edit);
			}
		}
		edits.sort(Comparator.comparingInt(TextEdit::offset));

		if (edits.isEmpty()) {
			return new Result(List.of(), text, null);
		}

		// The serializer's text for the region it changed, read for its tokens alone (see TokenMerge).
		int from = edits.get(0).offset();
		int to = from;
		for (TextEdit edit : edits) {
			to = Math.max(to, edit.offset() + edit.length());
		}
		int regionStart = 0;
		int regionEnd = text.length();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				if (leaf.getEndOffset() <= from) {
					regionStart = leaf.getOffset();
				} else if (leaf.getOffset() >= to) {
					regionEnd = leaf.getEndOffset();
					break;
				}
			}
		}
		String serialized = TextEdit.apply(text, edits);
		int growth = serialized.length() - text.length();
		String oldRegion = text.substring(regionStart, regionEnd);
		String newRegion = serialized.substring(regionStart, regionEnd + growth);
		Lexer lexer = lexers.get();
		int lineStart = text.lastIndexOf('\n', regionStart - 1) + 1;
		int indentEnd = lineStart;
		while (indentEnd < regionStart && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
			indentEnd++;
		}
		TokenMerge.Merged merged = TokenMerge.merge(lexer, oldRegion, newRegion, text.substring(lineStart, indentEnd),
				indentUnit(text), !watched[0].moves());
		// Written back only if it reads as the tokens meant and keeps every comment in order.
		if (!TokenMerge.tokensOf(lexer, merged.text()).equals(merged.tokens())
				|| !comments(oldRegion).equals(comments(merged.text()))) {
			return Result.refused(Messages.ModelEdits_CommentsChanged);
		}
		TextEdit edit = trimmed(uri(resource), text, regionStart, regionEnd - regionStart, merged.text());
		if (edit == null) {
			return new Result(List.of(), text, null);
		}
		edit = afterPrevious(edit, text, watched[0].added());
		// The edited text must parse: the fresh resource, no longer needed, reparses the region alone.
		resource.update(edit.offset(), edit.length(), edit.text());
		if (resource.getParseResult().hasSyntaxErrors()) {
			return Result.refused(NLS.bind(Messages.ModelEdits_Failed,
					resource.getParseResult().getSyntaxErrors().iterator().next().getSyntaxErrorMessage().getMessage()));
		}
		// A translation belongs to the text written right before it: the serializer does not know
		// that, so the new text must still put each translation after the text it translates.
		if (!translationsMeant.equals(translationsRead(resource.getParseResult().getRootASTElement()))) {
			return Result.refused(Messages.ModelEdits_TranslationsMoved);
		}
		return new Result(List.of(edit), TextEdit.apply(text, List.of(edit)), null);
	}

	/**
	 * Each translation of the parsed model with the text it translates, read from the node model
	 * before the change: the text's own string object, which a list keeps when it moves.
	 */
	private Map<Translation, Object> translatedTexts(EObject root) {
		Map<Translation, Object> texts = new LinkedHashMap<>();
		for (var all = EcoreUtil.<EObject>getAllContents(List.of(root)); all.hasNext();) {
			EObject element = all.next();
			translatable.targets(element).forEach((translation, target) -> {
				Object value = element.eGet(target.getFirst());
				texts.put(translation, target.getFirst().isMany()
						? new TranslatedItem(element, target.getFirst(), ((List<?>) value).get(target.getSecond()))
						: new TranslatedItem(element, target.getFirst(), null));
			});
		}
		return texts;
	}

	/** A translated text: a single value of its element, or one item of a list (by identity). */
	private record TranslatedItem(EObject owner, EAttribute feature, Object item) {

		/** The text now, or null when the change took it away. */
		String textNow() {
			Object value = owner.eGet(feature);
			if (!feature.isMany()) {
				return owner.eIsSet(feature) ? (String) value : null;
			}
			for (Object each : (List<?>) value) {
				if (each == item) {
					return (String) each;
				}
			}
			return null;
		}
	}

	/**
	 * After the change: a translation whose text was cleared or removed goes with it (a form that
	 * clears a text clears its translations); the others are returned as what the new text must say.
	 */
	private static List<String> keepTranslationsOfKeptTexts(Map<Translation, Object> translated) {
		List<String> meant = new ArrayList<>();
		translated.forEach((translation, target) -> {
			String text = ((TranslatedItem) target).textNow();
			if (text == null) {
				EcoreUtil.remove(translation);
			} else if (translation.eContainer() != null) {
				meant.add(describe(translation, text));
			}
		});
		meant.sort(null);
		return meant;
	}

	/** Each translation of the reparsed text with the text it follows there. */
	private List<String> translationsRead(EObject root) {
		List<String> read = new ArrayList<>();
		for (var all = EcoreUtil.<EObject>getAllContents(List.of(root)); all.hasNext();) {
			EObject element = all.next();
			translatable.targets(element).forEach((translation, target) -> {
				Object value = element.eGet(target.getFirst());
				Object text = target.getFirst().isMany() ? ((List<?>) value).get(target.getSecond()) : value;
				read.add(describe(translation, (String) text));
			});
		}
		read.sort(null);
		return read;
	}

	private static String describe(Translation translation, String text) {
		return String.join("\u0000", translation.getLanguage(), translation.getText(),
				String.valueOf(translation.getFingerprint()), text);
	}

	/** What a change did: whether it moved anything, and the one value it added if that is all it did. */
	private record Watched(boolean moves, Notification added) {
	}

	/**
	 * Applies the change and tells whether it moved anything: an element moved in its list, or a list
	 * that lost and gained values (a move done as a removal and an addition). Such a change is what
	 * it is; a change without moves lets the serializer's own re-placing of lines be undone.
	 */
	private static Watched changeWatchingMoves(EObject root, Consumer<EObject> change) {
		Set<Object> removedFrom = new HashSet<>();
		Set<Object> addedTo = new HashSet<>();
		boolean[] moved = new boolean[1];
		List<Notification> changes = new ArrayList<>();
		EContentAdapter watch = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				Object list = List.of(notification.getNotifier(), String.valueOf(notification.getFeature()));
				switch (notification.getEventType()) {
				case Notification.MOVE -> moved[0] = true;
				case Notification.ADD, Notification.ADD_MANY -> addedTo.add(list);
				case Notification.REMOVE, Notification.REMOVE_MANY -> removedFrom.add(list);
				default -> {
					// Values set or cleared move nothing.
				}
				}
				if (notification.getEventType() != Notification.RESOLVE
						&& notification.getEventType() != Notification.REMOVING_ADAPTER && !notification.isTouch()) {
					changes.add(notification);
				}
			}
		};
		root.eAdapters().add(watch);
		try {
			change.accept(root);
		} finally {
			root.eAdapters().remove(watch);
		}
		removedFrom.retainAll(addedTo);
		Notification added = changes.size() == 1 && changes.get(0).getEventType() == Notification.ADD
				&& changes.get(0).getNotifier() instanceof EObject ? changes.get(0) : null;
		return new Watched(moved[0] || !removedFrom.isEmpty(), added);
	}

	/**
	 * The lines of a value added to a list, right after the line of the value before it. Xtext's
	 * serializer writes a value added after the last of its list after every other clause of the
	 * element (a lesson after the discussion questions, an objective after the sources), since it
	 * fills the places the list's old values held and writes the rest at the end. The author wrote
	 * the list's values together; the new one joins them.
	 */
	private TextEdit afterPrevious(TextEdit edit, String text, Notification added) {
		if (added == null || edit.length() != 0 || added.getPosition() <= 0
				|| !(added.getFeature() instanceof EStructuralFeature feature)) {
			return edit;
		}
		EObject container = (EObject) added.getNotifier();
		INode previous;
		if (feature instanceof EReference reference && reference.isContainment()) {
			previous = NodeModelUtils.getNode((EObject) ((List<?>) container.eGet(feature)).get(added.getPosition() - 1));
		} else {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(container, feature);
			previous = added.getPosition() - 1 < nodes.size() ? nodes.get(added.getPosition() - 1) : null;
		}
		if (previous == null) {
			return edit;
		}
		// After the previous value's line, a comment at its end included; nothing else may share it.
		int end = previous.getEndOffset();
		int lineEnd = text.indexOf('\n', end);
		if (lineEnd < 0 || !text.substring(end, lineEnd).replaceAll("//.*|/\\*.*?\\*/", "").isBlank()) {
			return edit;
		}
		String block = wholeLines(edit, text);
		if (block == null || !comments(block).isEmpty()) {
			return edit;
		}
		// One blank line at most before it, as the formatter lays blocks out.
		String separator = block.startsWith("\r\n") ? "\r\n" : "\n";
		while (block.startsWith(separator + separator)) {
			block = block.substring(separator.length());
		}
		return new TextEdit(edit.uri(), lineEnd + 1, 0, block);
	}

	/** The inserted text as whole lines (the edit moved to start at a line start), or null. */
	private String wholeLines(TextEdit edit, String text) {
		String inserted = edit.text();
		Lexer lexer = lexers.get();
		List<String> tokens = TokenMerge.tokensOf(lexer, inserted);
		int offset = edit.offset();
		for (int shift = -inserted.length(); shift <= inserted.length(); shift++) {
			int at = offset + shift;
			if (at < 0 || at > text.length() || (at > 0 && text.charAt(at - 1) != '\n')) {
				continue;
			}
			// The same text, inserted |shift| characters earlier or later.
			String rotated;
			if (shift <= 0 && text.substring(at, offset).equals(inserted.substring(inserted.length() + shift))) {
				rotated = text.substring(at, offset) + inserted.substring(0, inserted.length() + shift);
			} else if (shift > 0 && at <= text.length() && text.substring(offset, at).equals(inserted.substring(0, shift))) {
				rotated = inserted.substring(shift) + text.substring(offset, at);
			} else {
				continue;
			}
			// The same tokens: a block that starts and ends alike rotates into another one in place.
			if (rotated.endsWith("\n") && TokenMerge.tokensOf(lexer, rotated).equals(tokens)) {
				return rotated;
			}
		}
		return null;
	}

	/** The file's unit of indentation: the first indented line's spaces, or a tab. */
	static String indentUnit(String text) {
		int k = 0;
		while ((k = text.indexOf('\n', k) + 1) > 0 && k < text.length()) {
			int end = k;
			while (end < text.length() && text.charAt(end) == ' ') {
				end++;
			}
			char next = end < text.length() ? text.charAt(end) : '\n';
			if (text.charAt(k) == '\t') {
				return "\t";
			}
			if (end > k && next != '\n' && next != '\r' && next != '\t') {
				return text.substring(k, end);
			}
		}
		return "\t";
	}

	private static URI uri(XtextResource resource) {
		return resource.getURI();
	}

	/** The replacement without the text it leaves as it was at either end; null when it changes nothing. */
	private static TextEdit trimmed(URI uri, String text, int offset, int length, String replacement) {
		int prefix = 0;
		int max = Math.min(length, replacement.length());
		while (prefix < max && text.charAt(offset + prefix) == replacement.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& text.charAt(offset + length - 1 - suffix) == replacement.charAt(replacement.length() - 1 - suffix)) {
			suffix++;
		}
		if (prefix + suffix == length && length == replacement.length()) {
			return null;
		}
		return new TextEdit(uri, offset + prefix, length - prefix - suffix,
				replacement.substring(prefix, replacement.length() - suffix));
	}

	/** New lines as the file writes them: the formatter writes a line feed alone. */
	private static String withSeparator(String replacement, String separator) {
		if (separator.equals("\n")) {
			return replacement;
		}
		return replacement.replace("\r\n", "\n").replace("\n", separator);
	}

	private static boolean isComment(ILeafNode leaf) {
		return leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule
				&& rule.getName().endsWith("_COMMENT");
	}

	/** The comments in a piece of text, as the language's lexer reads them. */
	private List<String> comments(String text) {
		List<String> found = new ArrayList<>();
		if (!text.contains("//") && !text.contains("/*")) {
			return found;
		}
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			String value = token.getText();
			if (value != null && (value.startsWith("//") || value.startsWith("/*"))) {
				found.add(value);
			}
		}
		return found;
	}

	/**
	 * Adds a translation of a text into a language, with the fingerprint of the text as it is now.
	 * Written right after the text and the text's other translations, on a line of its own when the
	 * text ends its line (after a comment that ends it), else after it on the same line. Not left to
	 * the serializer: a translation belongs to the text written right before it, which the
	 * serializer does not know. {@code owner} finds the text's element in a parse of the session's
	 * text; {@code index} is the text's place in its list, -1 for a single value. Refused when there
	 * is no such text, it has a translation into the language already, or the new text would not
	 * read as the same translations plus this one.
	 */
	public Result translate(ModelSession session, Function<EObject, EObject> owner, EAttribute feature, int index,
			String language, String translation) {
		return onElement(session, owner, (resource, text, shift, element) -> {
			List<INode> nodes = element == null ? List.of() : NodeModelUtils.findNodesForFeature(element, feature);
			int at = Math.max(index, 0);
			if (element == null || at >= nodes.size() || !translatable.features(element.eClass()).contains(feature)
					|| translation == null || translation.isBlank()) {
				return Result.refused(Messages.ModelEdits_NotTranslatable);
			}
			Object value = feature.isMany() ? ((List<?>) element.eGet(feature)).get(at) : element.eGet(feature);
			INode after = nodes.get(at);
			boolean afterTranslation = false;
			for (var target : translatable.targets(element).entrySet()) {
				if (target.getValue().getFirst() == feature && target.getValue().getSecond() == index) {
					if (RouteTranslations.same(target.getKey().getLanguage(), language)) {
						return Result.refused(NLS.bind(Messages.ModelEdits_AlreadyTranslated, language));
					}
					INode node = NodeModelUtils.getNode(target.getKey());
					if (node != null && end(node) > end(after)) {
						after = node;
						afterTranslation = true;
					}
				}
			}
			int end = end(after) + shift;
			int lineEnd = text.indexOf('\n', end);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String rest = text.substring(end, lineEnd);
			String indent = lineIndent(text, after.getOffset() + shift) + (afterTranslation ? "" : indentUnit(text));
			String written = converters.toString(translation, "Text");
			if (written.startsWith("\"\"\"")) {
				written = TokenMerge.indentedBlock(written, indent + indentUnit(text));
			}
			String separator = text.contains("\r\n") ? "\r\n" : "\n";
			String fingerprint = Fingerprint.of(String.valueOf(value));
			written = withSeparator(language + " " + written + " " + converters.toString(fingerprint, "FINGERPRINT"),
					separator);
			TextEdit edit;
			if (rest.replaceAll("//.*|/\\*.*?\\*/", "").isBlank()) {
				int lineContentEnd = rest.endsWith("\r") ? lineEnd - 1 : lineEnd;
				edit = new TextEdit(resource.getURI(), lineContentEnd, 0, separator + indent + written);
			} else {
				edit = new TextEdit(resource.getURI(), end, 0, " " + written);
			}
			List<String> meant = translationsOf(element);
			meant.add(translationOf(language, translation, fingerprint, feature, index));
			return checked(resource, text, edit, fragment(element), meant);
		});
	}

	/**
	 * Removes the translation of a text into a language that is written beside it, with the line it
	 * stands on when it stands alone there; the other translations stay where they are (the
	 * serializer would write the element's translations anew). Refused when there is none, or the
	 * new text would not read as the same translations less this one.
	 */
	public Result removeTranslation(ModelSession session, Function<EObject, EObject> owner, EAttribute feature,
			int index, String language) {
		return onElement(session, owner, (resource, text, shift, element) -> {
			Translation translation = null;
			for (var target : element == null ? List.<Map.Entry<Translation, org.eclipse.xtext.util.Pair<EAttribute, Integer>>>of()
					: translatable.targets(element).entrySet()) {
				if (target.getValue().getFirst() == feature && target.getValue().getSecond() == index
						&& RouteTranslations.same(target.getKey().getLanguage(), language)) {
					translation = target.getKey();
				}
			}
			INode node = translation == null ? null : NodeModelUtils.getNode(translation);
			if (node == null) {
				return Result.refused(Messages.ModelEdits_NotTranslatable);
			}
			int start = node.getOffset() + shift;
			int end = end(node) + shift;
			int lineStart = text.lastIndexOf('\n', start - 1) + 1;
			int lineEnd = text.indexOf('\n', end);
			TextEdit edit;
			if (lineEnd >= 0 && text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
				edit = new TextEdit(resource.getURI(), lineStart, lineEnd + 1 - lineStart, "");
			} else {
				int from = start;
				while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
					from--;
				}
				edit = new TextEdit(resource.getURI(), from, end - from, "");
			}
			List<String> meant = translationsOf(element);
			meant.remove(translationOf(translation.getLanguage(), translation.getText(), translation.getFingerprint(), feature,
					index));
			return checked(resource, text, edit, fragment(element), meant);
		});
	}

	/**
	 * Where the session's parse stands in its text: after a byte order mark (1) or from the start (0,
	 * when the parse holds the mark too); -1 when the parse is not of this text.
	 */
	/** What a translation edit does with the session's parse, its text and the text's element. */
	private interface ElementEdit {
		Result apply(XtextResource resource, String text, int shift, EObject element);
	}

	/**
	 * Runs {@code edit} on the session's parse unless it is refused: {@code shift} is where the parse
	 * lies in the text (its byte order mark), {@code element} what {@code owner} finds in it, or null.
	 */
	private static Result onElement(ModelSession session, Function<EObject, EObject> owner, ElementEdit edit) {
		return session.read(resource -> {
			String text = session.text();
			String refusal = refusal(resource);
			if (refusal != null) {
				return Result.refused(refusal);
			}
			IParseResult parse = resource.getParseResult();
			int shift = shift(parse, text);
			EObject element = shift < 0 ? null : owner.apply(parse.getRootASTElement());
			return edit.apply(resource, text, shift, element);
		});
	}

	private static int shift(IParseResult parse, String text) {
		String parsed = parse.getRootNode().getText();
		int bom = text.startsWith("\uFEFF") ? 1 : 0;
		return parsed.equals(text.substring(bom)) ? bom : parsed.equals(text) ? 0 : -1;
	}

	/** The translations of an element, each with the text it translates, sorted. */
	private List<String> translationsOf(EObject element) {
		List<String> described = new ArrayList<>();
		translatable.targets(element).forEach((t, target) -> described.add(
				translationOf(t.getLanguage(), t.getText(), t.getFingerprint(), target.getFirst(), target.getSecond())));
		described.sort(null);
		return described;
	}

	private static String translationOf(String language, String text, String fingerprint, EAttribute feature, int index) {
		return String.join("\u0000", language, text, String.valueOf(fingerprint), feature.getName(),
				String.valueOf(index));
	}

	/**
	 * The edit as a result, if the text it makes parses and the element at the fragment then has
	 * the translations meant (else refused): a translation must stay with the text it translates.
	 */
	private Result checked(XtextResource resource, String text, TextEdit edit, String fragment, List<String> meant) {
		int bom = text.startsWith("\uFEFF") ? 1 : 0;
		String newText = TextEdit.apply(text, List.of(edit));
		ResourceSet set = resource.getResourceSet() != null ? resource.getResourceSet() : resourceSets.get();
		XtextResource fresh = resources.get();
		fresh.setURI(besides(resource.getURI()));
		set.getResources().add(fresh);
		try {
			fresh.load(new ByteArrayInputStream(newText.substring(bom).getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			String refusal = refusal(fresh);
			if (refusal != null) {
				return Result.refused(NLS.bind(Messages.ModelEdits_Failed, refusal));
			}
			EObject again = fresh.getEObject(fragment);
			meant.sort(null);
			return again != null && translationsOf(again).equals(meant) ? new Result(List.of(edit), newText, null)
					: Result.refused(Messages.ModelEdits_TranslationsMoved);
		} catch (IOException e) {
			// Parsing from a string does no I/O; the exception type is only the API's.
			throw new IllegalStateException(e);
		} finally {
			set.getResources().remove(fresh);
		}
	}

	/** Where a node's last token ends (hidden tokens after it are not the node's). */
	private static int end(INode node) {
		int end = node.getOffset();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				end = leaf.getEndOffset();
			}
		}
		return end;
	}

	/** The blanks that start the line holding the offset. */
	private static String lineIndent(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int indentEnd = lineStart;
		while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
			indentEnd++;
		}
		return text.substring(lineStart, indentEnd);
	}
}
