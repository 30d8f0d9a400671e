package org.casestudio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs the exporters of one pack side by side, as many at once as there are cores: each format is
 * written by one thread and mostly by one library (openhtmltopdf, POI, FreeMarker), so a guide,
 * a workbook and slides keep two cores busy where one after the other they kept one
 * (BENCHMARKS.md, "The command line"). The formats share nothing they write: each has an output
 * of its own, and the export view is only read.
 * <p>
 * Progress monitors are not made for several threads. Each exporter gets a monitor of its own that
 * only counts; the calling thread, while it waits, passes the counts on to the caller's monitor
 * and passes the caller's cancel on to the exporters.
 */
final class FormatWriters implements AutoCloseable {

	/** A format's writing, whose result is the files it wrote. */
	@FunctionalInterface
	interface Writing {
		List<String> write(IProgressMonitor monitor) throws Exception;
	}

	private static final long POLL_MILLIS = 50;
	private static final AtomicInteger POOLS = new AtomicInteger();

	private final SubMonitor progress;
	private final int ticks;
	private final AtomicBoolean cancelled = new AtomicBoolean();
	private final List<Task> tasks = new ArrayList<>();
	private final ExecutorService pool;

	/**
	 * @param progress where the work of all writings is reported, {@code ticks} for each
	 * @param count    how many writings will be started
	 */
	FormatWriters(SubMonitor progress, int ticks, int count) {
		this.progress = progress;
		this.ticks = ticks;
		int threads = Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors()));
		this.pool = Executors.newFixedThreadPool(threads, threadFactory());
	}

	private static ThreadFactory threadFactory() {
		String name = "Case Studio export " + POOLS.incrementAndGet();
		AtomicInteger threads = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, name + "-" + threads.incrementAndGet());
			// Never keeps a process alive: close() waits for every writing that was started.
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Starts a writing; its result is asked for, in the order started, by {@link #await}. */
	void start(Writing writing) {
		Task task = new Task();
		task.future = pool.submit(() -> writing.write(task));
		tasks.add(task);
	}

	/**
	 * Waits for the {@code index}th writing, reporting the progress of all of them meanwhile.
	 *
	 * @throws OperationCanceledException when the caller's monitor was cancelled
	 * @throws Exception                  what the writing threw
	 */
	List<String> await(int index) throws Exception {
		Task task = tasks.get(index);
		while (true) {
			if (progress.isCanceled()) {
				cancelled.set(true);
				throw new OperationCanceledException();
			}
			try {
				List<String> written = task.future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
				report();
				return written;
			} catch (TimeoutException e) {
				report();
			} catch (ExecutionException e) {
				if (e.getCause() instanceof Exception cause) {
					throw cause;
				}
				throw (Error) e.getCause();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				cancelled.set(true);
				throw new OperationCanceledException();
			}
		}
	}

	private void report() {
		for (Task task : tasks) {
			double done = task.share() * ticks;
			if (done > task.reported) {
				progress.internalWorked(done - task.reported);
				task.reported = done;
			}
		}
	}

	/**
	 * Asks the writings still running to stop, and waits until every one has ended: none may
	 * write once the caller goes on to remove what they wrote.
	 */
	@Override
	public void close() {
		if (tasks.stream().anyMatch(t -> !t.future.isDone())) {
			cancelled.set(true);
		}
		pool.shutdown();
		boolean interrupted = false;
		while (true) {
			try {
				if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
					break;
				}
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** A writing's monitor: counts its work, and answers the caller's cancel. */
	private final class Task extends NullProgressMonitor {
		Future<List<String>> future;
		/** Ticks passed on to the caller's monitor; read and written by the calling thread only. */
		double reported;
		private volatile double total;
		private final DoubleAdder worked = new DoubleAdder();

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void internalWorked(double work) {
			worked.add(work);
		}

		@Override
		public void worked(int work) {
			worked.add(work);
		}

		@Override
		public boolean isCanceled() {
			return cancelled.get();
		}

		/** The share of its work done, 0 to 1; 1 once it has ended. */
		double share() {
			if (future != null && future.isDone()) {
				return 1;
			}
			double all = total;
			return all > 0 ? Math.min(1, worked.sum() / all) : 0;
		}
	}
}
