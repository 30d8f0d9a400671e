package org.casestudio.dsl.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.casestudio.dsl.headless.ModelWorkspace;

/** Where the tests find the seed routes and the bad-input set. */
public final class Fixtures {

	private Fixtures() {
	}

	public static Path seeds() {
		return Path.of(System.getProperty("casestudio.seeds", "../../seeds")).toAbsolutePath().normalize();
	}

	public static Path attapeu() {
		return seeds().resolve("attapeu");
	}

	public static Path testData() {
		return Path.of(System.getProperty("casestudio.testdata", "resources")).toAbsolutePath().normalize();
	}

	/** Every Case Studio file of every seed route. */
	public static List<Path> seedFiles() throws IOException {
		try (Stream<Path> walk = Files.walk(seeds())) {
			return walk.filter(ModelWorkspace::isModelFile).sorted().toList();
		}
	}
}
