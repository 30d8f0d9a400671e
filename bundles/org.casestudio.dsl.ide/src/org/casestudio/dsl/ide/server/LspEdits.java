package org.casestudio.dsl.ide.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.casestudio.dsl.ide.services.TextEdit;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;

/**
 * The language services' {@link TextEdit}s as the protocol's workspace edits: offsets become
 * line/character positions of the text each edit was computed on.
 */
final class LspEdits {

	private LspEdits() {
	}

	/**
	 * A workspace edit of the given edits. {@code texts} gives the text a file's edits were computed
	 * on (null: the file on disk).
	 */
	static WorkspaceEdit workspaceEdit(List<TextEdit> edits, Function<URI, String> texts, UriExtensions uris) {
		Map<URI, List<TextEdit>> byFile = new LinkedHashMap<>();
		for (TextEdit edit : edits) {
			byFile.computeIfAbsent(edit.uri(), u -> new ArrayList<>()).add(edit);
		}
		Map<String, List<org.eclipse.lsp4j.TextEdit>> changes = new LinkedHashMap<>();
		byFile.forEach((uri, fileEdits) -> {
			Document document = new Document(1, text(uri, texts));
			List<org.eclipse.lsp4j.TextEdit> converted = new ArrayList<>();
			for (TextEdit edit : fileEdits) {
				converted.add(new org.eclipse.lsp4j.TextEdit(range(document, edit.offset(), edit.length()), edit.text()));
			}
			changes.put(uris.toUriString(uri), converted);
		});
		return new WorkspaceEdit(changes);
	}

	static Range range(Document document, int offset, int length) {
		return new Range(document.getPosition(offset), document.getPosition(offset + length));
	}

	private static String text(URI uri, Function<URI, String> texts) {
		String text = texts.apply(uri);
		if (text != null) {
			return text;
		}
		try {
			return uri.isFile() ? Files.readString(Path.of(uri.toFileString()), StandardCharsets.UTF_8) : "";
		} catch (IOException e) {
			// An edit of a file that cannot be read cannot be placed; the client then reports the
			// edit's range as invalid rather than the server failing the whole request.
			return "";
		}
	}
}
