package org.casestudio.cli;

import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * One short editing session with the language server in this JVM, for the JDK's start-up cache
 * (releng/scripts/cli-jvm.sh records it while this runs): the server starts, indexes a folder,
 * opens a route, answers the usual requests and shuts down, so that the classes of a real
 * session are in the cache. Not a user command:
 * {@code java -cp <class path> org.casestudio.cli.LanguageServerRehearsal <route folder> <route file>}.
 */
public final class LanguageServerRehearsal {

	private LanguageServerRehearsal() {
	}

	/** Ends the JVM in every case: a failed rehearsal must not leave the recording waiting. */
	public static void main(String[] args) {
		int code;
		try {
			code = rehearse(args);
		} catch (Exception | LinkageError e) {
			System.err.println("casestudio: the language server rehearsal failed: " + e);
			code = 1;
		}
		System.exit(code);
	}

	private static int rehearse(String[] args) throws Exception {
		Path folder = Path.of(args[0]).toAbsolutePath().normalize();
		Path file = folder.resolve(args[1]);
		String uri = file.toUri().toString();
		// As the command line it rehearses (Main) sets up its logging.
		System.setProperty(Main.LOG4J_NO_DEFAULT_CONFIGURATION, "true");
		CommandLineApplication.quietLibraryLogging();

		// Channels rather than piped streams: a piped stream breaks when a thread that wrote to it ends.
		Pipe toServer = Pipe.open();
		Pipe fromServer = Pipe.open();
		CompletableFuture<Integer> server = new CompletableFuture<>();
		Thread serving = new Thread(() -> server.complete(LanguageServer.run(Channels.newInputStream(toServer.source()),
				Channels.newOutputStream(fromServer.sink()))), "Case Studio language server");
		serving.setDaemon(true);
		serving.start();

		CompletableFuture<PublishDiagnosticsParams> diagnostics = new CompletableFuture<>();
		Launcher<org.eclipse.lsp4j.services.LanguageServer> launcher = Launcher.createLauncher(new Client(uri, diagnostics),
				org.eclipse.lsp4j.services.LanguageServer.class, Channels.newInputStream(fromServer.source()),
				Channels.newOutputStream(toServer.sink()));
		launcher.startListening();
		org.eclipse.lsp4j.services.LanguageServer remote = launcher.getRemoteProxy();

		InitializeParams initialize = new InitializeParams();
		initialize.setRootUri(folder.toUri().toString());
		initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "rehearsal")));
		initialize.setCapabilities(new ClientCapabilities());
		remote.initialize(initialize).get(60, TimeUnit.SECONDS);
		remote.initialized(new InitializedParams());
		String text = Files.readString(file, StandardCharsets.UTF_8);
		remote.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "casestudio", 1, text)));
		diagnostics.get(60, TimeUnit.SECONDS);

		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		Position position = position(text, text.indexOf("\thost ") + "\thost ".length() + 2);
		remote.getTextDocumentService().completion(new CompletionParams(document, position)).get(60, TimeUnit.SECONDS);
		remote.getTextDocumentService().hover(new HoverParams(document, position)).get(60, TimeUnit.SECONDS);
		remote.getTextDocumentService().documentSymbol(new DocumentSymbolParams(document)).get(60, TimeUnit.SECONDS);
		remote.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(document)).get(60, TimeUnit.SECONDS);
		remote.getTextDocumentService().formatting(new DocumentFormattingParams(document, new FormattingOptions(4, false)))
				.get(60, TimeUnit.SECONDS);
		remote.shutdown().get(60, TimeUnit.SECONDS);
		remote.exit();
		return server.get(60, TimeUnit.SECONDS);
	}

	private static Position position(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, Math.max(0, offset - lineStart));
	}

	/** Waits for the diagnostics of the opened file; everything else the server says is dropped. */
	private record Client(String uri, CompletableFuture<PublishDiagnosticsParams> diagnostics) implements LanguageClient {

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			if (params.getUri().equals(uri)) {
				diagnostics.complete(params);
			}
		}

		@Override
		public void telemetryEvent(Object object) {
			// Nothing to record.
		}

		@Override
		public void showMessage(MessageParams params) {
			// The rehearsal's requests are valid; a message would be the server's own.
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
			// Nothing to record.
		}
	}
}
