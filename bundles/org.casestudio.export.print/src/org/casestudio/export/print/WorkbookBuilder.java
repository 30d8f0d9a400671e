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
import org.eclipse.osgi.util.NLS;

/**
 * The participants' workbook: objectives, agenda, the case briefs with room for answers, a
 * reflection sheet per day under the route's own name for it, an Innovation Plan per team
 * (pre-filled from the model's plans, or one blank) and the evaluation form.
 */
final class WorkbookBuilder {

	private WorkbookBuilder() {
	}

	static Doc build(TrainingPack pack, Function<Partnership, Picture> diagrams) {
		Sections s = new Sections(pack, Messages.Workbook_kind, diagrams);
		s.cover(Messages.Workbook_kind);
		s.para(Messages.Workbook_intro, Para.LEAD);
		s.objectives();
		s.agenda();
		if (!pack.cases().isEmpty()) {
			s.heading(1, Messages.Cases);
			for (CaseBrief c : pack.cases()) {
				s.brief(c, false);
				questions(s, c);
				s.doc.blocks.add(new Lines(Messages.Notes, 6));
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
		s.heading(3, Messages.Questions);
		int number = 0;
		for (Question q : questions) {
			s.para(++number + ". " + Texts.plain(q.text()), Para.BODY);
			s.doc.blocks.add(new Lines(Messages.Questions_answer, 3));
		}
	}

	private static void reflections(Sections s) {
		String name = Texts.present(s.pack.overview().reflectionName()) ? s.pack.overview().reflectionName()
				: Messages.Reflection_default;
		List<AgendaDay> days = s.pack.agenda();
		int count = Math.max(1, days.size());
		s.doc.blocks.add(new PageBreak());
		s.heading(1, name);
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				s.doc.blocks.add(new PageBreak());
			}
			AgendaDay day = i < days.size() ? days.get(i) : null;
			String heading = NLS.bind(Messages.Reflection_heading, name, day == null ? i + 1 : day.number());
			if (day != null && Texts.present(day.date())) {
				heading += " – " + day.date();
			}
			s.heading(2, heading);
			for (String question : List.of(Messages.Reflection_q1, Messages.Reflection_q2, Messages.Reflection_q3)) {
				s.doc.blocks.add(new Lines(question, 5));
			}
		}
	}

	private static void plans(Sections s) {
		s.doc.blocks.add(new PageBreak());
		s.heading(1, Messages.InnovationPlans);
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

	/** A plan as a form: what the model knows filled in, the rest left to write by hand. */
	private static void plan(Sections s, InnovationPlan plan) {
		s.heading(2, plan == null ? Messages.InnovationPlan_blank : NLS.bind(Messages.InnovationPlan_of, plan.title()));
		String team = plan == null ? null
				: plan.team().stream().map(p -> p.organisation() == null || p.organisation().equals(plan.organisation())
						? p.name() : p.name() + " (" + p.organisation().name() + ")").collect(Collectors.joining(", "));
		String organisation = plan == null || plan.organisation() == null ? null : plan.organisation().name();
		String inspiring = plan == null || plan.inspiredBy() == null ? null : plan.inspiredBy().title();
		String practice = plan == null ? null : plan.practice();
		List<List<List<String>>> rows = Stream.of(
				row(Messages.Plan_team, team), row(Messages.Plan_organisation, organisation),
				row(Messages.Plan_inspiredBy, inspiring), row(Messages.Plan_practice, practice)).toList();
		s.doc.blocks.add(new Table(List.of(Messages.InnovationPlan, ""), rows, new int[] { 28, 72 }));
		if (plan != null && Texts.present(plan.problem())) {
			s.heading(3, Messages.Plan_problem);
			s.markdown(plan.problem());
			s.doc.blocks.add(new Lines(Messages.Notes, 2));
		} else {
			s.doc.blocks.add(new Lines(Messages.Plan_problem, 4));
		}
		s.doc.blocks.add(new Lines(Messages.Plan_innovation, 4));
		if (plan != null && !plan.actions().isEmpty()) {
			s.list(3, Messages.Plan_actions, plan.actions(), true);
			s.doc.blocks.add(new Lines(Messages.Notes, 2));
		} else {
			s.doc.blocks.add(new Lines(Messages.Plan_actions, 6));
		}
		written(s, Messages.Plan_resources, plan == null ? null : plan.resources());
		written(s, Messages.Plan_timeline, plan == null ? null : plan.timeline());
	}

	private static void written(Sections s, String label, String markdown) {
		if (Texts.present(markdown)) {
			s.heading(3, label);
			s.markdown(markdown);
		} else {
			s.doc.blocks.add(new Lines(label, 3));
		}
	}

	private static List<List<String>> row(String label, String value) {
		return List.of(List.of(label), List.of(Texts.present(value) ? Texts.plain(value) : Messages.Plan_notFilled));
	}

	private static void evaluation(Sections s) {
		s.doc.blocks.add(new PageBreak());
		s.heading(1, Messages.EvaluationForm);
		s.para(Messages.EvaluationForm_lead, Para.LEAD);
		List<List<List<String>>> rows = Stream.of(Messages.Eval_1, Messages.Eval_2, Messages.Eval_3, Messages.Eval_4,
				Messages.Eval_5, Messages.Eval_6)
				.map(t -> List.of(List.of(t), List.<String>of(), List.<String>of(), List.<String>of(), List.<String>of(), List.<String>of()))
				.toList();
		s.doc.blocks.add(new Table(List.of(Messages.Col_statement, "1", "2", "3", "4", "5"), rows,
				new int[] { 60, 8, 8, 8, 8, 8 }));
		s.doc.blocks.add(new Lines(Messages.Eval_best, 4));
		s.doc.blocks.add(new Lines(Messages.Eval_improve, 4));
	}
}
