package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casestudio.model.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The examples of docs/language.md are written in the language as it is: they parse. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class LanguageReferenceTest {

	/** An indented block of Markdown (four spaces) that starts a declaration. */
	private static final Pattern EXAMPLE = Pattern.compile("\\n((?: {4}.*\\n|\\n)+)");

	@Inject
	private ParseHelper<Document> parser;

	@Test
	void everyDeclarationExampleParses() throws Exception {
		String reference = Files.readString(
				Path.of(System.getProperty("casestudio.docs", "../../docs")).resolve("language.md"),
				StandardCharsets.UTF_8);
		List<String> examples = new ArrayList<>();
		Matcher matcher = EXAMPLE.matcher(reference);
		while (matcher.find()) {
			String example = matcher.group(1).replaceAll("(?m)^ {4}", "").strip();
			if (example.matches("(?s)(producers|case|route) .*")) {
				examples.add(example);
			}
		}
		assertEquals(5, examples.size(), "an actor, a case, a route, and the routes and cases of sources and photos");
		for (String example : examples) {
			XtextResource resource = (XtextResource) parser.parse(example).eResource();
			assertTrue(!resource.getParseResult().hasSyntaxErrors(),
					() -> example.lines().findFirst().orElse("") + ": " + resource.getErrors());
		}
	}
}
