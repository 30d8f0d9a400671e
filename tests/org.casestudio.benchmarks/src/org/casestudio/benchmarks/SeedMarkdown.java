package org.casestudio.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casestudio.dsl.CaseStudioStandaloneSetup;

/**
 * Writes a route's pack content as the one Markdown document that {@link ExportBenchmark} gives
 * pandoc, into a file: what {@code benchmark.sh --cli} converts with pandoc beside the command
 * line's own export.
 *
 * <pre>usage: SeedMarkdown routeFolder routeName out.md</pre>
 */
public final class SeedMarkdown {

	private SeedMarkdown() {
	}

	public static void main(String[] args) throws IOException {
		var pack = ExportBenchmark.pack(CaseStudioStandaloneSetup.injector(), Path.of(args[0]), args[1]);
		Files.writeString(Path.of(args[2]), MarkdownPack.write(pack), StandardCharsets.UTF_8);
	}
}
