package org.casestudio.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The seed route the command-line tests run on, and copies of it to break. */
final class Seeds {

	private Seeds() {
	}

	/** The seed route's folder, as the build passes it (casestudio.seeds). */
	static Path attapeu() {
		return Path.of(System.getProperty("casestudio.seeds", "../../seeds")).resolve("attapeu").toAbsolutePath()
				.normalize();
	}

	/**
	 * The language tests' route written in English with Lao, French and Spanish translations, beside
	 * its texts and in translations/*.po (its French title is out of date).
	 */
	static Path multilingual() {
		return Path.of("../org.casestudio.dsl.tests/resources/good/multilingual").toAbsolutePath().normalize();
	}

	/** A copy of the seed route under {@code dir}, to break. */
	static Path copyOfAttapeu(Path dir) throws IOException {
		Path target = dir.resolve("attapeu");
		try (Stream<Path> walk = Files.walk(attapeu())) {
			for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
				Path copy = target.resolve(attapeu().relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(source, copy);
				}
			}
		}
		return target;
	}
}
