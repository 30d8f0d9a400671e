package org.casestudio.export;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.osgi.util.NLS;

/**
 * An exporter as declared in plugin.xml. The exporter's class is loaded only when an export runs,
 * so that listing formats (a wizard page, {@code --help}) starts no contributing bundle.
 */
public final class ExporterDescriptor {

	/** A setting an exporter understands. */
	public record Option(String name, String label, String defaultValue) {
	}

	/** Makes the exporter; for a contribution, the class named in plugin.xml. */
	@FunctionalInterface
	public interface Factory {
		IExporter create() throws ExportException;
	}

	private final String id;
	private final String label;
	private final String contributor;
	private final Factory factory;
	private final List<ExportFormat> formats;
	private final List<Option> options;

	ExporterDescriptor(IConfigurationElement element) {
		this.id = element.getAttribute("id");
		this.label = element.getAttribute("label");
		this.contributor = element.getContributor().getName();
		this.factory = () -> {
			try {
				return (IExporter) element.createExecutableExtension("class");
			} catch (CoreException | ClassCastException e) {
				throw new ExportException(NLS.bind(Messages.ExporterUnavailable, label, contributor), e);
			}
		};
		this.formats = List.of(element.getChildren("format")).stream()
				.map(f -> new ExportFormat(f.getAttribute("id"), f.getAttribute("label"), f.getAttribute("description"), this))
				.toList();
		this.options = List.of(element.getChildren("option")).stream()
				.map(o -> new Option(o.getAttribute("name"), o.getAttribute("label"), o.getAttribute("default")))
				.toList();
	}

	private ExporterDescriptor(String id, String label, Factory factory, String format, String formatLabel) {
		this.id = id;
		this.label = label;
		this.contributor = id;
		this.factory = factory;
		this.formats = List.of(new ExportFormat(format, formatLabel, null, this));
		this.options = List.of();
	}

	/**
	 * A format whose exporter is made directly, without the extension registry: for programs
	 * that run the exporters outside OSGi, such as the benchmarks.
	 */
	public static ExportFormat format(String format, String label, Factory factory) {
		return new ExporterDescriptor(format, label, factory, format, label).formats().get(0);
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public String contributor() {
		return contributor;
	}

	public List<ExportFormat> formats() {
		return formats;
	}

	public List<Option> options() {
		return options;
	}

	/** A new instance of the exporter. */
	public IExporter create() throws ExportException {
		return factory.create();
	}
}
