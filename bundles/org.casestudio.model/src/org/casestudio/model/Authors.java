package org.casestudio.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The text form of a source's authors, for the derived {@link Source#getAuthor()}. */
public final class Authors {

	private Authors() {
	}

	/** The names joined by commas, a declared actor by its title (or id); null when there is none. */
	public static String names(List<Author> authors) {
		String names = authors.stream().map(Authors::name).filter(Objects::nonNull).collect(Collectors.joining(", "));
		return names.isEmpty() ? null : names;
	}

	/** An author's name: the actor's title, or its id when it has no title or does not resolve. */
	public static String name(Author author) {
		Actor actor = author.getActor();
		if (actor != null && !actor.eIsProxy()) {
			return actor.getTitle() != null && !actor.getTitle().isBlank() ? actor.getTitle() : actor.getName();
		}
		return author.getName();
	}
}
