package org.casestudio.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.model.problems.Problem;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

/**
 * Headless parse + link + validate of generated libraries, as {@code ./casestudio validate} does:
 * throughput at each size, growth from one size to the next, and peak heap.
 *
 * <pre>usage: ValidationBenchmark [sizes...]      (default 100 1000 10000)
 *        ValidationBenchmark --once cases   (one run, exit 0 when it validated: for the -Xmx search)</pre>
 */
public final class ValidationBenchmark {

	private ValidationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Injector injector = CaseStudioStandaloneSetup.doSetup();
		if (args.length == 2 && args[0].equals("--once")) {
			Path folder = Files.createTempDirectory("casestudio-once");
			CorpusGenerator.write(folder, Integer.parseInt(args[1]), 0, 7);
			List<Problem> findings = validate(injector, folder);
			delete(folder);
			System.exit(findings.stream().anyMatch(Problem::isError) ? 1 : 0);
		}
		int[] sizes = args.length == 0 ? new int[] { 100, 1000, 10000 }
				: Stream.of(args).mapToInt(Integer::parseInt).toArray();
		// Warm up on a small library so that the first size does not pay for class loading alone.
		Path warm = Files.createTempDirectory("casestudio-warm");
		CorpusGenerator.write(warm, 200, 0, 3);
		validate(injector, warm);
		delete(warm);

		System.out.printf("Validation benchmark, Java %s, %d cores, -Xmx %d MB%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("%8s %9s %6s %9s %9s %10s %10s %8s%n", "cases", "MB", "files", "seconds", "MB/s", "cases/s",
				"peak MB", "growth");
		double previousSeconds = 0;
		int previousSize = 0;
		for (int size : sizes) {
			Path folder = Files.createTempDirectory("casestudio-corpus");
			long bytes = CorpusGenerator.write(folder, size, 0, 11);
			long files;
			try (Stream<Path> walk = Files.walk(folder)) {
				files = walk.filter(Files::isRegularFile).count();
			}
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			List<Problem> findings = validate(injector, folder);
			double seconds = (System.nanoTime() - start) / 1e9;
			long peak = peakHeap() >> 20;
			if (findings.stream().anyMatch(Problem::isError)) {
				throw new IllegalStateException("the generated library should be valid: " + findings.get(0));
			}
			// Growth exponent: log(time ratio) / log(size ratio); 1.0 is linear.
			String growth = previousSize == 0 ? "" : String.format("%.2f",
					Math.log(seconds / previousSeconds) / Math.log((double) size / previousSize));
			System.out.printf("%8d %9.1f %6d %9.2f %9.2f %10.0f %10d %8s%n", size, bytes / 1e6, files, seconds,
					bytes / 1e6 / seconds, size / seconds, peak, growth);
			previousSeconds = seconds;
			previousSize = size;
			delete(folder);
		}
	}

	static List<Problem> validate(Injector injector, Path folder) {
		ModelWorkspace workspace = ModelWorkspace.load(injector, List.of(folder));
		return workspace.validate(CancelIndicator.NullImpl);
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
