package org.casestudio.ui.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The wizard's "Before you export" list: each finding with its icon and its whole text, wrapped at
 * the list's width. A table cut a long finding at its right edge, and it is the end of a finding
 * that says where it is (file and line).
 */
final class FindingsList {

	/** A line of the list: its text, and whether it is an error (which blocks Finish). */
	private record Finding(String text, boolean error) {
	}

	private final ScrolledComposite scrolled;
	private final Composite content;
	private final List<Finding> findings = new ArrayList<>();

	FindingsList(Composite parent) {
		scrolled = new ScrolledComposite(parent, SWT.BORDER | SWT.V_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		Color background = parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
		scrolled.setBackground(background);
		content = new Composite(scrolled, SWT.NONE);
		content.setBackground(background);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(6, 4).spacing(6, 4).applyTo(content);
		scrolled.setContent(content);
		scrolled.addListener(SWT.Resize, e -> fit());
	}

	Control control() {
		return scrolled;
	}

	boolean isDisposed() {
		return scrolled.isDisposed();
	}

	void clear() {
		findings.clear();
		for (Control child : content.getChildren()) {
			child.dispose();
		}
	}

	/** A finding: an error or a warning. */
	void add(boolean error, String text) {
		line(PlatformUI.getWorkbench().getSharedImages()
				.getImage(error ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK), text, error);
	}

	/** A line that is no finding ("Checking...", "Nothing is missing"). */
	void note(String text) {
		line(null, text, false);
	}

	private void line(Image image, String text, boolean error) {
		findings.add(new Finding(text, error));
		Label icon = new Label(content, SWT.NONE);
		icon.setBackground(content.getBackground());
		if (image != null) {
			icon.setImage(image);
		}
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).hint(16, SWT.DEFAULT).applyTo(icon);
		Label label = new Label(content, SWT.WRAP);
		label.setBackground(content.getBackground());
		label.setText(text.replace("&", "&&"));
		// A width hint lets a wrapping label ask for its height at the width it is given.
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(label);
	}

	/** Lays the lines out at the list's width, after a change or a resize. */
	void fit() {
		int width = scrolled.getClientArea().width;
		if (width <= 0) {
			return;
		}
		scrolled.setMinSize(content.computeSize(width, SWT.DEFAULT));
		content.layout(true, true);
	}

	/** The texts of the lines, in order. */
	List<String> texts() {
		return findings.stream().map(Finding::text).toList();
	}

	/**
	 * Whether every line shows whole: inside the list's width and as tall as its text needs there
	 * (nothing cut at the right edge or below).
	 */
	boolean shownWhole() {
		int width = scrolled.getClientArea().width;
		for (Control child : content.getChildren()) {
			if (child instanceof Label label && (label.getStyle() & SWT.WRAP) != 0) {
				var bounds = label.getBounds();
				if (bounds.x + bounds.width > width || bounds.height < label.computeSize(bounds.width, SWT.DEFAULT).y) {
					return false;
				}
			}
		}
		return true;
	}

	boolean hasError() {
		return findings.stream().anyMatch(Finding::error);
	}

	boolean isEmpty() {
		return findings.isEmpty();
	}
}
