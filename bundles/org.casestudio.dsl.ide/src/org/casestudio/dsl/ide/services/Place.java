package org.casestudio.dsl.ide.services;

import org.eclipse.emf.common.util.URI;

/** A region of a file, such as a declaration's id; the line counts from 1 (0 when unknown). */
public record Place(URI uri, int offset, int length, int line) {
}
