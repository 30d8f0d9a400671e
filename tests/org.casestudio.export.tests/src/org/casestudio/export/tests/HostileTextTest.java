package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A route whose every text field holds markup and GIFT syntax meant to break out of it. In the
 * site no script runs and no request is made (an injected image would be a failed request); the
 * pages stay valid HTML; the quiz parses, and Moodle, which reads its texts as HTML, shows them as written.
 */
class HostileTextTest {

	/** Script, attribute break-out, event handler, javascript: link, GIFT and XML specials. */
	static final String HOSTILE = "<script>window.__casestudioPwned=1</script>\"><img src=x onerror=\"window.__casestudioPwned=1\">"
			+ "<svg onload=window.__casestudioPwned=1> {=~#:} \\ ' &amp; ]]> [link](javascript:window.__casestudioPwned=1)";

	@Test
	void hostileTextStaysText() throws Exception {
		Path route = write(Files.createDirectories(Fixtures.exports("hostile-route")));
		Path out = Fixtures.exports("hostile");
		Fixtures.export(route, out, "html", "scorm", "gift");
		Path site = out.resolve("html");

		SiteExportTest.assertOpensCleanly(site, out.resolve("screenshots"));
		assertEquals(List.of(), Fixtures.nuErrors(Fixtures.htmlFiles(site)));
		String index = Files.readString(site.resolve("index.html"));
		assertTrue(index.contains("&lt;script&gt;window.__casestudioPwned=1&lt;/script&gt;"));
		assertFalse(index.contains("<script>window"));
		String casePage = Files.readString(site.resolve("cases/hostile_case.html"));
		assertFalse(casePage.contains("href=\"javascript:"), "a javascript: link survived Markdown");

		int questions = 0;
		for (JsonElement element : Fixtures.node("parse-gift.mjs", out.resolve("hostile_route.gift").toString()).getAsJsonArray()) {
			JsonObject q = element.getAsJsonObject();
			if (q.get("type").getAsString().equals("MC")) {
				questions++;
				// Moodle reads the texts as HTML: the author's markup arrives escaped, and shows as written.
				String stem = q.getAsJsonObject("stem").get("text").getAsString();
				assertEquals("html", q.getAsJsonObject("stem").get("format").getAsString());
				for (String tag : List.of("<script", "<img", "<svg", "href=\"javascript:")) {
					assertFalse(stem.contains(tag), stem);
				}
				assertTrue(unescaped(stem).contains("<script>window.__casestudioPwned=1</script>\"><img src=x onerror="), stem);
				List<String> choices = new ArrayList<>();
				q.getAsJsonArray("choices").forEach(c -> choices.add(c.getAsJsonObject().getAsJsonObject("text").get("text").getAsString()));
				assertTrue(choices.stream().noneMatch(c -> c.contains("<")), choices.toString());
				assertEquals(List.of(HOSTILE + " right", HOSTILE + " wrong"), choices.stream().map(HostileTextTest::unescaped).toList());
			}
		}
		assertEquals(2, questions);
	}

	/** HTML text as a browser shows it: the five entities an escaper writes, decoded. */
	static String unescaped(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
	}

	/** The hostile route: every field that holds text gets {@link #HOSTILE}. */
	static Path write(Path folder) throws IOException {
		String h = dsl(HOSTILE);
		Files.writeString(folder.resolve("actors.actors"), """
				producers org_a %1$s
					in village %1$s district %1$s province %1$s country %1$s
					ethnic group %1$s
					about %1$s
				end
				company company_b %1$s
				end
				agency agency_c %1$s
				end
				""".formatted(h), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("hostile.route"), """
				route hostile_route %1$s
					subtitle %1$s
					theme %1$s
					country %1$s
					province %1$s
					edition 2 %1$s
					from 2024-01-08 to 2024-01-09
					organised by org_a
					host programme org_a
					funded by company_b
					participants from org_a
					cases hostile_case
					about %1$s
					objective %1$s
					day 1 2024-01-08 %1$s
						in %1$s
						visit %1$s at "09:00" for 60 minutes in %1$s led by %1$s case hostile_case
							notes %1$s
						closing %1$s
							output %1$s
					end
				end
				""".formatted(h), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("hostile.case"), """
				case hostile_case %1$s
					host org_a
					in village %1$s district %1$s province %1$s country %1$s
					summary %1$s
					context %1$s
					scaling up %1$s
					practice practice_p %1$s
						sector %1$s
						about %1$s
						traditional knowledge %1$s
						market channel %1$s
						technique %1$s
					end
					partnership partnership_p %1$s
						type PPP
						product %1$s
						certification %1$s
						price %1$s
						volume %1$s
						risks %1$s
						benefits %1$s
						governance %1$s
						partner org_a as producer
							gives %1$s to company_b
							commits %1$s
						partner company_b as private
							gives %1$s
						partner agency_c as public
							commits %1$s
					end
					indicator %1$s 12 %1$s from %1$s
					year 2020 %1$s
					lesson %1$s
					challenge %1$s
					success factor %1$s
					champion champion_c %1$s of org_a role %1$s
					question q_one %1$s
						notes %1$s
						answer %1$s
						right %2$s feedback %1$s
						wrong %3$s feedback %1$s
					question q_two %1$s
						right %2$s
						wrong %3$s
					source %1$s by %1$s publisher %1$s link %1$s
				end
				""".formatted(h, dsl(HOSTILE + " right"), dsl(HOSTILE + " wrong")), StandardCharsets.UTF_8);
		return folder;
	}

	/** A DSL string literal holding {@code text} exactly. */
	static String dsl(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
