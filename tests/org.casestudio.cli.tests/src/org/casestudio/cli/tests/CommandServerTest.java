package org.casestudio.cli.tests;

import static org.casestudio.cli.tests.Seeds.attapeu;
import static org.casestudio.cli.tests.Seeds.copyOfAttapeu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.casestudio.cli.Client;
import org.casestudio.cli.CommandLine;
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The resident process (CommandServer) and its client as ./casestudio runs them: real processes on
 * a real Unix domain socket, on a plain class path of this test framework's bundles. A command
 * answered by the server prints byte for byte what the same command run directly (Main) prints in
 * the same place, with the same exit code; whatever keeps the server from answering makes the
 * client exit {@link Client#FALL_BACK} having printed nothing, so that the script runs it directly.
 */
class CommandServerTest {

	private static final long TIMEOUT_SECONDS = 180;
	private static final String KEY = "test-build";

	@TempDir
	static Path sockets;

	private static String classPath;
	private static String clientClassPath;
	private static Path socket;
	private static Process server;

	private record Result(int exitCode, String out, String err) {
	}

	@BeforeAll
	static void startServer() throws Exception {
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : FrameworkUtil.getBundle(CommandServerTest.class).getBundleContext().getBundles()) {
			File location = FileLocator.getBundleFileLocation(bundle).orElse(null);
			if (location == null) {
				continue;
			}
			// A bundle of this build may run from its folder, with its classes in target/classes.
			File classes = new File(location, "target/classes");
			if (classes.isDirectory()) {
				entries.add(classes.getPath());
			}
			entries.add(location.getPath());
		}
		classPath = String.join(File.pathSeparator, entries);
		// The client runs from the command line's own classes alone: it needs nothing but the JDK.
		File cli = FileLocator.getBundleFileLocation(FrameworkUtil.getBundle(CommandLine.class)).orElseThrow();
		clientClassPath = new File(cli, "target/classes").isDirectory() ? new File(cli, "target/classes").getPath() : cli.getPath();
		socket = sockets.resolve("server.sock");
		server = startServer(socket, 10);
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.destroy();
			server.waitFor(30, TimeUnit.SECONDS);
			server.destroyForcibly();
		}
	}

	private static List<String> java() {
		// As jvm.options gives them to every start: the JVM's own warnings would differ otherwise.
		return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"--sun-misc-unsafe-memory-access=allow", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:disable",
				"-Xlog:all=warning:stderr"));
	}

	private static Process startServer(Path socket, double idleMinutes) throws Exception {
		List<String> command = java();
		command.addAll(List.of("-Dcasestudio.daemon.idleMinutes=" + idleMinutes, "-cp", classPath,
				"org.casestudio.cli.CommandServer", socket.toString(), KEY));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(socket.resolveSibling(socket.getFileName() + ".log").toFile()).start();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (!answers(socket)) {
			assertTrue(process.isAlive(), () -> "the server ended: " + log(socket));
			assertTrue(System.nanoTime() < end, "the server did not listen within " + TIMEOUT_SECONDS + " s");
			Thread.sleep(100);
		}
		return process;
	}

	private static String log(Path socket) {
		try {
			return Files.readString(socket.resolveSibling(socket.getFileName() + ".log"));
		} catch (IOException e) {
			return e.toString();
		}
	}

	private static boolean answers(Path socket) {
		try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** Runs a command line in {@code cwd} and gives what it printed and its exit code. */
	private static Result run(Path cwd, List<String> command) throws Exception {
		Path out = Files.createTempFile("cli", ".out");
		Path err = Files.createTempFile("cli", ".err");
		try {
			Process process = new ProcessBuilder(command).directory(cwd.toFile()).redirectOutput(out.toFile())
					.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(command + " did not finish within " + TIMEOUT_SECONDS + " s");
			}
			return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	private static List<String> directCommand(String... args) {
		List<String> command = java();
		command.addAll(List.of("-cp", classPath, "org.casestudio.cli.Main"));
		command.addAll(List.of(args));
		return command;
	}

	private static List<String> clientCommand(Path socket, String key, String... args) {
		List<String> command = java();
		command.addAll(List.of("-cp", clientClassPath, "org.casestudio.cli.Client", socket.toString(), key));
		command.addAll(List.of(args));
		return command;
	}

	private static Result direct(Path cwd, String... args) throws Exception {
		return run(cwd, directCommand(args));
	}

	private static Result served(Path cwd, String... args) throws Exception {
		return run(cwd, clientCommand(socket, KEY, args));
	}

	/** Two folders alike, each with a copy of the seed route: one for the direct run, one for the server. */
	private static Path[] twins(Path dir) throws IOException {
		Path a = Files.createDirectories(dir.resolve("a"));
		Path b = Files.createDirectories(dir.resolve("b"));
		copyOfAttapeu(a);
		copyOfAttapeu(b);
		return new Path[] { a, b };
	}

	private static void assertSame(Result direct, Result served) {
		assertEquals(direct.out(), served.out(), "stdout");
		assertEquals(direct.err(), served.err(), "stderr");
		assertEquals(direct.exitCode(), served.exitCode(), "exit code");
		assertFalse(direct.err().contains("\tat "), direct.err());
	}

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.map(p -> folder.relativize(p).toString()).sorted().toList();
		}
	}

	@Test
	void cleanRouteAnswersAsDirectly(@TempDir Path dir) throws Exception {
		Path[] twins = twins(dir);
		Result direct = direct(twins[0], "validate", "attapeu");
		assertEquals(CommandLine.OK, direct.exitCode(), direct.err());
		assertTrue(direct.out().contains("Checked 5 file(s)"), direct.out());
		assertSame(direct, served(twins[1], "validate", "attapeu"));
		assertSame(direct(twins[0], "validate", "--format", "json", "./attapeu/"),
				served(twins[1], "validate", "--format", "json", "./attapeu/"));
	}

	@Test
	void routeWithErrorsAnswersAsDirectly(@TempDir Path dir) throws Exception {
		Path[] twins = twins(dir);
		for (Path twin : twins) {
			Path actors = twin.resolve("attapeu/actors.actors");
			Files.writeString(actors, Files.readString(actors).replace("\thouseholds 21", "\thouseholds 21\n\tmembers 5\n\twomen 7"));
		}
		Result direct = direct(twins[0], "validate", "attapeu");
		assertEquals(CommandLine.FINDINGS, direct.exitCode(), direct.out());
		assertSame(direct, served(twins[1], "validate", "attapeu"));
		Result export = direct(twins[0], "export", "attapeu", "--format", "html", "--out", "pack");
		assertEquals(CommandLine.FINDINGS, export.exitCode(), export.err());
		assertSame(export, served(twins[1], "export", "attapeu", "--format", "html", "--out", "pack"));
	}

	@Test
	void usageErrorAndMissingFolderAnswerAsDirectly(@TempDir Path dir) throws Exception {
		Result usage = direct(dir, "validate", "--format", "xml", "attapeu");
		assertEquals(CommandLine.USAGE_OR_IO, usage.exitCode());
		assertSame(usage, served(dir, "validate", "--format", "xml", "attapeu"));
		Result missing = direct(dir, "validate", "no-such-route");
		assertEquals(CommandLine.USAGE_OR_IO, missing.exitCode());
		assertTrue(missing.out().contains("no-such-route"), missing.out());
		assertSame(missing, served(dir, "validate", "no-such-route"));
		assertSame(direct(dir, "frobnicate"), served(dir, "frobnicate"));
	}

	/** A command that runs out of memory says so in one line, with what to do, and no stack trace. */
	@Test
	void runningOutOfMemoryIsOneClearLine(@TempDir Path dir) throws Exception {
		copyOfAttapeu(dir);
		List<String> command = java();
		command.addAll(List.of("-Xmx12m", "-cp", classPath, "org.casestudio.cli.Main", "validate", "attapeu"));
		Result result = run(dir, command);
		assertEquals(CommandLine.USAGE_OR_IO, result.exitCode(), result.err());
		assertTrue(result.err().startsWith("casestudio: the command ran out of memory (it may use "), result.err());
		assertTrue(result.err().contains("CASESTUDIO_HEAP=4g"), result.err());
		assertFalse(result.err().contains("\tat "), result.err());
		assertEquals(1, result.err().strip().lines().count(), result.err());
	}

	@Test
	void exportWritesThePackOfTheClientsFolder(@TempDir Path dir) throws Exception {
		Path[] twins = twins(dir);
		Result direct = direct(twins[0], "export", "attapeu", "--format", "html,gift", "--out", "pack");
		assertEquals(CommandLine.OK, direct.exitCode(), direct.err());
		assertSame(direct, served(twins[1], "export", "attapeu", "--format", "html,gift", "--out", "pack"));
		assertEquals(files(twins[0].resolve("pack")), files(twins[1].resolve("pack")));
		assertTrue(Files.isRegularFile(twins[1].resolve("pack/html/index.html")), files(twins[1]).toString());
	}

	/**
	 * A PDF export leaves no list of the system's fonts in the user's home: PDFBox, looking for the
	 * fonts that openhtmltopdf names without embedding them, would make one there (the JDK's own
	 * font configuration cache, under .java, is the JDK's).
	 */
	@Test
	void printedExportListsNoFontsInTheUsersHome(@TempDir Path dir) throws Exception {
		Path route = Files.createDirectories(dir.resolve("work"));
		copyOfAttapeu(route);
		Path home = Files.createDirectories(dir.resolve("home"));
		List<String> command = java();
		command.addAll(List.of("-Duser.home=" + home, "-cp", classPath, "org.casestudio.cli.Main", "export", "attapeu",
				"--format", "guide", "--out", "pack"));
		Result result = run(route, command);
		assertEquals(CommandLine.OK, result.exitCode(), result.err());
		assertTrue(Files.size(route.resolve("pack/facilitator-guide.pdf")) > 10_000, files(route.resolve("pack")).toString());
		assertEquals(List.of(), files(home).stream().filter(file -> !file.isEmpty() && !file.startsWith(".java")).toList());
	}

	@Test
	void translationsAnswerAsDirectly(@TempDir Path dir) throws Exception {
		Path[] twins = twins(dir);
		Result direct = direct(twins[0], "translations", "attapeu", "--lang", "fr");
		assertEquals(CommandLine.OK, direct.exitCode(), direct.err());
		assertSame(direct, served(twins[1], "translations", "attapeu", "--lang", "fr"));
		assertEquals(undated(twins[0].resolve("attapeu/translations/fr.po")),
				undated(twins[1].resolve("attapeu/translations/fr.po")));
	}

	/** A catalogue without its revision date, written to the minute: the two runs may fall either side of one. */
	private static String undated(Path po) throws IOException {
		String text = Files.readString(po);
		assertTrue(text.contains("\"PO-Revision-Date: "), text);
		return text.replaceFirst("\"PO-Revision-Date: [^\"]*\"", "\"PO-Revision-Date: \"");
	}

	/** Absolute paths, from a folder that is not the route's: the paths printed are absolute in both. */
	@Test
	void absolutePathsFromAnotherFolder(@TempDir Path dir) throws Exception {
		Path a = Files.createDirectories(dir.resolve("a/elsewhere"));
		Path b = Files.createDirectories(dir.resolve("b/elsewhere"));
		Result direct = direct(a, "validate", attapeu().toString());
		assertEquals(CommandLine.OK, direct.exitCode(), direct.err());
		assertTrue(direct.out().contains(attapeu().toString()), direct.out());
		assertSame(direct, served(b, "validate", attapeu().toString()));
		Path pack = dir.resolve("pack");
		Result export = direct(a, "export", attapeu().toString(), "--format", "gift", "--out", pack.resolve("a").toString());
		assertEquals(CommandLine.OK, export.exitCode(), export.err());
		Result served = served(b, "export", attapeu().toString(), "--format", "gift", "--out", pack.resolve("a").toString());
		assertSame(export, served);
	}

	/** A relative path out of the working folder would be printed otherwise: refused, run directly. */
	@Test
	void pathOutOfTheWorkingFolderFallsBack(@TempDir Path dir) throws Exception {
		Path cwd = Files.createDirectories(dir.resolve("inner"));
		copyOfAttapeu(dir);
		assertEquals(new Result(Client.FALL_BACK, "", ""), served(cwd, "validate", "../attapeu"));
	}

	@Test
	void staleSocketFileFallsBack(@TempDir Path dir) throws Exception {
		Path stale = dir.resolve("stale.sock");
		try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.bind(UnixDomainSocketAddress.of(stale));
		}
		assertTrue(Files.exists(stale), "a socket file with no server behind it");
		assertEquals(new Result(Client.FALL_BACK, "", ""), run(dir, clientCommand(stale, KEY, "validate", attapeu().toString())));
		assertEquals(new Result(Client.FALL_BACK, "", ""),
				run(dir, clientCommand(dir.resolve("none.sock"), KEY, "validate", attapeu().toString())));
	}

	@Test
	void serverOfAnotherBuildIsNotUsed(@TempDir Path dir) throws Exception {
		assertEquals(new Result(Client.FALL_BACK, "", ""),
				run(dir, clientCommand(socket, "another-build", "validate", attapeu().toString())));
	}

	@Test
	void concurrentClientsEachGetTheirOwnOutput(@TempDir Path dir) throws Exception {
		Path[] twins = twins(dir);
		Result validate = direct(twins[0], "validate", "attapeu");
		Result export = direct(twins[0], "export", "attapeu", "--format", "html", "--out", "pack");
		CompletableFuture<Result> servedValidate = CompletableFuture.supplyAsync(() -> quietly(() -> served(twins[1], "validate", "attapeu")));
		CompletableFuture<Result> servedExport = CompletableFuture
				.supplyAsync(() -> quietly(() -> served(twins[1], "export", "attapeu", "--format", "html", "--out", "pack")));
		assertSame(export, servedExport.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
		assertSame(validate, servedValidate.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
	}

	private interface Call {
		Result call() throws Exception;
	}

	private static Result quietly(Call call) {
		try {
			return call.call();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void clientGoneMidCommandLeavesTheServerAnswering(@TempDir Path dir) throws Exception {
		Path[] twins = twins(dir);
		// Every format, the longest command: the client is killed while it runs.
		Process gone = new ProcessBuilder(clientCommand(socket, KEY, "export", "attapeu", "--out", "pack"))
				.directory(twins[1].toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		Thread.sleep(1500);
		gone.destroyForcibly();
		gone.waitFor(30, TimeUnit.SECONDS);
		Result direct = direct(twins[0], "validate", "attapeu");
		assertSame(direct, served(twins[1], "validate", "attapeu"));
		assertTrue(server.isAlive());
	}

	@Test
	void idleServerLeavesAndRemovesItsSocket(@TempDir Path dir) throws Exception {
		Path idle = dir.resolve("idle.sock");
		// Three seconds without a command.
		Process process = startServer(idle, 0.05);
		assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the idle server did not leave");
		assertEquals(0, process.exitValue(), log(idle));
		assertFalse(Files.exists(idle), "the socket file of the server that left");
		assertTrue(log(idle).contains("leaving: idle"), log(idle));
	}

	@Test
	void daemonStopAndStatus(@TempDir Path dir) throws Exception {
		Path other = dir.resolve("other.sock");
		Process process = startServer(other, 10);
		Result status = run(dir, clientCommand(other, KEY, "daemon", "status"));
		assertEquals(CommandLine.OK, status.exitCode(), status.err());
		assertTrue(status.out().contains("resident process " + process.pid() + " "), status.out());
		Result stop = run(dir, clientCommand(other, KEY, "daemon", "stop"));
		assertEquals(CommandLine.OK, stop.exitCode(), stop.err());
		assertTrue(stop.out().contains(String.valueOf(process.pid())), stop.out());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server did not stop");
		assertFalse(Files.exists(other));
		// No server: the client falls back, and the direct run says that none runs.
		assertEquals(Client.FALL_BACK, run(dir, clientCommand(other, KEY, "daemon", "stop")).exitCode());
		Result none = direct(dir, "daemon", "stop");
		assertEquals(CommandLine.OK, none.exitCode(), none.err());
		assertTrue(none.out().contains("no resident process"), none.out());
	}
}
