import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Writes the generated part of the desktop help at build time, so that it has one source each:
 * the language reference from docs/language.md (Markdown to HTML), and one page per validation
 * rule from the rules.properties files that the command line's rule help also reads.
 *
 * <pre>java -cp commonmark.jar HelpPages.java OUT LANGUAGE.md TITLE=RULES.properties...</pre>
 *
 * Writes OUT/language.html, OUT/toc-language.xml, OUT/rules/index.html, OUT/rules/CODE.html,
 * OUT/toc-rules.xml and OUT/contexts.xml (one F1 context per rule code). Run by the bundle's
 * pom.xml in generate-resources; a source-file program so that it needs no build of its own.
 */
public final class HelpPages {

	/** The plug-in whose files the help system reads, for links from the F1 contexts. */
	private static final String BUNDLE = "org.casestudio.help";
	private static final Pattern KEY = Pattern.compile("^([^#!=:\\s][^=:\\s]*)\\.short\\s*[=:]");

	private record Rule(String code, String shortText, String help) {
	}

	private record Group(String title, List<Rule> rules) {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: HelpPages OUT LANGUAGE.md TITLE=RULES.properties...");
			System.exit(2);
		}
		Path out = Path.of(args[0]);
		Files.createDirectories(out.resolve("rules"));
		language(Path.of(args[1]), out);
		List<Group> groups = new ArrayList<>();
		for (int i = 2; i < args.length; i++) {
			int equals = args[i].indexOf('=');
			groups.add(new Group(args[i].substring(0, equals), rules(Path.of(args[i].substring(equals + 1)))));
		}
		rules(groups, out);
	}

	// ---------------------------------------------------------------- the language reference

	private static void language(Path markdown, Path out) throws IOException {
		Node document = Parser.builder().build().parse(Files.readString(markdown, StandardCharsets.UTF_8));
		Map<Heading, String> anchors = new LinkedHashMap<>();
		Set<String> taken = new HashSet<>();
		String title = "The Case Studio language";
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading) {
				String text = text(heading);
				if (heading.getLevel() == 1) {
					title = text;
				} else if (heading.getLevel() == 2) {
					String anchor = slug(text);
					for (int n = 2; !taken.add(anchor); n++) {
						anchor = slug(text) + "-" + n;
					}
					anchors.put(heading, anchor);
				}
			}
		}
		// The reference is the project's own trusted text: its HTML comments (the example markers) pass through.
		HtmlRenderer renderer = HtmlRenderer.builder().attributeProviderFactory(context -> (AttributeProvider) (node,
				tag, attributes) -> {
			if (node instanceof Heading heading && anchors.containsKey(heading)) {
				attributes.put("id", anchors.get(heading));
			}
		}).build();
		write(out.resolve("language.html"), page(title, "../html/help.css", renderer.render(document)));
		StringBuilder toc = new StringBuilder();
		toc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?NLS TYPE=\"org.eclipse.help.toc\"?>\n");
		toc.append("<!-- Generated from docs/language.md by generator/HelpPages.java: do not edit. -->\n");
		toc.append("<toc label=\"").append(xml(title)).append("\">\n");
		for (Map.Entry<Heading, String> entry : anchors.entrySet()) {
			toc.append("   <topic label=\"").append(xml(text(entry.getKey()))).append("\" href=\"gen/language.html#")
					.append(entry.getValue()).append("\"/>\n");
		}
		toc.append("</toc>\n");
		write(out.resolve("toc-language.xml"), toc.toString());
	}

	private static String text(Node node) {
		StringBuilder text = new StringBuilder();
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			text.append(child instanceof Text t ? t.getLiteral() : text(child));
		}
		return text.toString();
	}

	private static String slug(String text) {
		String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "section" : slug;
	}

	// ---------------------------------------------------------------- the rules

	/** The rules of one rules.properties, in the order the file gives them. */
	private static List<Rule> rules(Path file) throws IOException {
		String source = Files.readString(file, StandardCharsets.UTF_8);
		Properties texts = new Properties();
		texts.load(new StringReader(source));
		List<Rule> rules = new ArrayList<>();
		for (String line : source.split("\n")) {
			Matcher key = KEY.matcher(line);
			if (key.find()) {
				String code = key.group(1);
				String help = texts.getProperty(code + ".help");
				if (help == null) {
					throw new IllegalStateException(file + ": " + code + ".short has no " + code + ".help");
				}
				rules.add(new Rule(code, texts.getProperty(code + ".short"), help));
			}
		}
		if (rules.isEmpty()) {
			throw new IllegalStateException(file + " holds no rule");
		}
		return rules;
	}

	/** A rule's entry in the book: its short text without the final full stop. */
	private static String label(Rule rule) {
		return rule.shortText().replaceFirst("\\.$", "");
	}

	private static void rules(List<Group> groups, Path out) throws IOException {
		StringBuilder index = new StringBuilder();
		index.append("<h1>Validation rules</h1>\n<p>Every problem that Case Studio reports carries a code, shown in the ")
				.append("Problems view and in the command line's report (<code>[casestudio....]</code>). ")
				.append("Select a problem in the Problems view and press F1 to open its page.</p>\n");
		StringBuilder toc = new StringBuilder();
		toc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?NLS TYPE=\"org.eclipse.help.toc\"?>\n");
		toc.append("<!-- Generated from the rules.properties files by generator/HelpPages.java: do not edit. -->\n");
		toc.append("<toc label=\"Validation rules\" topic=\"gen/rules/index.html\">\n");
		StringBuilder contexts = new StringBuilder();
		contexts.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?NLS TYPE=\"org.eclipse.help.contexts\"?>\n");
		contexts.append("<!-- Generated from the rules.properties files by generator/HelpPages.java: do not edit.\n")
				.append("     One context per rule code, its id the code with '_' for '.': F1 on a problem opens it. -->\n");
		contexts.append("<contexts>\n");
		for (Group group : groups) {
			index.append("<h2>").append(html(group.title())).append("</h2>\n<dl class=\"rules\">\n");
			toc.append("   <topic label=\"").append(xml(group.title())).append("\">\n");
			for (Rule rule : group.rules()) {
				String file = rule.code() + ".html";
				index.append("<dt><a href=\"").append(file).append("\"><code>").append(html(rule.code()))
						.append("</code></a></dt>\n<dd>").append(html(rule.shortText())).append("</dd>\n");
				// A trainer looks for what went wrong, not for a code: the book lists rules by their
				// one-sentence meaning; the code heads the page itself.
				toc.append("      <topic label=\"").append(xml(label(rule))).append("\" href=\"gen/rules/")
						.append(file).append("\"/>\n");
				contexts.append("   <context id=\"").append(rule.code().replace('.', '_')).append("\" title=\"")
						.append(xml(rule.code())).append("\">\n      <description>").append(xml(rule.shortText()))
						.append("</description>\n      <topic label=\"").append(xml(label(rule)))
						.append("\" href=\"gen/rules/").append(file).append("\"/>\n   </context>\n");
				String body = "<p class=\"eyebrow\">" + html(group.title()) + "</p>\n<h1><code>" + html(rule.code())
						+ "</code></h1>\n<p class=\"short\">" + html(rule.shortText()) + "</p>\n"
						+ "<h2>What it means and how to fix it</h2>\n<p>" + html(rule.help()) + "</p>\n"
						+ "<p class=\"more\"><a href=\"index.html\">All validation rules</a></p>\n";
				write(out.resolve("rules").resolve(file), page(rule.code(), "../../html/help.css", body));
			}
			index.append("</dl>\n");
			toc.append("   </topic>\n");
		}
		toc.append("</toc>\n");
		contexts.append("</contexts>\n");
		write(out.resolve("rules/index.html"), page("Validation rules", "../../html/help.css", index.toString()));
		write(out.resolve("toc-rules.xml"), toc.toString());
		write(out.resolve("contexts.xml"), contexts.toString());
	}

	// ---------------------------------------------------------------- HTML

	private static String page(String title, String styleSheet, String body) {
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html(title)
				+ "</title>\n<link rel=\"stylesheet\" href=\"" + styleSheet + "\">\n</head>\n<body>\n"
				+ "<!-- Generated by generator/HelpPages.java of " + BUNDLE + ": do not edit. -->\n" + body
				+ "</body>\n</html>\n";
	}

	private static String html(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String xml(String text) {
		return html(text).replace("\"", "&quot;");
	}

	private static void write(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}
}
