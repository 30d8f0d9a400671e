package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The Moodle quiz, read back by a real GIFT parser (gift-pegjs). Texts are HTML ({@code [html]}):
 * the parser gives them back as Moodle stores them, so markup an author typed shows escaped.
 */
class GiftExportTest {

	@Test
	void quizParsesIntoTheQuestionsWithTheirRightAnswers() throws Exception {
		Path out = Fixtures.exports("gift");
		Fixtures.export(Fixtures.route("market-day"), out, "gift");
		List<String> questions = new ArrayList<>();
		for (JsonElement element : Fixtures.node("parse-gift.mjs", out.resolve("market_day.gift").toString()).getAsJsonArray()) {
			questions.add(describe(element.getAsJsonObject()));
		}
		assertEquals(List.of(
				"Category Market Day: Producers and Buyers in the Bolaven Plateau/Bolaven Honey Cooperative and Green Foods",
				"MC price: What price did the buyer agree to pay per kilogram? right=[USD 9.50] feedback=Yes: more than twice the roadside price.",
				"MC who: Who pre-finances the jars? right=[Green Foods Co.] feedback=",
				"Category Market Day: Producers and Buyers in the Bolaven Plateau/Tea Growers of Ban Nong",
				"MC benefits: Which of these are benefits of the floor price? right=[Income in bad years, Easier planning] feedback=",
				"Essay tea 2: What would you ask the trader? feedback="),
				questions);
	}

	@Test
	void everyDiscussionQuestionOfTheSeedIsAnEssayQuestion() throws Exception {
		Path out = Fixtures.exports("gift-seed");
		Fixtures.export(Fixtures.seed(), out, "gift");
		List<String> questions = new ArrayList<>();
		for (JsonElement element : Fixtures.node("parse-gift.mjs", out.resolve("attapeu.gift").toString()).getAsJsonArray()) {
			JsonObject q = element.getAsJsonObject();
			if (!q.get("type").getAsString().equals("Category")) {
				questions.add(describe(q));
				assertEquals("html", q.getAsJsonObject("stem").get("format").getAsString());
			}
		}
		assertEquals(List.of(
				"Essay direct_sales: What made it possible for 21 food-insecure families to sell directly to an organic trader? feedback=",
				"Essay tradition: How does the group turn its traditional knowledge into a product the market wants? feedback=",
				"Essay scale: What changed for Dakseum's coffee producers when the long-term partnership began in 2009? feedback="),
				questions);
	}

	@Test
	void markupInAQuestionReachesMoodleAsTextAndMarkdownAsHtml(@TempDir Path temp) throws Exception {
		PackBuilderTest.copy(Fixtures.route("market-day"), temp);
		Path tea = temp.resolve("tea.case");
		Files.writeString(tea, Files.readString(tea).replace("question \"What would you ask the trader?\"",
				"question \"Is <b>bold</b> & <script>x()</script> *safe*?\"\n\t\tanswer \"Only <i>text</i>, **emphasis** kept\""));
		Path honey = temp.resolve("honey.case");
		Files.writeString(honey, Files.readString(honey).replace("right \"USD 9.50\" feedback \"Yes:",
				"right \"USD <9.50> & more\" feedback \"<em>Yes</em>:"));
		Path out = Fixtures.exports("gift-markup");
		Fixtures.export(temp, out, "gift");
		String gift = Files.readString(out.resolve("market_day.gift"));
		assertFalse(gift.contains("<b>") || gift.contains("<script>") || gift.contains("<i>") || gift.contains("<9.50>"), gift);
		List<String> questions = new ArrayList<>();
		for (JsonElement element : Fixtures.node("parse-gift.mjs", out.resolve("market_day.gift").toString()).getAsJsonArray()) {
			JsonObject q = element.getAsJsonObject();
			if (!q.get("type").getAsString().equals("Category")) {
				assertEquals("html", q.getAsJsonObject("stem").get("format").getAsString());
				questions.add(describe(q));
			}
		}
		assertEquals("MC price: What price did the buyer agree to pay per kilogram? right=[USD &lt;9.50&gt; &amp; more]"
				+ " feedback=&lt;em&gt;Yes&lt;/em&gt;: more than twice the roadside price.", questions.get(0));
		assertEquals("Essay tea 2: Is &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt; <em>safe</em>?"
				+ " feedback=Only &lt;i&gt;text&lt;/i&gt;, <strong>emphasis</strong> kept", questions.get(3));
	}

	/** A question as "type title: text right=[...] feedback=first feedback", or a category line. */
	static String describe(JsonObject q) {
		String type = q.get("type").getAsString();
		if (type.equals("Category")) {
			return "Category " + q.get("title").getAsString().replace("$course$/", "");
		}
		if (type.equals("Essay")) {
			JsonElement general = q.get("globalFeedback");
			return type + " " + q.get("title").getAsString() + ": " + q.getAsJsonObject("stem").get("text").getAsString()
					+ " feedback=" + (general == null || general.isJsonNull() ? "" : general.getAsJsonObject().get("text").getAsString());
		}
		List<String> right = new ArrayList<>();
		String feedback = "";
		for (JsonElement c : q.getAsJsonArray("choices")) {
			JsonObject choice = c.getAsJsonObject();
			boolean correct = choice.get("isCorrect").getAsBoolean()
					|| (choice.has("weight") && !choice.get("weight").isJsonNull() && choice.get("weight").getAsDouble() > 0);
			if (correct) {
				right.add(choice.getAsJsonObject("text").get("text").getAsString());
				if (feedback.isEmpty() && choice.has("feedback") && !choice.get("feedback").isJsonNull()) {
					feedback = choice.getAsJsonObject("feedback").get("text").getAsString();
				}
			}
		}
		return type + " " + q.get("title").getAsString() + ": " + q.getAsJsonObject("stem").get("text").getAsString()
				+ " right=" + right + " feedback=" + feedback;
	}
}
