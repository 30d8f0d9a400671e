package org.casestudio.cli;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

/**
 * The resident process of the command line: one JVM per user and build that keeps the language's
 * injector and the JVM's compiled code between commands, so that {@code ./casestudio validate}
 * pays a small client's start ({@link Client}) and the command's own work instead of a JVM's start
 * and the injector's making at every command (BENCHMARKS.md, "Command line").
 * <p>
 * Every command gets a resource set and everything else of its own, and reads its files afresh:
 * nothing of one command's model is kept for the next. Commands run one at a time: they share
 * System.out and System.err (swapped for the client's streams while a command runs, so that even a
 * library's line reaches the client) and EMF's global registries. Every path is read against the
 * client's working folder; a command whose output would name a path otherwise than a direct run
 * (a relative path that leaves that folder) is refused, and then runs directly.
 * <p>
 * The server leaves after {@value #IDLE_PROPERTY} minutes without a command (default
 * {@value #IDLE_MINUTES}), when a jar of its class path is gone or replaced (a new build), when its
 * socket file is removed, and on {@code casestudio daemon stop}.
 */
public final class CommandServer {

	/** {@code casestudio daemon stop|status}: answered by the server, else by {@link CommandLine}. */
	static final String COMMAND = "daemon";
	static final String IDLE_PROPERTY = "casestudio.daemon.idleMinutes";
	static final double IDLE_MINUTES = 10;
	/** A route to validate and export once at start, so that the first command is warm too. */
	static final String WARM_UP_PROPERTY = "casestudio.daemon.warmUp";
	private static final long CHECK_MILLIS = 2000;

	private final Path socket;
	private final String key;
	private final long idleMillis;
	private final ReentrantLock commands = new ReentrantLock(true);
	private final AtomicInteger connections = new AtomicInteger();
	private final AtomicInteger served = new AtomicInteger();
	private final long started = System.currentTimeMillis();
	private volatile long lastUsed = System.currentTimeMillis();
	private final AtomicInteger running = new AtomicInteger();
	private final PrintStream log = System.err;
	private final PrintStream stdout = System.out;
	private final PrintStream stderr = System.err;
	private ServerSocketChannel server;
	private Object socketKey;

	private CommandServer(Path socket, String key, long idleMillis) {
		this.socket = socket;
		this.key = key;
		this.idleMillis = idleMillis;
	}

	/** @param args the socket to listen on and the build key the clients must name */
	public static void main(String[] args) throws CoreException {
		if (args.length != 2) {
			System.err.println("casestudio: usage: CommandServer <socket> <build key>");
			System.exit(CommandLine.USAGE_OR_IO);
		}
		Main.prepare();
		double minutes = IDLE_MINUTES;
		try {
			minutes = Double.parseDouble(System.getProperty(IDLE_PROPERTY, String.valueOf(IDLE_MINUTES)));
		} catch (NumberFormatException e) {
			System.err.println("casestudio: " + IDLE_PROPERTY + " is not a number; " + IDLE_MINUTES + " minutes.");
		}
		CommandServer commandServer = new CommandServer(Path.of(args[0]).toAbsolutePath(), args[1], (long) (minutes * 60_000));
		System.exit(commandServer.serve());
	}

	private int serve() {
		try {
			if (answering(socket)) {
				log.println("casestudio: a resident process already answers at " + socket + "; leaving.");
				return 0;
			}
			warmUp();
			Files.deleteIfExists(socket);
			server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			server.bind(UnixDomainSocketAddress.of(socket));
			// Only this user may connect: a command reads and writes files as this user.
			Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
			socketKey = fileKey(socket);
		} catch (IOException | RuntimeException e) {
			log.println("casestudio: the resident process could not listen at " + socket + ": " + e);
			return CommandLine.USAGE_OR_IO;
		}
		log.println("casestudio: resident process " + ProcessHandle.current().pid() + " listening at " + socket);
		Thread watch = new Thread(this::watch, "casestudio-daemon-watch");
		watch.setDaemon(true);
		watch.start();
		while (server.isOpen()) {
			SocketChannel channel;
			try {
				channel = server.accept();
			} catch (IOException e) {
				break;
			}
			connections.incrementAndGet();
			Thread thread = new Thread(() -> answer(channel), "casestudio-daemon-client");
			thread.setDaemon(true);
			thread.start();
		}
		return 0;
	}

	/** Whether a server answers at that socket: a second one started at once leaves it to the first. */
	private static boolean answering(Path socket) {
		if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** The injector made, and the exporters' classes loaded and compiled, before the first client. */
	private void warmUp() {
		String route = System.getProperty(WARM_UP_PROPERTY);
		if (route == null || route.isBlank()) {
			return;
		}
		PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
		Path pack = null;
		try {
			pack = Files.createTempDirectory("casestudio-warm-up");
			new CommandLine(none, none, pack, () -> false).run("validate", route);
			new CommandLine(none, none, pack, () -> false).run("export", route, "--format", "html", "--out", "pack");
		} catch (IOException | RuntimeException | LinkageError e) {
			log.println("casestudio: the resident process's warm-up failed (" + e + "); commands will be slower at first.");
		} finally {
			delete(pack);
		}
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// A temporary folder left behind; the system's cleaning takes it.
		}
	}

	/** One client: its request, the command, the command's output and exit code. */
	private void answer(SocketChannel channel) {
		try (channel) {
			DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
			DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
			if (in.readInt() != Client.MAGIC || in.readInt() != Client.VERSION) {
				refuse(out, "another protocol");
				return;
			}
			String clientKey = read(in);
			String fingerprint = read(in);
			String outEncoding = read(in);
			String errEncoding = read(in);
			Path cwd = Path.of(read(in));
			String[] args = new String[in.readInt()];
			for (int i = 0; i < args.length; i++) {
				args[i] = read(in);
			}
			String refusal = !key.equals(clientKey) ? "another build"
					: !Client.fingerprint().equals(fingerprint) ? "another locale, time zone or encoding"
							: !cwd.isAbsolute() ? "no working folder" : outside(cwd, args);
			if (refusal != null) {
				refuse(out, refusal);
				return;
			}
			run(channel, in, out, cwd, args, charset(outEncoding), charset(errEncoding));
		} catch (IOException | RuntimeException e) {
			// A client gone or speaking nonsense; the next one is answered all the same.
		}
	}

	private void refuse(DataOutputStream out, String why) throws IOException {
		out.writeByte(Client.REFUSED);
		out.flush();
		log.println("casestudio: refused a command: " + why);
	}

	/**
	 * A relative path that leaves the working folder is printed as given by a direct run, and as an
	 * absolute path here: such a command runs directly. Any argument that reads as one counts.
	 */
	static String outside(Path cwd, String... args) {
		for (String arg : args) {
			String value = arg.startsWith("-") && arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : arg;
			try {
				Path path = Path.of(value);
				if (!path.isAbsolute() && !cwd.resolve(path).normalize().startsWith(cwd.normalize())) {
					return "a path outside the working folder: " + value;
				}
			} catch (InvalidPathException e) {
				// Not a path: the command says so, here as directly.
			}
		}
		return null;
	}

	private void run(SocketChannel channel, DataInputStream in, DataOutputStream out, Path cwd, String[] args,
			Charset outCharset, Charset errCharset) throws IOException {
		commands.lock();
		running.incrementAndGet();
		AtomicBoolean gone = new AtomicBoolean();
		try {
			out.writeByte(Client.ACCEPTED);
			out.flush();
			// The client sends nothing more: a read that ends means it is gone (Ctrl-C), and the command stops.
			Thread listen = new Thread(() -> {
				try {
					while (in.read() >= 0) {
						// Nothing is expected; read on until the end.
					}
				} catch (IOException e) {
					// Closed: gone too.
				}
				gone.set(true);
			}, "casestudio-daemon-listen");
			listen.setDaemon(true);
			listen.start();
			PrintStream commandOut = stream(out, Client.STDOUT, outCharset);
			PrintStream commandErr = stream(out, Client.STDERR, errCharset);
			int exit;
			System.setOut(commandOut);
			System.setErr(commandErr);
			boolean stop = false;
			try {
				if (args.length > 0 && args[0].equals(COMMAND) && args.length == 2 && args[1].equals("stop")) {
					commandOut.println(NLS.bind(Messages.DaemonStopped, ProcessHandle.current().pid()));
					exit = CommandLine.OK;
					stop = true;
				} else if (args.length > 0 && args[0].equals(COMMAND) && args.length == 2 && args[1].equals("status")) {
					commandOut.println(NLS.bind(Messages.DaemonStatus, new Object[] { ProcessHandle.current().pid(),
							served.get(), (System.currentTimeMillis() - started) / 60_000, residentMegabytes(), connections.get() }));
					exit = CommandLine.OK;
				} else {
					served.incrementAndGet();
					exit = new CommandLine(commandOut, commandErr, cwd, gone::get).run(args);
				}
			} catch (RuntimeException | Error e) {
				// As a direct run says it (CommandLine catches the rest); the server goes on.
				commandErr.println(NLS.bind(Messages.InternalError, e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
				exit = CommandLine.USAGE_OR_IO;
			} finally {
				System.setOut(stdout);
				System.setErr(stderr);
			}
			commandOut.flush();
			commandErr.flush();
			synchronized (out) {
				out.writeByte(Client.EXIT);
				out.writeInt(exit);
				out.flush();
			}
			if (stop) {
				leave("stopped by its user");
			}
		} finally {
			lastUsed = System.currentTimeMillis();
			running.decrementAndGet();
			commands.unlock();
		}
	}

	/** A stream whose every flush (every line) is a frame of that type; the frames of one command are in order. */
	private static PrintStream stream(DataOutputStream frames, byte type, Charset charset) {
		OutputStream framing = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				if (length == 0) {
					return;
				}
				synchronized (frames) {
					frames.writeByte(type);
					frames.writeInt(length);
					frames.write(bytes, offset, length);
					frames.flush();
				}
			}
		};
		return new PrintStream(new BufferedOutputStream(framing), true, charset);
	}

	private static Charset charset(String name) {
		try {
			return name.isEmpty() ? Charset.defaultCharset() : Charset.forName(name);
		} catch (RuntimeException e) {
			return Charset.defaultCharset();
		}
	}

	private static String read(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > 1 << 20) {
			throw new IOException("a string of " + length + " bytes");
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * Leaves when idle, when its build's class path changed (a jar gone or written again), and when
	 * its socket file is gone or another's (the cache folder of an older build is removed).
	 */
	private void watch() {
		Map<Path, FileTime> classPath = classPath();
		while (true) {
			try {
				Thread.sleep(CHECK_MILLIS);
			} catch (InterruptedException e) {
				return;
			}
			if (running.get() > 0) {
				continue;
			}
			long idle = System.currentTimeMillis() - lastUsed;
			if (idle >= idleMillis) {
				leave("idle for " + idle / 1000 + " s");
			}
			if (!classPath.equals(classPath())) {
				leave("its build's class path changed");
			}
			if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS) || !socketKey.equals(fileKey(socket))) {
				leave("its socket file is gone");
			}
		}
	}

	private static Map<Path, FileTime> classPath() {
		Map<Path, FileTime> times = new LinkedHashMap<>();
		for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
			if (entry.isEmpty()) {
				continue;
			}
			Path path = Path.of(entry);
			try {
				times.put(path, Files.getLastModifiedTime(path));
			} catch (IOException e) {
				times.put(path, null);
			}
		}
		return times;
	}

	private static Object fileKey(Path path) {
		try {
			Object key = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
			return key == null ? List.of() : key;
		} catch (IOException e) {
			// Unknown: equal to no other.
			return new Object();
		}
	}

	private synchronized void leave(String why) {
		log.println("casestudio: resident process " + ProcessHandle.current().pid() + " leaving: " + why);
		try {
			server.close();
			if (socketKey.equals(fileKey(socket))) {
				Files.deleteIfExists(socket);
			}
		} catch (IOException e) {
			// Leaving all the same; a stale socket file is refused by the next client, and replaced.
		}
		Runtime.getRuntime().halt(0);
	}

	/** The resident set of this process, what it costs the user while it lives (0 where unknown). */
	private static long residentMegabytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
				}
			}
		} catch (IOException | RuntimeException e) {
			// Not Linux: unknown.
		}
		return 0;
	}
}
