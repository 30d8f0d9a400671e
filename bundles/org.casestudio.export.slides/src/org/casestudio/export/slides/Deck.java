package org.casestudio.export.slides;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.ooxml.POIXMLDocumentPart.RelationPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTNotesSlide;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPresentation;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdList;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdListEntry;

/**
 * A PowerPoint deck made of the master's own layouts, so that every slide has real title and body
 * placeholders and stays editable: a trainer changes the theme or moves a bullet in PowerPoint or
 * LibreOffice as in any deck. The masters are Case Studio's design ({@link Theme}) made on POI's
 * default ones, or those of a reference deck ({@code templates/slides.pptx} beside the route),
 * whose slides are dropped.
 */
final class Deck implements AutoCloseable {

	/** The legend under a diagram, in points: small, yet readable from the back of a room. */
	static final double LEGEND_SIZE = 14;
	/** The space around a table cell's text. */
	private static final double CELL_INSET = 5;
	/**
	 * A table row's room over its measured text: a line in ten. Java2D's measure and POI's (and
	 * PowerPoint's) break lines a little differently; a seed's comparison measured 5 % short.
	 */
	private static final double ROOM = 1.10;

	private final XMLSlideShow show;
	private final boolean ownMasters;
	/** The next free number of each kind of part (slide, notes slide, picture), by its name's template. */
	private final Map<String, Integer> nextPart = new HashMap<>();
	/** The next slide id of the presentation's list; 0 until read from it. */
	private long nextSlideId;
	/** The first notes slide as POI made it from the notes master, before its text: every other one is a copy. */
	private CTNotesSlide notesTemplate;
	/** The picture parts already in the deck, by their bytes: a picture shown twice is stored once. */
	private final Map<byte[], XSLFPictureData> media = new IdentityHashMap<>();

	private Deck(XMLSlideShow show, boolean ownMasters) {
		this.show = show;
		this.ownMasters = ownMasters;
	}

	/** The deck on the reference deck's masters, if {@code reference} is a file, else on Case Studio's {@link Theme}. */
	static Deck open(Path reference) throws IOException {
		// POI logs through the Log4j API, which complains on stderr when no logging back end is
		// installed; its simple provider shows errors only. A caller's own choice is kept.
		if (System.getProperty("log4j.provider") == null) {
			System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
		}
		if (reference != null && Files.isRegularFile(reference)) {
			try (InputStream in = Files.newInputStream(reference)) {
				XMLSlideShow show = new XMLSlideShow(in);
				for (int i = show.getSlides().size() - 1; i >= 0; i--) {
					show.removeSlide(i);
				}
				return new Deck(show, false);
			}
		}
		XMLSlideShow show = new XMLSlideShow();
		Theme.apply(show);
		return new Deck(show, true);
	}

	/** A title slide: the title and a subtitle of lines. */
	XSLFSlide titleSlide(String title, List<String> subtitle) {
		XSLFSlide slide = createSlide(layout(SlideLayout.TITLE, SlideLayout.TITLE_AND_CONTENT));
		text(placeholder(slide, Placeholder.CENTERED_TITLE, Placeholder.TITLE), title);
		lines(placeholder(slide, Placeholder.SUBTITLE, Placeholder.BODY), subtitle);
		return slide;
	}

	/** A section's first slide: its title and a line or two under it. */
	XSLFSlide sectionSlide(String title, List<String> subtitle) {
		XSLFSlide slide = createSlide(layout(SlideLayout.SECTION_HEADER, SlideLayout.TITLE));
		text(placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE), title);
		lines(placeholder(slide, Placeholder.BODY, Placeholder.SUBTITLE), subtitle);
		return slide;
	}

	/** A title and bullets; a bullet of {@link Bullet#level} 1 is under the one before it. */
	XSLFSlide bulletSlide(String title, List<Bullet> bullets) {
		XSLFSlide slide = createSlide(layout(SlideLayout.TITLE_AND_CONTENT, SlideLayout.TEXT));
		text(placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE), title);
		XSLFTextShape body = placeholder(slide, Placeholder.BODY, Placeholder.CONTENT);
		if (body != null) {
			bullets(body, bullets);
		}
		return slide;
	}

	private void bullets(XSLFTextShape body, List<Bullet> bullets) {
		body.clearText();
		// PowerPoint and LibreOffice shrink the text of a long list to fit the placeholder.
		body.setTextAutofit(TextAutofit.NORMAL);
		for (Bullet bullet : bullets) {
			XSLFTextParagraph paragraph = body.addNewTextParagraph();
			paragraph.setIndentLevel(bullet.level());
			run(paragraph, bullet.text());
		}
	}

	/**
	 * A slide of its own for a picture (PNG, with the SVG beside it for PowerPoint): the title, the
	 * picture as large as the slide allows below it, and a line of {@code legend} under it.
	 */
	XSLFSlide pictureSlide(String title, Picture picture, String legend) {
		XSLFSlide slide = createSlide(layout(SlideLayout.TITLE_ONLY, SlideLayout.TITLE_AND_CONTENT));
		XSLFTextShape titleShape = titleOnly(slide, title);
		Dimension page = show.getPageSize();
		double top = titleShape != null && titleShape.getAnchor() != null ? titleShape.getAnchor().getMaxY() + 14 : 100;
		double side = page.getWidth() * 0.03;
		// Room for two lines of the legend in Noto Sans, whose lines are 1.36 of its size apart.
		double legendHeight = legend == null ? 0 : LEGEND_SIZE * 3.2;
		Rectangle2D area = new Rectangle2D.Double(side, top, page.getWidth() - 2 * side,
				page.getHeight() - top - legendHeight - 10);
		Rectangle2D placed = place(slide, picture, area);
		if (legend != null) {
			XSLFTextBox box = slide.createTextBox();
			box.setAnchor(new Rectangle2D.Double(area.getX(), placed.getMaxY() + 4, area.getWidth(), legendHeight));
			box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(2, 4, 2, 4));
			box.setWordWrap(true);
			XSLFTextParagraph paragraph = box.addNewTextParagraph();
			paragraph.setTextAlign(TextAlign.CENTER);
			XSLFTextRun run = run(paragraph, legend);
			run.setFontSize(LEGEND_SIZE);
			run.setFontColor(Theme.GREY);
		}
		return slide;
	}

	/** A title, bullets in the left column and a picture fitted in the right one (the two-column layout). */
	XSLFSlide bulletsAndPictureSlide(String title, List<Bullet> bullets, Picture picture) {
		XSLFSlide slide = createSlide(layout(SlideLayout.TWO_OBJ, SlideLayout.TITLE_AND_CONTENT));
		text(placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE), title);
		List<XSLFTextShape> bodies = new ArrayList<>();
		for (XSLFTextShape shape : slide.getPlaceholders()) {
			if (shape.getTextType() == Placeholder.BODY || shape.getTextType() == Placeholder.CONTENT) {
				bodies.add(shape);
			}
		}
		Rectangle2D right;
		if (bodies.size() >= 2) {
			right = bodies.get(1).getAnchor();
			slide.removeShape(bodies.get(1));
		} else {
			// A reference deck without a two-column layout: the right half of the slide.
			Dimension page = show.getPageSize();
			right = rightHalf();
			if (!bodies.isEmpty()) {
				Rectangle2D a = bodies.get(0).getAnchor();
				bodies.get(0).setAnchor(new Rectangle2D.Double(a.getX(), a.getY(), page.getWidth() / 2 - a.getX() - 10, a.getHeight()));
			}
		}
		if (!bodies.isEmpty()) {
			bullets(bodies.get(0), bullets);
		}
		place(slide, picture, right);
		return slide;
	}

	/** Whether the picture shows at least {@code scale} times its size in a column of the two-column layout. */
	boolean fitsColumn(Picture picture, double scale) {
		Rectangle2D column = ownMasters ? Theme.column(1) : rightHalf();
		return Math.min(column.getWidth() / picture.width(), column.getHeight() / picture.height()) >= scale;
	}

	private Rectangle2D rightHalf() {
		Dimension page = show.getPageSize();
		return new Rectangle2D.Double(page.getWidth() / 2, page.getHeight() * 0.2, page.getWidth() / 2 - 30,
				page.getHeight() * 0.75);
	}

	/** A slide of the title-only layout: the title, and the area below it for a table. */
	XSLFSlide tableSlide(String title) {
		XSLFSlide slide = createSlide(layout(SlideLayout.TITLE_ONLY, SlideLayout.TITLE_AND_CONTENT));
		titleOnly(slide, title);
		return slide;
	}

	/** Where content goes below a slide's title: the theme's grid, or below the reference deck's title. */
	Rectangle2D contentArea(XSLFSlide slide) {
		if (ownMasters) {
			return Theme.content();
		}
		Dimension page = show.getPageSize();
		XSLFTextShape title = placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
		double top = title != null && title.getAnchor() != null ? title.getAnchor().getMaxY() + 12 : page.getHeight() * 0.2;
		double side = page.getWidth() * 0.05;
		return new Rectangle2D.Double(side, top, page.getWidth() - 2 * side, page.getHeight() - top - page.getHeight() * 0.05);
	}

	/**
	 * A table on {@code slide} in {@code area}: {@code cells} by row and column, each cell a list of
	 * paragraphs, the first row and column as headings, the text {@code size} points. Rows are as
	 * high as their text measures ({@link #rowHeights}).
	 */
	XSLFTable table(XSLFSlide slide, Rectangle2D area, double[] widths, List<List<List<String>>> cells, double size) {
		XSLFTable table = slide.createTable(cells.size(), widths.length);
		double[] heights = rowHeights(widths, cells, size);
		double total = 0;
		for (double h : heights) {
			total += h;
		}
		table.setAnchor(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), total));
		for (int c = 0; c < widths.length; c++) {
			table.setColumnWidth(c, widths[c]);
		}
		for (int r = 0; r < cells.size(); r++) {
			table.getRows().get(r).setHeight(heights[r]);
			for (int c = 0; c < widths.length; c++) {
				XSLFTableCell cell = table.getCell(r, c);
				cell.clearText();
				cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(CELL_INSET, CELL_INSET, CELL_INSET, CELL_INSET));
				cell.setVerticalAlignment(org.apache.poi.sl.usermodel.VerticalAlignment.TOP);
				cell.setWordWrap(true);
				cell.setFillColor(r == 0 ? Theme.GREEN : c == 0 ? Theme.MIST : Color.WHITE);
				for (TableCell.BorderEdge edge : TableCell.BorderEdge.values()) {
					cell.setBorderWidth(edge, 0.75);
					cell.setBorderColor(edge, Theme.LINE);
				}
				List<String> paragraphs = cells.get(r).get(c);
				for (String text : paragraphs.isEmpty() ? List.of("") : paragraphs) {
					XSLFTextParagraph paragraph = cell.addNewTextParagraph();
					XSLFTextRun run = run(paragraph, text);
					run.setFontSize(size);
					run.setBold(r == 0 || c == 0);
					run.setFontColor(r == 0 ? Color.WHITE : c == 0 ? Theme.GREEN : Theme.INK);
				}
			}
		}
		return table;
	}

	/**
	 * Each row's height: its tallest cell's text wrapped at the column's width, with the cell's
	 * insets and a little room, since LibreOffice's and PowerPoint's line breaks may differ from
	 * Java2D's by a word.
	 */
	static double[] rowHeights(double[] widths, List<List<List<String>>> cells, double size) {
		double[] heights = new double[cells.size()];
		for (int r = 0; r < cells.size(); r++) {
			double tallest = 0;
			for (int c = 0; c < widths.length; c++) {
				List<String> paragraphs = cells.get(r).get(c);
				double text = TextMeasure.height(paragraphs.isEmpty() ? List.of("") : paragraphs, widths[c] - 2 * CELL_INSET,
						size, r == 0 || c == 0);
				tallest = Math.max(tallest, text * ROOM + 2 * CELL_INSET);
			}
			heights[r] = Math.ceil(tallest);
		}
		return heights;
	}

	/** Removes the deck's last slide (a table that did not fit, made again smaller). */
	void dropLast() {
		show.removeSlide(show.getSlides().size() - 1);
		// Its part name and id are free again: the next slide takes them, as POI's createSlide would.
		nextPart.remove(XSLFRelation.SLIDE.getDefaultFileName());
		nextSlideId = 0;
	}

	/** The picture fitted in {@code area}, centred, at most twice its size; where it went. */
	private Rectangle2D place(XSLFSlide slide, Picture picture, Rectangle2D area) {
		XSLFPictureShape shape = slide.createPicture(media(picture.png(), XSLFRelation.IMAGE_PNG));
		if (picture.svg() != null) {
			shape.setSvgImage(media(picture.svg(), XSLFRelation.IMAGE_SVG));
		}
		double scale = Math.min(area.getWidth() / picture.width(), area.getHeight() / picture.height());
		// Not larger than twice its size: a two-box diagram need not fill the screen.
		scale = Math.min(scale, 2.0);
		double w = picture.width() * scale;
		double h = picture.height() * scale;
		Rectangle2D placed = new Rectangle2D.Double(area.getX() + (area.getWidth() - w) / 2,
				area.getY() + (area.getHeight() - h) / 2, w, h);
		shape.setAnchor(placed);
		((CTPicture) shape.getXmlObject()).getNvPicPr().getCNvPr().setDescr(picture.description());
		return placed;
	}

	/** The slide's title; every other placeholder of its layout removed (no empty "click to add text" box). */
	private XSLFTextShape titleOnly(XSLFSlide slide, String title) {
		XSLFTextShape titleShape = placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
		text(titleShape, title);
		for (XSLFShape shape : List.copyOf(slide.getShapes())) {
			if (shape != titleShape && shape.isPlaceholder()) {
				slide.removeShape(shape);
			}
		}
		return titleShape;
	}

	/** The slide's speaker notes. */
	void notes(XSLFSlide slide, List<String> paragraphs) {
		if (paragraphs.isEmpty()) {
			return;
		}
		for (XSLFTextShape shape : notesSlide(slide).getPlaceholders()) {
			if (shape.getTextType() == Placeholder.BODY) {
				shape.clearText();
				for (String text : paragraphs) {
					run(shape.addNewTextParagraph(), text);
				}
				return;
			}
		}
	}

	/*
	 * The parts of a large deck. POI's own createSlide, getNotesSlide and addPicture each look for a
	 * free part name with a regular expression over every part of the package, which grows with the
	 * square of the deck (14 % of a 200-case deck's time); a notes slide is copied shape by shape from
	 * the notes master, each paragraph's properties resolved through the masters (17 %); and every
	 * PNG placed is decoded in full through ImageIO to learn its size (15 %). The deck only adds
	 * parts, so it numbers them itself (one scan per kind of part, each number checked free), copies
	 * the first notes slide's XML for the others, and gives POI the size it knows.
	 */

	/** A slide on {@code layout}, as {@link XMLSlideShow#createSlide(XSLFSlideLayout)} makes it. */
	private XSLFSlide createSlide(XSLFSlideLayout layout) {
		CTPresentation presentation = show.getCTPresentation();
		CTSlideIdList ids = presentation.isSetSldIdLst() ? presentation.getSldIdLst() : presentation.addNewSldIdLst();
		if (nextSlideId == 0) {
			long last = 255;
			for (CTSlideIdListEntry id : ids.getSldIdArray()) {
				last = Math.max(last, id.getId());
			}
			nextSlideId = last + 1;
		}
		RelationPart part = show.createRelationship(XSLFRelation.SLIDE, XSLFFactory.getInstance(),
				partNumber(XSLFRelation.SLIDE, XSLFRelation.SLIDE.getDefaultFileName()), false);
		XSLFSlide slide = part.getDocumentPart();
		CTSlideIdListEntry id = ids.addNewSldId();
		id.setId(nextSlideId++);
		id.setId2(part.getRelationship().getId());
		layout.copyLayout(slide);
		slide.getPackagePart().clearRelationships();
		slide.addRelation(null, XSLFRelation.SLIDE_LAYOUT, layout);
		// The slide show's own list of its slides (getSlides returns it, not a copy).
		show.getSlides().add(slide);
		return slide;
	}

	/** The slide's notes slide, made if it has none, as {@link XMLSlideShow#getNotesSlide} makes it. */
	private XSLFNotes notesSlide(XSLFSlide slide) {
		XSLFNotes notes = slide.getNotes();
		if (notes != null) {
			return notes;
		}
		if (notesTemplate == null || show.getNotesMaster() == null) {
			// The first one by POI, which makes the notes master too.
			notes = show.getNotesSlide(slide);
			notesTemplate = (CTNotesSlide) notes.getXmlObject().copy();
			return notes;
		}
		notes = (XSLFNotes) show.createRelationship(XSLFRelation.NOTES, XSLFFactory.getInstance(),
				partNumber(XSLFRelation.NOTES, XSLFRelation.NOTES.getDefaultFileName()));
		slide.addRelation(null, XSLFRelation.NOTES, notes);
		notes.addRelation(null, XSLFRelation.NOTES_MASTER, show.getNotesMaster());
		notes.addRelation(null, XSLFRelation.SLIDE, slide);
		notes.getXmlObject().set(notesTemplate);
		return notes;
	}

	/** A picture part holding {@code data}, as {@link XMLSlideShow#addPicture(byte[], PictureType)} makes it. */
	private XSLFPictureData media(byte[] data, XSLFRelation type) {
		XSLFPictureData picture = media.get(data);
		if (picture != null) {
			return picture;
		}
		// Pictures of every type share one numbering, as POI's do (image7.png, image8.svg).
		picture = show.createRelationship(type, XSLFFactory.getInstance(), partNumber(type, "/ppt/media/image#\\..+"), true)
				.getDocumentPart();
		try (OutputStream out = picture.getPackagePart().getOutputStream()) {
			out.write(data);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (type == XSLFRelation.IMAGE_PNG) {
			PictureSizes.give(picture, data);
		}
		media.put(data, picture);
		return picture;
	}

	/**
	 * A number for a new part of {@code relation}'s kind whose name is free: one scan of the package
	 * ({@code template} as POI's {@link org.apache.poi.openxml4j.opc.OPCPackage#getUnusedPartIndex}
	 * takes it) for the first, then counted on, each name checked free by a look-up.
	 */
	private int partNumber(XSLFRelation relation, String template) {
		Integer next = nextPart.get(template);
		int number;
		try {
			number = next != null ? next : show.getPackage().getUnusedPartIndex(template);
			while (show.getPackage().containPart(PackagingURIHelper.createPartName(relation.getFileName(number)))) {
				number++;
			}
		} catch (InvalidFormatException e) {
			throw new IllegalStateException(e);
		}
		nextPart.put(template, number + 1);
		return number;
	}

	byte[] bytes() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		show.write(out);
		return out.toByteArray();
	}

	@Override
	public void close() throws IOException {
		show.close();
	}

	private XSLFSlideLayout layout(SlideLayout wanted, SlideLayout fallback) {
		for (XSLFSlideMaster master : show.getSlideMasters()) {
			XSLFSlideLayout layout = master.getLayout(wanted);
			if (layout == null) {
				layout = master.getLayout(fallback);
			}
			if (layout != null) {
				return layout;
			}
		}
		// A reference deck without either layout: its first master's first layout.
		return show.getSlideMasters().get(0).getSlideLayouts()[0];
	}

	/** The slide's placeholder of the first of the types it has. */
	private static XSLFTextShape placeholder(XSLFSlide slide, Placeholder... types) {
		for (Placeholder type : types) {
			for (XSLFTextShape shape : slide.getPlaceholders()) {
				if (shape.getTextType() == type) {
					return shape;
				}
			}
		}
		return null;
	}

	private void text(XSLFTextShape shape, String text) {
		if (shape != null) {
			shape.clearText();
			run(shape.addNewTextParagraph(), text);
		}
	}

	private void lines(XSLFTextShape shape, List<String> lines) {
		if (shape != null) {
			shape.clearText();
			for (String line : lines) {
				run(shape.addNewTextParagraph(), line);
			}
		}
	}

	private XSLFTextRun run(XSLFTextParagraph paragraph, String text) {
		XSLFTextRun run = paragraph.addNewTextRun();
		run.setText(text);
		if (ownMasters) {
			run.setFontFamily(Theme.LATIN_FONT, FontGroup.LATIN);
		}
		// Lao is a complex script: PowerPoint draws it with the complex-script font.
		run.setFontFamily(Theme.LAO_FONT, FontGroup.COMPLEX_SCRIPT);
		return run;
	}

	/** A picture to show: the PNG every suite shows, the SVG PowerPoint prefers, its size in points, its description. */
	record Picture(byte[] png, byte[] svg, double width, double height, String description) {
	}

	/** A line of a bulleted list; level 0 is the top. */
	record Bullet(String text, int level) {

		static Bullet of(String text) {
			return new Bullet(text, 0);
		}

		static Bullet under(String text) {
			return new Bullet(text, 1);
		}
	}
}
