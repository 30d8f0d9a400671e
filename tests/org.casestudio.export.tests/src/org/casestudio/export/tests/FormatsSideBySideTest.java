package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.casestudio.export.ExportException;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExporterDescriptor;
import org.casestudio.export.IExporter;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.export.pack.TrainingPack;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats of one export are written side by side, and the pack stays whole: a failure or a
 * cancel in one format stops and waits for the others before anything is removed, and the
 * caller's monitor sees the progress of all of them.
 */
class FormatsSideBySideTest {

	@TempDir
	Path temp;

	private final TrainingPack pack = Fixtures.pack(Fixtures.seed());

	@Test
	void twoFormatsAreWrittenAtTheSameTime() throws Exception {
		// Each waits for the other to have begun: one after the other, the first would wait in vain.
		// (With one core they are written one after the other, and none waits.)
		CountDownLatch begun = new CountDownLatch(Math.min(2, Runtime.getRuntime().availableProcessors()));
		IExporter waiting = (context, monitor) -> {
			begun.countDown();
			if (!waitFor(begun, 10)) {
				throw new IllegalStateException("the other format was not being written meanwhile");
			}
			context.output().write(context.format() + ".txt", context.format());
		};
		TrainingPackExport.Result result = new TrainingPackExport(pack, null, Map.of())
				.run(List.of(format("one", waiting), format("two", waiting)), temp.resolve("pack"), null);
		assertEquals(List.of("one", "two"), List.copyOf(result.files().keySet()));
		assertEquals("two", Files.readString(temp.resolve("pack/two.txt")));
		assertEquals(List.of(temp.resolve("pack/one.txt")), result.files().get("one"));
	}

	@Test
	void aFailureWaitsForTheOtherFormatsAndLeavesNothing() throws Exception {
		Path out = temp.resolve("pack");
		AtomicBoolean slowEnded = new AtomicBoolean();
		IExporter slow = (context, monitor) -> {
			sleep(300);
			context.output().write("slow.txt", "slow");
			slowEnded.set(true);
		};
		IExporter failing = (context, monitor) -> {
			context.output().write("half.txt", "half");
			throw new IllegalStateException("broken on purpose");
		};
		ExportException e = assertThrows(ExportException.class, () -> new TrainingPackExport(pack, null, Map.of())
				.run(List.of(format("failing", failing), format("slow", slow)), out, null));
		// Named after the format that failed, with what it threw.
		assertTrue(e.getMessage().startsWith("Failing failed (IllegalStateException: broken on purpose)"), e.getMessage());
		assertTrue(slowEnded.get(), "the other format was still being written when the export gave up");
		assertEquals(List.of(), files(out));
	}

	@Test
	void theFirstFormatThatFailedIsNamed() {
		IExporter failing = (context, monitor) -> {
			if (context.format().equals("later")) {
				throw new IllegalStateException("later");
			}
			sleep(200);
			throw new ExportException("first format's message");
		};
		ExportException e = assertThrows(ExportException.class, () -> new TrainingPackExport(pack, null, Map.of())
				.run(List.of(format("first", failing), format("later", failing)), temp.resolve("pack"), null));
		assertEquals("first format's message", e.getMessage());
	}

	@Test
	void aCancelReachesEveryFormatAndLeavesThePreviousPack() throws Exception {
		Path out = temp.resolve("pack");
		new TrainingPackExport(pack, null, Map.of()).run(List.of(format("old", (context, monitor) -> context.output()
				.write("old.txt", "old"))), out, null);
		NullProgressMonitor user = new NullProgressMonitor();
		AtomicInteger stopped = new AtomicInteger();
		CountDownLatch begun = new CountDownLatch(2);
		IExporter patient = (context, monitor) -> {
			context.output().write(context.format() + ".txt", "new");
			begun.countDown();
			for (int i = 0; i < 1000; i++) {
				if (monitor.isCanceled()) {
					stopped.incrementAndGet();
					throw new OperationCanceledException();
				}
				sleep(10);
			}
		};
		int cores = Runtime.getRuntime().availableProcessors();
		Thread canceller = new Thread(() -> {
			// With one core the second format never begins before the first has stopped.
			waitFor(begun, cores > 1 ? 10 : 1);
			user.setCanceled(true);
		});
		canceller.start();
		assertThrows(OperationCanceledException.class, () -> new TrainingPackExport(pack, null, Map.of())
				.run(List.of(format("a", patient), format("b", patient)), out, user));
		canceller.join();
		assertEquals(Math.min(2, cores), stopped.get(), "every format being written saw the cancel");
		assertEquals(List.of("old.txt"), files(out));
		assertEquals("old", Files.readString(out.resolve("old.txt")));
	}

	@Test
	void theCallersMonitorSeesEveryFormatsProgress() throws Exception {
		Counting counting = new Counting();
		IExporter stepping = (context, monitor) -> {
			SubMonitor progress = SubMonitor.convert(monitor, 4);
			for (int i = 0; i < 4; i++) {
				sleep(60);
				progress.worked(1);
			}
			context.output().write(context.format() + ".txt", "x");
		};
		new TrainingPackExport(pack, null, Map.of()).run(List.of(format("a", stepping), format("b", stepping)),
				temp.resolve("pack"), counting);
		// All of it, reported in more than one step per format.
		assertTrue(counting.total > 0);
		assertEquals(counting.total, counting.worked, counting.total / 100.0);
		assertTrue(counting.reports > 4, "progress came only at the end of each format: " + counting.reports);
		assertFalse(counting.isCanceled());
	}

	private static ExportFormat format(String id, IExporter exporter) {
		return ExporterDescriptor.format(id, Character.toUpperCase(id.charAt(0)) + id.substring(1), () -> exporter);
	}

	private static List<String> files(Path out) throws Exception {
		try (Stream<Path> walk = Files.walk(out)) {
			return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
					.filter(p -> !p.equals(TrainingPackExport.LIST)).sorted().toList();
		}
	}

	private static boolean waitFor(CountDownLatch latch, int seconds) {
		try {
			return latch.await(seconds, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	/** The work a monitor was told of. */
	private static final class Counting extends NullProgressMonitor {
		int total;
		double worked;
		int reports;

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
			reports++;
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}
	}
}
