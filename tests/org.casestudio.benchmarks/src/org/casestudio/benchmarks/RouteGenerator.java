package org.casestudio.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large, realistic and valid route for benchmarks: a route file of about the requested
 * number of lines (days of sessions visiting cases), with its cases and actors in other files so
 * that references cross files as in real folder trees. Deterministic for a given seed.
 */
public final class RouteGenerator {

	private static final String[] KINDS = { "opening", "panel", "visit", "analysis", "reflection", "workshop", "travel" };
	private static final String[] PLACES = { "Sansai", "Samakkhixay", "Phouvong", "Sanamxay", "ສາມັກຄີໄຊ" };

	private RouteGenerator() {
	}

	/**
	 * Writes a route of the given lines with 50 cases into a folder, for benchmarks that run outside
	 * this JVM (benchmark.sh --lsp): {@code RouteGenerator <folder> <lines>}. Prints the route file.
	 */
	public static void main(String[] args) throws IOException {
		System.out.println(write(Path.of(args[0]), Integer.parseInt(args[1]), 50, 42));
	}

	/** Writes the files into {@code folder} and returns the route file. */
	public static Path write(Path folder, int routeLines, int cases, long seed) throws IOException {
		Random random = new Random(seed);
		Files.createDirectories(folder);
		StringBuilder actors = new StringBuilder();
		StringBuilder caseFile = new StringBuilder();
		for (int c = 0; c < cases; c++) {
			actors.append("producers group_").append(c).append(" \"Producer group ").append(c).append("\"\n")
					.append("\tin village \"Ban ").append(c).append("\" district \"").append(PLACES[c % PLACES.length])
					.append("\"\n\thouseholds ").append(10 + random.nextInt(40)).append("\nend\n\n");
			caseFile.append("case case_").append(c).append(" \"Case ").append(c).append("\"\n\thost group_").append(c)
					.append("\n\tsummary \"\"\"\n\t\tA **group** of families who learnt to sell together.\n\t\t\"\"\"\n")
					.append("\tlesson \"Selling together pays.\"\nend\n\n");
		}
		Files.writeString(folder.resolve("actors.actors"), actors, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("cases.case"), caseFile, StandardCharsets.UTF_8);

		StringBuilder route = new StringBuilder();
		route.append("// A generated route for benchmarks.\nroute big \"A long learning route\"\n\tcountry \"Lao PDR\"\n\tcases ");
		for (int c = 0; c < cases; c++) {
			route.append(c == 0 ? "" : ", ").append("case_").append(c);
		}
		route.append("\n\tobjective \"Learn from many experiences.\"\n");
		int day = 1;
		while (lines(route) < routeLines - 2) {
			route.append("\n\tday ").append(day).append(" \"Day ").append(day).append("\" in \"")
					.append(PLACES[day % PLACES.length]).append("\"\n");
			for (int s = 0; s < 8; s++) {
				String kind = KINDS[random.nextInt(KINDS.length)];
				route.append("\t\t").append(kind).append(" \"Session ").append(s + 1).append(" of day ").append(day)
						.append("\" at \"").append(String.format("%02d:%02d", 8 + s, 0)).append("\" for 60 minutes");
				if ("visit".equals(kind) || "analysis".equals(kind)) {
					route.append(" case case_").append(random.nextInt(cases));
				}
				route.append('\n');
				if (random.nextInt(4) == 0) {
					route.append("\t\t\toutput \"Notes of the session\"\n");
				}
			}
			route.append("\tend\n");
			day++;
		}
		route.append("end\n");
		Path file = folder.resolve("big.route");
		Files.writeString(file, route, StandardCharsets.UTF_8);
		return file;
	}

	static int lines(CharSequence text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}
}
