package org.casestudio.export.web;

import java.nio.charset.StandardCharsets;
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
import org.casestudio.export.Templates;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.TrainingPack.CaseBrief;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * The pages of the offline site, rendered from the templates of the "html" family. Every page
 * links the others relatively and loads only the site's own style sheet, so that the site works
 * from a USB stick ({@code file://}) as well as from a server. For SCORM the case pages also load
 * the script that reports completion to the LMS.
 */
final class SiteBuilder {

	static final String FAMILY = "html";
	static final String STYLE_SHEET = "assets/site.css";
	static final String SCO_SCRIPT = "assets/sco.js";
	/** Days on the reflection sheet when the route has neither an agenda nor dates. */
	private static final int DEFAULT_DAYS = 5;

	private final TrainingPack pack;
	private final Templates templates;
	private final boolean scorm;

	SiteBuilder(ExportContext context, boolean scorm) {
		this.pack = context.pack();
		this.templates = context.templates(SiteBuilder.class, FAMILY);
		this.scorm = scorm;
	}

	/** Path in the site to its content, in the order a reader would take them. */
	Map<String, byte[]> build(IProgressMonitor monitor) throws ExportException {
		SubMonitor progress = SubMonitor.convert(monitor, pack.cases().size() + 6);
		Map<String, byte[]> files = new LinkedHashMap<>();
		page(files, "index.html", "index.ftlh", "", "index", Map.of());
		page(files, "agenda.html", "agenda.ftlh", "", "agenda", Map.of());
		progress.worked(2);
		for (CaseBrief brief : pack.cases()) {
			progress.checkCanceled();
			List<TemplateModel> diagrams = new ArrayList<>();
			for (int i = 0; i < brief.partnerships().size(); i++) {
				diagrams.add(markup(PartnershipDiagram.svg(brief.partnerships().get(i), "partnership-" + (i + 1))));
			}
			page(files, casePage(brief), "case.ftlh", "../", "cases", Map.of("brief", brief, "diagrams", diagrams));
			progress.worked(1);
		}
		page(files, "sheets/reflection.html", "reflection.ftlh", "../", "sheets", Map.of("days", reflectionDays()));
		page(files, "sheets/innovation-plan.html", "innovation-plan.ftlh", "../", "sheets", Map.of());
		page(files, "sheets/evaluation.html", "evaluation.ftlh", "../", "sheets", Map.of());
		files.put(STYLE_SHEET, templates.text(STYLE_SHEET).getBytes(StandardCharsets.UTF_8));
		if (scorm) {
			files.put(SCO_SCRIPT, templates.text(SCO_SCRIPT).getBytes(StandardCharsets.UTF_8));
		}
		progress.worked(4);
		return files;
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
		model.put("scorm", scorm);
		files.put(path, templates.render(template, model).getBytes(StandardCharsets.UTF_8));
	}

	/** One reflection block per agenda day, else per day between the dates, else a working week. */
	private List<String> reflectionDays() {
		List<String> days = new ArrayList<>();
		for (TrainingPack.AgendaDay day : pack.agenda()) {
			days.add(day.date() == null ? NLS.bind(Messages.DayNumber, day.number())
					: NLS.bind(Messages.DayNumberDate, day.number(), day.date()));
		}
		if (!days.isEmpty()) {
			return days;
		}
		LocalDate start = date(pack.overview().startDate());
		LocalDate end = date(pack.overview().endDate());
		if (start != null && end != null && !end.isBefore(start) && ChronoUnit.DAYS.between(start, end) < 31) {
			DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
			int number = 1;
			for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
				days.add(NLS.bind(Messages.DayNumberDate, number++, format.format(d)));
			}
			return days;
		}
		for (int number = 1; number <= DEFAULT_DAYS; number++) {
			days.add(NLS.bind(Messages.DayNumber, number));
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
