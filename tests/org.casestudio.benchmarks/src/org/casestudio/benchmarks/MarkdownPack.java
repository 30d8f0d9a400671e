package org.casestudio.benchmarks;

import org.casestudio.export.pack.TrainingPack;

/**
 * The content of a training pack's site written as one Markdown document (what an author would
 * give pandoc to get the same pages): overview, agenda, and every case with its actors,
 * partnerships, indicators, timeline, lessons and questions. Diagrams and sheets are left out,
 * which only favours pandoc.
 */
final class MarkdownPack {

	private MarkdownPack() {
	}

	static String write(TrainingPack pack) {
		StringBuilder md = new StringBuilder();
		TrainingPack.Overview o = pack.overview();
		line(md, "# " + o.title());
		line(md, o.subtitle());
		line(md, o.dates() == null ? null : "- **Dates:** " + o.dates());
		line(md, o.where() == null ? null : "- **Where:** " + o.where());
		line(md, o.description());
		for (String objective : o.objectives()) {
			md.append("- ").append(objective).append('\n');
		}
		md.append('\n');
		for (TrainingPack.AgendaDay day : pack.agenda()) {
			line(md, "## Day " + day.number() + (day.title() == null ? "" : ": " + day.title()));
			for (TrainingPack.Session s : day.sessions()) {
				md.append("- ").append(s.startTime() == null ? "" : s.startTime() + " ").append(s.kind()).append(' ')
						.append(s.title() == null ? "" : s.title()).append('\n');
			}
			md.append('\n');
		}
		for (TrainingPack.CaseBrief c : pack.cases()) {
			line(md, "## " + c.title());
			line(md, c.where());
			line(md, c.summary());
			line(md, c.context());
			if (!c.actors().isEmpty()) {
				md.append("| Name | Kind | Where | Members |\n|---|---|---|---|\n");
				for (TrainingPack.Actor a : c.actors()) {
					md.append("| ").append(a.name()).append(" | ").append(a.kind()).append(" | ")
							.append(a.where() == null ? "" : a.where()).append(" | ")
							.append(a.members() == null ? "" : a.members()).append(" |\n");
				}
				md.append('\n');
			}
			for (TrainingPack.Partnership p : c.partnerships()) {
				line(md, "### " + p.title());
				for (TrainingPack.Partner partner : p.partners()) {
					md.append("- **").append(partner.actor().name()).append("**, ").append(partner.roleLabel()).append('\n');
				}
				for (TrainingPack.Flow f : p.flows()) {
					md.append("- ").append(f.from().name()).append(" gives ").append(f.what())
							.append(f.to() == null ? "" : " to " + f.to().name()).append('\n');
				}
				md.append('\n');
			}
			if (!c.indicators().isEmpty()) {
				md.append("| Indicator | Value | Year |\n|---|---|---|\n");
				for (TrainingPack.Indicator i : c.indicators()) {
					md.append("| ").append(i.label()).append(" | ").append(i.value()).append(' ')
							.append(i.unit() == null ? "" : i.unit()).append(" | ").append(i.year() == null ? "" : i.year())
							.append(" |\n");
				}
				md.append('\n');
			}
			list(md, "### Timeline", c.timeline().stream().map(m -> m.year() + ": " + m.text()).toList());
			list(md, "### Lessons", c.lessons());
			list(md, "### Challenges", c.challenges());
			list(md, "### Questions for the field", c.questions().stream().map(TrainingPack.Question::text).toList());
		}
		return md.toString();
	}

	private static void list(StringBuilder md, String heading, java.util.List<String> items) {
		if (!items.isEmpty()) {
			line(md, heading);
			for (String item : items) {
				md.append("- ").append(item.replace('\n', ' ')).append('\n');
			}
			md.append('\n');
		}
	}

	private static void line(StringBuilder md, String text) {
		if (text != null && !text.isBlank()) {
			md.append(text.strip()).append("\n\n");
		}
	}
}
