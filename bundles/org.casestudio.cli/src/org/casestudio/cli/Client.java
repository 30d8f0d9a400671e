package org.casestudio.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TimeZone;

/**
 * The client of the resident process ({@link CommandServer}): hands {@code ./casestudio
 * validate|export|translations ...} to the server of its build over a Unix domain socket, writes
 * what the command prints to its own stdout and stderr, and exits with the command's exit code.
 * Uses the JDK alone, so that it runs from the command line's jar with nothing else on the class
 * path: a JVM that loads a few dozen classes (releng/scripts/cli-jvm.sh).
 * <p>
 * When no server answers, or it refuses the command (another build, another locale, a path it
 * cannot read as this process would), the client prints nothing and exits with {@link #FALL_BACK}:
 * the script then runs the command directly. Once the server has accepted the command, its output
 * is the command's.
 * <p>
 * The protocol, big-endian: the request is {@link #MAGIC}, {@link #VERSION}, the build key, the
 * environment's fingerprint ({@link #fingerprint()}), stdout's and stderr's encodings, the working
 * folder, the argument count and the arguments, every string as its UTF-8 length and bytes. The
 * answer is frames of a type byte: {@link #ACCEPTED} or {@link #REFUSED} first, then
 * {@link #STDOUT} and {@link #STDERR} (a length and bytes) and at last {@link #EXIT} (the code).
 */
public final class Client {

	static final int MAGIC = 0x43534431;
	static final int VERSION = 1;
	static final byte ACCEPTED = 'A';
	static final byte REFUSED = 'R';
	static final byte STDOUT = 'O';
	static final byte STDERR = 'E';
	static final byte EXIT = 'X';
	/** The script's sign to run the command directly (EX_TEMPFAIL); a command exits 0, 1 or 2. */
	public static final int FALL_BACK = 75;

	private Client() {
	}

	/** @param args the socket, the build key, then the command's arguments */
	public static void main(String[] args) {
		if (args.length < 2) {
			System.exit(FALL_BACK);
		}
		String[] command = new String[args.length - 2];
		System.arraycopy(args, 2, command, 0, command.length);
		System.exit(run(Path.of(args[0]), args[1], command));
	}

	static int run(Path socket, String key, String[] command) {
		SocketChannel channel;
		try {
			channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
		} catch (IOException | RuntimeException e) {
			// No server (no file, a stale file, refused): the command runs directly.
			return FALL_BACK;
		}
		// Ctrl-C: the server sees the connection close and stops the command.
		Thread closing = new Thread(() -> close(channel));
		Runtime.getRuntime().addShutdownHook(closing);
		try {
			DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
			request.writeInt(MAGIC);
			request.writeInt(VERSION);
			write(request, key);
			write(request, fingerprint());
			write(request, System.getProperty("stdout.encoding", ""));
			write(request, System.getProperty("stderr.encoding", ""));
			write(request, Path.of("").toAbsolutePath().toString());
			request.writeInt(command.length);
			for (String arg : command) {
				write(request, arg);
			}
			request.flush();
		} catch (IOException e) {
			close(channel);
			return FALL_BACK;
		}
		DataInputStream answer = new DataInputStream(Channels.newInputStream(channel));
		try {
			if (answer.readByte() != ACCEPTED) {
				close(channel);
				return FALL_BACK;
			}
		} catch (IOException e) {
			close(channel);
			return FALL_BACK;
		}
		OutputStream out = new FileOutputStream(FileDescriptor.out);
		OutputStream err = new FileOutputStream(FileDescriptor.err);
		try {
			while (true) {
				byte type = answer.readByte();
				if (type == EXIT) {
					int exit = answer.readInt();
					close(channel);
					return exit;
				}
				byte[] bytes = new byte[answer.readInt()];
				answer.readFully(bytes);
				(type == STDERR ? err : out).write(bytes);
			}
		} catch (EOFException e) {
			return lost(err);
		} catch (IOException e) {
			return lost(err);
		}
	}

	/** The server stopped answering once the command had begun: said in one line, exit 2. */
	private static int lost(OutputStream err) {
		String text;
		try {
			text = ResourceBundle.getBundle("org.casestudio.cli.messages", Locale.ROOT).getString("DaemonLost");
		} catch (MissingResourceException e) {
			text = "casestudio: the resident process stopped answering.";
		}
		try {
			err.write((text + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			// Nowhere left to say it; the exit code says it.
		}
		return 2;
	}

	/**
	 * What makes a command print differently besides its arguments and folder: the locale (messages,
	 * numbers), the time zone (dates), and the encodings of file names and text. A server whose
	 * fingerprint differs refuses, and the command runs directly.
	 */
	static String fingerprint() {
		return String.join("|", Locale.getDefault().toLanguageTag(), Locale.getDefault(Locale.Category.FORMAT).toLanguageTag(),
				TimeZone.getDefault().getID(), System.getProperty("native.encoding", ""),
				System.getProperty("sun.jnu.encoding", ""), System.getProperty("file.encoding", ""),
				System.lineSeparator());
	}

	static void write(DataOutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static void close(SocketChannel channel) {
		try {
			channel.close();
		} catch (IOException e) {
			// Closed already.
		}
	}
}
