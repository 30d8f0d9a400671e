package org.casestudio.export;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * The FreeMarker templates of one exporter family. A template is looked up first in
 * {@code templates/<family>/} next to the route, so that an organisation can brand its packs by
 * copying and editing one file, then in the exporter's bundle under {@code /templates/<family>/}.
 * {@code .ftlh} templates escape every value as HTML unless it is marked as markup; templates may
 * not create Java objects or reach the API behind the values they are given.
 */
public final class Templates {

	private final Configuration configuration;
	private final Path overrideFolder;
	private final String family;

	/**
	 * Configurations hold FreeMarker's cache of parsed templates: one per exporter family and
	 * override folder, so that a second export does not parse every template again. A changed
	 * override file is read again after {@link #RECHECK_MILLIS}.
	 */
	private static final Map<String, Configuration> CONFIGURATIONS = new ConcurrentHashMap<>();
	private static final long RECHECK_MILLIS = 1000;

	public Templates(Class<?> anchor, String family, Path overrideRoot) {
		this.family = family;
		this.overrideFolder = overrideRoot == null ? null : overrideRoot.resolve(family).toAbsolutePath().normalize();
		boolean overridden = overrideFolder != null && Files.isDirectory(overrideFolder);
		String key = anchor.getName() + '@' + System.identityHashCode(anchor.getClassLoader()) + '/' + family + '/'
				+ (overridden ? overrideFolder : "");
		configuration = CONFIGURATIONS.computeIfAbsent(key, k -> configure(anchor, family, overridden ? overrideFolder : null));
	}

	private static Configuration configure(Class<?> anchor, String family, Path overrideFolder) {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
		configuration.setTemplateUpdateDelayMilliseconds(RECHECK_MILLIS);
		configuration.setDefaultEncoding("UTF-8");
		configuration.setOutputEncoding("UTF-8");
		configuration.setRecognizeStandardFileExtensions(true);
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setWrapUncheckedExceptions(true);
		configuration.setFallbackOnNullLoopVariable(false);
		configuration.setAPIBuiltinEnabled(false);
		configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		configuration.setLocalizedLookup(false);
		List<TemplateLoader> loaders = new ArrayList<>();
		if (overrideFolder != null) {
			try {
				loaders.add(new FileTemplateLoader(overrideFolder.toFile()));
			} catch (IOException e) {
				// An unreadable override folder is reported when a template is looked up in it.
			}
		}
		loaders.add(new ClassTemplateLoader(anchor, "/templates/" + family));
		MultiTemplateLoader loader = new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
		// Not sticky: a template copied into the override folder later is found on the next export.
		loader.setSticky(false);
		configuration.setTemplateLoader(loader);
		// Numbers as written, whatever the language of the machine: "1000", not "1,000".
		configuration.setNumberFormat("computer");
		configuration.setSharedVariable("md", (TemplateMethodModelEx) arguments -> markdown(arguments));
		return configuration;
	}

	/** Renders {@code name} with {@code model}; a template error is reported at its line and column. */
	public String render(String name, Map<String, Object> model) throws ExportException {
		StringWriter out = new StringWriter();
		try {
			configuration.getTemplate(name).process(model, out);
		} catch (ParseException e) {
			throw new ExportException(NLS.bind(Messages.TemplateError, new Object[] { where(e.getTemplateName()),
					e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage() }), e);
		} catch (TemplateException e) {
			throw new ExportException(NLS.bind(Messages.TemplateError, new Object[] { where(e.getTemplateSourceName()),
					e.getLineNumber(), e.getColumnNumber(), firstLine(e.getMessageWithoutStackTop()) }), e);
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.TemplateMissing, where(name), e.getMessage()), e);
		}
		return out.toString();
	}

	/**
	 * A file of the family used as it is (a style sheet, a script), overridable like a template.
	 */
	public String text(String name) throws ExportException {
		TemplateLoader loader = configuration.getTemplateLoader();
		try {
			Object source = loader.findTemplateSource(name);
			if (source == null) {
				throw new ExportException(NLS.bind(Messages.TemplateMissing, where(name), "not found"));
			}
			try (Reader reader = loader.getReader(source, "UTF-8")) {
				StringWriter out = new StringWriter();
				reader.transferTo(out);
				return out.toString();
			} finally {
				loader.closeTemplateSource(source);
			}
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.TemplateMissing, where(name), e.getMessage()), e);
		}
	}

	/** Trusted markup (generated by an exporter, never taken from the model) for use in a template. */
	public static TemplateModel markup(String html) throws TemplateModelException {
		return HTMLOutputFormat.INSTANCE.fromMarkup(html);
	}

	private static TemplateModel markdown(List<?> arguments) throws TemplateModelException {
		Object text = arguments.isEmpty() ? null : arguments.get(0);
		String source = text == null ? "" : text.toString();
		return markup(Markdown.toHtml(source));
	}

	/** The file a user would open to fix the template: theirs if they override it, else ours. */
	private String where(String sourceName) {
		if (sourceName == null) {
			return family;
		}
		if (overrideFolder != null && Files.isRegularFile(overrideFolder.resolve(sourceName))) {
			return overrideFolder.resolve(sourceName).toString();
		}
		return NLS.bind(Messages.BuiltInTemplate, family + "/" + sourceName);
	}

	private static String firstLine(String message) {
		String text = message == null ? "" : message.strip();
		int newline = text.indexOf('\n');
		return newline < 0 ? text : text.substring(0, newline);
	}
}
