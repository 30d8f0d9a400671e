package org.casestudio.dsl.ide.edit;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.casestudio.model.CaseStudioPackage;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;

/**
 * A list of the model changed by one step (an element added, removed or moved, or one value of a
 * list of values replaced) written straight into the text, in time that does not depend on the
 * size of the file: the added element alone is serialized and laid out by the language's formatter
 * and inserted as whole lines after the line of the element before it (before the first one when it
 * comes first); a removed element's lines are deleted, its comments kept on lines of their own; a
 * moved element's lines are deleted and inserted. Anything less plain (an empty list, elements that
 * share a line, translations that would move, a comment inside a moved element, lists written with
 * commas, other changes besides) is left to the change serializer ({@link #edit} returns null).
 * <p>
 * Each element of such a list is a whole alternative of a repeated part of its rule ({@code days+=Day}
 * in {@code ( ... | days+=Day | ...)*}, {@code 'lesson' lessons+=Text translations+=Translation*}),
 * so lines holding one element each can be inserted, removed and moved between such lines and the
 * rest of the text still reads as before. The inserted text is checked: an element is parsed alone
 * by its rule and must read as the element added; a value must convert back to the value added.
 */
final class ListEdits {

	/** One element of the list in the text: where its clause starts and ends, and its keywords. */
	private record Clause(int start, int end, List<String> keywords, boolean translated, Assignment assignment) {
	}

	private final ISerializer serializer;
	private final IParser parser;
	private final IValueConverterService converters;
	private final Lexer lexer;
	private final Map<List<Object>, Assignment> callers = new HashMap<>();

	ListEdits(ISerializer serializer, IParser parser, IValueConverterService converters, Lexer lexer) {
		this.serializer = serializer;
		this.parser = parser;
		this.converters = converters;
		this.lexer = lexer;
	}

	/**
	 * The edit of body (the text without its byte order mark, which the model was parsed from)
	 * that writes the recorded change, given while the model is still in its changed state; null
	 * when the change is not one plain step of one list.
	 */
	Replacement edit(String body, ChangeDescription description) {
		if (!description.getResourceChanges().isEmpty()) {
			return null;
		}
		Set<EObject> moved = new HashSet<>();
		moved.addAll(description.getObjectsToAttach());
		moved.addAll(description.getObjectsToDetach());
		EObject container = null;
		FeatureChange change = null;
		for (Map.Entry<EObject, EList<FeatureChange>> entry : description.getObjectChanges()) {
			// Changes inside an element added or removed are that element's text, written whole or deleted.
			if (inside(entry.getKey(), moved)) {
				continue;
			}
			if (container != null || entry.getValue().size() != 1) {
				return null;
			}
			container = entry.getKey();
			change = entry.getValue().get(0);
		}
		if (container == null) {
			return null;
		}
		EStructuralFeature feature = change.getFeature();
		boolean containment = feature instanceof EReference reference && reference.isContainment();
		if (!feature.isMany() || (!containment && !(feature instanceof EAttribute))
				|| feature.getEType() == CaseStudioPackage.Literals.TRANSLATION) {
			return null;
		}
		List<?> old = (List<?>) change.getValue();
		List<?> now = (List<?>) container.eGet(feature);
		if (old.isEmpty()) {
			return null;
		}
		List<INode> nodes = new ArrayList<>();
		if (containment) {
			for (Object item : old) {
				INode node = NodeModelUtils.getNode((EObject) item);
				if (node == null) {
					return null;
				}
				nodes.add(node);
			}
		} else {
			nodes = NodeModelUtils.findNodesForFeature(container, feature);
			if (nodes.size() != old.size()) {
				return null;
			}
		}
		List<Clause> clauses = new ArrayList<>();
		for (INode node : nodes) {
			Clause clause = clause(node, feature);
			if (clause == null) {
				return null;
			}
			clauses.add(clause);
		}
		String separator = body.contains("\r\n") ? "\r\n" : "\n";
		String unit = ModelEdits.indentUnit(body);
		int first = 0;
		while (first < Math.min(old.size(), now.size()) && same(old.get(first), now.get(first))) {
			first++;
		}
		if (now.size() == old.size() + 1 && same(old.subList(first, old.size()), now.subList(first + 1, now.size()))) {
			return insert(body, container, feature, now.get(first), first, clauses, separator, unit);
		}
		if (now.size() == old.size() - 1 && same(old.subList(first + 1, old.size()), now.subList(first, now.size()))) {
			return remove(body, clauses.get(first), separator);
		}
		if (now.size() != old.size() || first == old.size()) {
			return null;
		}
		int last = old.size() - 1;
		while (same(old.get(last), now.get(last))) {
			last--;
		}
		if (first == last) {
			// One value of a list of values replaced (a table cell of objectives): the value alone.
			return containment ? null : replaceValue(body, container, feature, nodes.get(first), now.get(first));
		}
		if (same(now.get(last), old.get(first)) && same(old.subList(first + 1, last + 1), now.subList(first, last))) {
			return move(body, clauses, first, last, separator);
		}
		if (same(now.get(first), old.get(last)) && same(old.subList(first, last), now.subList(first + 1, last + 1))) {
			return move(body, clauses, last, first, separator);
		}
		return null;
	}

	/** A replacement of the region [offset, offset + length) of the body. */
	record Replacement(int offset, int length, String text) {
	}

	private static boolean inside(EObject object, Set<EObject> elements) {
		for (EObject element : elements) {
			if (element == object || EcoreUtil.isAncestor(element, object)) {
				return true;
			}
		}
		return false;
	}

	private static boolean same(Object a, Object b) {
		return a instanceof EObject ? a == b : Objects.equals(a, b);
	}

	private static boolean same(List<?> a, List<?> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!same(a.get(i), b.get(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Where the element of this node is written, if it is a whole alternative of a repeated part of
	 * its rule: its node, after the keywords its grammar puts before it, and the translations after
	 * it. Null for an element of a list written with commas, or of any other shape.
	 */
	private Clause clause(INode node, EStructuralFeature feature) {
		Assignment assignment;
		if (node.getGrammarElement() instanceof Action action && action.getFeature() == null) {
			// An element made by an action ({m::Day}) has the action's node in place of its rule call's.
			assignment = calling(GrammarUtil.containingRule(action), feature);
		} else {
			assignment = node.getGrammarElement() instanceof RuleCall
					? GrammarUtil.containingAssignment(node.getGrammarElement()) : null;
		}
		if (assignment == null) {
			return null;
		}
		List<Keyword> before = new ArrayList<>();
		List<Assignment> after = new ArrayList<>();
		if (!many(assignment)) {
			AbstractElement parent = (AbstractElement) assignment.eContainer();
			if (parent instanceof Group group && (many(group) || group.eContainer() instanceof Alternatives choice
					&& many(choice))) {
				List<AbstractElement> elements = group.getElements();
				int at = elements.indexOf(assignment);
				for (int i = 0; i < elements.size(); i++) {
					AbstractElement element = elements.get(i);
					if (i < at && element instanceof Keyword keyword && keyword.getCardinality() == null) {
						before.add(keyword);
					} else if (i > at && element instanceof Assignment translations
							&& "translations".equals(translations.getFeature()) && many(translations)) {
						after.add(translations);
					} else if (i != at) {
						return null;
					}
				}
			} else if (!(parent instanceof Alternatives choice && many(choice))) {
				return null;
			}
		}
		// The keywords right before the node, in the same element.
		int start = node.getOffset();
		INode previous = node.getPreviousSibling();
		for (int k = before.size() - 1; k >= 0; k--) {
			while (previous instanceof ILeafNode leaf && leaf.isHidden()) {
				previous = previous.getPreviousSibling();
			}
			if (!(previous instanceof ILeafNode leaf) || leaf.getGrammarElement() != before.get(k)) {
				return null;
			}
			start = leaf.getOffset();
			previous = previous.getPreviousSibling();
		}
		int end = node.getEndOffset();
		boolean translated = false;
		for (INode next = node.getNextSibling(); next != null; next = next.getNextSibling()) {
			if (next instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			if (next.getGrammarElement() == null
					|| !after.contains(GrammarUtil.containingAssignment(next.getGrammarElement()))) {
				break;
			}
			end = next.getEndOffset();
			translated = true;
		}
		return new Clause(start, end, before.stream().map(Keyword::getValue).toList(), translated, assignment);
	}

	/** The one assignment of the grammar that gives the feature an element of this rule, or null. */
	private Assignment calling(AbstractRule rule, EStructuralFeature feature) {
		return callers.computeIfAbsent(List.of(rule, feature), key -> {
			List<Assignment> found = new ArrayList<>();
			for (ParserRule each : GrammarUtil.allParserRules(GrammarUtil.getGrammar(rule))) {
				for (Assignment assignment : GrammarUtil.containedAssignments(each)) {
					if (assignment.getFeature().equals(feature.getName())
							&& assignment.getTerminal() instanceof RuleCall call && call.getRule() == rule) {
						found.add(assignment);
					}
				}
			}
			return found.size() == 1 ? found.get(0) : null;
		});
	}

	private static boolean many(AbstractElement element) {
		return "*".equals(element.getCardinality()) || "+".equals(element.getCardinality());
	}

	/** The start of the line of offset, if only blanks precede offset on it; else -1. */
	private static int lineStart(String body, int offset) {
		int start = body.lastIndexOf('\n', offset - 1) + 1;
		return body.substring(start, offset).isBlank() ? start : -1;
	}

	/** The start of the next line, if only blanks and comments follow offset on its line; else -1. */
	private static int nextLine(String body, int offset) {
		int end = body.indexOf('\n', offset);
		String rest = body.substring(offset, end < 0 ? body.length() : end);
		if (!rest.replaceAll("//.*|/\\*.*?\\*/", "").isBlank()) {
			return -1;
		}
		return end < 0 ? body.length() : end + 1;
	}

	private static boolean blankLine(String body, int lineStart) {
		if (lineStart < 0 || lineStart >= body.length()) {
			return false;
		}
		int end = body.indexOf('\n', lineStart);
		return body.substring(lineStart, end < 0 ? body.length() : end).isBlank();
	}

	/** The added value at position at, as lines of their own beside its neighbours. */
	private Replacement insert(String body, EObject container, EStructuralFeature feature, Object value, int at,
			List<Clause> clauses, String separator, String unit) {
		Clause anchor = clauses.get(at == 0 ? 0 : at - 1);
		int anchorLine = lineStart(body, anchor.start());
		if (anchorLine < 0) {
			return null;
		}
		String indent = body.substring(anchorLine, anchor.start());
		String written = written(value, anchor, indent, unit, separator);
		if (written == null) {
			return null;
		}
		// A block (a day, a practice) is set apart by a blank line where its neighbour is.
		boolean block = written.contains("\n");
		int previousLine = anchorLine == 0 ? -1 : body.lastIndexOf('\n', anchorLine - 2) + 1;
		boolean blankBefore = anchorLine > 0 && blankLine(body, previousLine);
		if (at == 0) {
			return new Replacement(anchorLine, 0, indent + written + separator + (block && blankBefore ? separator : ""));
		}
		int offset = nextLine(body, anchor.end());
		if (offset < 0 || offset == body.length() && !body.endsWith("\n")) {
			return null;
		}
		boolean spaced = block && (blankBefore || blankLine(body, offset));
		return new Replacement(offset, 0, (spaced ? separator : "") + indent + written + separator);
	}

	/**
	 * The text of an added value, its first line without indentation, its other lines indented from
	 * indent: an element as the serializer and formatter write it alone, a value of a list of values
	 * after the keywords of its clause, as its neighbour's. Null when it cannot be written so.
	 */
	private String written(Object value, Clause neighbour, String indent, String unit, String separator) {
		if (!(neighbour.assignment().getTerminal() instanceof RuleCall call)) {
			return null;
		}
		try {
			if (value instanceof EObject element) {
				if (!(call.getRule() instanceof ParserRule rule)) {
					return null;
				}
				String serialized = serializer.serialize(element, SaveOptions.newBuilder().format().getOptions()).strip();
				// It must read alone, by its rule, as the element added.
				IParseResult parsed = parser.parse(rule, new StringReader(serialized));
				if (parsed.hasSyntaxErrors() || parsed.getRootASTElement() == null
						|| !new Structure().equals(parsed.getRootASTElement(), element)) {
					return null;
				}
				return indented(serialized, indent, unit, separator);
			}
			String text = converters.toString(value, call.getRule().getName());
			if (text == null || !Objects.equals(converters.toValue(text, call.getRule().getName(), null), value)) {
				return null;
			}
			if (text.startsWith("\"\"\"")) {
				text = TokenMerge.indentedBlock(text, indent + unit).replace("\n", separator);
			}
			return neighbour.keywords().isEmpty() ? text : String.join(" ", neighbour.keywords()) + " " + text;
		} catch (RuntimeException e) {
			// No way to write this value alone (a reference out of scope...): the serializer decides.
			return null;
		}
	}

	/**
	 * The formatter's text of an element, re-indented: its own lines from indent with the file's
	 * unit of indentation and line ends, a text block one level deeper than its line. Null if the
	 * text holds a comment (a new element has none to write).
	 */
	private String indented(String serialized, String indent, String unit, String separator) {
		StringBuilder out = new StringBuilder();
		String lineIndent = indent;
		lexer.setCharStream(new ANTLRStringStream(serialized));
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			String text = token.getText();
			if (text.startsWith("//") || text.startsWith("/*")) {
				return null;
			}
			if (text.isBlank()) {
				int breaks = (int) text.chars().filter(c -> c == '\n').count();
				if (breaks == 0) {
					out.append(text);
				} else {
					String own = text.substring(text.lastIndexOf('\n') + 1).replace("\t", unit);
					lineIndent = indent + own;
					out.append(separator.repeat(breaks)).append(lineIndent);
				}
			} else if (text.startsWith("\"\"\"")) {
				out.append(TokenMerge.indentedBlock(text.replace("\r\n", "\n"), lineIndent + unit).replace("\n", separator));
			} else {
				out.append(text);
			}
		}
		return out.toString();
	}

	/**
	 * Equality of an element's values and contents. References are left out: a parse alone links
	 * nothing, and the serializer wrote each one from the element itself.
	 */
	private static final class Structure extends EcoreUtil.EqualityHelper {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean haveEqualReference(EObject a, EObject b, EReference reference) {
			return !reference.isContainment() || super.haveEqualReference(a, b, reference);
		}
	}

	/**
	 * The lines of a removed element deleted; the comments among them and after it on its last line
	 * stay, each on a line of its own at the element's indentation.
	 */
	private Replacement remove(String body, Clause clause, String separator) {
		int start = lineStart(body, clause.start());
		int end = nextLine(body, clause.end());
		if (clause.translated() || start < 0 || end < 0) {
			return null;
		}
		String lead = body.substring(start, clause.start());
		StringBuilder kept = new StringBuilder();
		for (String comment : comments(body.substring(clause.start(), end))) {
			kept.append(lead).append(comment);
			if (!comment.endsWith("\n")) {
				kept.append(separator);
			}
		}
		return new Replacement(start, end - start, kept.toString());
	}

	/** The lines of the element at from deleted, and inserted where the element at to stood. */
	private Replacement move(String body, List<Clause> clauses, int from, int to, String separator) {
		Clause moved = clauses.get(from);
		Clause target = clauses.get(to);
		int start = lineStart(body, moved.start());
		int end = nextLine(body, moved.end());
		int targetStart = lineStart(body, target.start());
		int targetEnd = nextLine(body, target.end());
		if (moved.translated() || start < 0 || end < 0 || targetStart < 0 || targetEnd < 0
				|| !body.substring(start, moved.start()).equals(body.substring(targetStart, target.start()))) {
			return null;
		}
		String lines = body.substring(start, end);
		// The moved lines hold no comment, so every comment keeps its order; they end with a line end.
		if (!comments(lines).isEmpty() || !lines.endsWith("\n")) {
			return null;
		}
		if (to > from) {
			return new Replacement(start, targetEnd - start, body.substring(end, targetEnd) + lines);
		}
		return new Replacement(targetStart, end - targetStart, lines + body.substring(targetStart, start));
	}

	/** One value of a list of values replaced: its text alone. */
	private Replacement replaceValue(String body, EObject container, EStructuralFeature feature, INode node,
			Object value) {
		if (!(node.getGrammarElement() instanceof RuleCall call) || !comments(node.getText()).isEmpty()) {
			return null;
		}
		String text = converters.toString(value, call.getRule().getName());
		if (text == null || text.startsWith("\"\"\"")
				|| !Objects.equals(converters.toValue(text, call.getRule().getName(), null), value)) {
			return null;
		}
		return new Replacement(node.getOffset(), node.getLength(), text);
	}

	/** The comments in a piece of text, as the language's lexer reads them. */
	private List<String> comments(String text) {
		List<String> found = new ArrayList<>();
		if (!text.contains("//") && !text.contains("/*")) {
			return found;
		}
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
