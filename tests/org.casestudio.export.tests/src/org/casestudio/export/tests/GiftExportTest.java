package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The Moodle quiz, read back by a real GIFT parser (gift-pegjs). */
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
				"MC benefits: Which of these are benefits of the floor price? right=[Income in bad years, Easier planning] feedback="),
				questions);
	}

	/** A question as "type title: text right=[...] feedback=first feedback", or a category line. */
	static String describe(JsonObject q) {
		String type = q.get("type").getAsString();
		if (type.equals("Category")) {
			return "Category " + q.get("title").getAsString().replace("$course$/", "");
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
