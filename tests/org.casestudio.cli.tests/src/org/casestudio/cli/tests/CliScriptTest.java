package org.casestudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What releng/scripts/cli-jvm.sh starts for a command, run by bash as ./casestudio runs it, in a
 * checkout whose product and JDK are stand-ins: its "java" notes each start and plays the client's
 * answer. Checks that CASESTUDIO_NO_DAEMON=1 (and CI=true) never start the client nor a server, and
 * that without it the client goes first where a server's socket is, that no socket means no client
 * at all, and that a refused or missing server means a direct run and then a server started once
 * that run is done.
 */
class CliScriptTest {

	private static final String CLIENT = "org.casestudio.cli.Client";
	private static final String SERVER = "org.casestudio.cli.CommandServer";
	private static final String MAIN = "org.casestudio.cli.Main";

	@TempDir
	Path root;

	private Path starts;

	@BeforeEach
	void checkout() throws IOException {
		Path repository = Path.of(System.getProperty("casestudio.seeds", "../../seeds")).toAbsolutePath().normalize().getParent();
		Files.createDirectories(root.resolve("releng"));
		Files.createSymbolicLink(root.resolve("releng/scripts"), repository.resolve("releng/scripts"));
		Path product = root.resolve("releng/org.casestudio.product/target/products/org.casestudio.cli.product/linux/gtk/x86_64");
		Path bundles = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		Files.createDirectories(bundles.getParent());
		Files.writeString(bundles, "org.casestudio.cli,0.1.0.test,plugins/org.casestudio.cli_0.1.0.test.jar,4,false\n");
		Path classPath = Files.createDirectories(product.resolve("classpath")).resolve("classpath");
		Files.writeString(classPath, product.resolve("plugins/org.casestudio.cli_0.1.0.test.jar") + ":" + product.resolve("plugins/other.jar"));
		Files.setLastModifiedTime(bundles, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
		Path java = Files.createDirectories(root.resolve("jdk/bin")).resolve("java");
		Files.writeString(java, """
				#!/bin/bash
				echo "$*" >> "$STARTS"
				case "$*" in
				  *org.casestudio.cli.Client*) exit "${CLIENT_EXIT:-75}" ;;
				esac
				exit 0
				""");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.writeString(root.resolve("jdk/release"), "JAVA_VERSION=\"25\"\n");
		starts = root.resolve("starts");
		Files.writeString(starts, "");
	}

	/** Runs {@code cli_run validate route} with these variables; gives its exit code. */
	private int run(Map<String, String> variables) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", "-c",
				"set -euo pipefail; . \"$ROOT/releng/scripts/cli-jvm.sh\"; cli_run validate route").directory(root.toFile());
		Map<String, String> environment = builder.environment();
		environment.remove("CI");
		environment.remove("CASESTUDIO_NO_DAEMON");
		environment.remove("CASESTUDIO_DAEMON");
		environment.remove("XDG_RUNTIME_DIR");
		environment.put("ROOT", root.toString());
		environment.put("CACHE", root.resolve("cache").toString());
		environment.put("JAVA_HOME", root.resolve("jdk").toString());
		environment.put("CASESTUDIO_JAVA_RELEASE", "25");
		// No start-up cache recorded in the background: its runs are not the subject here.
		environment.put("CASESTUDIO_CLI_NO_RECORD", "1");
		environment.put("STARTS", starts.toString());
		environment.putAll(variables);
		Process process = builder.redirectErrorStream(true).redirectOutput(root.resolve("output").toFile()).start();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script did not finish");
		return process.exitValue();
	}

	/** What was started, once a server started in the background would have been. */
	private List<String> started(int expected) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (Files.readAllLines(starts).size() < expected && System.nanoTime() < end) {
			Thread.sleep(100);
		}
		Thread.sleep(1500);
		return Files.readAllLines(starts);
	}

	@Test
	void noDaemonNeitherConnectsNorStartsAServer() throws Exception {
		assertEquals(0, run(Map.of("CASESTUDIO_NO_DAEMON", "1")));
		List<String> started = started(1);
		assertEquals(1, started.size(), started.toString());
		assertTrue(started.get(0).endsWith(MAIN + " validate route"), started.toString());
	}

	@Test
	void ciNeitherConnectsNorStartsAServerUnlessAsked() throws Exception {
		assertEquals(0, run(Map.of("CI", "true")));
		List<String> started = started(1);
		assertEquals(1, started.size(), started.toString());
		assertTrue(started.get(0).contains(MAIN), started.toString());

		Files.writeString(starts, "");
		assertEquals(0, run(Map.of("CI", "true", "CASESTUDIO_DAEMON", "1")));
		List<String> asked = started(2);
		assertEquals(2, asked.size(), asked.toString());
		assertTrue(asked.get(1).contains(SERVER + " "), asked.toString());
	}

	/** No socket: no client at all; the command runs directly, then a server is started for the next. */
	@Test
	void noSocketMeansADirectRunThenAServer() throws Exception {
		assertEquals(0, run(Map.of()));
		List<String> started = started(2);
		assertEquals(2, started.size(), started.toString());
		assertTrue(started.get(0).endsWith(MAIN + " validate route"), started.toString());
		assertTrue(started.get(1).contains(SERVER + " "), started.toString());
		assertTrue(started.get(1).contains(".sock "), started.get(1));
	}

	/**
	 * Makes the socket file of this build's server where the script looks for it (the server's
	 * first argument, learnt from a first run), as a server that left without removing it would.
	 */
	private void socketOfAServer() throws Exception {
		assertEquals(0, run(Map.of()));
		List<String> started = started(2);
		String server = started.get(1);
		String socket = server.substring(server.indexOf(SERVER + " ") + SERVER.length() + 1).split(" ")[0];
		try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.bind(UnixDomainSocketAddress.of(socket));
		}
		Files.writeString(starts, "");
	}

	/** A socket but no server answered: the client goes first, then the command runs directly, then a server. */
	@Test
	void noServerMeansADirectRunThenAServer() throws Exception {
		socketOfAServer();
		assertEquals(0, run(Map.of()));
		List<String> started = started(3);
		assertEquals(3, started.size(), started.toString());
		assertTrue(started.get(0).contains("-cp " + root.resolve(
				"releng/org.casestudio.product/target/products/org.casestudio.cli.product/linux/gtk/x86_64/plugins/org.casestudio.cli_0.1.0.test.jar ")
				+ CLIENT + " "), "the client, from the command line's jar alone: " + started);
		assertTrue(started.get(0).contains(".sock "), started.get(0));
		assertTrue(started.get(0).endsWith(" validate route"), started.get(0));
		assertTrue(started.get(1).endsWith(MAIN + " validate route"), started.toString());
		assertTrue(started.get(2).contains(SERVER + " "), started.toString());
	}

	/** A larger heap, as the out-of-memory message says: given last, so it wins; run directly. */
	@Test
	void aHeapOfTheUsersChoiceRunsDirectly() throws Exception {
		socketOfAServer();
		assertEquals(0, run(Map.of("CASESTUDIO_HEAP", "3g")));
		List<String> started = started(1);
		assertEquals(1, started.size(), started.toString());
		String command = started.get(0);
		assertTrue(command.endsWith(MAIN + " validate route"), command);
		assertTrue(command.lastIndexOf("-Xmx3g") > command.lastIndexOf("-Xmx1g"), command);

		Files.writeString(starts, "");
		assertEquals(2, run(Map.of("CASESTUDIO_HEAP", "lots")));
		assertTrue(Files.readString(root.resolve("output")).contains("CASESTUDIO_HEAP=lots is not a size"),
				Files.readString(root.resolve("output")));
		assertEquals(List.of(), Files.readAllLines(starts));
	}

	/** A server answered: its exit code is the command's, and nothing else runs. */
	@Test
	void answerOfTheServerIsTheCommands() throws Exception {
		socketOfAServer();
		assertEquals(1, run(Map.of("CLIENT_EXIT", "1")));
		List<String> started = started(1);
		assertEquals(1, started.size(), started.toString());
		assertTrue(started.get(0).contains(CLIENT), started.toString());
	}

	/**
	 * Making a start-up cache removes the cache folders of checkouts that are gone, and no other:
	 * not another checkout's that exists, not one that does not name its checkout.
	 */
	@Test
	void recordingACacheRemovesTheFoldersOfCheckoutsThatAreGone() throws Exception {
		Path cache = root.resolve("cache");
		Path gone = cacheFolder("gone-1", root.resolve("removed-clone"));
		Path other = root.resolve("other-clone");
		Files.createDirectories(other);
		Files.writeString(other.resolve("casestudio"), "");
		Path kept = cacheFolder("other-2", other);
		Path unnamed = Files.createDirectories(cache.resolve("unnamed-3"));
		Map<String, String> recording = new java.util.HashMap<>(Map.of("CASESTUDIO_NO_DAEMON", "1"));
		recording.put("CASESTUDIO_CLI_NO_RECORD", "");
		assertEquals(0, run(recording));
		// The recording runs in the background once the command has ended.
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (Files.exists(gone) && System.nanoTime() < end) {
			Thread.sleep(100);
		}
		assertTrue(Files.notExists(gone), "the folder of a checkout that is gone was left");
		assertTrue(Files.isDirectory(kept), "another checkout's folder was removed");
		assertTrue(Files.isDirectory(unnamed), "a folder that names no checkout was removed");
		try (var folders = Files.list(cache)) {
			List<Path> own = folders.filter(f -> f.getFileName().toString().startsWith("cli-")).toList();
			assertEquals(1, own.size(), own.toString());
			assertEquals(root.toString(), Files.readString(own.get(0).resolve("checkout")).strip());
		}
	}

	/** The desktop's start that records its cache does the same. */
	@Test
	void theDesktopsRecordingStartRemovesTheFoldersOfCheckoutsThatAreGone() throws Exception {
		Path gone = cacheFolder("gone-1", root.resolve("removed-clone"));
		Path other = root.resolve("other-clone");
		Files.createDirectories(other);
		Files.writeString(other.resolve("casestudio"), "");
		Path kept = cacheFolder("other-2", other);
		Files.writeString(root.resolve("casestudio"), "");
		Path configuration = Files.createDirectories(root.resolve("product/configuration/org.eclipse.equinox.simpleconfigurator"));
		Files.writeString(configuration.resolve("bundles.info"), "org.casestudio.ui,0.1.0.test,plugins/ui.jar,4,false\n");
		Files.writeString(configuration.getParent().resolve("config.ini"), "osgi.bundles=x\n");
		Files.writeString(Files.createDirectories(root.resolve("jdk/lib")).resolve("modules"), "modules");
		String output = desktopScript("desktop_cache_prepare \"$ROOT/cache\" \"$ROOT/product\" \"$ROOT\"; echo \"$DESKTOP_RECORDING\"",
				Map.of("JAVA_HOME", root.resolve("jdk").toString()));
		assertTrue(output.contains(".partial"), "this start records: " + output);
		assertTrue(Files.notExists(gone), "the folder of a checkout that is gone was left");
		assertTrue(Files.isDirectory(kept), "another checkout's folder was removed");
	}

	/**
	 * A jvm.options line marked "thp" (transparent huge pages) is given only where the kernel offers
	 * them (jdk.sh): elsewhere the JVM would warn at every start. Both readers, the command line's
	 * and the desktop's, agree.
	 */
	@Test
	void hugePagesAreAskedForOnlyWhereTheKernelOffersThem() throws Exception {
		String option = "-XX:+UseTransparentHugePages";
		assertEquals(0, run(Map.of("CASESTUDIO_NO_DAEMON", "1", "CASESTUDIO_THP", "1")));
		assertTrue(started(1).get(0).contains(option), Files.readString(starts));
		Files.writeString(starts, "");
		assertEquals(0, run(Map.of("CASESTUDIO_NO_DAEMON", "1", "CASESTUDIO_THP", "0")));
		String without = started(1).get(0);
		assertFalse(without.contains(option), without);
		assertTrue(without.contains("-XX:+UseSerialGC"), "the other options are given: " + without);

		for (String thp : List.of("1", "0")) {
			String output = desktopScript("jvm_options all", Map.of("CASESTUDIO_THP", thp));
			assertEquals(thp.equals("1"), output.lines().anyMatch(option::equals), "THP " + thp + ": " + output);
			assertTrue(output.lines().anyMatch("-Xmx1g"::equals), output);
		}
	}

	/**
	 * Runs {@code commands} in bash after sourcing desktop-jvm.sh, as ./casestudio does, with these
	 * variables besides ROOT and a JDK 25; gives what it printed, once it ended well.
	 */
	private String desktopScript(String commands, Map<String, String> variables) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", "-c",
				"set -euo pipefail; . \"$ROOT/releng/scripts/desktop-jvm.sh\"; " + commands).directory(root.toFile());
		builder.environment().put("ROOT", root.toString());
		builder.environment().put("CASESTUDIO_JAVA_RELEASE", "25");
		builder.environment().putAll(variables);
		Process process = builder.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the script did not finish");
		assertEquals(0, process.exitValue(), output);
		return output;
	}

	/** A cache folder that names its checkout, with a cache in it. */
	private Path cacheFolder(String name, Path checkout) throws IOException {
		Path folder = Files.createDirectories(root.resolve("cache").resolve(name));
		Files.writeString(folder.resolve("checkout"), checkout + "\n");
		Files.writeString(folder.resolve("desktop-0123.aot"), "cache");
		return folder;
	}
}
