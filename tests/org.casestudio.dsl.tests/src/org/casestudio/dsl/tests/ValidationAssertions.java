package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casestudio.model.Document;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;

/** Assertions on the validator's issues of a parsed model, shared by the validation tests. */
final class ValidationAssertions {

	private ValidationAssertions() {
	}

	/** The model has an issue with this code, reported on an element of this class. */
	static void assertIssue(ValidationTestHelper validation, ResourceSet resourceSet, Document model, EClass eClass,
			String code) {
		List<Issue> issues = validation.validate(model);
		assertTrue(issues.stream().anyMatch(i -> code.equals(i.getCode()) && i.getUriToProblem() != null
				&& eClass.isInstance(resourceSet.getEObject(i.getUriToProblem(), true))),
				() -> code + " on a " + eClass.getName() + " expected in " + issues);
	}

	/** The model has no issue with this code. */
	static void assertNoIssue(ValidationTestHelper validation, Document model, String code) {
		List<Issue> issues = validation.validate(model);
		assertTrue(issues.stream().noneMatch(i -> code.equals(i.getCode())), () -> code + " in " + issues);
	}
}
