package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.casestudio.model.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * parse, serialize, parse gives an equal model for every seed file: once keeping the text's layout
 * (the node model), once from the bare model (a copy without any text, as a form editor makes).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class RoundTripTest {

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static List<Path> seedFiles() throws Exception {
		return Fixtures.seedFiles();
	}

	/** All seed files in one resource set, so that references between them resolve. */
	private XtextResourceSet loadSeeds() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		for (Path file : Fixtures.seedFiles()) {
			load(resourceSet, URI.createFileURI(file.toString()), Files.readString(file, StandardCharsets.UTF_8));
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	private static Document load(XtextResourceSet resourceSet, URI uri, String text) throws IOException {
		Resource resource = resourceSet.createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		assertTrue(resource.getErrors().isEmpty(), () -> uri + ": " + resource.getErrors() + "\n" + text);
		return (Document) resource.getContents().get(0);
	}

	@ParameterizedTest
	@MethodSource("seedFiles")
	void keepsTheTextWhenNothingChanged(Path file) throws Exception {
		XtextResourceSet resourceSet = loadSeeds();
		EObject model = resourceSet.getResource(URI.createFileURI(file.toString()), false).getContents().get(0);
		assertEquals(Files.readString(file, StandardCharsets.UTF_8), serializer.serialize(model));
	}

	@ParameterizedTest
	@MethodSource("seedFiles")
	void serializesTheBareModelToAnEqualModel(Path file) throws Exception {
		XtextResourceSet resourceSet = loadSeeds();
		Document original = (Document) resourceSet.getResource(URI.createFileURI(file.toString()), false)
				.getContents().get(0);

		// A copy has no node model: the serializer must write it from the model alone.
		Document copy = EcoreUtil.copy(original);
		XtextResource bare = (XtextResource) resourceSet.createResource(URI.createURI("bare/copy.case"));
		bare.getContents().add(copy);
		String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());

		Document reparsed = load(resourceSet, URI.createURI("reparsed/" + file.getFileName()), text);
		EcoreUtil.resolveAll(reparsed);
		assertTrue(EcoreUtil.equals(original, reparsed), () -> "models differ after serializing:\n" + text);
	}
}
