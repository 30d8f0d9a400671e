package org.casestudio.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.export.ExportException;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExporterDescriptor;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.export.pack.PackBuilder;
import org.casestudio.export.quiz.GiftExporter;
import org.casestudio.export.web.ScormExporter;
import org.casestudio.export.web.SiteExporter;
import org.casestudio.model.LearningRoute;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.inject.Injector;

/**
 * Any text, as a .case file: parse, validate, format, serialize and export must never throw, hang
 * or disagree with themselves. Under {@code ./mvnw verify} each test replays the committed inputs
 * in {@code src/test/resources/org/casestudio/fuzz/LanguageFuzzTestInputs/<test>/}; with
 * {@code JAZZER_FUZZ=1} (releng/scripts/fuzz.sh) Jazzer searches for new ones, and a failing input
 * is written there to be kept as a regression.
 */
class LanguageFuzzTest {

	private static final Injector INJECTOR = CaseStudioStandaloneSetup.injector();

	// An input that takes longer than the timeout is a hang: JUnit fails it when replaying, and
	// Jazzer hands the same limit to libFuzzer for every input while fuzzing.
	@Timeout(10)
	@FuzzTest
	void parseValidateFormatSerialize(byte[] input) throws IOException {
		check(new String(input, StandardCharsets.UTF_8));
	}

	@Timeout(10)
	@FuzzTest
	void exportEveryFormat(byte[] input) throws IOException {
		export(new String(input, StandardCharsets.UTF_8));
	}

	private static void check(String text) throws IOException {
		XtextResource resource = load(text);
		List<Issue> issues = INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		if (!resource.getParseResult().hasSyntaxErrors()) {
			String formatted = format(resource);
			XtextResource again = load(formatted);
			assertTrue(!again.getParseResult().hasSyntaxErrors(), () -> "formatting broke the text:\n" + formatted);
			assertEquals(formatted, format(again), "formatting is not idempotent");
			if (issues.stream().noneMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
				EObject root = resource.getContents().get(0);
				INJECTOR.getInstance(ISerializer.class).serialize(root);
			}
		}
	}

	private static void export(String text) throws IOException {
		XtextResource resource = load(text);
		List<Issue> issues = INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		if (resource.getParseResult().hasSyntaxErrors()
				|| issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
			return;
		}
		List<LearningRoute> routes = resource.getContents().get(0).eContents().stream()
				.filter(LearningRoute.class::isInstance).map(LearningRoute.class::cast).toList();
		List<ExportFormat> formats = List.of(ExporterDescriptor.format("html", "Website", SiteExporter::new),
				ExporterDescriptor.format("scorm", "SCORM", ScormExporter::new),
				ExporterDescriptor.format("gift", "GIFT", GiftExporter::new));
		for (LearningRoute route : routes) {
			Path out = Files.createTempDirectory("fuzz-pack");
			try {
				new TrainingPackExport(PackBuilder.build(route), null, Map.of()).run(formats, out, new NullProgressMonitor());
			} catch (ExportException e) {
				// A refused export is an answer, as long as it says why.
				assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
			} finally {
				delete(out);
			}
		}
	}

	private static XtextResource load(String text) throws IOException {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("fuzz/input.case"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}

	private static String format(XtextResource resource) {
		ITextRegionAccess regions = INJECTOR.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = INJECTOR.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues();
		preferences.put(FormatterPreferenceKeys.lineSeparator, "\n");
		request.setPreferences(preferences);
		return regions.getRewriter().renderToString(INJECTOR.getInstance(IFormatter2.class).format(request));
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
