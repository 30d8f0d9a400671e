package org.casestudio.export.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casestudio.export.ExportContext;
import org.casestudio.export.ExportException;
import org.casestudio.export.HtmlText;
import org.casestudio.export.Markdown;
import org.casestudio.export.PackFonts;
import org.casestudio.export.SafeNames;
import org.casestudio.export.Templates;
import org.casestudio.export.diagram.PartnershipDiagrams;
import org.casestudio.export.pack.PackImages;
import org.casestudio.export.pack.PackLanguage;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.TrainingPack.CaseBrief;
import org.casestudio.export.pack.Words;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

/**
 * The pages of the offline site, rendered from the templates of the "html" family. Every page
 * links the others relatively and loads only the site's own style sheet, so that the site works
 * from a USB stick ({@code file://}) as well as from a server. For SCORM the case pages also load
 * the script that reports completion to the LMS.
 * <p>
 * Pages are in the pack's language ({@code <html lang>}); the templates write fixed words with
 * {@code t("key", arguments...)} and the route's texts with {@code tx(text)} (Markdown with
 * {@code md(text)}), which mark a text in another language with its own {@code lang}. A pack with
 * Lao text carries the Lao font as a web font, with its licence.
 */
final class SiteBuilder {

	static final String FAMILY = "html";
	static final String STYLE_SHEET = "assets/site.css";
	static final String SCO_SCRIPT = "assets/sco.js";
	/** Days on the reflection sheet when the route has neither an agenda nor dates. */
	private static final int DEFAULT_DAYS = 5;

	/** The folder of the site where images are copied. */
	static final String MEDIA = "media/";
	/** The folder of the site's fonts and their licence, and the style sheet that declares them. */
	static final String FONTS = "assets/fonts/";
	static final String FONT_STYLES = FONTS + "fonts.css";

	private final TrainingPack pack;
	private final Templates templates;
	private final boolean scorm;
	private final Path routeFolder;
	/** Each image file the pages show, and its path in the site, in the order first shown. */
	private final Map<Path, String> media = new LinkedHashMap<>();
	private final Map<Path, PackImages.Checked> checked = new HashMap<>();
	private final SafeNames mediaNames = new SafeNames();

	SiteBuilder(ExportContext context, boolean scorm) {
		this.pack = context.pack();
		this.templates = context.templates(SiteBuilder.class, FAMILY);
		this.scorm = scorm;
		this.routeFolder = context.routeFolder() == null ? null : context.routeFolder().toAbsolutePath().normalize();
	}

	/** Path in the site to its content, in the order a reader would take them. */
	Map<String, byte[]> build(IProgressMonitor monitor) throws ExportException {
		SubMonitor progress = SubMonitor.convert(monitor, pack.cases().size() + 6);
		Map<String, byte[]> files = new LinkedHashMap<>();
		String map = SketchMap.svg(pack.overview().places());
		page(files, "index.html", "index.ftlh", "", "index", map == null ? Map.of() : Map.of("map", markup(map)));
		page(files, "agenda.html", "agenda.ftlh", "", "agenda", Map.of());
		if (pack.cases().size() > 1) {
			page(files, "comparison.html", "comparison.ftlh", "", "comparison", Map.of());
		}
		progress.worked(2);
		for (CaseBrief brief : pack.cases()) {
			progress.checkCanceled();
			List<TemplateModel> diagrams = new ArrayList<>();
			for (int i = 0; i < brief.partnerships().size(); i++) {
				diagrams.add(markup(PartnershipDiagrams.svg(brief.partnerships().get(i), "partnership-" + (i + 1))));
			}
			page(files, casePage(brief), "case.ftlh", "../", "cases", Map.of("brief", brief, "diagrams", diagrams));
			progress.worked(1);
		}
		page(files, "sheets/reflection.html", "reflection.ftlh", "../", "sheets", Map.of("days", reflectionDays()));
		page(files, "sheets/innovation-plan.html", "innovation-plan.ftlh", "../", "sheets", Map.of());
		page(files, "sheets/evaluation.html", "evaluation.ftlh", "../", "sheets", Map.of());
		copyMedia(files);
		files.put(STYLE_SHEET, templates.text(STYLE_SHEET).getBytes(StandardCharsets.UTF_8));
		if (pack.language().lao()) {
			fonts(files);
		}
		if (scorm) {
			files.put(SCO_SCRIPT, templates.text(SCO_SCRIPT).getBytes(StandardCharsets.UTF_8));
		}
		progress.worked(4);
		return files;
	}

	/**
	 * The Lao font, its licence, and a style sheet that declares it for Lao letters only
	 * (unicode-range), first in every text's font list, so that Lao renders without a Lao font
	 * installed and nothing else changes.
	 */
	private static void fonts(Map<String, byte[]> files) throws ExportException {
		StringBuilder css = new StringBuilder("/* Noto Sans Lao, SIL Open Font License 1.1: see OFL.txt beside this file. */\n");
		for (PackFonts.Font font : PackFonts.LAO) {
			files.put(FONTS + font.file(), font.bytes());
			css.append("@font-face {\n  font-family: \"Pack Lao\";\n  src: url(\"").append(font.file())
					.append("\") format(\"truetype\");\n  font-weight: ").append(font.weight())
					.append(";\n  font-style: normal;\n  unicode-range: ").append(font.unicodeRange()).append(";\n}\n");
		}
		css.append("body, :lang(lo) { font-family: \"Pack Lao\", \"Noto Sans\", \"DejaVu Sans\", \"Segoe UI\", system-ui, sans-serif; }\n");
		files.put(FONTS + PackFonts.LICENCE, PackFonts.bytes(PackFonts.LICENCE));
		files.put(FONT_STYLES, css.toString().getBytes(StandardCharsets.UTF_8));
	}

	static String casePage(CaseBrief brief) {
		return "cases/" + brief.file() + ".html";
	}

	private void page(Map<String, byte[]> files, String path, String template, String root, String section,
			Map<String, Object> extra) throws ExportException {
		Map<String, Object> model = new HashMap<>(extra);
		model.put("pack", pack);
		model.put("overview", pack.overview());
		model.put("root", root);
		model.put("section", section);
		model.put("path", path);
		model.put("scorm", scorm);
		model.put("w", pack.words());
		model.put("t", HtmlText.words(pack));
		model.put("tx", HtmlText.texts(pack));
		model.put("languageName", (TemplateMethodModelEx) arguments -> new SimpleScalar(
				PackLanguage.nameOf(((TemplateScalarModel) arguments.get(0)).getAsString())));
		// Shadows the templates' shared md: a text's images point at their copies in the site.
		model.put("md", (TemplateMethodModelEx) arguments -> markdown(arguments, root));
		model.put("photo", (TemplateMethodModelEx) arguments -> photoSource(arguments, root));
		files.put(path, templates.render(template, model).getBytes(StandardCharsets.UTF_8));
	}

	private TemplateModel markdown(List<?> arguments, String root) throws TemplateModelException {
		Object text = arguments.isEmpty() ? null : arguments.get(0);
		String source = text == null ? "" : text.toString();
		String html = Markdown.toHtml(source, written -> {
			// Texts' image paths are relative to the route's folder (see the export view).
			Path file = routeFolder == null ? null : PackImages.resolve(written, routeFolder);
			return file == null ? written : root + mediaPath(file);
		});
		return Templates.markup(HtmlText.inLanguage(pack.langOf(source), html, "div"));
	}

	/** The source of a photo's image in a page at {@code root}; a web address as it is; nothing without a file. */
	private TemplateModel photoSource(List<?> arguments, String root) throws TemplateModelException {
		Object argument = arguments.isEmpty() ? null : arguments.get(0);
		Object photo = argument instanceof AdapterTemplateModel adapter ? adapter.getAdaptedObject(Object.class) : argument;
		if (!(photo instanceof TrainingPack.Photo p) || p.file() == null) {
			return null;
		}
		if (PackImages.isRemote(p.file())) {
			return new SimpleScalar(p.file());
		}
		return p.path() == null ? null : new SimpleScalar(root + mediaPath(p.path().toAbsolutePath().normalize()));
	}

	/** The image's path in the site: media/ and a safe name with the extension of its type. */
	private String mediaPath(Path file) {
		return media.computeIfAbsent(file, f -> {
			PackImages.Checked check = checked.computeIfAbsent(f, PackImages::check);
			String name = f.getFileName() == null ? "image" : f.getFileName().toString().replaceFirst("\\.[^.]*$", "");
			String extension = check.type() == null ? "img" : check.type().extension();
			return MEDIA + mediaNames.unique(name) + "." + extension;
		});
	}

	/**
	 * The image files the pages show, copied into the site. The export's checks report a bad image at
	 * its line before anything is written; a pack written without them still gets no broken image.
	 */
	private void copyMedia(Map<String, byte[]> files) throws ExportException {
		for (Map.Entry<Path, String> image : media.entrySet()) {
			PackImages.Checked check = checked.get(image.getKey());
			if (check.fault() != null) {
				throw new ExportException(NLS.bind(Messages.ImageCannotBeCopied, image.getKey(), switch (check.fault()) {
				case MISSING -> Messages.ImageMissing;
				case NOT_SUPPORTED -> Messages.ImageNotSupported;
				case TOO_LARGE -> NLS.bind(Messages.ImageTooLarge, PackImages.MAX_BYTES >> 20);
				}));
			}
			try {
				files.put(image.getValue(), Files.readAllBytes(image.getKey()));
			} catch (IOException e) {
				throw new ExportException(NLS.bind(Messages.ImageCannotBeCopied, image.getKey(), e.getMessage()), e);
			}
		}
	}

	/** One reflection block per agenda day, else per day between the dates, else a working week. */
	private List<String> reflectionDays() {
		List<String> days = new ArrayList<>();
		Words words = pack.words();
		for (TrainingPack.AgendaDay day : pack.agenda()) {
			days.add(day.date() == null ? words.format("day", day.number())
					: words.format("dayDate", day.number(), day.date()));
		}
		if (!days.isEmpty()) {
			return days;
		}
		LocalDate start = date(pack.overview().startDate());
		LocalDate end = date(pack.overview().endDate());
		if (start != null && end != null && !end.isBefore(start) && ChronoUnit.DAYS.between(start, end) < 31) {
			DateTimeFormatter format = words.locale().getLanguage().equals(Words.BASE)
					? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)
					: DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL).withLocale(words.locale());
			int number = 1;
			for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
				days.add(words.format("dayDate", number++, format.format(d)));
			}
			return days;
		}
		for (int number = 1; number <= DEFAULT_DAYS; number++) {
			days.add(words.format("day", number));
		}
		return days;
	}

	private static LocalDate date(String iso) {
		try {
			return iso == null ? null : LocalDate.parse(iso);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static TemplateModel markup(String svg) throws ExportException {
		try {
			return Templates.markup(svg);
		} catch (TemplateModelException e) {
			throw new ExportException(e.getMessage(), e);
		}
	}
}
