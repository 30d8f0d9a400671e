package org.casestudio.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.casestudio.export.pack.TrainingPack;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Runs exporters into a pack folder so that the folder always holds a whole pack: every format is
 * first written into a staging folder inside it; only when all succeeded are the files moved into
 * place, one atomic rename each, the replaced files moved aside first and put back if a move
 * fails. A failure or a cancel removes the staging folder and leaves the previous pack as it was. The files of a pack are listed in {@value #LIST}; an export replaces and
 * removes only files listed there, and refuses to overwrite a file it did not write.
 * <p>
 * The formats are written side by side, each by a thread of its own ({@link FormatWriters}); a
 * failure is reported for the first format, in the order asked, that failed.
 */
public final class TrainingPackExport {

	/** The list of the files the last export wrote, relative to the pack folder. */
	public static final String LIST = ".casestudio-pack";
	private static final String STAGING_PREFIX = ".casestudio-export-";
	private static final long LEFTOVER_AGE_MILLIS = 60 * 60 * 1000L;
	/** Each format's share of the progress. */
	private static final int TICKS = 10;

	/** What an export wrote: the pack folder and the files of each format. */
	public record Result(Path folder, Map<String, List<Path>> files) {
	}

	private final TrainingPack pack;
	private final Path routeFolder;
	private final Map<String, String> options;

	/**
	 * @param routeFolder where a {@code templates/} folder may override the exporters' templates;
	 *                    null for none
	 */
	public TrainingPackExport(TrainingPack pack, Path routeFolder, Map<String, String> options) {
		this.pack = pack;
		this.routeFolder = routeFolder;
		this.options = Map.copyOf(options);
	}

	/** Writes the formats, each with a new instance of its exporter. */
	public Result run(List<ExportFormat> formats, Path folder, IProgressMonitor monitor) throws ExportException {
		return run(formats, format -> format.exporter().create(), folder, monitor);
	}

	/** Writes with exporters already made: those that checked the pack for {@link ExportPipeline}. */
	Result run(Map<ExportFormat, IExporter> exporters, Path folder, IProgressMonitor monitor) throws ExportException {
		return run(List.copyOf(exporters.keySet()), exporters::get, folder, monitor);
	}

	/** The exporter of a format. */
	@FunctionalInterface
	private interface Exporters {
		IExporter of(ExportFormat format) throws ExportException;
	}

	private Result run(List<ExportFormat> formats, Exporters exporters, Path folder, IProgressMonitor monitor)
			throws ExportException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Exporting, pack.overview().title()),
				formats.size() * TICKS + 2);
		Path out = folder.toAbsolutePath().normalize();
		Path staging = createStaging(out);
		String current = Messages.Committing;
		try {
			Map<String, List<Path>> files = new LinkedHashMap<>();
			List<String> all = new ArrayList<>();
			progress.checkCanceled();
			try (FormatWriters writers = new FormatWriters(progress, TICKS, formats.size())) {
				for (ExportFormat format : formats) {
					IExporter exporter = exporters.of(format);
					ExportContext context = new ExportContext(pack, format.id(), new PackOutput(staging), routeFolder, options);
					writers.start(writing -> {
						exporter.export(context, writing);
						return context.output().written();
					});
				}
				for (int i = 0; i < formats.size(); i++) {
					ExportFormat format = formats.get(i);
					current = format.label();
					progress.subTask(current);
					List<String> mine = writers.await(i).stream().filter(p -> !all.contains(p)).toList();
					all.addAll(mine);
					files.put(format.id(), mine.stream().map(out::resolve).toList());
				}
			}
			progress.checkCanceled();
			current = Messages.Committing;
			progress.subTask(current);
			commit(staging, out, all);
			progress.worked(2);
			return new Result(out, files);
		} catch (OperationCanceledException | ExportException e) {
			throw e;
		} catch (Exception e) {
			// An exporter's bug must not leave a half pack; the user learns which format failed.
			throw new ExportException(NLS.bind(Messages.ExporterFailed,
					new Object[] { current, e.getClass().getSimpleName(), e.getMessage() }), e);
		} finally {
			deleteTree(staging);
		}
	}

	private static Path createStaging(Path out) throws ExportException {
		try {
			if (Files.exists(out) && !Files.isDirectory(out)) {
				throw new ExportException(NLS.bind(Messages.NotAFolder, out));
			}
			Files.createDirectories(out);
			removeLeftovers(out);
			return Files.createTempDirectory(out, STAGING_PREFIX);
		} catch (FileAlreadyExistsException e) {
			throw new ExportException(NLS.bind(Messages.NotAFolder, out), e);
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.CannotCreateFolder, out, e.getMessage()), e);
		}
	}

	/**
	 * Moves the staged files into place. Every check comes before the first move; a file being
	 * replaced is first moved aside into the staging folder, so that a failure half way (a file
	 * locked by another program) puts back what was moved and leaves the previous pack whole.
	 */
	private static void commit(Path staging, Path out, List<String> files) throws ExportException {
		Set<String> previous = readList(out);
		Path realOut = realPath(out);
		for (String file : files) {
			Path target = out.resolve(file);
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !previous.contains(file)) {
				throw new ExportException(NLS.bind(Messages.WouldOverwrite, target));
			}
			Path parent = insideParent(out, realOut, target);
			if (parent != null) {
				throw new ExportException(NLS.bind(Messages.WouldOverwrite, parent));
			}
		}
		Path aside = staging.resolve(".previous");
		List<String> moved = new ArrayList<>();
		try {
			for (String file : files) {
				Path target = out.resolve(file);
				Files.createDirectories(target.getParent());
				if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
					Files.createDirectories(aside.resolve(file).getParent());
					Files.move(target, aside.resolve(file), StandardCopyOption.ATOMIC_MOVE);
				}
				moved.add(file);
				Files.move(staging.resolve(file), target, StandardCopyOption.ATOMIC_MOVE);
			}
			// The old files this export does not write stay listed until they are gone.
			Set<String> listed = new LinkedHashSet<>(files);
			listed.addAll(previous);
			writeList(staging, out, listed);
		} catch (IOException e) {
			putBack(out, aside, moved);
			throw new ExportException(NLS.bind(Messages.CannotWrite, out, e.getMessage()), e);
		}
		// The new pack is in place; what follows only tidies up the previous one.
		Set<String> now = new LinkedHashSet<>(files);
		Set<String> kept = removeStale(out, realOut, previous, now);
		now.addAll(kept);
		try {
			writeList(staging, out, now);
		} catch (IOException e) {
			// The list still names the removed files; a later export skips what no longer exists.
		}
	}

	private static void writeList(Path staging, Path out, Set<String> files) throws IOException {
		Path list = staging.resolve(LIST);
		Files.writeString(list, "# Files written by Case Studio's last export; it replaces or removes only these.\n"
				+ String.join("\n", files) + "\n", StandardCharsets.UTF_8);
		Files.move(list, out.resolve(LIST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Undoes the moves of a failed commit, newest first. */
	private static void putBack(Path out, Path aside, List<String> moved) {
		for (int i = moved.size() - 1; i >= 0; i--) {
			String file = moved.get(i);
			try {
				Path target = out.resolve(file);
				if (Files.exists(aside.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
					Files.move(aside.resolve(file), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} else {
					Files.deleteIfExists(target);
				}
			} catch (IOException e) {
				// Nothing more can be done for this file; the others are still put back.
			}
		}
	}

	/**
	 * The first folder on the way from the pack folder to {@code target} that is a link, a file,
	 * or resolves outside the pack folder; null when the way is safe to write or delete through.
	 */
	private static Path insideParent(Path out, Path realOut, Path target) throws ExportException {
		for (Path parent = target.getParent(); parent != null && !parent.equals(out); parent = parent.getParent()) {
			if (Files.isSymbolicLink(parent) || (Files.exists(parent) && !Files.isDirectory(parent))) {
				return parent;
			}
			if (Files.isDirectory(parent) && !realPath(parent).startsWith(realOut)) {
				return parent;
			}
		}
		return null;
	}

	/** Removes the files of the previous export that this one did not write; returns those it could not. */
	private static Set<String> removeStale(Path out, Path realOut, Set<String> previous, Set<String> now)
			throws ExportException {
		Set<String> kept = new LinkedHashSet<>();
		for (String old : previous) {
			if (now.contains(old)) {
				continue;
			}
			Path stale = out.resolve(old);
			try {
				if (Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS) && insideParent(out, realOut, stale) == null) {
					Files.delete(stale);
					removeEmptyParents(stale.getParent(), out, realOut);
				}
			} catch (IOException e) {
				kept.add(old);
			}
		}
		return kept;
	}

	private static Path realPath(Path path) throws ExportException {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.CannotWrite, path, e.getMessage()), e);
		}
	}

	private static Set<String> readList(Path out) {
		Path list = out.resolve(LIST);
		Set<String> files = new LinkedHashSet<>();
		if (Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) {
			try (Stream<String> lines = Files.lines(list, StandardCharsets.UTF_8)) {
				lines.filter(l -> !l.startsWith("#") && PackOutput.isSafe(l)).forEach(files::add);
			} catch (IOException | java.io.UncheckedIOException e) {
				// An unreadable list only means that no old file is known to be ours.
			}
		}
		return files;
	}

	private static void removeEmptyParents(Path folder, Path out, Path realOut) throws IOException {
		for (Path f = folder; f != null && !f.equals(out) && f.startsWith(out); f = f.getParent()) {
			if (Files.isSymbolicLink(f) || !f.toRealPath().startsWith(realOut)) {
				return;
			}
			try (Stream<Path> entries = Files.list(f)) {
				if (entries.findAny().isPresent()) {
					return;
				}
			}
			Files.delete(f);
		}
	}

	/**
	 * Staging folders of an export that was killed are ours: remove them, once they are old enough
	 * not to belong to an export running at the same time.
	 */
	private static void removeLeftovers(Path out) throws IOException {
		long cutoff = System.currentTimeMillis() - LEFTOVER_AGE_MILLIS;
		try (Stream<Path> entries = Files.list(out)) {
			for (Path entry : entries.filter(e -> e.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
				if (Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toMillis() < cutoff) {
					deleteTree(entry);
				}
			}
		}
	}

	private static void deleteTree(Path root) {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			// Left for the next export's clean-up of leftovers.
		}
	}
}
