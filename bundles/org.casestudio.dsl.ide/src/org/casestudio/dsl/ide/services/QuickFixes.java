package org.casestudio.dsl.ide.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.casestudio.dsl.services.CaseStudioGrammarAccess;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.dsl.translations.TranslatableTexts;
import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Translation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Quick fixes for the validator's issue codes where the fix is obvious, one method per code: a
 * misspelt id, a visited case missing from the route, a case listed twice, a partner's role, a
 * negative count, a translation to mark as up to date. Each fix is a text edit of the smallest region, so the rest of the file keeps its
 * layout. The caller holds the lock of the resource's model and gives the problem as validated on
 * the resource's current text.
 */
public class QuickFixes {

	/** Fixes for a misspelt id: at most this many of the declared ids nearest to it. */
	private static final int MAX_SIMILAR_IDS = 5;

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private ResourceDescriptionsProvider index;

	@Inject
	private CaseStudioGrammarAccess grammar;

	@Inject
	private TranslatableTexts translatableTexts;

	/** The fixes of a problem of the resource, best first; none when its code has no fix. */
	public List<Fix> fixes(XtextResource resource, MarkedIssue problem) {
		String text = resource.getParseResult() == null ? null : resource.getParseResult().getRootNode().getText();
		if (problem.code() == null || text == null || problem.offset() < 0 || problem.length() < 0
				|| problem.offset() + problem.length() > text.length()) {
			return List.of();
		}
		return switch (problem.code()) {
		case IssueCodes.UNRESOLVED_REFERENCE -> similarIds(resource, problem);
		case IssueCodes.CASE_NOT_IN_ROUTE -> addCaseToRoute(resource, problem);
		case IssueCodes.DUPLICATE_CASE_IN_ROUTE -> removeRepeatedCase(resource.getURI(), text, problem);
		case IssueCodes.ROLE_MISMATCH -> changeRole(resource.getURI(), problem);
		case IssueCodes.NEGATIVE_COUNT -> removeMinusSign(resource.getURI(), text, problem);
		case IssueCodes.TRANSLATION_OUT_OF_DATE -> markUpToDate(resource, problem);
		default -> List.of();
		};
	}

	/** Ids of the right kind that are declared and differ from the typed one by a typo or two. */
	private List<Fix> similarIds(XtextResource resource, MarkedIssue problem) {
		INode node = offsets.getCrossReferenceNode(resource, new TextRegion(problem.offset(), 0));
		if (node == null || !(node.getGrammarElement() instanceof CrossReference crossReference)) {
			return List.of();
		}
		EReference reference = GrammarUtil.getReference(crossReference);
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), problem.offset());
		if (reference == null || leaf == null) {
			return List.of();
		}
		String typed = leaf.getText();
		EClass type = reference.getEReferenceType();
		List<String> candidates = new ArrayList<>();
		for (IEObjectDescription description : index.getResourceDescriptions(resource).getExportedObjectsByType(type)) {
			String name = description.getName().toString();
			if (!candidates.contains(name) && distance(name, typed) <= Math.max(2, typed.length() / 3)) {
				candidates.add(name);
			}
		}
		candidates.sort(Comparator.comparingInt(name -> distance(name, typed)));
		return candidates.stream().limit(MAX_SIMILAR_IDS)
				.map(name -> fix(NLS.bind(Messages.QuickFix_UseId, name),
						new TextEdit(resource.getURI(), problem.offset(), problem.length(), name)))
				.toList();
	}

	/** Adds the visited case (issue data 0) to the route's cases, or starts the list where the grammar puts it. */
	private List<Fix> addCaseToRoute(XtextResource resource, MarkedIssue problem) {
		String caseName = problem.data(0);
		EObject element = offsets.resolveContainedElementAt(resource, problem.offset());
		LearningRoute route = EcoreUtil2.getContainerOfType(element, LearningRoute.class);
		if (caseName == null || route == null) {
			return List.of();
		}
		String label = NLS.bind(Messages.QuickFix_AddCaseToRoute, caseName);
		List<INode> cases = NodeModelUtils.findNodesForFeature(route, CaseStudioPackage.Literals.LEARNING_ROUTE__CASES);
		if (!cases.isEmpty()) {
			INode last = cases.get(cases.size() - 1);
			return List.of(fix(label, new TextEdit(resource.getURI(), last.getEndOffset(), 0, ", " + caseName)));
		}
		int end = endBeforeCases(route);
		return end < 0 ? List.of()
				: List.of(fix(label, new TextEdit(resource.getURI(), end, 0, "\n\tcases " + caseName)));
	}

	/**
	 * Where a list of cases goes in a route that has none: after the last clause the grammar puts
	 * before it (the heading, the unordered clauses, "funded by", "participants from").
	 */
	private int endBeforeCases(LearningRoute route) {
		Group body = (Group) grammar.getLearningRouteRule().getAlternatives();
		String cases = CaseStudioPackage.Literals.LEARNING_ROUTE__CASES.getName();
		int casesClause = GrammarUtil.containedAssignments(body).stream()
				.filter(assignment -> assignment.getFeature().equals(cases)).findFirst()
				.map(assignment -> body.getElements().indexOf(clauseOf(body, assignment))).orElse(-1);
		if (casesClause < 0) {
			return -1;
		}
		List<AbstractElement> before = body.getElements().subList(0, casesClause);
		INode routeNode = NodeModelUtils.getNode(route);
		int end = -1;
		for (INode node : routeNode == null ? List.<INode>of() : routeNode.getAsTreeIterable()) {
			EObject element = node.getGrammarElement();
			if (element != null && before.stream().anyMatch(clause -> EcoreUtil.isAncestor(clause, element))) {
				end = Math.max(end, node.getEndOffset());
			}
		}
		return end;
	}

	/** The element of the rule's body that contains a grammar element. */
	private static AbstractElement clauseOf(Group body, EObject element) {
		EObject current = element;
		while (current != null && current.eContainer() != body) {
			current = current.eContainer();
		}
		return (AbstractElement) current;
	}

	/**
	 * Gives the out-of-date translation written beside a text (issue data: its language, then the
	 * text's fingerprint) the fingerprint of the text as it is now. An out-of-date entry of a
	 * translator's file has no data for this fix: it is confirmed in the translator's tool.
	 */
	private List<Fix> markUpToDate(XtextResource resource, MarkedIssue problem) {
		String language = problem.data(0);
		String fingerprint = problem.data(1);
		EObject owner = offsets.resolveContainedElementAt(resource, problem.offset());
		if (language == null || fingerprint == null || owner == null) {
			return List.of();
		}
		for (var target : translatableTexts.targets(owner).entrySet()) {
			Translation translation = target.getKey();
			List<INode> texts = NodeModelUtils.findNodesForFeature(owner, target.getValue().getFirst());
			int index = Math.max(0, target.getValue().getSecond());
			if (!RouteTranslations.same(language, translation.getLanguage()) || index >= texts.size()
					|| texts.get(index).getOffset() != problem.offset()) {
				continue;
			}
			List<INode> old = NodeModelUtils.findNodesForFeature(translation,
					CaseStudioPackage.Literals.TRANSLATION__FINGERPRINT);
			TextEdit edit;
			if (old.isEmpty()) {
				List<INode> translated = NodeModelUtils.findNodesForFeature(translation,
						CaseStudioPackage.Literals.TRANSLATION__TEXT);
				if (translated.isEmpty()) {
					return List.of();
				}
				edit = new TextEdit(resource.getURI(), translated.get(0).getEndOffset(), 0, " #" + fingerprint);
			} else {
				INode node = old.get(0);
				edit = new TextEdit(resource.getURI(), node.getOffset(), node.getLength(), "#" + fingerprint);
			}
			return List.of(fix(NLS.bind(Messages.QuickFix_MarkUpToDate, language), edit));
		}
		return List.of();
	}

	/** Removes the repeated entry with the comma before it. */
	private static List<Fix> removeRepeatedCase(URI uri, String text, MarkedIssue problem) {
		int end = problem.offset() + problem.length();
		int from = text.lastIndexOf(',', problem.offset() - 1);
		if (from < 0) {
			return List.of();
		}
		return List.of(fix(Messages.QuickFix_RemoveDuplicateCase, new TextEdit(uri, from, end - from, "")));
	}

	/** Writes the role the actor's kind calls for (issue data 0). */
	private static List<Fix> changeRole(URI uri, MarkedIssue problem) {
		String role = problem.data(0);
		return role == null ? List.of()
				: List.of(fix(NLS.bind(Messages.QuickFix_ChangeRole, role),
						new TextEdit(uri, problem.offset(), problem.length(), role)));
	}

	private static List<Fix> removeMinusSign(URI uri, String text, MarkedIssue problem) {
		String count = text.substring(problem.offset(), problem.offset() + problem.length());
		return count.startsWith("-")
				? List.of(fix(Messages.QuickFix_MakePositive,
						new TextEdit(uri, problem.offset(), problem.length(), count.substring(1).strip())))
				: List.of();
	}

	private static Fix fix(String label, TextEdit edit) {
		return new Fix(label, List.of(edit));
	}

	/** Edit distance between two ids, to recognise typing mistakes. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
