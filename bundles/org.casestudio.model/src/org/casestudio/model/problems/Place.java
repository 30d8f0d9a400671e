package org.casestudio.model.problems;

import java.nio.file.Path;

/**
 * Where a model element is written: its file, and the line and column (from 1) where its
 * declaration starts. Only the language side knows it (from the parsed text); it hands places to
 * code that knows no syntax, such as the export, through a locator.
 */
public record Place(Path file, int line, int column) {
}
