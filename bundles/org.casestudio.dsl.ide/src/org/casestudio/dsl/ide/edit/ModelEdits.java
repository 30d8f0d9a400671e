package org.casestudio.dsl.ide.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.model.NamedElement;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
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
 * injector of {@code CaseStudioIdeSetup}). Each call parses the text afresh, so that the change
 * never touches the caller's own model; the caller finds its element in the fresh root by URI
 * fragment or by id ({@link #find}, {@link #findById}).
 * <p>
 * Xtext's change serializer ({@link IChangeSerializer}) writes the change: it rewrites only the
 * changed region and lays it out with the language's formatter. Its replacements are then trimmed
 * to what really changes and checked: every comment of a replaced region comes back byte for byte
 * and in order (the serializer is known to lose or repeat a comment next to a changed element, and
 * to drop one after the last element of a list), and the edited text parses. An edit that fails
 * the check is refused with a reason rather than written.
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
	 * session's and the context its folder tree.
	 */
	public Result edit(ModelSession session, Consumer<EObject> change) {
		return session.read(resource -> edit(resource.getURI(), session.text(), resource.getResourceSet(), change));
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
		List<ILeafNode> comments = new ArrayList<>();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (isComment(leaf)) {
				comments.add(leaf);
			}
		}
		Set<EObject> before = new HashSet<>();
		resource.getAllContents().forEachRemaining(before::add);

		IChangeSerializer serializer = serializers.get();
		serializer.setUpdateRelatedFiles(false);
		serializer.addModification(resource, r -> change.accept(r.getContents().get(0)));
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

		// Comments inside a removed element leave with it; every other one must come back as it was.
		List<int[]> removed = new ArrayList<>();
		for (EObject element : before) {
			if (element.eResource() != resource && (element.eContainer() == null
					|| element.eContainer().eResource() == resource)) {
				INode node = NodeModelUtils.getNode(element);
				if (node != null) {
					removed.add(new int[] { node.getOffset(), node.getEndOffset() });
				}
			}
		}
		for (TextEdit edit : edits) {
			List<String> kept = new ArrayList<>();
			for (ILeafNode comment : comments) {
				if (comment.getOffset() >= edit.offset() && comment.getEndOffset() <= edit.offset() + edit.length()
						&& !inside(comment, removed)) {
					kept.add(comment.getText());
				}
			}
			if (!kept.equals(comments(edit.text()))) {
				return Result.refused(Messages.ModelEdits_CommentsChanged);
			}
		}
		return new Result(List.copyOf(edits), TextEdit.apply(text, edits), null);
	}

	private static boolean inside(ILeafNode comment, List<int[]> regions) {
		for (int[] region : regions) {
			if (comment.getOffset() > region[0] && comment.getEndOffset() < region[1]) {
				return true;
			}
		}
		return false;
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
}
