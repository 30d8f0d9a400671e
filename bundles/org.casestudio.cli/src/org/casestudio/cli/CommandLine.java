package org.casestudio.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.model.problems.Problem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

/**
 * The command line, in a fixed order: parse the arguments, check them, prepare (load the files),
 * execute (validate, then export if asked), report. Exit codes: {@link #OK} when no error was
 * found, {@link #FINDINGS} when the files have errors, {@link #USAGE_OR_IO} when the command was
 * wrong or a path could not be read or written. Never prints a stack trace: an unexpected failure
 * is reported in one line.
 */
public final class CommandLine {

	public static final int OK = 0;
	public static final int FINDINGS = 1;
	public static final int USAGE_OR_IO = 2;

	enum Command {
		VALIDATE, EXPORT
	}

	enum Format {
		TEXT, JSON, SARIF
	}

	/**
	 * What the arguments ask for. For export: the pack formats (empty: all), the pack folder, the
	 * route (null: the only one loaded), the exporters' options and the pack languages (empty: the
	 * route's own; several: one pack per language, each in a folder of its own).
	 */
	record Request(Command command, Format format, List<Path> inputs, List<String> packFormats, Path out,
			String route, Map<String, String> options, List<String> languages) {
	}

	/** Thrown for arguments that make no command; its message is shown above the usage. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final PrintStream out;
	private final PrintStream err;
	/** The folder relative paths are read against; null: this process's own, with paths kept as given. */
	private final Path cwd;
	private final BooleanSupplier cancelled;

	public CommandLine(PrintStream out, PrintStream err) {
		this(out, err, null, () -> false);
	}

	/**
	 * A command of another process's working folder ({@link CommandServer}): every path given is
	 * read against {@code cwd}, and the command stops early once {@code cancelled} says so (its
	 * client is gone).
	 */
	CommandLine(PrintStream out, PrintStream err, Path cwd, BooleanSupplier cancelled) {
		this.out = out;
		this.err = err;
		this.cwd = cwd;
		this.cancelled = cancelled;
	}

	public int run(String... args) {
		try {
			return command(args);
		} catch (OutOfMemoryError e) {
			return outOfMemory(err);
		}
	}

	/**
	 * Says that a command ran out of memory, and what to do. What filled the heap went with the
	 * stack, so there is room again to say so; an export removed its staging folder on the way,
	 * and the previous pack is as it was.
	 */
	static int outOfMemory(PrintStream err) {
		err.println(OUT_OF_MEMORY);
		return USAGE_OR_IO;
	}

	/**
	 * The line of {@link #outOfMemory}, made while there was memory: saying that there is none must
	 * need none. Made when it was needed, it loaded the messages' classes and read their file, and
	 * in a command that ran out while starting that ran out again (a stack trace instead).
	 */
	private static final String OUT_OF_MEMORY = NLS.bind(Messages.OutOfMemory, Runtime.getRuntime().maxMemory() >> 20);

	private int command(String... args) {
		Request request;
		try {
			if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
				out.println(Messages.Usage);
				return args.length == 0 ? USAGE_OR_IO : OK;
			}
			if (args[0].equals("translations")) {
				return new TranslationsCommand(out, err, cwd, cancelled)
						.run(List.of(args).subList(1, args.length).toArray(String[]::new));
			}
			if (args[0].equals(CommandServer.COMMAND)) {
				// Run here, the resident process was not reached: none runs for this build.
				return daemon(args);
			}
			request = parse(args, cwd);
		} catch (UsageException e) {
			err.println(NLS.bind(Messages.UsageError, e.getMessage()));
			err.println(Messages.Usage);
			return USAGE_OR_IO;
		}
		try {
			Injector injector = CaseStudioStandaloneSetup.injector();
			Timing.mark("injector");
			ModelWorkspace workspace = ModelWorkspace.load(injector, request.inputs());
			Timing.mark("loaded");
			List<Problem> findings = new ArrayList<>(workspace.fileProblems());
			Path cwd = workingFolder(this.cwd);
			CancelIndicator cancel = cancelled::getAsBoolean;
			if (request.command() == Command.EXPORT) {
				// A pack is made from the route's whole folder tree: an export checks every file of it.
				findings.addAll(workspace.validateAll(cancel));
				Timing.mark("validated");
				return new ExportCommand(out, err, cwd, cancelled).run(workspace, findings, request);
			}
			findings.addAll(workspace.validate(cancel));
			Timing.mark("validated");
			Report report = new Report(findings, workspace.checkedFiles().size(), cwd);
			switch (request.format()) {
			case JSON -> report.printJson(out);
			case SARIF -> new SarifReport(findings, cwd).print(out);
			default -> report.printText(out);
			}
			if (!workspace.fileProblems().isEmpty()) {
				return USAGE_OR_IO;
			}
			return report.errors() > 0 ? FINDINGS : OK;
		} catch (RuntimeException | LinkageError e) {
			// The user gets one clear line; the cause's type and message are enough to report it.
			err.println(NLS.bind(Messages.InternalError, e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
			return USAGE_OR_IO;
		}
	}

	/** {@code daemon stop|status} when no resident process answered (CommandServer answers it otherwise). */
	private int daemon(String[] args) throws UsageException {
		if (args.length != 2 || !List.of("stop", "status").contains(args[1])) {
			throw new UsageException(NLS.bind(Messages.DaemonUsage, String.join(" ", args)));
		}
		out.println(Messages.DaemonNotRunning);
		return OK;
	}

	/** The folder that paths are read against and printed relative to. */
	static Path workingFolder(Path cwd) {
		return cwd != null ? cwd : Path.of("").toAbsolutePath();
	}

	static Request parse(String[] args) throws UsageException {
		return parse(args, null);
	}

	/** @param cwd the folder relative paths are read against; null: kept as given (this process's own) */
	static Request parse(String[] args, Path cwd) throws UsageException {
		Command command = switch (args[0]) {
		case "validate" -> Command.VALIDATE;
		case "export" -> Command.EXPORT;
		default -> throw new UsageException(NLS.bind(Messages.UnknownCommand, args[0]));
		};
		Format format = Format.TEXT;
		List<Path> inputs = new ArrayList<>();
		List<String> packFormats = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		Path outFolder = null;
		String route = null;
		List<String> languages = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			boolean valued = List.of("--format", "--out", "--route", "--option", "--lang").contains(name);
			if (valued) {
				String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : "";
				if (value.isBlank() || value.startsWith("--")) {
					throw new UsageException(NLS.bind(Messages.MissingValue, name));
				}
				if (command == Command.VALIDATE && !name.equals("--format")) {
					throw new UsageException(NLS.bind(Messages.ExportOnly, name));
				}
				switch (name) {
				case "--format" -> {
					if (command == Command.EXPORT) {
						for (String f : value.split(",")) {
							if (!f.isBlank() && !packFormats.contains(f.strip())) {
								packFormats.add(f.strip());
							}
						}
					} else {
						format = switch (value) {
						case "text" -> Format.TEXT;
						case "json" -> Format.JSON;
						case "sarif" -> Format.SARIF;
						default -> throw new UsageException(NLS.bind(Messages.UnknownFormat, value));
						};
					}
				}
				case "--out" -> {
					if (outFolder != null) {
						throw new UsageException(NLS.bind(Messages.GivenTwice, name));
					}
					outFolder = path(value, cwd);
				}
				case "--lang" -> {
					if (!languages.isEmpty()) {
						throw new UsageException(NLS.bind(Messages.GivenTwice, name));
					}
					for (String tag : value.split(",")) {
						String language = language(tag.strip());
						if (!languages.contains(language)) {
							languages.add(language);
						}
					}
				}
				case "--route" -> {
					if (route != null) {
						throw new UsageException(NLS.bind(Messages.GivenTwice, name));
					}
					route = value;
				}
				default -> {
					int eq = value.indexOf('=');
					if (eq <= 0) {
						throw new UsageException(NLS.bind(Messages.BadOption, value));
					}
					options.put(value.substring(0, eq), value.substring(eq + 1));
				}
				}
			} else if (arg.startsWith("-") && arg.length() > 1) {
				throw new UsageException(NLS.bind(Messages.UnknownOption, arg));
			} else {
				inputs.add(path(arg, cwd));
			}
		}
		if (inputs.isEmpty()) {
			throw new UsageException(Messages.NoInput);
		}
		if (command == Command.EXPORT && outFolder == null) {
			throw new UsageException(Messages.NoOut);
		}
		if (command == Command.EXPORT && packFormats.isEmpty() && List.of(args).stream().anyMatch(a -> a.startsWith("--format"))) {
			throw new UsageException(NLS.bind(Messages.MissingValue, "--format"));
		}
		return new Request(command, format, inputs, packFormats, outFolder, route, options, List.copyOf(languages));
	}

	/** A language as BCP 47 writes it ("lo", "fr", "pt-BR"), checked to name a language (ISO 639). */
	static String language(String tag) throws UsageException {
		java.util.Locale locale = java.util.Locale.forLanguageTag(tag);
		String primary = locale.getLanguage();
		boolean known = primary.length() == 2 ? List.of(java.util.Locale.getISOLanguages()).contains(primary)
				: primary.length() == 3 && !java.util.Locale.of(primary).getDisplayLanguage(java.util.Locale.ENGLISH).equals(primary);
		if (tag.isEmpty() || !known || !locale.toLanguageTag().equalsIgnoreCase(tag.replace('_', '-'))) {
			throw new UsageException(NLS.bind(Messages.UnknownLanguage, tag));
		}
		return locale.toLanguageTag();
	}

	private static Path path(String arg, Path cwd) throws UsageException {
		try {
			return cwd == null ? Path.of(arg) : cwd.resolve(arg);
		} catch (InvalidPathException e) {
			throw new UsageException(NLS.bind(Messages.InvalidPath, arg));
		}
	}
}
