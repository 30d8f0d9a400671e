package org.casestudio.export;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.Words;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;

/**
 * The language of a pack in HTML templates, for every exporter that writes HTML (site, SCORM,
 * print): {@code t("key", arguments...)} writes a fixed word, {@code tx(text)} a text of the route,
 * each in a {@code span} with its own {@code lang} when it is not in the pack's language.
 */
public final class HtmlText {

	private HtmlText() {
	}

	/**
	 * {@code t("key", arguments...)}: a fixed word of the pack's language (words.properties), its
	 * arguments put in (a number as the language writes it; a text escaped; markup, such as the
	 * result of {@code tx}, as it is), marked {@code lang="en"} when the word is not translated.
	 */
	public static TemplateMethodModelEx words(TrainingPack pack) {
		return arguments -> word(pack, arguments);
	}

	/** {@code tx(text)}: a text of the route, escaped, marked with its language when not in the pack's. */
	public static TemplateMethodModelEx texts(TrainingPack pack) {
		return arguments -> {
			Object argument = arguments.isEmpty() ? null : arguments.get(0);
			String text = argument == null ? "" : String.valueOf(DeepUnwrap.unwrap((TemplateModel) argument));
			return Templates.markup(inLanguage(pack.langOf(text), HTMLOutputFormat.INSTANCE.escapePlainText(text), "span"));
		};
	}

	/** HTML of a text, in {@code element} with {@code lang} when {@code lang} is not null. */
	public static String inLanguage(String lang, String html, String element) {
		return lang == null ? html : "<" + element + " lang=\"" + lang + "\">" + html + "</" + element + ">";
	}

	private static TemplateModel word(TrainingPack pack, List<?> arguments) throws TemplateModelException {
		if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel name)) {
			throw new TemplateModelException("t needs the key of a word");
		}
		Words words = pack.words();
		String key = name.getAsString();
		if (!words.has(key)) {
			throw new TemplateModelException("no word '" + key + "' in words.properties");
		}
		// Texts go in as markers, so that the word is escaped once and the texts' markup kept.
		Object[] values = new Object[arguments.size() - 1];
		List<String> inserts = new ArrayList<>();
		for (int i = 1; i < arguments.size(); i++) {
			Object argument = arguments.get(i);
			if (argument instanceof TemplateNumberModel number) {
				values[i - 1] = number.getAsNumber();
				continue;
			}
			inserts.add(argument instanceof TemplateHTMLOutputModel markup ? HTMLOutputFormat.INSTANCE.getMarkupString(markup)
					: HTMLOutputFormat.INSTANCE.escapePlainText(String.valueOf(DeepUnwrap.unwrap((TemplateModel) argument))));
			values[i - 1] = "\u0001" + (inserts.size() - 1) + "\u0002";
		}
		String html = HTMLOutputFormat.INSTANCE.escapePlainText(words.format(key, values));
		for (int i = 0; i < inserts.size(); i++) {
			html = html.replace("\u0001" + i + "\u0002", inserts.get(i));
		}
		String lang = words.language(key);
		return Templates.markup(inLanguage(lang.equals(pack.language().tag()) ? null : lang, html, "span"));
	}
}
