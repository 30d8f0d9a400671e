package org.casestudio.export;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names derived from ids, safe on every file system a pack may be copied to (a USB stick
 * formatted FAT, a Windows LMS server): ASCII letters, digits, '-' and '_' only, lower case so that
 * two ids differing in case do not collide on a case-insensitive disk, no reserved device names,
 * bounded length, and unique within one pack.
 */
public final class SafeNames {

	private static final int MAX_LENGTH = 64;
	private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
			"com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

	private final Set<String> used = new HashSet<>();

	/** A safe name for {@code id}, different from every name this instance gave before. */
	public String unique(String id) {
		String base = of(id);
		String name = base;
		for (int n = 2; !used.add(name); n++) {
			name = base + "-" + n;
		}
		return name;
	}

	/** A safe name for {@code id}: accents dropped, anything else outside [a-z0-9_-] becomes '-'. */
	public static String of(String id) {
		String plain = Normalizer.normalize(id == null ? "" : id, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		StringBuilder name = new StringBuilder();
		for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
			boolean safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
			if (safe) {
				name.append(c);
			} else if (name.length() > 0 && name.charAt(name.length() - 1) != '-') {
				name.append('-');
			}
		}
		String result = name.toString().replaceAll("^[-_]+|[-_]+$", "");
		if (result.length() > MAX_LENGTH) {
			result = result.substring(0, MAX_LENGTH).replaceAll("[-_]+$", "");
		}
		if (result.isEmpty()) {
			return "item";
		}
		return RESERVED.contains(result) ? result + "_" : result;
	}
}
