package org.casestudio.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a realistic library of case studies for benchmarks and scale tests: {@code cases} cases in
 * files of ten, actors shared across files in actor lists of fifty, one route per hundred cases,
 * Markdown text blocks, Lao and Latin text, and optionally a number of validation errors.
 * Deterministic for a given seed.
 *
 * <pre>usage: CorpusGenerator folder cases [errors] [seed]</pre>
 */
public final class CorpusGenerator {

	private static final String[] VILLAGES = { "Darkhied", "Vang Xai", "Dakseum", "ບ້ານນາ", "Ban Phon", "ບ້ານໂພນ" };
	private static final String[] PRODUCTS = { "organic coffee", "natural dyes", "organic asparagus", "rice seed",
			"ເຂົ້າ", "bamboo shoots" };

	private CorpusGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: CorpusGenerator folder cases [errors] [seed]");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		int cases = Integer.parseInt(args[1]);
		int errors = args.length > 2 ? Integer.parseInt(args[2]) : 0;
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
		long bytes = write(folder, cases, errors, seed);
		System.out.printf("%d cases, %d errors, %d bytes in %s%n", cases, errors, bytes, folder);
	}

	/**
	 * Writes the corpus with the seed 5 and a route {@code everything} that visits every one of its
	 * cases: the route the export benchmarks measure, where the corpus's own routes hold a hundred
	 * cases each.
	 */
	public static void writeWithRouteOfAll(Path folder, int cases) throws IOException {
		write(folder, cases, 0, 5);
		StringBuilder route = new StringBuilder("route everything \"Every case of the library\"\n\tcases ");
		for (int c = 0; c < cases; c++) {
			route.append(c == 0 ? "" : ", ").append("case_").append(c);
		}
		Files.writeString(folder.resolve("everything.route"), route.append("\nend\n"), StandardCharsets.UTF_8);
	}

	/** Writes the corpus and returns its size in bytes. */
	public static long write(Path folder, int cases, int errors, long seed) throws IOException {
		Random random = new Random(seed);
		Files.createDirectories(folder.resolve("cases"));
		int actors = Math.max(2, cases / 2);
		long bytes = 0;
		for (int file = 0; file * 50 < actors; file++) {
			StringBuilder text = new StringBuilder("// Actors ").append(file).append('\n');
			for (int a = file * 50; a < Math.min(actors, (file + 1) * 50); a++) {
				boolean company = a % 5 == 0;
				int members = 8 + random.nextInt(40);
				text.append('\n').append(company ? "trader" : "producers").append(" actor_").append(a).append(" \"")
						.append(company ? "Trading Co. " : "ກຸ່ມຜູ້ຜະລິດ ").append(a).append("\"\n");
				text.append("\tin village \"").append(VILLAGES[a % VILLAGES.length]).append("\" district \"Sansai\"\n");
				if (!company) {
					text.append("\tmembers ").append(members).append("\n\twomen ").append(random.nextInt(members + 1))
							.append('\n');
				}
				text.append("end\n");
			}
			bytes += write(folder.resolve("actors-" + file + ".actors"), text);
		}
		int errorsLeft = errors;
		for (int file = 0; file * 10 < cases; file++) {
			StringBuilder text = new StringBuilder("// Cases ").append(file * 10).append(" to ")
					.append(Math.min(cases, file * 10 + 10) - 1).append('\n');
			for (int c = file * 10; c < Math.min(cases, file * 10 + 10); c++) {
				int producer = producer(c, actors);
				int buyer = (c % (actors / 5 + 1)) * 5 % actors;
				String product = PRODUCTS[c % PRODUCTS.length];
				boolean broken = errorsLeft > 0 && random.nextInt(Math.max(1, cases / Math.max(1, errors))) == 0;
				if (broken) {
					errorsLeft--;
				}
				text.append("\ncase case_").append(c).append(" \"The ").append(product).append(" experience ").append(c)
						.append("\"\n\thost ").append(broken ? "no_such_actor" : "actor_" + producer).append('\n');
				text.append("\tsummary \"\"\"\n\t\tA **group** of families in ").append(VILLAGES[c % VILLAGES.length])
						.append(" that sells ").append(product).append(" together.\n\n\t\t- more income\n\t\t- ເຂົ້າໃຈກັນ\n\t\t\"\"\"\n");
				text.append("\n\tpartnership p_").append(c).append(" \"Selling ").append(product).append("\"\n\t\ttype PPP\n")
						.append("\t\tsince ").append(1995 + random.nextInt(25)).append('\n')
						.append("\t\tpartner actor_").append(producer).append(" as producer\n\t\t\tgives \"").append(product)
						.append("\" to actor_").append(buyer).append('\n')
						.append("\t\tpartner actor_").append(buyer).append(" as private\n")
						.append("\t\tpartner rlip as public\n\t\t\tcommits \"Training\"\n\tend\n");
				text.append("\n\tindicator \"Families\" ").append(10 + random.nextInt(90)).append(" \"households\" in ")
						.append(2005 + random.nextInt(15)).append('\n');
				text.append("\tlesson \"Selling together pays.\"\n\tquestion q \"What made it work?\"\nend\n");
			}
			bytes += write(folder.resolve("cases").resolve("cases-" + file + ".case"), text);
		}
		StringBuilder common = new StringBuilder("programme rlip \"Rural Livelihood Improvement Programme\"\nend\n");
		for (int r = 0; r * 100 < cases; r++) {
			common.append("\nroute route_").append(r).append(" \"Learning route ").append(r).append("\"\n\tcases ");
			for (int c = r * 100; c < Math.min(cases, r * 100 + 100); c++) {
				common.append(c == r * 100 ? "" : ", ").append("case_").append(c);
			}
			common.append("\nend\n");
		}
		bytes += write(folder.resolve("routes.route"), common);
		return bytes;
	}

	/** Producer groups only: every fifth actor is a trader. */
	private static int producer(int c, int actors) {
		int a = c % actors;
		return a % 5 == 0 ? (a + 1) % actors : a;
	}

	private static long write(Path file, CharSequence text) throws IOException {
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		Files.write(file, bytes);
		return bytes.length;
	}
}
