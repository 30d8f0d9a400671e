package org.casestudio.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;

/**
 * The exporters contributed to {@code org.casestudio.export.exporters}, read once. A malformed
 * contribution is logged and left out; it does not hide the others.
 */
public final class ExporterRegistry {

	public static final String EXTENSION_POINT = "org.casestudio.export.exporters";

	private final List<ExporterDescriptor> exporters;
	private final Map<String, ExportFormat> formats;

	public ExporterRegistry(IExtensionRegistry registry) {
		List<ExporterDescriptor> found = new ArrayList<>();
		Map<String, ExportFormat> byId = new LinkedHashMap<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"exporter".equals(element.getName()) || blank(element.getAttribute("id"))
					|| blank(element.getAttribute("class"))) {
				warn(NLS.bind(Messages.MalformedFormat, element.getContributor().getName()));
				continue;
			}
			ExporterDescriptor descriptor = new ExporterDescriptor(element);
			found.add(descriptor);
			for (ExportFormat format : descriptor.formats()) {
				if (blank(format.id()) || blank(format.label())) {
					warn(NLS.bind(Messages.MalformedFormat, descriptor.contributor()));
					continue;
				}
				ExportFormat clash = byId.putIfAbsent(format.id(), format);
				if (clash != null) {
					warn(NLS.bind(Messages.DuplicateFormat,
							new Object[] { format.id(), descriptor.contributor(), clash.exporter().contributor() }));
				}
			}
		}
		this.exporters = Collections.unmodifiableList(found);
		this.formats = Collections.unmodifiableMap(byId);
	}

	/**
	 * Into the platform's log; on a plain class path (the command line, without OSGi) there is none,
	 * and the warning goes to stderr.
	 */
	private static void warn(String message) {
		if (FrameworkUtil.getBundle(ExporterRegistry.class) == null) {
			System.err.println(message);
		} else {
			ILog.of(ExporterRegistry.class).log(Status.warning(message));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The exporters of the running platform. */
	public static ExporterRegistry getDefault() {
		return new ExporterRegistry(Platform.getExtensionRegistry());
	}

	public List<ExporterDescriptor> exporters() {
		return exporters;
	}

	/** Every format, by id: the same order whatever order the bundles were installed in. */
	public List<ExportFormat> formats() {
		return formats.values().stream().sorted(java.util.Comparator.comparing(ExportFormat::id)).toList();
	}

	public Optional<ExportFormat> format(String id) {
		return Optional.ofNullable(formats.get(id));
	}
}
