package org.casestudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.casestudio.ui.application.StartupWarmUp;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

/** What the application does at start besides opening the window. */
class StartupTest {

	@Test
	void theWarmUpPreparesTheLanguageAndLeavesNoFileBehind() throws Exception {
		Job.getJobManager().join(StartupWarmUp.FAMILY, null);
		List<Path> before = warmUpFolders();

		StartupWarmUp warmUp = new StartupWarmUp();
		warmUp.schedule();
		warmUp.join();

		assertEquals(IStatus.OK, warmUp.getResult().getSeverity(), () -> warmUp.getResult().toString());
		assertEquals(before, warmUpFolders(), "the sample file's folder is removed");
	}

	private static List<Path> warmUpFolders() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(p -> p.getFileName().toString().startsWith(StartupWarmUp.FOLDER_PREFIX)).sorted().toList();
		}
	}
}
