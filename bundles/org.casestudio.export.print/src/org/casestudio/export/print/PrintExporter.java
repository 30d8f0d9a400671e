package org.casestudio.export.print;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.casestudio.export.ExportContext;
import org.casestudio.export.ExportException;
import org.casestudio.export.IExporter;
import org.casestudio.export.diagram.PartnershipDiagrams;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.TrainingPack.Partnership;
import org.casestudio.export.print.Doc.Picture;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The printed documents of a pack: format {@code guide} writes the facilitator's guide, format
 * {@code workbook} the participants' workbook, each as PDF (to print) and DOCX (to edit). The
 * document is built once from the pack and rendered twice, so that both files say the same.
 */
public final class PrintExporter implements IExporter {

	public static final String GUIDE = "guide";
	public static final String WORKBOOK = "workbook";

	@Override
	public void export(ExportContext context, IProgressMonitor monitor) throws ExportException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		TrainingPack pack = context.pack();
		boolean guide = GUIDE.equals(context.format());
		Doc doc = document(pack, context.format(), drawings(pack));
		String file = guide ? Messages.Guide_file : Messages.Workbook_file;
		progress.worked(1);
		progress.checkCanceled();
		try {
			context.output().write(file + ".pdf", PdfRenderer.render(doc));
			progress.worked(1);
			progress.checkCanceled();
			Path reference = context.routeFolder() == null ? null
					: context.routeFolder().resolve("templates").resolve("docx").resolve("reference.docx");
			context.output().write(file + ".docx", DocxRenderer.render(doc, reference));
			progress.worked(1);
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.CannotRender, file, e.getMessage()), e);
		}
	}

	/** The pack of the last export and its diagrams, softly held: see {@link #drawings}. */
	private static WeakReference<TrainingPack> drawnPack = new WeakReference<>(null);
	private static SoftReference<Map<Partnership, Drawing>> drawnPictures = new SoftReference<>(null);

	/**
	 * The diagrams drawn or being drawn for this pack (the same object) so far, or a new empty map
	 * for another pack: the guide and the workbook of one export brief the same partnerships, and
	 * the second takes the first one's pictures instead of drawing them again (half of a 200-case
	 * DOCX's CPU time was its diagrams).
	 */
	private static synchronized Map<Partnership, Drawing> drawings(TrainingPack pack) {
		Map<Partnership, Drawing> drawn = drawnPictures.get();
		if (drawnPack.get() != pack || drawn == null) {
			drawn = new ConcurrentHashMap<>();
			drawnPack = new WeakReference<>(pack);
			drawnPictures = new SoftReference<>(drawn);
		}
		return drawn;
	}

	private static Doc document(TrainingPack pack, String format, Map<Partnership, Drawing> drawn) {
		draw(pack, drawn);
		Function<Partnership, Picture> diagrams = p -> !hasDiagram(p) ? null
				: new Picture(drawn.computeIfAbsent(p, Drawing::start),
						PartnershipDiagrams.title(p) + ". " + PartnershipDiagrams.description(p));
		return GUIDE.equals(format) ? GuideBuilder.build(pack, diagrams) : WorkbookBuilder.build(pack, diagrams);
	}

	/**
	 * Every case's partnerships are briefed in both documents: their diagrams not yet in
	 * {@code drawn} are queued, in the order the documents show them, for the workers
	 * ({@link Drawing}), which lay them out and draw them while this thread builds the document and
	 * writes its text; the renderers wait for each picture only where they need it (the DOCX at its
	 * end, the PDF as its layout reaches it).
	 */
	private static void draw(TrainingPack pack, Map<Partnership, Drawing> drawn) {
		pack.cases().stream().flatMap(c -> c.partnerships().stream()).filter(PrintExporter::hasDiagram)
				.forEach(p -> drawn.computeIfAbsent(p, Drawing::start));
	}

	/** A diagram shows who gives what to whom: a partnership of fewer than two partners has none. */
	private static boolean hasDiagram(Partnership partnership) {
		return partnership.partners().size() >= 2;
	}

	/**
	 * Every partnership diagram of the pack drawn, as for the first document of an export (the
	 * part of {@link #pdf} and {@link #docx} that an export's later documents share): for the
	 * benchmarks. The number of diagrams.
	 */
	public static int diagrams(TrainingPack pack) {
		Map<Partnership, Drawing> drawn = new ConcurrentHashMap<>();
		draw(pack, drawn);
		drawn.values().forEach(Drawing::png);
		return drawn.size();
	}

	/**
	 * The document of a format ({@link #GUIDE} or {@link #WORKBOOK}) as PDF: for the benchmarks.
	 * Its diagrams are drawn for it alone, as for the first document of an export.
	 */
	public static byte[] pdf(TrainingPack pack, String format) throws IOException {
		return PdfRenderer.render(document(pack, format, new ConcurrentHashMap<>()));
	}

	/** The document of a format as DOCX with the bundle's styles, its diagrams drawn for it alone: for the benchmarks. */
	public static byte[] docx(TrainingPack pack, String format) throws IOException {
		return DocxRenderer.render(document(pack, format, new ConcurrentHashMap<>()), null);
	}
}
