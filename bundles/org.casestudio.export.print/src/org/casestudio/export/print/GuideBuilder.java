package org.casestudio.export.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.TrainingPack.AgendaDay;
import org.casestudio.export.pack.TrainingPack.CaseBrief;
import org.casestudio.export.pack.TrainingPack.Option;
import org.casestudio.export.pack.TrainingPack.Partnership;
import org.casestudio.export.pack.TrainingPack.Question;
import org.casestudio.export.pack.TrainingPack.Session;
import org.casestudio.export.print.Doc.Items;
import org.casestudio.export.print.Doc.Para;
import org.casestudio.export.print.Doc.Picture;
import org.casestudio.export.print.Doc.Span;
import org.eclipse.osgi.util.NLS;

/**
 * The facilitator's guide: cover, objectives, agenda, a plan per session, a brief per case, the
 * questions with notes and answers, the participants, the comparison of the cases and how to
 * evaluate. Session plans are made from what the model says of a session (its kind, case, time,
 * notes and outputs); steps a session's kind implies are the guide's own words.
 */
final class GuideBuilder {

	private GuideBuilder() {
	}

	static Doc build(TrainingPack pack, Function<Partnership, Picture> diagrams) {
		Sections s = new Sections(pack, Messages.Guide_kind, diagrams);
		s.cover(Messages.Guide_kind);
		s.about();
		s.objectives();
		s.agenda();
		sessionPlans(s);
		if (!pack.cases().isEmpty()) {
			s.heading(1, Messages.Cases);
			for (CaseBrief c : pack.cases()) {
				s.brief(c, true);
			}
		}
		questions(s);
		participants(s);
		s.comparison();
		s.heading(1, Messages.Evaluation);
		s.doc.blocks.add(new Items(true, Stream.of(Messages.Evaluation_1, Messages.Evaluation_2, Messages.Evaluation_3,
				Messages.Evaluation_4).map(t -> List.of(Span.plain(t))).toList()));
		return s.doc;
	}

	private static void sessionPlans(Sections s) {
		if (s.pack.agenda().stream().allMatch(d -> d.sessions().isEmpty())) {
			return;
		}
		s.heading(1, Messages.SessionPlans);
		s.para(Messages.SessionPlans_lead, Para.LEAD);
		for (AgendaDay day : s.pack.agenda()) {
			if (day.sessions().isEmpty()) {
				continue;
			}
			s.heading(2, Sections.dayTitle(day));
			for (Session session : day.sessions()) {
				s.heading(3, Sections.sessionTitle(session));
				String purpose = Texts.present(session.notes()) ? session.notes() : session.kind();
				s.field(Messages.Plan_purpose, purpose);
				String time = Sections.time(session);
				String place = Texts.present(session.place()) ? session.place() : day.place();
				s.field(Messages.Plan_time,
						Texts.present(place) ? NLS.bind(Messages.Plan_time_value, time, place) : time);
				s.field(Messages.Col_facilitator, session.facilitator());
				s.doc.blocks.add(new Para(List.of(Span.bold(Messages.Plan_steps)), Para.BODY));
				s.doc.blocks.add(new Items(true, steps(session).stream().map(t -> List.of(Span.plain(t))).toList()));
				s.field(Messages.Plan_materials, String.join(", ", materials(session)));
				s.list(4, Messages.Plan_outputs, session.outputs(), false);
			}
		}
	}

	/** What to do in a session of this kind; the model names the kind and the case, not the steps. */
	static List<String> steps(Session session) {
		List<String> steps = new ArrayList<>();
		String kind = session.kind() == null ? "" : session.kind();
		if (Texts.present(session.caseTitle())) {
			steps.add(NLS.bind(Messages.Step_visit, session.caseTitle()));
			steps.add(Messages.Step_listen);
			steps.add(Messages.Step_discuss);
		} else if (kind.equals(org.casestudio.export.pack.Labels.Session_reflection)) {
			steps.add(Messages.Step_reflect);
		} else if (kind.equals(org.casestudio.export.pack.Labels.Session_innovationWorkshop)) {
			steps.add(Messages.Step_plan);
		} else if (kind.equals(org.casestudio.export.pack.Labels.Session_closing)) {
			steps.add(Messages.Step_evaluate);
		} else if (kind.equals(org.casestudio.export.pack.Labels.Session_caseAnalysis)
				|| kind.equals(org.casestudio.export.pack.Labels.Session_panel)) {
			steps.add(Messages.Step_listen);
			steps.add(Messages.Step_discuss);
		} else {
			steps.add(Messages.Step_default);
		}
		return steps;
	}

	private static List<String> materials(Session session) {
		List<String> materials = new ArrayList<>();
		materials.add(Messages.Materials_workbook);
		if (Texts.present(session.caseTitle())) {
			materials.add(NLS.bind(Messages.Materials_brief, session.caseTitle()));
		}
		materials.add(Messages.Materials_flipchart);
		return materials;
	}

	private static void questions(Sections s) {
		if (s.pack.cases().stream().allMatch(c -> c.questions().isEmpty())) {
			return;
		}
		s.heading(1, Messages.Questions);
		for (CaseBrief c : s.pack.cases()) {
			if (c.questions().isEmpty()) {
				continue;
			}
			s.heading(2, NLS.bind(Messages.Questions_of, c.title()));
			List<List<Span>> items = c.questions().stream().map(q -> Texts.inline(q.text())).filter(l -> !l.isEmpty())
					.toList();
			int number = 0;
			for (Question q : c.questions()) {
				List<Span> text = Texts.inline(q.text());
				if (text.isEmpty()) {
					continue;
				}
				number++;
				List<Span> numbered = new ArrayList<>();
				numbered.add(Span.bold(number + ". "));
				numbered.addAll(text);
				s.doc.blocks.add(new Para(numbered, Para.BODY));
				note(s, Messages.Question_notes, q.notes());
				note(s, Messages.Question_answer, q.answer());
				String right = q.options().stream().filter(Option::correct).map(o -> Texts.plain(o.text()))
						.filter(Texts::present).collect(Collectors.joining("; "));
				String wrong = q.options().stream().filter(o -> !o.correct()).map(o -> Texts.plain(o.text()))
						.filter(Texts::present).collect(Collectors.joining("; "));
				note(s, Messages.Question_right, right);
				note(s, Messages.Question_wrong, wrong);
			}
			assert items.size() == number;
		}
	}

	private static void note(Sections s, String label, String markdown) {
		if (Texts.present(markdown)) {
			List<Span> spans = new ArrayList<>();
			spans.add(Span.bold(label + " "));
			spans.addAll(Texts.inline(markdown));
			s.doc.blocks.add(new Para(spans, Para.NOTE));
		}
	}

	private static void participants(Sections s) {
		TrainingPack pack = s.pack;
		String organisations = Sections.names(pack.overview().participantOrganisations());
		if (pack.participants().isEmpty() && organisations == null && pack.overview().profile() == null) {
			return;
		}
		s.heading(1, Messages.Participants);
		var profile = pack.overview().profile();
		if (profile != null && profile.participants() != null) {
			s.para(NLS.bind(Messages.Participants_profile, profile.participants(),
					profile.women() == null ? Messages.None : profile.women()), Para.BODY);
		}
		List<List<String>> rows = pack.participants().stream()
				.map(p -> List.of(Sections.orDash(p.name()),
						p.organisation() == null ? Messages.None : Sections.orDash(p.organisation().name()),
						Sections.orDash(p.role())))
				.toList();
		s.table(List.of(Messages.Col_name, Messages.Col_organisation, Messages.Col_roleThere), rows, 34, 40, 26);
		s.field(Messages.Participants_organisations, organisations);
	}
}
