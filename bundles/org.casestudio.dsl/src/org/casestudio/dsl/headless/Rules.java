package org.casestudio.dsl.headless;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.casestudio.dsl.validation.IssueCodes;

/**
 * Every rule that validating files can report, with its help. The codes are the constants of
 * {@link IssueCodes} and {@link FileProblems}, read by reflection so that no second list can fall
 * behind; the texts come from the {@code rules.properties} beside each of these classes.
 */
public final class Rules {

	/** The classes whose public String constants are the codes; each has rules.properties beside it. */
	public static final List<Class<?>> CODE_CLASSES = List.of(IssueCodes.class, FileProblems.class);

	/**
	 * One rule: its code, a sentence on what it checks and the help on what it means and how to fix
	 * what it reports. The texts are null only when rules.properties lacks them (a test forbids it).
	 */
	public record Rule(String code, String shortDescription, String help) {
	}

	private Rules() {
	}

	/** Every rule, in the order the codes are declared: language rules first, then problems with files. */
	public static List<Rule> all() {
		List<Rule> rules = new ArrayList<>();
		for (Class<?> holder : CODE_CLASSES) {
			ResourceBundle texts = texts(holder);
			for (String code : codes(holder)) {
				rules.add(new Rule(code, text(texts, code + ".short"), text(texts, code + ".help")));
			}
		}
		return rules;
	}

	/** The values of the public static final String fields of a class of codes. */
	public static List<String> codes(Class<?> holder) {
		List<String> codes = new ArrayList<>();
		for (Field field : holder.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
					&& field.getType() == String.class) {
				try {
					codes.add((String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return codes;
	}

	/** The rules.properties beside a class of codes, in the user's language when translated. */
	public static ResourceBundle texts(Class<?> holder) {
		return ResourceBundle.getBundle(holder.getPackageName() + ".rules", Locale.getDefault(), holder.getClassLoader());
	}

	private static String text(ResourceBundle texts, String key) {
		try {
			return texts.getString(key);
		} catch (MissingResourceException e) {
			return null;
		}
	}
}
