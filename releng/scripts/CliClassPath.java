import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The class path of the command line (releng/scripts/cli-jvm.sh), made by the build of the
 * headless product (releng/scripts/cli-classpath.sh) from that product: its bundles in the order of its bundles.info, and the OSGi framework, whose
 * NLS and registry classes the bundles use. The launcher and the configurator, which only start
 * OSGi, are left out. Signed jars are copied without their signature files and the framework's
 * folder is made a jar: the JVM checks a signed jar's signature at every start and keeps none of
 * its classes in the start-up cache, which takes no folder either. Run with the JDK's source
 * launcher:
 *
 * <pre>java CliClassPath.java product-folder work-folder final-folder</pre>
 *
 * writes the jars into work-folder and work-folder/classpath, which names them under final-folder
 * (where the caller renames work-folder to).
 */
public final class CliClassPath {

	private CliClassPath() {
	}

	public static void main(String[] args) throws IOException {
		Path product = Path.of(args[0]).toAbsolutePath();
		Path work = Path.of(args[1]);
		Path target = Path.of(args[2]);
		Files.createDirectories(work);
		List<String> entries = new ArrayList<>();
		Path info = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		for (String line : Files.readAllLines(info, StandardCharsets.UTF_8)) {
			String[] fields = line.split(",");
			if (line.startsWith("#") || fields.length < 3 || fields[0].equals("org.eclipse.equinox.launcher")
					|| fields[0].equals("org.eclipse.equinox.simpleconfigurator")) {
				continue;
			}
			String location = fields[2].startsWith("file:") ? fields[2].substring("file:".length()) : fields[2];
			entries.add(entry(product.resolve(location), work, target));
		}
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			Path framework = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.osgi_")).sorted()
					.reduce((a, b) -> b).orElseThrow(() -> new IOException("no OSGi framework in " + product));
			entries.add(entry(framework, work, target));
		}
		Files.writeString(work.resolve("classpath"), String.join(":", entries), StandardCharsets.UTF_8);
	}

	/** The bundle as the class path names it: itself, or an unsigned jar made of it. */
	private static String entry(Path bundle, Path work, Path target) throws IOException {
		String name = bundle.getFileName().toString().replaceFirst("\\.jar$", "") + ".jar";
		if (Files.isDirectory(bundle)) {
			try (ZipOutputStream out = jar(work.resolve(name)); Stream<Path> files = Files.walk(bundle)) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					String path = bundle.relativize(file).toString().replace('\\', '/');
					if (!signature(path)) {
						ZipEntry entry = new ZipEntry(path);
						entry.setTime(Files.getLastModifiedTime(file).toMillis());
						out.putNextEntry(entry);
						Files.copy(file, out);
					}
				}
			}
			return made(bundle, work.resolve(name), target);
		}
		try (ZipFile zip = new ZipFile(bundle.toFile())) {
			if (zip.stream().noneMatch(e -> signature(e.getName()))) {
				return bundle.toString();
			}
			try (ZipOutputStream out = jar(work.resolve(name))) {
				for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
					ZipEntry entry = e.nextElement();
					if (!signature(entry.getName())) {
						ZipEntry copy = new ZipEntry(entry.getName());
						copy.setTime(entry.getTime());
						out.putNextEntry(copy);
						try (InputStream in = zip.getInputStream(entry)) {
							in.transferTo(out);
						}
					}
				}
			}
		}
		return made(bundle, work.resolve(name), target);
	}

	/**
	 * The jar made keeps its bundle's time: made again from the same bundles, it is the same jar to
	 * the JVM, which checks the time and size of every jar of a start-up cache's class path.
	 */
	private static String made(Path bundle, Path jar, Path target) throws IOException {
		Files.setLastModifiedTime(jar, Files.getLastModifiedTime(bundle));
		return target.resolve(jar.getFileName()).toString();
	}

	private static ZipOutputStream jar(Path file) throws IOException {
		OutputStream stream = Files.newOutputStream(file);
		ZipOutputStream out = new ZipOutputStream(stream);
		out.setLevel(1);
		return out;
	}

	private static boolean signature(String path) {
		return path.startsWith("META-INF/") && path.indexOf('/', "META-INF/".length()) < 0
				&& path.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");
	}
}
