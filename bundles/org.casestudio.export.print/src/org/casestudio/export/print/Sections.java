package org.casestudio.export.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.Words;
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

/**
 * The parts the guide and the workbook share, each added to a document only when the pack has
 * something to say in it: no heading over nothing, no "null", no empty row.
 */
class Sections {

	/** Cases side by side in one table of the comparison: what stays readable across a page. */
	static final int COMPARED_PER_TABLE = 3;

	final TrainingPack pack;
	/** The documents' fixed words in the pack's language (English where one is not translated). */
	final Words w;
	final Doc doc;
	private final Function<Partnership, Picture> diagrams;
	/** Whether the route's description has its section: the objectives then go under it. */
	private boolean about;

	/** {@code kind} is the key of the document's kind ("Guide_kind"), or null for a part of one. */
	Sections(TrainingPack pack, String kind, Function<Partnership, Picture> diagrams) {
		this.pack = pack;
		this.w = words(pack.language().tag());
		this.doc = new Doc(kind == null ? pack.overview().title() : pack.overview().title() + " – " + w.get(kind),
				pack.language().tag(), w);
		this.doc.lao = pack.language().lao();
		this.diagrams = diagrams;
	}

	/** The printed documents' words in a language: print-words.properties beside this class. */
	static Words words(String language) {
		return Words.of(Sections.class, "print-words", language);
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
			spans.add(Span.bold(w.format("Field", label) + " "));
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
		Stream.of(o.editionTitle(), o.edition() == null ? null : w.format("Cover_edition", o.edition()),
				o.where(), o.dates(),
				o.facilitator() == null ? null : w.format("Cover_facilitator", o.facilitator().name()),
				o.hostProgramme() == null ? null : w.format("Cover_hostProgramme", o.hostProgramme().name()),
				names(o.funders()) == null ? null : w.format("Cover_funders", names(o.funders())))
				.filter(Texts::present).forEach(lines::add);
		doc.blocks.add(new Cover(kind, o.title(), Texts.present(o.subtitle()) ? o.subtitle() : o.theme(), lines));
	}

	void about() {
		if (Texts.present(pack.overview().description())) {
			heading(1, w.get("About"));
			markdown(pack.overview().description());
			about = true;
		}
	}

	void objectives() {
		// Under the route's description when there is one: a page of its own would be mostly empty.
		list(about ? 2 : 1, w.get("Objectives"), pack.overview().objectives(), true);
	}

	void agenda() {
		if (pack.agenda().isEmpty()) {
			return;
		}
		heading(1, w.get("Agenda"));
		for (AgendaDay day : pack.agenda()) {
			heading(2, dayTitle(day));
			List<List<String>> rows = new ArrayList<>();
			for (Session s : day.sessions()) {
				rows.add(List.of(time(s), sessionTitle(s), orDash(Stream.of(s.place(), day.place())
						.filter(Texts::present).findFirst().orElse(null)), orDash(s.facilitator())));
			}
			table(List.of(w.get("Col_time"), w.get("Col_session"), w.get("Col_place"), w.get("Col_facilitator")), rows,
					14, 44, 22, 20);
		}
	}

	String dayTitle(AgendaDay day) {
		String title = Stream.of(day.title(), day.date()).filter(Texts::present).collect(Collectors.joining(" – "));
		return title.isEmpty() ? w.format("Agenda_dayUndated", day.number())
				: w.format("Agenda_day", day.number(), title);
	}

	String sessionTitle(Session s) {
		String title = Texts.present(s.title()) ? s.title() : s.kind();
		if (Texts.present(s.caseTitle()) && (title == null || !title.contains(s.caseTitle()))) {
			title = title == null ? s.caseTitle() : w.format("Titled", title, s.caseTitle());
		}
		return Texts.present(title) ? title : w.get("None");
	}

	String time(Session s) {
		String start = Texts.present(s.startTime()) ? s.startTime() : null;
		String length = s.durationMinutes() == null ? null : w.format("Minutes", s.durationMinutes());
		String time = Stream.of(start, length).filter(Objects::nonNull).collect(Collectors.joining(", "));
		return time.isEmpty() ? w.get("None") : time;
	}

	String orDash(String text) {
		return Texts.present(text) ? text : w.get("None");
	}

	/** A case as both documents brief it: who, where, the partnership, the results, the lessons. */
	void brief(CaseBrief c, boolean forFacilitator) {
		heading(2, w.format("Case_heading", c.number(), c.title()));
		String host = c.host() == null ? null : Stream.of(c.host().name(), c.where()).filter(Texts::present)
				.collect(Collectors.joining(", "));
		para(host == null ? c.where() : w.format("Case_host", host), Para.LEAD);
		markdown(c.summary());
		if (Texts.present(c.context())) {
			heading(3, w.get("Case_context"));
			markdown(c.context());
		}
		List<String> practices = c.practices().stream().map(Sections::practice).toList();
		list(3, w.get("Case_practices"), practices, false);
		actors(c);
		for (Partnership p : c.partnerships()) {
			partnership(p);
		}
		indicators(c.indicators());
		List<String> timeline = c.timeline().stream()
				.map(m -> m.year() == null ? m.text() : m.year() + (Texts.present(m.text()) ? ": " + m.text() : ""))
				.filter(Texts::present).toList();
		list(3, w.get("Case_timeline"), timeline, false);
		list(3, w.get("Case_lessons"), c.lessons(), false);
		list(3, w.get("Case_challenges"), c.challenges(), false);
		if (forFacilitator) {
			list(3, w.get("Case_successFactors"), c.successFactors(), false);
			if (Texts.present(c.scalingUp())) {
				heading(3, w.get("Case_scalingUp"));
				markdown(c.scalingUp());
			}
			List<String> champions = c.champions().stream()
					.map(ch -> Stream.of(ch.name(), ch.role(), ch.organisation() == null ? null : ch.organisation().name())
							.filter(Texts::present).collect(Collectors.joining(", ")))
					.filter(Texts::present).toList();
			list(3, w.get("Case_champions"), champions, false);
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
		heading(3, w.get("Case_actors"));
		List<List<String>> rows = actors.stream()
				.map(a -> List.of(orDash(a.name()), orDash(a.kind()), orDash(a.where()), count(a.members()),
						count(a.households()), count(a.women())))
				.toList();
		table(List.of(w.get("Col_actor"), w.get("Col_kind"), w.get("Col_where"), w.get("Col_members"),
				w.get("Col_households"), w.get("Col_women")), rows, 26, 15, 22, 12, 14, 11);
	}

	/** A count as the pack's language writes numbers ("1 200" in French). */
	String count(Integer n) {
		return n == null ? w.get("None") : w.number(n);
	}

	private void partnership(Partnership p) {
		heading(3, w.format("Case_partnership", Texts.present(p.title()) ? p.title() : orDash(p.kind())));
		field(w.get("Partnership_kind"), p.kind());
		field(w.get("Partnership_agreement"), p.agreement());
		field(w.get("Partnership_product"), p.product());
		field(w.get("Partnership_certification"), p.certification());
		field(w.get("Partnership_since"), text(p.startYear()));
		field(w.get("Partnership_broker"), p.broker() == null ? null : p.broker().name());
		Picture diagram = diagrams.apply(p);
		if (diagram != null) {
			doc.blocks.add(diagram);
		}
		List<List<String>> rows = new ArrayList<>();
		for (Partner partner : p.partners()) {
			String commitments = partner.commitments().stream().map(Texts::plain).filter(Texts::present)
					.collect(Collectors.joining("; "));
			rows.add(List.of(partner.actor() == null ? w.get("None") : orDash(partner.actor().name()),
					orDash(partner.roleLabel()), orDash(commitments)));
		}
		table(List.of(w.get("Col_partner"), w.get("Col_role"), w.get("Col_commitments")), rows, 32, 18, 50);
		field(w.get("Partnership_price"), p.priceTerms());
		field(w.get("Partnership_volume"), p.volumeTerms());
		field(w.get("Partnership_risks"), p.riskSharing());
		field(w.get("Partnership_benefits"), p.benefitSharing());
		field(w.get("Partnership_governance"), p.governance());
	}

	private void indicators(List<Indicator> indicators) {
		if (indicators.isEmpty()) {
			return;
		}
		heading(3, w.get("Case_indicators"));
		List<List<String>> rows = indicators.stream()
				.map(i -> List.of(orDash(i.label()),
						orDash(Stream.of(i.value(), i.unit()).filter(Texts::present).collect(Collectors.joining(" "))),
						orDash(i.baseline()), orDash(text(i.year())), orDash(i.source())))
				.toList();
		table(List.of(w.get("Col_indicator"), w.get("Col_value"), w.get("Col_baseline"), w.get("Col_year"),
				w.get("Col_source")), rows, 34, 18, 14, 10, 24);
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
		Sections landscape = new Sections(pack, null, diagrams);
		landscape.heading(1, w.get("Comparison"));
		landscape.para(w.get("Comparison_lead"), Para.LEAD);
		for (int from = 0; from < rows.size(); from += COMPARED_PER_TABLE) {
			List<Comparison> part = rows.subList(from, Math.min(rows.size(), from + COMPARED_PER_TABLE));
			if (rows.size() > COMPARED_PER_TABLE) {
				landscape.heading(2, w.format("Comparison_part",
						from + 1, from + part.size(), rows.size()));
			}
			List<String> header = new ArrayList<>();
			header.add(w.get("Cmp_aspect"));
			part.forEach(c -> header.add(c.brief().title()));
			List<List<List<String>>> table = new ArrayList<>();
			table.add(row(w.get("Cmp_host"), part, c -> lines(Stream.of(c.host(), c.where()))));
			table.add(row(w.get("Cmp_people"), part,
					c -> List.of(count(c.members()) + " / " + count(c.households()) + " / " + count(c.women()))));
			table.add(row(w.get("Cmp_partnership"), part, Comparison::partnerships));
			table.add(row(w.get("Cmp_partners"), part, c -> c.partnersByRole().entrySet().stream()
					.map(this::byRole).toList()));
			table.add(row(w.get("Cmp_product"), part,
					c -> lines(Stream.concat(c.products().stream(), c.certifications().stream()))));
			table.add(row(w.get("Cmp_since"), part, c -> c.since() == null ? List.of() : List.of(c.since().toString())));
			table.add(row(w.get("Cmp_indicators"), part, Comparison::indicators));
			table.add(row(w.get("Cmp_lessons"), part, c -> c.lessons().stream().map(Texts::plain)
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

	private String byRole(Map.Entry<String, List<String>> role) {
		return w.format("Titled", role.getKey(), String.join(", ", role.getValue()));
	}

	private static List<String> lines(Stream<String> texts) {
		return texts.filter(Texts::present).distinct().toList();
	}

	private List<List<String>> row(String aspect, List<Comparison> part,
			Function<Comparison, List<String>> cell) {
		List<List<String>> row = new ArrayList<>();
		row.add(List.of(aspect));
		for (Comparison c : part) {
			List<String> lines = cell.apply(c).stream().filter(Texts::present).map(Texts::plain).toList();
			row.add(lines.isEmpty() ? List.of(w.get("None")) : lines);
		}
		return row;
	}

}
