package org.casestudio.export.slides;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * lessons, questions) and a closing (Innovation Plans, evaluation). The facilitator notes of the
 * sessions and of the questions, with the answers, are the speaker notes. Every slide is built on
 * a layout of the master, so that the deck can be restyled and edited; a {@code slides.pptx} in the
 * route's {@code templates/} folder provides the masters.
 */
public final class SlidesExporter implements IExporter {

	/** The reference deck in a route's {@code templates/} folder. */
	public static final String TEMPLATE = "slides.pptx";

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
			opening(deck, pack);
			progress.worked(1);
			for (CaseBrief brief : pack.cases()) {
				progress.checkCanceled();
				section(deck, pack, brief);
				progress.worked(1);
			}
			closing(deck, pack);
			progress.worked(1);
			context.output().write(fileName(pack), deck.bytes());
			progress.worked(1);
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.CannotWrite, e.getMessage()), e);
		}
	}

	static String fileName(TrainingPack pack) {
		return SafeNames.of(pack.overview().id()) + "-slides.pptx";
	}

	private static void opening(Deck deck, TrainingPack pack) {
		Overview o = pack.overview();
		List<String> subtitle = new ArrayList<>();
		add(subtitle, o.subtitle());
		add(subtitle, join(", ", o.where(), o.dates()));
		deck.titleSlide(o.title(), subtitle);
		if (!o.objectives().isEmpty()) {
			deck.bulletSlide(Messages.Objectives, o.objectives().stream().map(t -> Bullet.of(plain(t))).toList());
		}
		List<Bullet> agenda = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (AgendaDay day : pack.agenda()) {
			agenda.add(Bullet.of(day.title() != null ? NLS.bind(Messages.AgendaDay, new Object[] { day.number(), day.date(), day.title() })
					: NLS.bind(Messages.AgendaDayNoTitle, day.number(), day.date())));
			for (Session session : day.sessions()) {
				String title = session.title() != null ? session.title()
						: session.caseTitle() != null ? session.caseTitle() : session.kind();
				agenda.add(Bullet.under(session.startTime() != null ? NLS.bind(Messages.AgendaSession, session.startTime(), title)
						: title));
				if (session.notes() != null) {
					notes.add(title + ": " + plain(session.notes()));
				}
			}
		}
		if (agenda.isEmpty()) {
			for (CaseBrief brief : pack.cases()) {
				agenda.add(Bullet.of(NLS.bind(Messages.AgendaCase, brief.number(), brief.title())));
			}
			deck.notes(deck.bulletSlide(Messages.CasesVisited, agenda), notes);
		} else {
			deck.notes(deck.bulletSlide(Messages.Agenda, agenda), notes);
		}
	}

	private static void section(Deck deck, TrainingPack pack, CaseBrief brief) {
		List<String> subtitle = new ArrayList<>();
		if (brief.host() != null) {
			subtitle.add(NLS.bind(Messages.HostedBy, brief.host().name()));
		}
		add(subtitle, brief.where());
		XSLFSlide first = deck.sectionSlide(NLS.bind(Messages.CaseSection, brief.number(), brief.title()), subtitle);
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
				String counts = join(", ", actor.households() == null ? null : NLS.bind(Messages.Households, actor.households()),
						actor.members() == null ? null : NLS.bind(Messages.Members, actor.members()),
						actor.women() == null ? null : NLS.bind(Messages.Women, actor.women()));
				String detail = join("; ", where, counts);
				if (detail != null) {
					actors.add(Bullet.under(detail));
				}
			}
			deck.bulletSlide(Messages.Actors, actors);
		}
		for (Partnership partnership : brief.partnerships()) {
			partnership(deck, partnership);
		}
		List<Bullet> results = new ArrayList<>();
		for (Indicator i : brief.indicators()) {
			String value = join(" ", i.value(), i.unit());
			if (i.baseline() != null) {
				value = value + " (" + NLS.bind(Messages.Baseline, i.baseline()) + ")";
			}
			results.add(Bullet.of(i.year() != null ? NLS.bind(Messages.IndicatorYear, new Object[] { i.label(), value, i.year() })
					: NLS.bind(Messages.Indicator, i.label(), value)));
		}
		if (!results.isEmpty()) {
			deck.bulletSlide(Messages.Results, results);
		}
		if (!brief.timeline().isEmpty()) {
			deck.bulletSlide(Messages.Timeline, brief.timeline().stream()
					.map((Milestone m) -> Bullet.of(m.year() != null ? m.year() + ": " + plain(m.text()) : plain(m.text()))).toList());
		}
		if (!brief.lessons().isEmpty()) {
			List<Bullet> lessons = new ArrayList<>(brief.lessons().stream().map(t -> Bullet.of(plain(t))).toList());
			deck.bulletSlide(Messages.Lessons, lessons);
		}
		if (!brief.challenges().isEmpty()) {
			deck.bulletSlide(Messages.Challenges, brief.challenges().stream().map(t -> Bullet.of(plain(t))).toList());
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
						parts.add(NLS.bind(Messages.Notes, plain(q.notes())));
					}
					if (q.answer() != null) {
						parts.add(NLS.bind(Messages.Answer, plain(q.answer())));
					}
					notes2.add(NLS.bind(Messages.QuestionNotes, number, String.join(" ", parts)));
				}
			}
			deck.notes(deck.bulletSlide(Messages.Questions, questions), notes2);
		}
	}

	/** The partnership's diagram, or its facts in words when it has no partners to draw. */
	private static void partnership(Deck deck, Partnership partnership) {
		List<Bullet> facts = new ArrayList<>();
		if (partnership.kind() != null) {
			facts.add(Bullet.of(NLS.bind(Messages.Type, partnership.kind())));
		}
		if (partnership.agreement() != null) {
			facts.add(Bullet.of(NLS.bind(Messages.Agreement, partnership.agreement())));
		}
		if (partnership.product() != null) {
			facts.add(Bullet.of(NLS.bind(Messages.Product, partnership.product())));
		}
		if (partnership.certification() != null) {
			facts.add(Bullet.of(NLS.bind(Messages.Certification, partnership.certification())));
		}
		if (partnership.startYear() != null) {
			facts.add(Bullet.of(NLS.bind(Messages.Since, String.valueOf(partnership.startYear()))));
		}
		if (partnership.broker() != null) {
			facts.add(Bullet.of(NLS.bind(Messages.BrokeredBy, partnership.broker().name())));
		}
		if (partnership.partnersUndocumented()) {
			facts.add(Bullet.of(Messages.PartnersUndocumented));
		}
		List<String> notes = new ArrayList<>();
		for (Partner partner : partnership.partners()) {
			notes.add(NLS.bind(Messages.PartnerRole, partner.actor().name(), partner.roleLabel()));
		}
		if (partnership.partners().isEmpty()) {
			deck.bulletSlide(partnership.title(), facts);
			return;
		}
		Diagram diagram = PartnershipDiagrams.layout(partnership);
		byte[] png = PartnershipDiagrams.png(partnership, 2);
		byte[] svg = PartnershipDiagrams.svg(partnership).getBytes(StandardCharsets.UTF_8);
		XSLFSlide slide = deck.pictureSlide(partnership.title(), png, svg, diagram.width(), diagram.height(),
				PartnershipDiagrams.description(partnership));
		notes.add(0, Messages.DiagramNotes);
		facts.forEach(f -> notes.add(f.text()));
		deck.notes(slide, notes);
	}

	private static void closing(Deck deck, TrainingPack pack) {
		List<Bullet> plan = new ArrayList<>();
		plan.add(Bullet.of(Messages.InnovationPlanIntro));
		int step = 0;
		for (String s : Messages.InnovationPlanSteps.split("\\|")) {
			plan.add(Bullet.under(++step + ". " + s));
		}
		deck.bulletSlide(Messages.InnovationPlans, plan);
		List<Bullet> evaluation = new ArrayList<>();
		evaluation.add(Bullet.of(Messages.EvaluationIntro));
		for (String s : Messages.EvaluationStatements.split("\\|")) {
			evaluation.add(Bullet.under(s));
		}
		for (CaseBrief brief : pack.cases()) {
			evaluation.add(Bullet.under(NLS.bind(Messages.EvaluationCase, brief.title())));
		}
		evaluation.add(Bullet.of(Messages.EvaluationOpen));
		deck.bulletSlide(Messages.Evaluation, evaluation);
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
