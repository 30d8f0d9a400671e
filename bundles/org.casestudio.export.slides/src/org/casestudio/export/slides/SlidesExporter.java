package org.casestudio.export.slides;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.casestudio.export.ExportContext;
import org.casestudio.export.ExportException;
import org.casestudio.export.IExporter;
import org.casestudio.export.SafeNames;
import org.casestudio.export.diagram.Diagram;
import org.casestudio.export.diagram.PartnershipDiagrams;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.TrainingPack.Actor;
import org.casestudio.export.pack.TrainingPack.AgendaDay;
import org.casestudio.export.pack.TrainingPack.CaseBrief;
import org.casestudio.export.pack.TrainingPack.Indicator;
import org.casestudio.export.pack.TrainingPack.Milestone;
import org.casestudio.export.pack.TrainingPack.Overview;
import org.casestudio.export.pack.TrainingPack.Partner;
import org.casestudio.export.pack.TrainingPack.Partnership;
import org.casestudio.export.pack.TrainingPack.Question;
import org.casestudio.export.pack.TrainingPack.Session;
import org.casestudio.export.pack.Words;
import org.casestudio.export.slides.Deck.Picture;
import org.casestudio.export.slides.Deck.Bullet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The slides a facilitator projects during a route, as a PowerPoint deck: an opening (title,
 * objectives, agenda), a section per case (host and actors, each partnership's diagram, results,
 * lessons, questions), the comparison of the cases ({@link ComparisonSlides}) and a closing
 * (Innovation Plans, evaluation). The facilitator notes of the sessions and of the questions, with
 * the answers, are the speaker notes. The fixed words are in the pack's language
 * ({@code slides-words*.properties}). Every slide is built on a layout of the master, so that the
 * deck can be restyled and edited; a {@code slides.pptx} in the route's {@code templates/} folder
 * provides the masters, else Case Studio's {@link Theme}.
 */
public final class SlidesExporter implements IExporter {

	/** The reference deck in a route's {@code templates/} folder. */
	public static final String TEMPLATE = "slides.pptx";

	/** The diagrams' PNG: two pixels per point, sharp on a projector. */
	static final double PNG_SCALE = 2;
	/**
	 * A diagram shown at least this large in a column of the two-column layout goes beside its
	 * partnership's facts; a larger one gets a slide of its own. The slide's diagram is drawn with
	 * names of 16 and labels of 14 units: at this scale they stay 14 and 12 points or more.
	 */
	static final double SMALL_SCALE = 0.875;

	private static final Parser MARKDOWN = Parser.builder().build();
	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	@Override
	public void export(ExportContext context, IProgressMonitor monitor) throws ExportException {
		TrainingPack pack = context.pack();
		SubMonitor progress = SubMonitor.convert(monitor, pack.cases().size() + 3);
		Path template = context.routeFolder() == null ? null
				: context.routeFolder().resolve("templates").resolve(TEMPLATE);
		Deck deck;
		try {
			deck = Deck.open(template);
		} catch (IOException | RuntimeException e) {
			// POI reports a broken file as an unchecked exception too.
			throw new ExportException(NLS.bind(Messages.CannotReadTemplate, template, e.getMessage()), e);
		}
		try (deck) {
			Words words = Words.of(SlidesExporter.class, "slides-words", pack.language().tag());
			Writer writer = new Writer(deck, pack, words, pictures(pack));
			writer.opening();
			progress.worked(1);
			for (CaseBrief brief : pack.cases()) {
				progress.checkCanceled();
				writer.section(brief);
				progress.worked(1);
			}
			new ComparisonSlides(deck, words).add(pack.comparison(), SlidesExporter::plain);
			writer.closing();
			progress.worked(1);
			context.output().write(fileName(pack), deck.bytes());
			progress.worked(1);
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.CannotWrite, e.getMessage()), e);
		}
	}

	/**
	 * Every partnership's diagram, laid out and drawn once, on all cores: the layouts and the PNG
	 * encoding are most of a deck's time, and each diagram is independent of the others.
	 */
	static Map<Partnership, Picture> pictures(TrainingPack pack) {
		List<Partnership> drawn = pack.cases().stream().flatMap(c -> c.partnerships().stream())
				.filter(p -> !p.partners().isEmpty()).distinct().toList();
		Map<Partnership, Picture> pictures = new ConcurrentHashMap<>();
		drawn.parallelStream().forEach(p -> {
			Diagram diagram = PartnershipDiagrams.slideLayout(p);
			pictures.put(p, new Picture(PartnershipDiagrams.slidePng(p, PNG_SCALE),
					PartnershipDiagrams.slideSvg(p).getBytes(StandardCharsets.UTF_8), diagram.width(), diagram.height(),
					PartnershipDiagrams.description(p)));
		});
		return pictures;
	}

	static String fileName(TrainingPack pack) {
		return SafeNames.of(pack.overview().id()) + "-slides.pptx";
	}

	/** One deck being written: the pack, its words, its diagrams drawn. */
	private static final class Writer {

		private final Deck deck;
		private final TrainingPack pack;
		private final Words w;
		private final Map<Partnership, Picture> pictures;

		Writer(Deck deck, TrainingPack pack, Words w, Map<Partnership, Picture> pictures) {
			this.deck = deck;
			this.pack = pack;
			this.w = w;
			this.pictures = pictures;
		}

		void opening() {
			Overview o = pack.overview();
			List<String> subtitle = new ArrayList<>();
			add(subtitle, o.subtitle());
			add(subtitle, join(", ", o.where(), o.dates()));
			deck.titleSlide(o.title(), subtitle);
			if (!o.objectives().isEmpty()) {
				deck.bulletSlide(w.get("objectives"), o.objectives().stream().map(t -> Bullet.of(plain(t))).toList());
			}
			List<Bullet> agenda = new ArrayList<>();
			List<String> notes = new ArrayList<>();
			for (AgendaDay day : pack.agenda()) {
				agenda.add(Bullet.of(day(day)));
				for (Session session : day.sessions()) {
					String title = session.title() != null ? session.title()
							: session.caseTitle() != null ? session.caseTitle() : session.kind();
					agenda.add(Bullet.under(session.startTime() != null ? w.format("agendaSession", session.startTime(), title)
							: title));
					if (session.notes() != null) {
						notes.add(title + ": " + plain(session.notes()));
					}
				}
			}
			if (agenda.isEmpty()) {
				for (CaseBrief brief : pack.cases()) {
					agenda.add(Bullet.of(w.format("caseSection", brief.number(), brief.title())));
				}
				deck.notes(deck.bulletSlide(w.get("casesVisited"), agenda), notes);
			} else {
				deck.notes(deck.bulletSlide(w.get("agenda"), agenda), notes);
			}
		}

		/** A day of the agenda: its number, and its date and title where the route gives them. */
		private String day(AgendaDay day) {
			if (day.date() == null) {
				return day.title() != null ? w.format("agendaDayNoDate", day.number(), day.title())
						: w.format("agendaDayOnly", day.number());
			}
			return day.title() != null ? w.format("agendaDay", day.number(), day.date(), day.title())
					: w.format("agendaDayNoTitle", day.number(), day.date());
		}

		void section(CaseBrief brief) {
			List<String> subtitle = new ArrayList<>();
			if (brief.host() != null) {
				subtitle.add(w.format("hostedBy", brief.host().name()));
			}
			add(subtitle, brief.where());
			XSLFSlide first = deck.sectionSlide(w.format("caseSection", brief.number(), brief.title()), subtitle);
			// What the facilitator says when the group arrives: the case in short and the visit's notes.
			List<String> notes = new ArrayList<>();
			add(notes, plain(brief.summary()));
			for (AgendaDay day : pack.agenda()) {
				for (Session session : day.sessions()) {
					if (brief.id().equals(session.caseId()) && session.notes() != null) {
						notes.add(plain(session.notes()));
					}
				}
			}
			deck.notes(first, notes);

			if (!brief.actors().isEmpty()) {
				List<Bullet> actors = new ArrayList<>();
				for (Actor actor : brief.actors()) {
					actors.add(Bullet.of(join(", ", actor.name(), actor.kind())));
					String where = actor.where();
					String counts = join(", ", actor.households() == null ? null : w.format("households", actor.households()),
							actor.members() == null ? null : w.format("members", actor.members()),
							actor.women() == null ? null : w.format("women", actor.women()));
					String detail = join("; ", where, counts);
					if (detail != null) {
						actors.add(Bullet.under(detail));
					}
				}
				deck.bulletSlide(w.get("actors"), actors);
			}
			for (Partnership partnership : brief.partnerships()) {
				partnership(partnership);
			}
			List<Bullet> results = new ArrayList<>();
			for (Indicator i : brief.indicators()) {
				String value = join(" ", i.value(), i.unit());
				if (i.baseline() != null) {
					value = value + " (" + w.format("baseline", i.baseline()) + ")";
				}
				results.add(Bullet.of(i.year() != null ? w.format("indicatorYear", i.label(), value, String.valueOf(i.year()))
						: w.format("indicator", i.label(), value)));
			}
			if (!results.isEmpty()) {
				deck.bulletSlide(w.get("results"), results);
			}
			if (!brief.timeline().isEmpty()) {
				deck.bulletSlide(w.get("timeline"), brief.timeline().stream()
						.map((Milestone m) -> Bullet.of(m.year() != null ? m.year() + ": " + plain(m.text()) : plain(m.text()))).toList());
			}
			if (!brief.lessons().isEmpty()) {
				List<Bullet> lessons = new ArrayList<>(brief.lessons().stream().map(t -> Bullet.of(plain(t))).toList());
				deck.bulletSlide(w.get("lessons"), lessons);
			}
			if (!brief.challenges().isEmpty()) {
				deck.bulletSlide(w.get("challenges"), brief.challenges().stream().map(t -> Bullet.of(plain(t))).toList());
			}
			if (!brief.questions().isEmpty()) {
				List<Bullet> questions = new ArrayList<>();
				List<String> notes2 = new ArrayList<>();
				int number = 0;
				for (Question q : brief.questions()) {
					number++;
					questions.add(Bullet.of(plain(q.text())));
					if (q.notes() != null || q.answer() != null) {
						List<String> parts = new ArrayList<>();
						if (q.notes() != null) {
							parts.add(w.format("notes", plain(q.notes())));
						}
						if (q.answer() != null) {
							parts.add(w.format("answer", plain(q.answer())));
						}
						notes2.add(w.format("questionNotes", number, String.join(" ", parts)));
					}
				}
				deck.notes(deck.bulletSlide(w.get("questions"), questions), notes2);
			}
		}

		/** The partnership's diagram, or its facts in words when it has no partners to draw. */
		private void partnership(Partnership partnership) {
			List<Bullet> facts = new ArrayList<>();
			if (partnership.kind() != null) {
				facts.add(Bullet.of(w.format("type", partnership.kind())));
			}
			if (partnership.agreement() != null) {
				facts.add(Bullet.of(w.format("agreement", partnership.agreement())));
			}
			if (partnership.product() != null) {
				facts.add(Bullet.of(w.format("product", partnership.product())));
			}
			if (partnership.certification() != null) {
				facts.add(Bullet.of(w.format("certification", partnership.certification())));
			}
			if (partnership.startYear() != null) {
				facts.add(Bullet.of(w.format("since", String.valueOf(partnership.startYear()))));
			}
			if (partnership.broker() != null) {
				facts.add(Bullet.of(w.format("brokeredBy", partnership.broker().name())));
			}
			if (partnership.partnersUndocumented()) {
				facts.add(Bullet.of(w.get("partnersUndocumented")));
			}
			List<String> notes = new ArrayList<>();
			for (Partner partner : partnership.partners()) {
				notes.add(w.format("partnerRole", partner.actor().name(), partner.roleLabel()));
			}
			if (partnership.partners().isEmpty()) {
				deck.bulletSlide(partnership.title(), facts);
				return;
			}
			Picture picture = pictures.get(partnership);
			notes.add(0, w.get("diagramNotes"));
			// A large diagram's arrows carry numbers: what each stands for is in the notes.
			List<String> key = PartnershipDiagrams.key(partnership);
			notes.addAll(1, key);
			XSLFSlide slide;
			if (!facts.isEmpty() && key.isEmpty() && deck.fitsColumn(picture, SMALL_SCALE)) {
				// A small diagram beside the partnership's facts.
				slide = deck.bulletsAndPictureSlide(partnership.title(), facts, picture);
			} else {
				// A large one gets the slide to itself, its facts told in the notes.
				slide = deck.pictureSlide(partnership.title(), picture,
						key.isEmpty() ? w.get("legend") : w.get("legend") + " " + w.get("legendNumbers"));
				facts.forEach(f -> notes.add(f.text()));
			}
			deck.notes(slide, notes);
		}

		void closing() {
			List<Bullet> plan = new ArrayList<>();
			plan.add(Bullet.of(w.get("innovationPlanIntro")));
			int step = 0;
			for (String s : w.get("innovationPlanSteps").split("\\|")) {
				plan.add(Bullet.under(++step + ". " + s));
			}
			deck.bulletSlide(w.get("innovationPlans"), plan);
			List<Bullet> evaluation = new ArrayList<>();
			evaluation.add(Bullet.of(w.get("evaluationIntro")));
			for (String s : w.get("evaluationStatements").split("\\|")) {
				evaluation.add(Bullet.under(s));
			}
			for (CaseBrief brief : pack.cases()) {
				evaluation.add(Bullet.under(w.format("evaluationCase", brief.title())));
			}
			evaluation.add(Bullet.of(w.get("evaluationOpen")));
			deck.bulletSlide(w.get("evaluation"), evaluation);
		}
	}

	/** A Markdown text as the words a slide shows, without its marks; null stays null. */
	static String plain(String markdown) {
		if (markdown == null) {
			return null;
		}
		return TEXT.render(MARKDOWN.parse(markdown)).strip().replaceAll("\\s*\\n\\s*", " ");
	}

	/** The parts that are there, joined; null when none is. */
	private static String join(String separator, String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				present.add(part.strip());
			}
		}
		return present.isEmpty() ? null : String.join(separator, present);
	}

	private static void add(List<String> lines, String line) {
		if (line != null && !line.isBlank()) {
			lines.add(line);
		}
	}
}
