package org.casestudio.dsl.ide.editor;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.impl.LeafNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * A change inside one token whose value the model holds (a string, a date, a number assigned to a
 * feature: the theme typed in a form, a title typed in the text) brought into the model without
 * the parser. Xtext's partial parser reparses the smallest rule around a change, and for a clause of
 * the route itself that is the whole route: 80-100 ms on a 5,000-line route for a new theme.
 * <p>
 * The token is taken alone only when the parse could not differ but for its value: the text lexes,
 * from the token before to the token after, into the same kinds of tokens with the same neighbours
 * as before (so the parser, which sees only kinds of tokens, would build the same tree), the file
 * had no syntax errors, the token is the whole value of an attribute (not a cross-reference, not an
 * id that references name, which would change what links), and the language's value converter
 * accepts the new text. Then the token's value is set on its object, the later tokens' offsets move
 * by the change in length, and the root node takes the new text. Anything else returns false, and
 * the caller reparses. ModelSessionTest compares the result with a fresh parse after random edits.
 */
final class TokenUpdate {

	/** LeafNode keeps its offset and length with setters only its package may call. */
	private static final MethodHandle SET_OFFSET;
	private static final MethodHandle SET_LENGTH;

	static {
		MethodHandle offset = null;
		MethodHandle length = null;
		try {
			Method setOffset = LeafNode.class.getDeclaredMethod("basicSetTotalOffset", int.class);
			Method setLength = LeafNode.class.getDeclaredMethod("basicSetTotalLength", int.class);
			setOffset.setAccessible(true);
			setLength.setAccessible(true);
			offset = MethodHandles.lookup().unreflect(setOffset);
			length = MethodHandles.lookup().unreflect(setLength);
		} catch (ReflectiveOperationException | RuntimeException e) {
			// Another Xtext: every change goes through the parser, as before.
		}
		SET_OFFSET = offset;
		SET_LENGTH = length;
	}

	private TokenUpdate() {
	}

	/**
	 * Brings the resource, parsed from {@code oldText}, to {@code newText}, which differs from it in
	 * {@code [start, oldEnd)} (ending at {@code newEnd} in the new text), if that change lies in one
	 * token that can be taken alone; returns whether it did.
	 */
	static boolean apply(Injector injector, XtextResource resource, String oldText, String newText, int start,
			int oldEnd, int newEnd) {
		IParseResult parse = resource.getParseResult();
		if (SET_OFFSET == null || parse == null || parse.hasSyntaxErrors() || resource.getContents().isEmpty()) {
			return false;
		}
		ICompositeNode root = parse.getRootNode();
		List<ILeafNode> leaves = new ArrayList<>();
		int index = -1;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (index < 0 && leaf.getTotalOffset() <= start && oldEnd <= leaf.getTotalEndOffset()) {
				index = leaves.size();
			}
			leaves.add(leaf);
		}
		if (index < 0) {
			return false;
		}
		ILeafNode leaf = leaves.get(index);
		int delta = newText.length() - oldText.length();
		if (!(leaf instanceof LeafNode) || leaf.isHidden() || leaf.getSyntaxErrorMessage() != null) {
			return false;
		}
		ILeafNode before = index > 0 ? leaves.get(index - 1) : null;
		ILeafNode after = index + 1 < leaves.size() ? leaves.get(index + 1) : null;
		int from = before == null ? leaf.getTotalOffset() : before.getTotalOffset();
		int to = after == null ? leaf.getTotalEndOffset() : after.getTotalEndOffset();
		String token = newText.substring(leaf.getTotalOffset(), leaf.getTotalEndOffset() + delta);
		if (token.isEmpty() || !sameTokens(injector, oldText.substring(from, to), newText.substring(from, to + delta),
				before == null ? -1 : before.getTotalLength(), leaf.getTotalLength(), token.length(),
				after == null ? -1 : after.getTotalLength())) {
			return false;
		}
		Value value = value(injector, leaf, token);
		if (value == null) {
			return false;
		}
		// The model first: the last step that can refuse.
		if (value.index < 0) {
			value.owner.eSet(value.feature, value.value);
		} else {
			((InternalEList<Object>) value.owner.eGet(value.feature)).setUnique(value.index, value.value);
		}
		try {
			SET_LENGTH.invoke((LeafNode) leaf, token.length());
			for (int i = index + 1; delta != 0 && i < leaves.size(); i++) {
				SET_OFFSET.invoke((LeafNode) leaves.get(i), leaves.get(i).getTotalOffset() + delta);
			}
		} catch (Throwable e) {
			throw new IllegalStateException(e);
		}
		new NodeModelBuilder().setCompleteContent(root, newText);
		resource.getCache().clear(resource);
		return true;
	}

	/**
	 * Whether the new window lexes as the old one did: the same kinds of tokens, the neighbours of the
	 * same lengths, nothing left unrecognised. Lengths of -1 stand for no neighbour.
	 */
	private static boolean sameTokens(Injector injector, String oldWindow, String newWindow, int beforeLength,
			int oldLength, int newLength, int afterLength) {
		List<CommonToken> old = lex(injector, oldWindow);
		List<CommonToken> now = lex(injector, newWindow);
		int count = 1 + (beforeLength < 0 ? 0 : 1) + (afterLength < 0 ? 0 : 1);
		if (old == null || now == null || old.size() != count || now.size() != count) {
			return false;
		}
		int[] oldLengths = lengths(beforeLength, oldLength, afterLength);
		int[] newLengths = lengths(beforeLength, newLength, afterLength);
		for (int i = 0; i < count; i++) {
			if (old.get(i).getType() != now.get(i).getType() || length(old.get(i)) != oldLengths[i]
					|| length(now.get(i)) != newLengths[i]) {
				return false;
			}
		}
		return true;
	}

	private static int[] lengths(int before, int token, int after) {
		List<Integer> lengths = new ArrayList<>();
		if (before >= 0) {
			lengths.add(before);
		}
		lengths.add(token);
		if (after >= 0) {
			lengths.add(after);
		}
		return lengths.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int length(CommonToken token) {
		return token.getStopIndex() - token.getStartIndex() + 1;
	}

	/** The window's tokens, or null if some text was not recognised or left out. */
	private static List<CommonToken> lex(Injector injector, String text) {
		Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		lexer.setCharStream(new ANTLRStringStream(text));
		List<CommonToken> tokens = new ArrayList<>();
		int next = 0;
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			if (!(token instanceof CommonToken common) || token.getType() == Token.INVALID_TOKEN_TYPE
					|| common.getStartIndex() != next) {
				return null;
			}
			tokens.add(common);
			next = common.getStopIndex() + 1;
		}
		return next == text.length() ? tokens : null;
	}

	private record Value(EObject owner, EAttribute feature, int index, Object value) {
	}

	/**
	 * The attribute the token is the whole value of, with its new value; null when the token is
	 * anything else (a keyword, part of an id or a reference) or the converter refuses the text.
	 */
	private static Value value(Injector injector, ILeafNode leaf, String token) {
		if (!(leaf.getGrammarElement() instanceof RuleCall call) || !(call.getRule() instanceof TerminalRule)) {
			return null;
		}
		INode node = leaf;
		RuleCall assigned = call;
		if (!(call.eContainer() instanceof Assignment)) {
			// A data type rule of this one token, such as Text (a string or a text block).
			ICompositeNode parent = leaf.getParent();
			if (parent == null || !(parent.getGrammarElement() instanceof RuleCall outer)
					|| !(outer.getRule() instanceof ParserRule rule) || !GrammarUtil.isDatatypeRule(rule)
					|| !(outer.eContainer() instanceof Assignment)) {
				return null;
			}
			for (ILeafNode other : parent.getLeafNodes()) {
				if (other != leaf && !other.isHidden()) {
					return null;
				}
			}
			node = parent;
			assigned = outer;
		}
		Assignment assignment = (Assignment) assigned.eContainer();
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
		if (owner == null || "?=".equals(assignment.getOperator())) {
			return null;
		}
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(assignment.getFeature());
		// A name is what references find: changing it changes what links, which the linker must see.
		if (!(feature instanceof EAttribute attribute) || "name".equals(feature.getName())) {
			return null;
		}
		Object value;
		try {
			value = injector.getInstance(IValueConverterService.class).toValue(token, qualifiedName(assigned.getRule()),
					node);
		} catch (ValueConverterException | IllegalArgumentException e) {
			return null;
		}
		if (!feature.isMany()) {
			return "=".equals(assignment.getOperator()) ? new Value(owner, attribute, -1, value) : null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		int index = nodes.indexOf(node);
		List<?> values = (List<?>) owner.eGet(feature);
		if (index < 0 || nodes.size() != values.size() || !"+=".equals(assignment.getOperator())) {
			return null;
		}
		return new Value(owner, attribute, index, value);
	}

	/** The rule's name as the generated parser passes it to the value converter. */
	private static String qualifiedName(AbstractRule rule) {
		return GrammarUtil.getGrammar(rule).getName() + "." + rule.getName();
	}
}
