package org.casestudio.export.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.TrainingPack.Actor;
import org.casestudio.export.pack.TrainingPack.AgendaDay;
import org.casestudio.export.pack.TrainingPack.CaseBrief;
import org.casestudio.export.pack.TrainingPack.Comparison;
import org.casestudio.export.pack.TrainingPack.Indicator;
import org.casestudio.export.pack.TrainingPack.Overview;
import org.casestudio.export.pack.TrainingPack.Partner;
import org.casestudio.export.pack.TrainingPack.Partnership;
import org.casestudio.export.pack.TrainingPack.Practice;
import org.casestudio.export.pack.TrainingPack.Session;
import org.casestudio.export.print.Doc.Block;
import org.casestudio.export.print.Doc.Cover;
import org.casestudio.export.print.Doc.Heading;
import org.casestudio.export.print.Doc.Items;
import org.casestudio.export.print.Doc.Landscape;
import org.casestudio.export.print.Doc.Para;
import org.casestudio.export.print.Doc.Picture;
import org.casestudio.export.print.Doc.Span;
import org.casestudio.export.print.Doc.Table;
import org.eclipse.osgi.util.NLS;

/**
 * The parts the guide and the workbook share, each added to a document only when the pack has
 * something to say in it: no heading over nothing, no "null", no empty row.
 */
class Sections {

	/** Cases side by side in one table of the comparison: what stays readable across a page. */
	static final int COMPARED_PER_TABLE = 3;

	final TrainingPack pack;
	final Doc doc;
	private final Function<Partnership, Picture> diagrams;
	/** Whether the route's description has its section: the objectives then go under it. */
	private boolean about;

	Sections(TrainingPack pack, String kind, Function<Partnership, Picture> diagrams) {
		this.pack = pack;
		this.doc = new Doc(pack.overview().title() + " – " + kind, "en");
		this.diagrams = diagrams;
	}

	// --- Building blocks -------------------------------------------------------------------

	void heading(int level, String text) {
		if (Texts.present(text)) {
			doc.blocks.add(new Heading(level, text.strip()));
		}
	}

	void para(String text, String style) {
		if (Texts.present(text)) {
			doc.blocks.add(new Para(List.of(Span.plain(text.strip())), style));
		}
	}

	void markdown(String markdown) {
		doc.blocks.addAll(Texts.blocks(markdown, Para.BODY));
	}

	/** "Label: value" as one paragraph, left out when the value is absent. */
	void field(String label, String value) {
		if (Texts.present(value)) {
			List<Span> spans = new ArrayList<>();
			spans.add(Span.bold(label + ": "));
			spans.addAll(Texts.inline(value));
			doc.blocks.add(new Para(spans, Para.BODY));
		}
	}

	/** A list of Markdown texts under a heading; nothing when the list is empty. */
	void list(int level, String heading, List<String> texts, boolean numbered) {
		List<List<Span>> items = texts.stream().map(Texts::inline).filter(s -> !s.isEmpty()).toList();
		if (!items.isEmpty()) {
			heading(level, heading);
			doc.blocks.add(new Items(numbered, items));
		}
	}

	void table(List<String> header, List<List<String>> rows, int... widths) {
		List<List<List<String>>> cells = rows.stream()
				.map(row -> row.stream().map(c -> c == null ? List.<String>of() : List.of(c)).toList())
				.filter(row -> row.stream().anyMatch(c -> !c.isEmpty())).toList();
		if (!cells.isEmpty()) {
			doc.blocks.add(new Table(header, cells, widths));
		}
	}

	static String text(Object value) {
		return value == null ? null : value.toString();
	}

	static String names(List<Actor> actors) {
		String names = actors.stream().filter(Objects::nonNull).map(Actor::name).filter(Texts::present)
				.collect(Collectors.joining(", "));
		return names.isEmpty() ? null : names;
	}

	// --- Parts -------------------------------------------------------------------------------

	void cover(String kind) {
		Overview o = pack.overview();
		List<String> lines = new ArrayList<>();
		Stream.of(o.editionTitle(), o.edition() == null ? null : NLS.bind(Messages.Cover_edition, o.edition()),
				o.where(), o.dates(),
				o.facilitator() == null ? null : NLS.bind(Messages.Cover_facilitator, o.facilitator().name()),
				o.hostProgramme() == null ? null : NLS.bind(Messages.Cover_hostProgramme, o.hostProgramme().name()),
				names(o.funders()) == null ? null : NLS.bind(Messages.Cover_funders, names(o.funders())))
				.filter(Texts::present).forEach(lines::add);
		doc.blocks.add(new Cover(kind, o.title(), Texts.present(o.subtitle()) ? o.subtitle() : o.theme(), lines));
	}

	void about() {
		if (Texts.present(pack.overview().description())) {
			heading(1, Messages.About);
			markdown(pack.overview().description());
			about = true;
		}
	}

	void objectives() {
		// Under the route's description when there is one: a page of its own would be mostly empty.
		list(about ? 2 : 1, Messages.Objectives, pack.overview().objectives(), true);
	}

	void agenda() {
		if (pack.agenda().isEmpty()) {
			return;
		}
		heading(1, Messages.Agenda);
		for (AgendaDay day : pack.agenda()) {
			heading(2, dayTitle(day));
			List<List<String>> rows = new ArrayList<>();
			for (Session s : day.sessions()) {
				rows.add(List.of(time(s), sessionTitle(s), orDash(Stream.of(s.place(), day.place())
						.filter(Texts::present).findFirst().orElse(null)), orDash(s.facilitator())));
			}
			table(List.of(Messages.Col_time, Messages.Col_session, Messages.Col_place, Messages.Col_facilitator), rows,
					14, 44, 22, 20);
		}
	}

	static String dayTitle(AgendaDay day) {
		String title = Stream.of(day.title(), day.date()).filter(Texts::present).collect(Collectors.joining(" – "));
		return title.isEmpty() ? NLS.bind(Messages.Agenda_dayUndated, day.number())
				: NLS.bind(Messages.Agenda_day, day.number(), title);
	}

	static String sessionTitle(Session s) {
		String title = Texts.present(s.title()) ? s.title() : s.kind();
		if (Texts.present(s.caseTitle()) && (title == null || !title.contains(s.caseTitle()))) {
			title = title == null ? s.caseTitle() : title + ": " + s.caseTitle();
		}
		return Texts.present(title) ? title : Messages.None;
	}

	static String time(Session s) {
		String start = Texts.present(s.startTime()) ? s.startTime() : null;
		String length = s.durationMinutes() == null ? null : NLS.bind(Messages.Minutes, s.durationMinutes());
		String time = Stream.of(start, length).filter(Objects::nonNull).collect(Collectors.joining(", "));
		return time.isEmpty() ? Messages.None : time;
	}

	static String orDash(String text) {
		return Texts.present(text) ? text : Messages.None;
	}

	/** A case as both documents brief it: who, where, the partnership, the results, the lessons. */
	void brief(CaseBrief c, boolean forFacilitator) {
		heading(2, NLS.bind(Messages.Case_heading, c.number(), c.title()));
		String host = c.host() == null ? null : Stream.of(c.host().name(), c.where()).filter(Texts::present)
				.collect(Collectors.joining(", "));
		para(host == null ? c.where() : NLS.bind(Messages.Case_host, host), Para.LEAD);
		markdown(c.summary());
		if (Texts.present(c.context())) {
			heading(3, Messages.Case_context);
			markdown(c.context());
		}
		List<String> practices = c.practices().stream().map(Sections::practice).toList();
		list(3, Messages.Case_practices, practices, false);
		actors(c);
		for (Partnership p : c.partnerships()) {
			partnership(p);
		}
		indicators(c.indicators());
		List<String> timeline = c.timeline().stream()
				.map(m -> m.year() == null ? m.text() : m.year() + (Texts.present(m.text()) ? ": " + m.text() : ""))
				.filter(Texts::present).toList();
		list(3, Messages.Case_timeline, timeline, false);
		list(3, Messages.Case_lessons, c.lessons(), false);
		list(3, Messages.Case_challenges, c.challenges(), false);
		if (forFacilitator) {
			list(3, Messages.Case_successFactors, c.successFactors(), false);
			if (Texts.present(c.scalingUp())) {
				heading(3, Messages.Case_scalingUp);
				markdown(c.scalingUp());
			}
			List<String> champions = c.champions().stream()
					.map(ch -> Stream.of(ch.name(), ch.role(), ch.organisation() == null ? null : ch.organisation().name())
							.filter(Texts::present).collect(Collectors.joining(", ")))
					.filter(Texts::present).toList();
			list(3, Messages.Case_champions, champions, false);
		}
	}

	private static String practice(Practice p) {
		String title = Texts.present(p.title()) ? "**" + p.title() + "**" : "";
		String description = Texts.present(p.description()) ? Texts.plain(p.description()) : "";
		return title.isEmpty() || description.isEmpty() ? title + description : title + ": " + description;
	}

	private void actors(CaseBrief c) {
		List<Actor> actors = new ArrayList<>();
		if (c.host() != null) {
			actors.add(c.host());
		}
		c.actors().stream().filter(a -> a != null && !actors.contains(a)).forEach(actors::add);
		if (actors.isEmpty()) {
			return;
		}
		heading(3, Messages.Case_actors);
		List<List<String>> rows = actors.stream()
				.map(a -> List.of(orDash(a.name()), orDash(a.kind()), orDash(a.where()), count(a.members()),
						count(a.households()), count(a.women())))
				.toList();
		table(List.of(Messages.Col_actor, Messages.Col_kind, Messages.Col_where, Messages.Col_members,
				Messages.Col_households, Messages.Col_women), rows, 26, 15, 22, 12, 14, 11);
	}

	static String count(Integer n) {
		return n == null ? Messages.None : n.toString();
	}

	private void partnership(Partnership p) {
		heading(3, NLS.bind(Messages.Case_partnership, Texts.present(p.title()) ? p.title() : orDash(p.kind())));
		field(Messages.Partnership_kind, p.kind());
		field(Messages.Partnership_agreement, p.agreement());
		field(Messages.Partnership_product, p.product());
		field(Messages.Partnership_certification, p.certification());
		field(Messages.Partnership_since, text(p.startYear()));
		field(Messages.Partnership_broker, p.broker() == null ? null : p.broker().name());
		Picture diagram = diagrams.apply(p);
		if (diagram != null) {
			doc.blocks.add(diagram);
		}
		List<List<String>> rows = new ArrayList<>();
		for (Partner partner : p.partners()) {
			String commitments = partner.commitments().stream().map(Texts::plain).filter(Texts::present)
					.collect(Collectors.joining("; "));
			rows.add(List.of(partner.actor() == null ? Messages.None : orDash(partner.actor().name()),
					orDash(partner.roleLabel()), orDash(commitments)));
		}
		table(List.of(Messages.Col_partner, Messages.Col_role, Messages.Col_commitments), rows, 32, 18, 50);
		field(Messages.Partnership_price, p.priceTerms());
		field(Messages.Partnership_volume, p.volumeTerms());
		field(Messages.Partnership_risks, p.riskSharing());
		field(Messages.Partnership_benefits, p.benefitSharing());
		field(Messages.Partnership_governance, p.governance());
	}

	private void indicators(List<Indicator> indicators) {
		if (indicators.isEmpty()) {
			return;
		}
		heading(3, Messages.Case_indicators);
		List<List<String>> rows = indicators.stream()
				.map(i -> List.of(orDash(i.label()),
						orDash(Stream.of(i.value(), i.unit()).filter(Texts::present).collect(Collectors.joining(" "))),
						orDash(i.baseline()), count(i.year()), orDash(i.source())))
				.toList();
		table(List.of(Messages.Col_indicator, Messages.Col_value, Messages.Col_baseline, Messages.Col_year,
				Messages.Col_source), rows, 34, 18, 14, 10, 24);
	}

	/**
	 * The comparison of the cases (landscape pages in Word): aspects down, cases across, a few cases a
	 * table so that each column stays readable; a route of many cases gets several tables.
	 */
	void comparison() {
		List<Comparison> rows = pack.comparison();
		if (rows.isEmpty()) {
			return;
		}
		Sections landscape = new Sections(pack, "", diagrams);
		landscape.heading(1, Messages.Comparison);
		landscape.para(Messages.Comparison_lead, Para.LEAD);
		for (int from = 0; from < rows.size(); from += COMPARED_PER_TABLE) {
			List<Comparison> part = rows.subList(from, Math.min(rows.size(), from + COMPARED_PER_TABLE));
			if (rows.size() > COMPARED_PER_TABLE) {
				landscape.heading(2, NLS.bind(Messages.Comparison_part,
						new Object[] { from + 1, from + part.size(), rows.size() }));
			}
			List<String> header = new ArrayList<>();
			header.add(Messages.Cmp_aspect);
			part.forEach(c -> header.add(c.brief().title()));
			List<List<List<String>>> table = new ArrayList<>();
			table.add(row(Messages.Cmp_host, part, c -> lines(Stream.of(c.host(), c.where()))));
			table.add(row(Messages.Cmp_people, part,
					c -> List.of(count(c.members()) + " / " + count(c.households()) + " / " + count(c.women()))));
			table.add(row(Messages.Cmp_partnership, part, Comparison::partnerships));
			table.add(row(Messages.Cmp_partners, part, c -> c.partnersByRole().entrySet().stream()
					.map(Sections::byRole).toList()));
			table.add(row(Messages.Cmp_product, part,
					c -> lines(Stream.concat(c.products().stream(), c.certifications().stream()))));
			table.add(row(Messages.Cmp_since, part, c -> c.since() == null ? List.of() : List.of(c.since().toString())));
			table.add(row(Messages.Cmp_indicators, part, Comparison::indicators));
			table.add(row(Messages.Cmp_lessons, part, c -> c.lessons().stream().map(Texts::plain)
					.filter(Texts::present).map(l -> "• " + l).toList()));
			int[] widths = new int[part.size() + 1];
			widths[0] = 19;
			for (int i = 1; i < widths.length; i++) {
				widths[i] = 81 / COMPARED_PER_TABLE;
			}
			landscape.doc.blocks.add(new Table(header, table, widths));
		}
		doc.blocks.add(new Landscape(landscape.doc.blocks));
	}

	private static String byRole(Map.Entry<String, List<String>> role) {
		return role.getKey() + ": " + String.join(", ", role.getValue());
	}

	private static List<String> lines(Stream<String> texts) {
		return texts.filter(Texts::present).distinct().toList();
	}

	private static List<List<String>> row(String aspect, List<Comparison> part,
			Function<Comparison, List<String>> cell) {
		List<List<String>> row = new ArrayList<>();
		row.add(List.of(aspect));
		for (Comparison c : part) {
			List<String> lines = cell.apply(c).stream().filter(Texts::present).map(Texts::plain).toList();
			row.add(lines.isEmpty() ? List.of(Messages.None) : lines);
		}
		return row;
	}

}
