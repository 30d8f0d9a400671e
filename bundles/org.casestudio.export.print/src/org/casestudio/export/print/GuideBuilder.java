package org.casestudio.export.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casestudio.export.pack.Labels;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.Words;
import org.casestudio.export.pack.TrainingPack.AgendaDay;
import org.casestudio.export.pack.TrainingPack.CaseBrief;
import org.casestudio.export.pack.TrainingPack.Option;
import org.casestudio.export.pack.TrainingPack.Partnership;
import org.casestudio.export.pack.TrainingPack.Question;
import org.casestudio.export.pack.TrainingPack.Session;
import org.casestudio.export.print.Doc.Contents;
import org.casestudio.export.print.Doc.Items;
import org.casestudio.export.print.Doc.Para;
import org.casestudio.export.print.Doc.Picture;
import org.casestudio.export.print.Doc.Span;

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
		Sections s = new Sections(pack, "Guide_kind", diagrams);
		s.cover(s.w.get("Guide_kind"));
		s.doc.blocks.add(new Contents(s.w.get("Contents")));
		s.about();
		s.objectives();
		s.agenda();
		sessionPlans(s);
		if (!pack.cases().isEmpty()) {
			s.heading(1, s.w.get("Cases"));
			for (CaseBrief c : pack.cases()) {
				s.brief(c, true);
			}
		}
		questions(s);
		participants(s);
		s.comparison();
		s.heading(1, s.w.get("Evaluation"));
		s.doc.blocks.add(new Items(true, Stream.of(s.w.get("Evaluation_1"), s.w.get("Evaluation_2"), s.w.get("Evaluation_3"),
				s.w.get("Evaluation_4")).map(t -> List.of(Span.plain(t))).toList()));
		return s.doc;
	}

	private static void sessionPlans(Sections s) {
		if (s.pack.agenda().stream().allMatch(d -> d.sessions().isEmpty())) {
			return;
		}
		s.heading(1, s.w.get("SessionPlans"));
		s.para(s.w.get("SessionPlans_lead"), Para.LEAD);
		for (AgendaDay day : s.pack.agenda()) {
			if (day.sessions().isEmpty()) {
				continue;
			}
			s.heading(2, s.dayTitle(day));
			for (Session session : day.sessions()) {
				s.heading(3, s.sessionTitle(session));
				String purpose = Texts.present(session.notes()) ? session.notes() : session.kind();
				s.field(s.w.get("Plan_purpose"), purpose);
				String time = s.time(session);
				String place = Texts.present(session.place()) ? session.place() : day.place();
				s.field(s.w.get("Plan_time"),
						Texts.present(place) ? s.w.format("Plan_time_value", time, place) : time);
				s.field(s.w.get("Col_facilitator"), session.facilitator());
				s.doc.blocks.add(new Para(List.of(Span.bold(s.w.get("Plan_steps"))), Para.BODY));
				s.doc.blocks.add(new Items(true, steps(s, session).stream().map(t -> List.of(Span.plain(t))).toList()));
				s.field(s.w.get("Plan_materials"), String.join(", ", materials(s, session)));
				s.list(4, s.w.get("Plan_outputs"), session.outputs(), false);
			}
		}
	}

	/** What to do in a session of this kind; the model names the kind and the case, not the steps. */
	static List<String> steps(Sections s, Session session) {
		// The view names a session's kind in the pack's language (labels.properties).
		Words labels = Words.of(Labels.class, "labels", s.pack.language().tag());
		List<String> steps = new ArrayList<>();
		String kind = session.kind() == null ? "" : session.kind();
		if (Texts.present(session.caseTitle())) {
			steps.add(s.w.format("Step_visit", session.caseTitle()));
			steps.add(s.w.get("Step_listen"));
			steps.add(s.w.get("Step_discuss"));
		} else if (kind.equals(labels.get("Session_reflection"))) {
			steps.add(s.w.get("Step_reflect"));
		} else if (kind.equals(labels.get("Session_innovationWorkshop"))) {
			steps.add(s.w.get("Step_plan"));
		} else if (kind.equals(labels.get("Session_closing"))) {
			steps.add(s.w.get("Step_evaluate"));
		} else if (kind.equals(labels.get("Session_caseAnalysis"))
				|| kind.equals(labels.get("Session_panel"))) {
			steps.add(s.w.get("Step_listen"));
			steps.add(s.w.get("Step_discuss"));
		} else {
			steps.add(s.w.get("Step_default"));
		}
		return steps;
	}

	private static List<String> materials(Sections s, Session session) {
		List<String> materials = new ArrayList<>();
		materials.add(s.w.get("Materials_workbook"));
		if (Texts.present(session.caseTitle())) {
			materials.add(s.w.format("Materials_brief", session.caseTitle()));
		}
		materials.add(s.w.get("Materials_flipchart"));
		return materials;
	}

	private static void questions(Sections s) {
		if (s.pack.cases().stream().allMatch(c -> c.questions().isEmpty())) {
			return;
		}
		s.heading(1, s.w.get("Questions"));
		for (CaseBrief c : s.pack.cases()) {
			if (c.questions().isEmpty()) {
				continue;
			}
			s.heading(2, s.w.format("Questions_of", c.title()));
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
				note(s, s.w.get("Question_notes"), q.notes());
				note(s, s.w.get("Question_answer"), q.answer());
				String right = q.options().stream().filter(Option::correct).map(o -> Texts.plain(o.text()))
						.filter(Texts::present).collect(Collectors.joining("; "));
				String wrong = q.options().stream().filter(o -> !o.correct()).map(o -> Texts.plain(o.text()))
						.filter(Texts::present).collect(Collectors.joining("; "));
				note(s, s.w.get("Question_right"), right);
				note(s, s.w.get("Question_wrong"), wrong);
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
		s.heading(1, s.w.get("Participants"));
		var profile = pack.overview().profile();
		if (profile != null && profile.participants() != null) {
			s.para(s.w.format("Participants_profile", profile.participants(),
					profile.women() == null ? s.w.get("None") : profile.women()), Para.BODY);
		}
		List<List<String>> rows = pack.participants().stream()
				.map(p -> List.of(s.orDash(p.name()),
						p.organisation() == null ? s.w.get("None") : s.orDash(p.organisation().name()),
						s.orDash(p.role())))
				.toList();
		s.table(List.of(s.w.get("Col_name"), s.w.get("Col_organisation"), s.w.get("Col_roleThere")), rows, 34, 40, 26);
		s.field(s.w.get("Participants_organisations"), organisations);
	}
}
