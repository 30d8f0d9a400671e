package org.casestudio.export.print;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.TrainingPack.AgendaDay;
import org.casestudio.export.pack.TrainingPack.CaseBrief;
import org.casestudio.export.pack.TrainingPack.InnovationPlan;
import org.casestudio.export.pack.TrainingPack.Partnership;
import org.casestudio.export.pack.TrainingPack.Question;
import org.casestudio.export.print.Doc.Lines;
import org.casestudio.export.print.Doc.PageBreak;
import org.casestudio.export.print.Doc.Para;
import org.casestudio.export.print.Doc.Picture;
import org.casestudio.export.print.Doc.Table;

/**
 * The participants' workbook: objectives, agenda, the case briefs with room for answers, a
 * reflection sheet per day under the route's own name for it, an Innovation Plan per team
 * (pre-filled from the model's plans, or one blank) and the evaluation form.
 */
final class WorkbookBuilder {

	private WorkbookBuilder() {
	}

	static Doc build(TrainingPack pack, Function<Partnership, Picture> diagrams) {
		Sections s = new Sections(pack, "Workbook_kind", diagrams);
		s.cover(s.w.get("Workbook_kind"));
		s.para(s.w.get("Workbook_intro"), Para.LEAD);
		s.objectives();
		s.agenda();
		if (!pack.cases().isEmpty()) {
			s.heading(1, s.w.get("Cases"));
			for (CaseBrief c : pack.cases()) {
				s.brief(c, false);
				questions(s, c);
				s.doc.blocks.add(new Lines(s.w.get("Notes"), 6));
			}
		}
		reflections(s);
		plans(s);
		evaluation(s);
		return s.doc;
	}

	private static void questions(Sections s, CaseBrief c) {
		List<Question> questions = c.questions().stream().filter(q -> Texts.present(Texts.plain(q.text()))).toList();
		if (questions.isEmpty()) {
			return;
		}
		s.heading(3, s.w.get("Questions"));
		int number = 0;
		for (Question q : questions) {
			s.para(++number + ". " + Texts.plain(q.text()), Para.BODY);
			s.doc.blocks.add(new Lines(s.w.get("Questions_answer"), 3));
		}
	}

	private static void reflections(Sections s) {
		String name = Texts.present(s.pack.overview().reflectionName()) ? s.pack.overview().reflectionName()
				: s.w.get("Reflection_default");
		List<AgendaDay> days = s.pack.agenda();
		int count = Math.max(1, days.size());
		s.doc.blocks.add(new PageBreak());
		s.heading(1, name);
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				s.doc.blocks.add(new PageBreak());
			}
			AgendaDay day = i < days.size() ? days.get(i) : null;
			String heading = s.w.format("Reflection_heading", name, day == null ? i + 1 : day.number());
			if (day != null && Texts.present(day.date())) {
				heading += " – " + day.date();
			}
			s.heading(2, heading);
			for (String question : List.of(s.w.get("Reflection_q1"), s.w.get("Reflection_q2"), s.w.get("Reflection_q3"))) {
				s.doc.blocks.add(new Lines(question, 5));
			}
		}
	}

	private static void plans(Sections s) {
		s.doc.blocks.add(new PageBreak());
		s.heading(1, s.w.get("InnovationPlans"));
		List<InnovationPlan> plans = s.pack.plans();
		if (plans.isEmpty()) {
			plan(s, null);
			return;
		}
		for (int i = 0; i < plans.size(); i++) {
			if (i > 0) {
				s.doc.blocks.add(new PageBreak());
			}
			plan(s, plans.get(i));
		}
	}

	/**
	 * A plan as a form: what the model knows filled in, the rest left to write by hand; the ruled
	 * space of a blank plan is sized so that the form stays on one page.
	 */
	private static void plan(Sections s, InnovationPlan plan) {
		s.heading(2, plan == null ? s.w.get("InnovationPlan_blank") : s.w.format("InnovationPlan_of", plan.title()));
		String team = plan == null ? null
				: plan.team().stream().map(p -> p.organisation() == null || p.organisation().equals(plan.organisation())
						? p.name() : p.name() + " (" + p.organisation().name() + ")").collect(Collectors.joining(", "));
		String organisation = plan == null || plan.organisation() == null ? null : plan.organisation().name();
		String inspiring = plan == null || plan.inspiredBy() == null ? null : plan.inspiredBy().title();
		String practice = plan == null ? null : plan.practice();
		List<List<List<String>>> rows = Stream.of(
				row(s, s.w.get("Plan_team"), team), row(s, s.w.get("Plan_organisation"), organisation),
				row(s, s.w.get("Plan_inspiredBy"), inspiring), row(s, s.w.get("Plan_practice"), practice)).toList();
		s.doc.blocks.add(new Table(List.of(s.w.get("InnovationPlan"), ""), rows, new int[] { 28, 72 }));
		if (plan != null && Texts.present(plan.problem())) {
			s.heading(3, s.w.get("Plan_problem"));
			s.markdown(plan.problem());
			s.doc.blocks.add(new Lines(s.w.get("Notes"), 2));
		} else {
			s.doc.blocks.add(new Lines(s.w.get("Plan_problem"), 3));
		}
		s.doc.blocks.add(new Lines(s.w.get("Plan_innovation"), 4));
		if (plan != null && !plan.actions().isEmpty()) {
			s.list(3, s.w.get("Plan_actions"), plan.actions(), true);
			s.doc.blocks.add(new Lines(s.w.get("Notes"), 2));
		} else {
			s.doc.blocks.add(new Lines(s.w.get("Plan_actions"), 5));
		}
		written(s, s.w.get("Plan_resources"), plan == null ? null : plan.resources());
		written(s, s.w.get("Plan_timeline"), plan == null ? null : plan.timeline());
	}

	private static void written(Sections s, String label, String markdown) {
		if (Texts.present(markdown)) {
			s.heading(3, label);
			s.markdown(markdown);
		} else {
			s.doc.blocks.add(new Lines(label, 3));
		}
	}

	private static List<List<String>> row(Sections s, String label, String value) {
		return List.of(List.of(label), List.of(Texts.present(value) ? Texts.plain(value) : s.w.get("Plan_notFilled")));
	}

	private static void evaluation(Sections s) {
		s.doc.blocks.add(new PageBreak());
		s.heading(1, s.w.get("EvaluationForm"));
		s.para(s.w.get("EvaluationForm_lead"), Para.LEAD);
		List<List<List<String>>> rows = Stream.of(s.w.get("Eval_1"), s.w.get("Eval_2"), s.w.get("Eval_3"), s.w.get("Eval_4"),
				s.w.get("Eval_5"), s.w.get("Eval_6"))
				.map(t -> List.of(List.of(t), List.<String>of(), List.<String>of(), List.<String>of(), List.<String>of(), List.<String>of()))
				.toList();
		s.doc.blocks.add(new Table(List.of(s.w.get("Col_statement"), "1", "2", "3", "4", "5"), rows,
				new int[] { 60, 8, 8, 8, 8, 8 }));
		s.doc.blocks.add(new Lines(s.w.get("Eval_best"), 4));
		s.doc.blocks.add(new Lines(s.w.get("Eval_improve"), 4));
	}
}
