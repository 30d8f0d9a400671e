package org.casestudio.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.casestudio.export.pack.PackImages;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Photo;
import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.Problem.Severity;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * The images a pack would copy (photos, and Markdown images in texts), checked before exporting:
 * each must be a file of a supported type and size, found relative to the file that names it.
 * Problems are placed at the element that names the image; a remote image is a warning, since the
 * pack cannot show it offline.
 */
final class ImageReadiness {

	private ImageReadiness() {
	}

	static List<Problem> check(LearningRoute route, ElementLocator locator) {
		List<Problem> problems = new ArrayList<>();
		for (EObject element : PackImages.elementsOf(route)) {
			Path folder = PackImages.folderOf(element);
			if (folder == null) {
				continue; // a model not read from files: nothing to copy from
			}
			if (element instanceof Photo photo && photo.getFile() != null) {
				check(photo.getFile(), folder, element, locator, problems);
			}
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (attribute.getEType().getInstanceClass() != String.class) {
					continue;
				}
				Object value = element.eGet(attribute);
				for (Object text : value instanceof List<?> list ? list : Collections.singletonList(value)) {
					if (text instanceof String markdown) {
						for (String destination : PackImages.markdownImages(markdown)) {
							check(destination, folder, element, locator, problems);
						}
					}
				}
			}
		}
		return problems;
	}

	private static void check(String written, Path folder, EObject element, ElementLocator locator,
			List<Problem> problems) {
		if (PackImages.isRemote(written)) {
			problems.add(Problem.at(locator.place(element), Severity.WARNING, NLS.bind(Messages.ImageRemote, written),
					PackProblems.IMAGE_REMOTE));
			return;
		}
		Path file = PackImages.resolve(written, folder);
		if (file == null) {
			problems.add(problem(element, locator, Messages.ImageNotAFile, PackProblems.IMAGE_NOT_SUPPORTED, written,
					written, folder, null));
			return;
		}
		PackImages.Checked checked = PackImages.check(file);
		if (checked.fault() == null) {
			return;
		}
		switch (checked.fault()) {
		case MISSING -> problems.add(problem(element, locator, Messages.ImageMissing, PackProblems.IMAGE_MISSING,
				written, file, folder, checked));
		case NOT_SUPPORTED -> problems.add(problem(element, locator, Messages.ImageNotSupported,
				PackProblems.IMAGE_NOT_SUPPORTED, written, file, folder, checked));
		case TOO_LARGE -> problems.add(problem(element, locator, Messages.ImageTooLarge, PackProblems.IMAGE_TOO_LARGE,
				written, file, folder, checked));
		}
	}

	private static Problem problem(EObject element, ElementLocator locator, String message, String code,
			String written, Object file, Path folder, PackImages.Checked checked) {
		String size = checked == null ? "" : megabytes(checked.size());
		return Problem.at(locator.place(element), Severity.ERROR, NLS.bind(message,
				new Object[] { written, file, folder, size, megabytes(PackImages.MAX_BYTES) }), code);
	}

	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (double) (1 << 20)).replace(".0", "");
	}
}
