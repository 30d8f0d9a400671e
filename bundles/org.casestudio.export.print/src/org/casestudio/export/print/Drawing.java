package org.casestudio.export.print;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.casestudio.export.diagram.Diagram;
import org.casestudio.export.diagram.PartnershipDiagrams;
import org.casestudio.export.pack.TrainingPack.Partnership;

/**
 * A partnership's diagram for the printed documents: laid out and drawn as a PNG once, on one of a
 * few worker threads while the document is built and written, or by the thread that needs it
 * first when no worker has started it. A 200-case guide's DOCX spent half its time on its
 * diagrams, which do not depend on the text around them.
 */
final class Drawing {

	/** Pixels per unit of the diagram (a CSS pixel): sharp on paper and on a projector. */
	static final double SCALE = 2.5;

	/**
	 * The workers: one fewer than the cores, since the thread writing the document keeps one busy,
	 * and at least one. Idle threads end after a few seconds.
	 */
	private static final ExecutorService WORKERS;

	static {
		int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
		ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				task -> {
					Thread thread = new Thread(task, "Case Studio diagrams");
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		WORKERS = pool;
	}

	private final Partnership partnership;
	private final AtomicBoolean started = new AtomicBoolean();
	private final AtomicBoolean layoutStarted = new AtomicBoolean();
	private final CompletableFuture<Diagram> laidOut = new CompletableFuture<>();
	private final CompletableFuture<byte[]> drawn = new CompletableFuture<>();
	private final CompletableFuture<String> svg = new CompletableFuture<>();

	private Drawing(Partnership partnership) {
		this.partnership = partnership;
	}

	/** The partnership's drawing, queued for a worker. */
	static Drawing start(Partnership partnership) {
		Drawing drawing = new Drawing(partnership);
		WORKERS.execute(drawing::run);
		return drawing;
	}

	/** Lays out and draws the diagram, unless another thread has started to. */
	void run() {
		if (!started.compareAndSet(false, true)) {
			return;
		}
		try {
			Diagram diagram = diagram();
			drawn.complete(PartnershipDiagrams.png(diagram, SCALE));
			svg.complete(PartnershipDiagrams.svg(diagram, partnership));
		} catch (RuntimeException | Error e) {
			drawn.completeExceptionally(e);
			svg.completeExceptionally(e);
		}
	}

	/**
	 * The diagram's geometry: its size is known before its pixels. Laid out by the first thread to
	 * ask (the PDF's XHTML needs the size alone, and leaves the drawing to the workers), once, so
	 * that the size and the pixels are of one layout.
	 */
	Diagram diagram() {
		if (layoutStarted.compareAndSet(false, true)) {
			try {
				laidOut.complete(PartnershipDiagrams.layout(partnership));
			} catch (RuntimeException | Error e) {
				laidOut.completeExceptionally(e);
			}
		}
		return join(laidOut);
	}

	/** The diagram as a PNG. */
	byte[] png() {
		run();
		return join(drawn);
	}

	/** The same diagram as an SVG document: what Word 2016 and later show, the PNG being the fallback. */
	String svg() {
		run();
		return join(svg);
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		} catch (CompletionException e) {
			// What went wrong on the worker, as if it had gone wrong here.
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (e.getCause() instanceof Error cause) {
				throw cause;
			}
			throw e;
		}
	}

	int pixelWidth() {
		return Math.max(1, (int) Math.ceil(diagram().width() * SCALE));
	}

	int pixelHeight() {
		return Math.max(1, (int) Math.ceil(diagram().height() * SCALE));
	}

	/** The diagram's width on paper: a unit is a CSS pixel, 1/96 inch. */
	double widthMillimetres() {
		return pixelWidth() / SCALE * 25.4 / 96;
	}
}
