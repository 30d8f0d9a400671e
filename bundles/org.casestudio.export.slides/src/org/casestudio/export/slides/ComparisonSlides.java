package org.casestudio.export.slides;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.casestudio.export.pack.TrainingPack.Comparison;
import org.casestudio.export.pack.Words;

/**
 * The comparison of the cases as slides: one table per slide, a column per case and a row per
 * aspect (host and place, people, partnership, partners by role, product and certification, since
 * when, key indicators, lessons). A table a room can read takes three cases at most, so more cases
 * are spread evenly over more slides; the aspects are in two tables of four rows each, and a table
 * whose measured height would not fit the slide is made again in smaller type, then split further,
 * so that no table runs off its slide.
 */
final class ComparisonSlides {

	/** At most this many cases side by side on one slide. */
	static final int CASES_PER_SLIDE = 3;
	/** Type sizes tried in turn, in points: the largest that fits is used. */
	static final double[] SIZES = { 16, 14, 12 };
	/** What ends a cell shortened to fit; the whole text is on the case's own slides. */
	private static final String MORE = "\u2026";
	/** The width of the first column, which names the aspects. */
	private static final double HEADING_WIDTH = 170;

	private final Deck deck;
	private final Words words;

	ComparisonSlides(Deck deck, Words words) {
		this.deck = deck;
		this.words = words;
	}

	/** The comparison's slides; nothing for a route of fewer than two cases. */
	void add(List<Comparison> cases, java.util.function.Function<String, String> plain) {
		if (cases.size() < 2) {
			return;
		}
		List<Table> tables = new ArrayList<>();
		XSLFSlide probe = deck.tableSlide("");
		Rectangle2D area = deck.contentArea(probe);
		deck.dropLast();
		for (List<Comparison> group : groups(cases)) {
			List<Row> rows = rows(group, plain);
			double[] widths = widths(area, group.size());
			tables.addAll(tables(group, rows.subList(0, 4), widths, area));
			tables.addAll(tables(group, rows.subList(4, rows.size()), widths, area));
		}
		int number = 0;
		for (Table table : tables) {
			number++;
			String title = words.format("comparisonPart", number, tables.size());
			deck.table(deck.tableSlide(title), area, table.widths(), cells(table.group(), table.rows()), table.size());
		}
	}

	/** A table to make: its cases, its rows, its columns' widths and its type size. */
	private record Table(List<Comparison> group, List<Row> rows, double[] widths, double size) {
	}

	/** The cases in groups of at most {@link #CASES_PER_SLIDE}, as even as can be (4 → 2 + 2, 7 → 3 + 2 + 2). */
	static <T> List<List<T>> groups(List<T> cases) {
		int slides = (cases.size() + CASES_PER_SLIDE - 1) / CASES_PER_SLIDE;
		List<List<T>> groups = new ArrayList<>();
		int from = 0;
		for (int s = 0; s < slides; s++) {
			int size = (cases.size() - from + (slides - s) - 1) / (slides - s);
			groups.add(cases.subList(from, from + size));
			from += size;
		}
		return groups;
	}

	/**
	 * The rows as one table in the largest size that fits; if none does, at the smallest size as
	 * many rows a table as fit (a row too tall even alone, its longest cells shortened to what fits).
	 */
	private List<Table> tables(List<Comparison> group, List<Row> rows, double[] widths, Rectangle2D area) {
		for (double size : SIZES) {
			if (fits(widths, cells(group, rows), size, area)) {
				return List.of(new Table(group, rows, widths, size));
			}
		}
		double smallest = SIZES[SIZES.length - 1];
		List<Table> tables = new ArrayList<>();
		List<Row> current = new ArrayList<>();
		for (Row row : rows) {
			Row shortened = row;
			while (!fits(widths, cells(group, List.of(shortened)), smallest, area)) {
				Row shorter = shortened.shortened(MORE);
				if (shorter == shortened) {
					break;
				}
				shortened = shorter;
			}
			List<Row> with = new ArrayList<>(current);
			with.add(shortened);
			if (!current.isEmpty() && !fits(widths, cells(group, with), smallest, area)) {
				tables.add(new Table(group, current, widths, smallest));
				current = new ArrayList<>();
			}
			current.add(shortened);
		}
		tables.add(new Table(group, current, widths, smallest));
		return tables;
	}

	private static boolean fits(double[] widths, List<List<List<String>>> cells, double size, Rectangle2D area) {
		double height = 0;
		for (double h : Deck.rowHeights(widths, cells, size)) {
			height += h;
		}
		return height <= area.getHeight();
	}

	private static double[] widths(Rectangle2D area, int cases) {
		double[] widths = new double[cases + 1];
		widths[0] = HEADING_WIDTH;
		for (int i = 1; i <= cases; i++) {
			widths[i] = (area.getWidth() - HEADING_WIDTH) / cases;
		}
		return widths;
	}

	private List<List<List<String>>> cells(List<Comparison> group, List<Row> rows) {
		List<List<List<String>>> cells = new ArrayList<>();
		List<List<String>> header = new ArrayList<>();
		header.add(List.of(""));
		for (Comparison c : group) {
			header.add(List.of(words.format("caseSection", c.brief().number(), c.brief().title())));
		}
		cells.add(header);
		for (Row row : rows) {
			List<List<String>> line = new ArrayList<>();
			line.add(List.of(row.heading()));
			line.addAll(row.cells());
			cells.add(line);
		}
		return cells;
	}

	/** An aspect: its heading and, per case, its paragraphs. */
	record Row(String heading, List<List<String>> cells) {

		/**
		 * The row with the last paragraph of its longest cell left out, {@code more} ending the cell
		 * instead; itself when no cell has a paragraph to spare.
		 */
		Row shortened(String more) {
			int longest = -1;
			int length = 0;
			for (int i = 0; i < cells.size(); i++) {
				List<String> cell = cells.get(i);
				int real = cell.size() - (cell.get(cell.size() - 1).equals(more) ? 1 : 0);
				int l = cell.stream().mapToInt(String::length).sum();
				if (real > 1 && l > length) {
					longest = i;
					length = l;
				}
			}
			List<List<String>> shorter = new ArrayList<>(cells);
			if (longest >= 0) {
				List<String> cell = new ArrayList<>(cells.get(longest));
				if (cell.get(cell.size() - 1).equals(more)) {
					cell.remove(cell.size() - 1);
				}
				cell.set(cell.size() - 1, more);
				shorter.set(longest, cell);
				return new Row(heading, shorter);
			}
			// One paragraph per cell: the longest paragraph halved at a space (hostile text, a huge word).
			int cellIndex = -1;
			int paragraph = -1;
			for (int i = 0; i < cells.size(); i++) {
				for (int p = 0; p < cells.get(i).size(); p++) {
					int l = cells.get(i).get(p).length();
					if (l > 40 && l > length) {
						cellIndex = i;
						paragraph = p;
						length = l;
					}
				}
			}
			if (cellIndex < 0) {
				return this;
			}
			List<String> cell = new ArrayList<>(cells.get(cellIndex));
			String text = cell.get(paragraph);
			int cut = text.lastIndexOf(' ', text.length() / 2);
			cell.set(paragraph, text.substring(0, cut > 20 ? cut : text.length() / 2).strip() + more);
			shorter.set(cellIndex, cell);
			return new Row(heading, shorter);
		}
	}

	/** The eight aspects of the comparison for these cases. */
	private List<Row> rows(List<Comparison> group, java.util.function.Function<String, String> plain) {
		String none = words.get("compareNone");
		List<Row> rows = new ArrayList<>();
		rows.add(row("compareHost", group, c -> present(none, c.host(), c.where())));
		rows.add(row("comparePeople", group, c -> present(none,
				c.members() == null ? null : words.format("members", c.members()),
				c.households() == null ? null : words.format("households", c.households()),
				c.women() == null ? null : words.format("women", c.women()))));
		rows.add(row("comparePartnership", group, c -> present(none, c.partnerships().toArray(String[]::new))));
		rows.add(row("comparePartners", group, c -> {
			List<String> lines = new ArrayList<>();
			for (Map.Entry<String, List<String>> role : c.partnersByRole().entrySet()) {
				lines.add(role.getKey() + ": " + String.join(", ", role.getValue()));
			}
			return lines.isEmpty() ? List.of(none) : lines;
		}));
		rows.add(row("compareProduct", group, c -> {
			List<String> lines = new ArrayList<>(c.products());
			lines.addAll(c.certifications());
			return lines.isEmpty() ? List.of(none) : lines;
		}));
		rows.add(row("compareSince", group, c -> List.of(c.since() == null ? none : String.valueOf(c.since()))));
		rows.add(row("compareIndicators", group, c -> present(none, c.indicators().toArray(String[]::new))));
		rows.add(row("compareLessons", group,
				c -> present(none, c.lessons().stream().map(plain).map(l -> "\u2022 " + l).toArray(String[]::new))));
		return rows;
	}

	private Row row(String key, List<Comparison> group, java.util.function.Function<Comparison, List<String>> cell) {
		return new Row(words.get(key), group.stream().map(cell).toList());
	}

	private static List<String> present(String none, String... parts) {
		List<String> lines = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				lines.add(part.strip());
			}
		}
		return lines.isEmpty() ? List.of(none) : lines;
	}
}
