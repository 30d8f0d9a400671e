package org.casestudio.export;

/** A format some exporter writes, as declared in plugin.xml. */
public record ExportFormat(String id, String label, String description, ExporterDescriptor exporter) {
}
