package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.casestudio.export.pack.TrainingPack;
import org.junit.jupiter.api.Test;

/**
 * The route facts real routes need reach the export view: the participants' profile, logistics,
 * sources with their dates as known and the values they give, partnerships whose partners are not
 * documented, photos with the files they name, and coordinates.
 */
class RouteFactsViewTest {

	private final TrainingPack pack = Fixtures.pack(Fixtures.route("womens-eyes"));
	private final TrainingPack.Overview overview = pack.overview();

	@Test
	void overviewHasTheParticipantsProfile() {
		TrainingPack.Profile profile = overview.profile();
		assertEquals(19, profile.participants());
		assertEquals(18, profile.women());
		assertEquals(List.of("Attapeu", "Champasak", "Salavan", "Sekong", "Savannakhet"), profile.provinces());
		assertEquals(List.of(), profile.countries());
		assertEquals("6–10 May 2013", overview.dates());
		assertEquals(List.of("Attapeu", "Sekong"), overview.provinces());
		assertEquals("Attapeu, Sekong, Lao PDR", overview.where());
		assertEquals("River of Learning", overview.reflectionName());
		assertEquals(List.of("Reaching markets far from the villages."), overview.challenges());
		assertEquals(List.of("Women's own organisation."), overview.successFactors());
	}

	@Test
	void overviewHasTheLogistics() {
		TrainingPack.Logistics logistics = overview.logistics();
		assertEquals("2013-04-15", logistics.deadlineIso());
		assertEquals("15 April 2013", logistics.deadline());
		assertNull(logistics.fee());
		assertEquals("1500 USD", logistics.costPerParticipant().text());
		assertEquals(20, logistics.places());
		assertEquals("The route's organisers", logistics.contact());
		assertEquals("Lao", logistics.language());
		assertNull(Fixtures.pack(Fixtures.seed()).overview().logistics(), "a route without logistics has none");
	}

	@Test
	void sourcesKeepTheirDatesAsKnownAndTheValuesTheyGive() {
		List<TrainingPack.Source> sources = overview.sources();
		assertEquals(2, sources.size());
		TrainingPack.Source report = sources.get(0);
		assertEquals("June 2013", report.date());
		assertEquals("2013-06", report.dateIso());
		assertEquals(2013, report.year());
		assertEquals(List.of(new TrainingPack.Author("PROCASUR", "procasur")), report.authors());
		assertEquals("PROCASUR", report.author());
		assertEquals(List.of(new TrainingPack.Claim("dates", null), new TrainingPack.Claim("participants", "19"),
				new TrainingPack.Claim("women", "18")), report.claims());
		TrainingPack.Source news = sources.get(1);
		assertEquals("20 May 2013", news.date());
		assertEquals(List.of(new TrainingPack.Claim("women", "20")), news.claims());

		TrainingPack.Partnership market = pack.cases().get(0).partnerships().get(0);
		TrainingPack.Source programme = market.sources().get(0);
		assertEquals("2013", programme.date());
		assertEquals(List.of(new TrainingPack.Author("Rural Livelihood Improvement Programme (RLIP)", "rlip"),
				new TrainingPack.Author("A. Writer", null)), programme.authors());
	}

	@Test
	void partnershipsMaySayTheirPartnersAreNotDocumented() {
		TrainingPack.Partnership market = pack.cases().get(0).partnerships().get(0);
		assertTrue(market.partnersUndocumented());
		assertEquals(List.of(), market.partners());
		assertEquals("Partnership agreement", market.agreement());
		assertEquals("The programme and a buyer share the cost of a dyeing house.", market.sharedInvestment());
	}

	@Test
	void photosNameTheFilesBesideTheTextThatDeclaresThem() {
		TrainingPack.Photo group = overview.photos().get(0);
		assertEquals("photos/group.png", group.file());
		assertEquals(Fixtures.route("womens-eyes").resolve("photos/group.png"), group.path());
		assertTrue(Files.isRegularFile(group.path()));
		assertEquals("The nineteen participants in front of the route bus", group.alt());
		assertEquals("PROCASUR", group.credit());
		assertEquals("photos/day1.png", pack.agenda().get(0).photos().get(0).file());
		TrainingPack.CaseBrief dyes = pack.cases().get(0);
		assertEquals("Dyeing with indigo in Vang Xai.", dyes.photos().get(0).caption());
		assertTrue(Files.isRegularFile(dyes.host().photos().get(0).path()));
	}

	@Test
	void placesWithCoordinatesLinkToAMap() {
		TrainingPack.CaseBrief dyes = pack.cases().get(0);
		assertEquals(14.81, dyes.coordinates().latitude());
		assertEquals(106.84, dyes.coordinates().longitude());
		assertEquals("geo:14.81,106.84", dyes.coordinates().geoUri());
		assertEquals(dyes.coordinates(), overview.places().get(0).coordinates());
		assertEquals(dyes.coordinates(), dyes.host().coordinates());
		assertSame(dyes.host(), dyes.actors().get(0));
		assertEquals(1, dyes.host().sources().size());
		assertNull(Fixtures.pack(Fixtures.seed()).overview().places().get(0).coordinates(),
				"the seed's places have no coordinates");
	}
}
