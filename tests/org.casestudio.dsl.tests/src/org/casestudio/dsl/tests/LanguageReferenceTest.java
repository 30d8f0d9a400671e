package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.model.Document;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The examples of docs/language.md are written in the language as it is. The page is also the
 * language reference of the desktop help, so what it shows must hold.
 *
 * <p>The convention, for every indented code block of the page and every fenced one with no
 * language or {@code casestudio} (read with the same Markdown parser that
 * makes the help page from it):
 * <ul>
 * <li>a block with no marker is a <b>complete document</b>: it must parse and validate without
 * any error, as a file of its own;</li>
 * <li>a block right after {@code <!-- example: declaration -->} is a whole declaration that refers
 * to ids declared in other files: it must parse, and its only errors may be ids that do not
 * resolve ({@code casestudio.unresolvedReference});</li>
 * <li>a block right after {@code <!-- example: fragment of a case -->} (or {@code of a route},
 * {@code of an actor}) holds lines from inside such a declaration: put inside a minimal one, it
 * must parse, and its only errors may be ids that do not resolve.</li>
 * </ul>
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class LanguageReferenceTest {

	/** An indented block of Markdown (four spaces) that starts a declaration. */
	private static final Pattern EXAMPLE = Pattern.compile("\\n((?: {4}.*\\n|\\n)+)");
	private static final Pattern MARKER = Pattern.compile("<!--\\s*example:\\s*(declaration|fragment of (?:a case|a route|an actor))\\s*-->");

	@Inject
	private ParseHelper<Document> parser;

	@Inject
	private ValidationTestHelper validation;

	private record Example(String kind, String text) {
	}

	@Test
	void everyDeclarationExampleParses() throws Exception {
		String reference = reference();
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

	@Test
	void everyExampleValidatesAsThePageSays() throws Exception {
		List<Example> examples = examples(reference());
		assertTrue(examples.size() >= 4, () -> "too few examples found: " + examples);
		assertTrue(examples.stream().anyMatch(e -> e.kind().equals("document")), "no complete document among the examples");
		for (Example example : examples) {
			String text = switch (example.kind()) {
			case "fragment of a case" -> "case example \"Example\"\n" + example.text() + "\nend\n";
			case "fragment of a route" -> "route example \"Example\"\n" + example.text() + "\nend\n";
			case "fragment of an actor" -> "organisation example \"Example\"\n" + example.text() + "\nend\n";
			default -> example.text();
			};
			Document document = parser.parse(text);
			XtextResource resource = (XtextResource) document.eResource();
			String where = example.kind() + " '" + example.text().lines().findFirst().orElse("") + "'";
			assertTrue(!resource.getParseResult().hasSyntaxErrors(), () -> where + ": " + resource.getErrors());
			for (Issue issue : validation.validate(document)) {
				if (issue.getSeverity() != Severity.ERROR) {
					continue;
				}
				boolean allowed = !example.kind().equals("document")
						&& IssueCodes.UNRESOLVED_REFERENCE.equals(issue.getCode());
				assertTrue(allowed, () -> where + " (line " + issue.getLineNumber() + "): " + issue.getMessage() + " ["
						+ issue.getCode() + "]");
			}
		}
	}

	/** Every code block of the page with what its marker says it is. */
	private static List<Example> examples(String markdown) {
		List<Example> examples = new ArrayList<>();
		Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(IndentedCodeBlock block) {
				examples.add(new Example(kind(block), block.getLiteral()));
			}

			@Override
			public void visit(FencedCodeBlock block) {
				// A fenced block in another language (```sh) is not an example of this one.
				String info = block.getInfo() == null ? "" : block.getInfo().strip();
				if (info.isEmpty() || info.equals("casestudio")) {
					examples.add(new Example(kind(block), block.getLiteral()));
				}
			}
		});
		return examples;
	}

	private static String kind(Node block) {
		if (block.getPrevious() instanceof HtmlBlock html) {
			Matcher marker = MARKER.matcher(html.getLiteral());
			if (marker.find()) {
				return marker.group(1);
			}
		}
		return "document";
	}

	private static String reference() throws IOException {
		return Files.readString(Path.of(System.getProperty("casestudio.docs", "../../docs")).resolve("language.md"),
				StandardCharsets.UTF_8);
	}
}
