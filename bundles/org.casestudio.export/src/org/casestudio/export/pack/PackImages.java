package org.casestudio.export.pack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.casestudio.model.LearningRoute;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.eclipse.emf.ecore.EObject;

/**
 * The images a pack carries: photos and the Markdown images of texts ({@code ![alt](photos/x.jpg)}),
 * copied into the pack so that it works offline. An image is taken only when it is a file of a
 * type every browser and LMS shows (JPEG, PNG, GIF, WebP, SVG, told by its first bytes, not by its
 * name) and at most {@link #MAX_BYTES}. Remote images (http, https) are not fetched.
 */
public final class PackImages {

	/**
	 * 5 MB: a photo from a phone camera (3 to 4 MB as JPEG) passes; a raw scan or an uncompressed
	 * image does not, and would make a SCORM package too large for many LMS upload limits (often
	 * 20 to 50 MB for the whole package) and slow from a USB stick.
	 */
	public static final long MAX_BYTES = 5L << 20;

	/** The types a pack takes, with the extension its copy gets. */
	public enum Type {
		JPEG("jpg"), PNG("png"), GIF("gif"), WEBP("webp"), SVG("svg");

		private final String extension;

		Type(String extension) {
			this.extension = extension;
		}

		public String extension() {
			return extension;
		}
	}

	/** What is wrong with an image file; null in {@link Checked#fault()} when nothing is. */
	public enum Fault {
		/** No such file (or a folder). */
		MISSING,
		/** Not JPEG, PNG, GIF, WebP or SVG. */
		NOT_SUPPORTED,
		/** Larger than {@link PackImages#MAX_BYTES}. */
		TOO_LARGE
	}

	/** An image file looked at: its type when it is one a pack takes, else its fault. */
	public record Checked(Path path, Type type, Fault fault, long size) {
	}

	private static final Parser PARSER = Parser.builder().build();
	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	private static final int HEAD = 1024;

	private PackImages() {
	}

	/** Looks at the file: whether it exists, its size, and its type from its first bytes. */
	public static Checked check(Path path) {
		if (path == null || !Files.isRegularFile(path)) {
			return new Checked(path, null, Fault.MISSING, 0);
		}
		try {
			long size = Files.size(path);
			byte[] head;
			try (InputStream in = Files.newInputStream(path)) {
				head = in.readNBytes(HEAD);
			}
			Type type = sniff(head);
			if (type == null) {
				return new Checked(path, null, Fault.NOT_SUPPORTED, size);
			}
			return new Checked(path, type, size > MAX_BYTES ? Fault.TOO_LARGE : null, size);
		} catch (IOException e) {
			return new Checked(path, null, Fault.MISSING, 0);
		}
	}

	/** The type the bytes start with, or null. */
	public static Type sniff(byte[] head) {
		if (starts(head, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
			return Type.JPEG;
		} else if (starts(head, PNG)) {
			return Type.PNG;
		} else if (starts(head, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| starts(head, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return Type.GIF;
		} else if (head.length >= 12 && starts(head, "RIFF".getBytes(StandardCharsets.US_ASCII))
				&& "WEBP".equals(new String(head, 8, 4, StandardCharsets.US_ASCII))) {
			return Type.WEBP;
		}
		// SVG is text: an <svg> element near the start, after an XML declaration, comments or a doctype.
		String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
		if (text.startsWith("<") && text.toLowerCase(Locale.ROOT).contains("<svg")) {
			return Type.SVG;
		}
		return null;
	}

	private static boolean starts(byte[] bytes, byte... prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** The destinations of the Markdown images of a text, as written, in order. */
	public static List<String> markdownImages(String markdown) {
		List<String> destinations = new ArrayList<>();
		if (markdown == null || !markdown.contains("![")) {
			return destinations;
		}
		PARSER.parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				destinations.add(image.getDestination());
				visitChildren(image);
			}
		});
		return destinations;
	}

	/** An image on the web, which the pack shows only when the reader is online. */
	public static boolean isRemote(String destination) {
		String lower = destination.toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//");
	}

	/**
	 * The file a relative destination names, resolved against {@code folder}; null for a remote or
	 * other URI ({@code data:}, {@code file:}) or a name the file system cannot hold. Percent escapes
	 * are decoded ({@code my%20photo.jpg}).
	 */
	public static Path resolve(String destination, Path folder) {
		if (destination == null || destination.isBlank() || folder == null || isRemote(destination)
				|| SCHEME.matcher(destination).matches() && !isWindowsDrive(destination)) {
			return null;
		}
		try {
			// '+' is a plus in a path, not a blank as in a form.
			String decoded = destination.contains("%")
					? URLDecoder.decode(destination.replace("+", "%2B"), StandardCharsets.UTF_8)
					: destination;
			int query = decoded.indexOf('?');
			return folder.resolve(query < 0 ? decoded : decoded.substring(0, query)).normalize();
		} catch (IllegalArgumentException e) { // a bad % escape, or a name the file system cannot hold
			return null;
		}
	}

	/**
	 * The elements whose texts and photos a pack of the route shows: the route, its cases, and the
	 * actors they name, each with everything it contains.
	 */
	public static List<EObject> elementsOf(LearningRoute route) {
		return TextImages.elements(route);
	}

	/** The folder of the file an element is written in, against which its image paths are resolved; null if none. */
	public static Path folderOf(EObject element) {
		return PackBuilder.resolve(element, ".");
	}

	/** C:\photos\x.jpg looks like a URI with scheme C. */
	private static boolean isWindowsDrive(String destination) {
		return destination.length() > 2 && Character.isLetter(destination.charAt(0)) && destination.charAt(1) == ':'
				&& (destination.charAt(2) == '\\' || destination.charAt(2) == '/');
	}
}
