package org.casestudio.export.slides;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/**
 * A PowerPoint deck made of the master's own layouts, so that every slide has real title and body
 * placeholders and stays editable: a trainer changes the theme or moves a bullet in PowerPoint or
 * LibreOffice as in any deck. The masters are POI's default ones made 16:9, or those of a
 * reference deck ({@code templates/slides.pptx} beside the route), whose slides are dropped.
 */
final class Deck implements AutoCloseable {

	/** A 16:9 slide, in points. */
	private static final Dimension WIDE = new Dimension(960, 540);

	/** Fonts that cover the route's languages, Lao included; named only when no reference deck is used. */
	private static final String LATIN_FONT = "Noto Sans";
	private static final String LAO_FONT = "Noto Sans Lao";

	private final XMLSlideShow show;
	private final boolean ownMasters;

	private Deck(XMLSlideShow show, boolean ownMasters) {
		this.show = show;
		this.ownMasters = ownMasters;
	}

	/** The deck on the reference deck's masters, if {@code reference} is a file, else on POI's made wide. */
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
		widen(show);
		return new Deck(show, true);
	}

	/**
	 * POI's default masters are 4:3: their placeholders are stretched across the wide slide, so
	 * that the layouts stay the master's and the text uses the projector's whole width.
	 */
	private static void widen(XMLSlideShow show) {
		Dimension old = show.getPageSize();
		double k = WIDE.getWidth() / old.getWidth();
		show.setPageSize(WIDE);
		// Every anchor read before any is changed: a layout's placeholder without a position of its
		// own reads its master's, which must not be stretched twice.
		Map<org.apache.poi.xslf.usermodel.XSLFSimpleShape, Rectangle2D> anchors = new LinkedHashMap<>();
		for (XSLFSlideMaster master : show.getSlideMasters()) {
			collect(master, anchors);
			for (XSLFSlideLayout layout : master.getSlideLayouts()) {
				collect(layout, anchors);
			}
		}
		anchors.forEach((shape, a) -> shape
				.setAnchor(new Rectangle2D.Double(a.getX() * k, a.getY(), a.getWidth() * k, a.getHeight())));
	}

	private static void collect(XSLFSheet sheet, Map<org.apache.poi.xslf.usermodel.XSLFSimpleShape, Rectangle2D> anchors) {
		for (XSLFShape shape : sheet.getShapes()) {
			if (shape instanceof org.apache.poi.xslf.usermodel.XSLFSimpleShape simple && simple.getAnchor() != null) {
				anchors.put(simple, simple.getAnchor());
			}
		}
	}

	/** A title slide: the title and a subtitle of lines. */
	XSLFSlide titleSlide(String title, List<String> subtitle) {
		XSLFSlide slide = show.createSlide(layout(SlideLayout.TITLE, SlideLayout.TITLE_AND_CONTENT));
		text(placeholder(slide, Placeholder.CENTERED_TITLE, Placeholder.TITLE), title);
		lines(placeholder(slide, Placeholder.SUBTITLE, Placeholder.BODY), subtitle);
		return slide;
	}

	/** A section's first slide: its title and a line or two under it. */
	XSLFSlide sectionSlide(String title, List<String> subtitle) {
		XSLFSlide slide = show.createSlide(layout(SlideLayout.SECTION_HEADER, SlideLayout.TITLE));
		text(placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE), title);
		lines(placeholder(slide, Placeholder.BODY, Placeholder.SUBTITLE), subtitle);
		return slide;
	}

	/** A title and bullets; a bullet of {@link Bullet#level} 1 is under the one before it. */
	XSLFSlide bulletSlide(String title, List<Bullet> bullets) {
		XSLFSlide slide = show.createSlide(layout(SlideLayout.TITLE_AND_CONTENT, SlideLayout.TEXT));
		text(placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE), title);
		XSLFTextShape body = placeholder(slide, Placeholder.BODY, Placeholder.CONTENT);
		if (body != null) {
			body.clearText();
			// PowerPoint and LibreOffice shrink the text of a long list to fit the placeholder.
			body.setTextAutofit(TextAutofit.NORMAL);
			for (Bullet bullet : bullets) {
				XSLFTextParagraph paragraph = body.addNewTextParagraph();
				paragraph.setIndentLevel(bullet.level());
				run(paragraph, bullet.text());
			}
		}
		return slide;
	}

	/** A title and a picture (PNG, with the SVG beside it for PowerPoint), fitted below the title. */
	XSLFSlide pictureSlide(String title, byte[] png, byte[] svg, double width, double height, String description) {
		XSLFSlide slide = show.createSlide(layout(SlideLayout.TITLE_ONLY, SlideLayout.TITLE_AND_CONTENT));
		XSLFTextShape titleShape = placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
		text(titleShape, title);
		for (XSLFShape shape : List.copyOf(slide.getShapes())) {
			// A layout with a content placeholder leaves an empty "click to add text" box: not wanted here.
			if (shape != titleShape && shape.isPlaceholder()) {
				slide.removeShape(shape);
			}
		}
		XSLFPictureData bitmap = show.addPicture(png, PictureType.PNG);
		XSLFPictureShape picture = slide.createPicture(bitmap);
		if (svg != null) {
			picture.setSvgImage(show.addPicture(svg, PictureType.SVG));
		}
		Dimension page = show.getPageSize();
		double top = titleShape != null && titleShape.getAnchor() != null ? titleShape.getAnchor().getMaxY() + 8 : 100;
		double areaWidth = page.getWidth() - 80;
		double areaHeight = page.getHeight() - top - 20;
		double scale = Math.min(areaWidth / width, areaHeight / height);
		// Not larger than twice its size: a two-box diagram need not fill the screen.
		scale = Math.min(scale, 2.0);
		double w = width * scale;
		double h = height * scale;
		picture.setAnchor(new Rectangle2D.Double((page.getWidth() - w) / 2, top + (areaHeight - h) / 2, w, h));
		((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().setDescr(description);
		return slide;
	}

	/** The slide's speaker notes. */
	void notes(XSLFSlide slide, List<String> paragraphs) {
		if (paragraphs.isEmpty()) {
			return;
		}
		for (XSLFTextShape shape : show.getNotesSlide(slide).getPlaceholders()) {
			if (shape.getTextType() == Placeholder.BODY) {
				shape.clearText();
				for (String text : paragraphs) {
					run(shape.addNewTextParagraph(), text);
				}
				return;
			}
		}
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

	private void run(XSLFTextParagraph paragraph, String text) {
		XSLFTextRun run = paragraph.addNewTextRun();
		run.setText(text);
		if (ownMasters) {
			run.setFontFamily(LATIN_FONT, FontGroup.LATIN);
		}
		// Lao is a complex script: PowerPoint draws it with the complex-script font.
		run.setFontFamily(LAO_FONT, FontGroup.COMPLEX_SCRIPT);
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
