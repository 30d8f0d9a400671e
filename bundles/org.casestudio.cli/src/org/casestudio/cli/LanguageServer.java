package org.casestudio.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.casestudio.dsl.ide.CaseStudioIdeSetup;
import org.casestudio.dsl.ide.server.FolderTreeWorkspaceConfigFactory;
import org.casestudio.dsl.ide.server.FolderTreeWorkspaceManager;
import org.casestudio.dsl.ide.server.ReparsingBuilder;
import org.casestudio.dsl.ide.server.SemanticTokens;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.osgi.util.NLS;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * {@code casestudio language-server}: the Language Server Protocol over standard input and output,
 * on Xtext's language server with the language's own services (dsl.ide). Each folder tree under
 * the workspace folder the client names is a project of its own, so that ids resolve across the
 * files of a tree as in {@code validate}, and not from one tree into another. The output stream
 * carries the protocol alone: the caller sends everything else to the error stream.
 */
public final class LanguageServer {

	/** The command's name on the command line. */
	public static final String COMMAND = "language-server";

	private LanguageServer() {
	}

	/**
	 * Serves on this process's standard streams: {@code casestudio language-server [--stdio]}. The
	 * protocol owns standard output; anything else written there (a library's message) would
	 * corrupt it, so the rest of the process writes to the error stream.
	 */
	static int serveStandardStreams(String[] args) {
		for (int i = 1; i < args.length; i++) {
			// Clients often pass --stdio; it is the only transport there is.
			if (!args[i].equals("--stdio")) {
				System.err.println(NLS.bind(Messages.UsageError, NLS.bind(Messages.UnknownOption, args[i])));
				System.err.println(Messages.Usage);
				return CommandLine.USAGE_OR_IO;
			}
		}
		PrintStream protocol = System.out;
		System.setOut(System.err);
		CommandLineApplication.quietLibraryLogging();
		return run(System.in, protocol);
	}

	/**
	 * Serves one client until it sends {@code exit} or closes the input. The exit code is 0 when the
	 * client asked to shut down before it exited, 1 otherwise, as the protocol says.
	 */
	public static int run(InputStream in, OutputStream out) {
		// The language is registered here, not found through META-INF/services: a plain class path
		// of jars may hold several such files, and an empty registry makes initialize fail.
		new CaseStudioIdeSetup().createInjectorAndDoEMFRegistration();
		ExitHandler exit = new ExitHandler();
		Injector injector = Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(IResourceServiceProvider.Registry.INSTANCE);
			binder.bind(SemanticTokensService.class).to(SemanticTokens.class);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(exit);
			binder.bind(IMultiRootWorkspaceConfigFactory.class).to(FolderTreeWorkspaceConfigFactory.class);
			binder.bind(WorkspaceManager.class).to(FolderTreeWorkspaceManager.class);
			// A keystroke reparses the changed region of the open file, not the whole file.
			binder.bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(ReparsingBuilder.class);
		}));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		// Ends on the exit notification, or when the client closes the stream without one. The input
		// is watched by a thread of its own: a pooled task could be run by the very thread that waits.
		Thread input = new Thread(() -> {
			waitFor(listening);
			exit.exited.complete(null);
		}, "Case Studio language server input");
		input.setDaemon(true);
		input.start();
		exit.exited.join();
		return exit.shutDown ? 0 : 1;
	}

	private static void waitFor(Future<Void> listening) {
		try {
			listening.get();
		} catch (ExecutionException | CancellationException e) {
			// The input failed: the session is over either way.
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Records the shutdown request and ends the session on exit, instead of ending the JVM. */
	private static final class ExitHandler implements ILanguageServerShutdownAndExitHandler {

		private final CompletableFuture<Void> exited = new CompletableFuture<>();
		private volatile boolean shutDown;

		@Override
		public void shutdown() {
			shutDown = true;
		}

		@Override
		public void exit() {
			exited.complete(null);
		}
	}
}
