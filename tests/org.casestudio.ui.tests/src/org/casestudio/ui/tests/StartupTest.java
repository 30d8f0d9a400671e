package org.casestudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.apache.log4j.Logger;
import org.casestudio.ui.CaseStudioUi;
import org.casestudio.ui.application.DesktopApplication;
import org.casestudio.ui.application.ServiceLoaderStart;
import org.casestudio.ui.application.StartupWarmUp;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** What the application does at start besides opening the window. */
class StartupTest {

	@Test
	void theApplicationThatTheProductStartsIsTheDesktopOne() {
		// The product and ./casestudio start the application by this id.
		IExtension application = Platform.getExtensionRegistry()
				.getExtension("org.eclipse.core.runtime.applications", "org.casestudio.ui.application");
		assertNotNull(application, "the desktop application is declared");
		IConfigurationElement run = application.getConfigurationElements()[0].getChildren("run")[0];

		assertEquals(DesktopApplication.class.getName(), run.getAttribute("class"));
	}

	@Test
	void java2dDrawsWithoutAConnectionToTheDisplayOfItsOwn() throws Exception {
		Job.getJobManager().join(StartupWarmUp.FAMILY, null);
		// The warm-up has rasterized an SVG by now, so Java2D is set up: without a display
		// connection, since opening one beside GTK's could hang the start.
		assertEquals("true", System.getProperty(DesktopApplication.HEADLESS_PROPERTY));
		assertTrue(GraphicsEnvironment.isHeadless());
		assertTrue(GraphicsEnvironment.getLocalGraphicsEnvironment().isHeadlessInstance());
	}

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

	@Test
	void theServiceLoaderProcessorThatTheLibrariesRequireIsStartedAfterTheWarmUp() throws Exception {
		Job.getJobManager().join(StartupWarmUp.FAMILY, null);
		Job.getJobManager().join(ServiceLoaderStart.FAMILY, null);
		Bundle processor = Platform.getBundle("org.apache.aries.spifly.dynamic.bundle");
		assertNotNull(processor, "the SVG library's service-loader processor is installed");
		// As the product leaves it: resolved, not started with the framework.
		processor.stop(Bundle.STOP_TRANSIENT);
		assertEquals(Bundle.RESOLVED, processor.getState());

		StartupWarmUp warmUp = new StartupWarmUp();
		warmUp.schedule();
		warmUp.join();
		// Not the start's work: reading every bundle's headers would compete with the window.
		assertEquals(Bundle.RESOLVED, processor.getState());

		ServiceLoaderStart late = new ServiceLoaderStart();
		late.schedule();
		late.join();

		assertEquals(IStatus.OK, late.getResult().getSeverity(), () -> late.getResult().toString());
		assertEquals(Bundle.ACTIVE, processor.getState());
	}

	@Test
	void libraryErrorsGoToTheErrorLogAndTheirWarningsNowhere() {
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			Logger library = Logger.getLogger("org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser");
			library.warn("a warning the user cannot act on");
			library.error("a parser failure", new IllegalStateException("broken"));
		} finally {
			Platform.removeLogListener(listener);
		}

		assertEquals(1, logged.size(), () -> "logged: " + logged);
		IStatus status = logged.get(0);
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertEquals(CaseStudioUi.PLUGIN_ID, status.getPlugin());
		assertTrue(status.getMessage().endsWith("AbstractInternalAntlrParser: a parser failure"), status.getMessage());
		assertEquals("broken", status.getException().getMessage());
	}

	private static List<Path> warmUpFolders() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(p -> p.getFileName().toString().startsWith(StartupWarmUp.FOLDER_PREFIX)).sorted().toList();
		}
	}
}
