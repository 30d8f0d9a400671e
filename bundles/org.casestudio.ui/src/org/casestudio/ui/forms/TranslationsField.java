package org.casestudio.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;

import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.translations.Fingerprint;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.dsl.translations.TranslatableTexts;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Translation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * The translations of a translatable text, under the field where the text is written: one row per
 * language its routes' packs are made in (the route's own language aside), with the translation
 * written beside the text, editable, an "out of date" mark where the text changed since, and the
 * link that marks it up to date (the text editor's quick fix: the fingerprint of the text as it is
 * now). Hidden while no route of the folder tree asks for translations. A new translation is
 * written by {@link ModelEdits#translate} right after its text; a changed or cleared one by
 * {@link ModelEdits#edit}, like any other value.
 * <p>
 * A translation held only in the translator's file of the language ({@code translations/fr.po}) is
 * shown read-only with the file's name, a link that opens it: the forms do not write translators'
 * files, and a translation typed here as well would be a second one of the same text.
 * <p>
 * The text may also be one item of a list (an objective: {@code index} its place) or a value of the
 * element selected in a table (a day's title), so that every translatable text is translated where
 * it is edited (see {@link #ofItem} and {@link #ofRow}).
 */
public final class TranslationsField extends Field {

	private final boolean multiLine;
	private final IntSupplier index;
	/** Where the rows go: after {@code anchor} (null: first) in {@code parent}. */
	private final Composite parent;
	private final Control anchor;
	/** The order in which the fields of a form were made, so that two made late keep theirs. */
	private final int order;
	private final String captionText;
	/**
	 * The rows' box, made with the first row: most texts have no translations, and a page opens
	 * faster without a hidden box and caption per text.
	 */
	private Composite box;
	/** What the rows translate, for rows under a table ("Title of the selected day"); null under a field. */
	private Label caption;
	private final Map<String, Row> rows = new LinkedHashMap<>();
	private boolean editable = true;
	/** The class of the element whose text the rows show, or null. */
	private EClass shownOwner;

	/** A language's row: its label, the translation, and whether it is out of date. */
	public final class Row {
		final String language;
		final Label name;
		final Text text;
		final Label status;
		final Hyperlink mark;
		final Hyperlink file;
		String shown = "";
		boolean exists;
		/** The translator's file the row shows, or null when it shows the translation written in the language. */
		java.nio.file.Path fromFile;

		Row(String language) {
			this.language = language;
			name = form.toolkit().createLabel(box, NLS.bind(FieldMessages.Translations_Language,
					Locale.forLanguageTag(language).getDisplayName(Locale.ENGLISH), language));
			GridData nameData = new GridData(SWT.BEGINNING, multiLine ? SWT.BEGINNING : SWT.CENTER, false, false);
			nameData.widthHint = 118;
			nameData.horizontalIndent = 12;
			name.setLayoutData(nameData);
			name.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			text = form.toolkit().createText(box, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
			data.widthHint = 120;
			if (multiLine) {
				data.heightHint = 40;
			} else {
				text.addListener(SWT.DefaultSelection, e -> commit());
			}
			text.setLayoutData(data);
			text.addListener(SWT.FocusOut, e -> commit());
			text.addListener(SWT.FocusIn, e -> focused());
			Composite side = form.toolkit().createComposite(box);
			GridLayout layout = new GridLayout(1, false);
			layout.marginWidth = 0;
			layout.marginHeight = 0;
			layout.verticalSpacing = 0;
			side.setLayout(layout);
			// The same width whether or not a mark shows, so that every row's field ends alike.
			GridData sideData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
			sideData.widthHint = 118;
			side.setLayoutData(sideData);
			// Shown only where the translation is out of date, so that the other rows stay one line high.
			status = form.toolkit().createLabel(side, FieldMessages.Translations_OutOfDate);
			status.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
			status.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			status.setToolTipText(FieldMessages.Translations_OutOfDateHint);
			mark = form.toolkit().createHyperlink(side, FieldMessages.Translations_MarkUpToDate, SWT.NONE);
			mark.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
			mark.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					markUpToDate();
				}
			});
			file = form.toolkit().createHyperlink(side, "", SWT.NONE);
			GridData fileData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
			fileData.exclude = true;
			file.setLayoutData(fileData);
			file.setVisible(false);
			file.setToolTipText(FieldMessages.Translations_OpenFile);
			file.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					openFile();
				}
			});
		}

		/** The translation shown in this row. */
		public Text text() {
			return text;
		}

		/** Whether the row shows the translation as out of date. */
		public boolean outOfDate() {
			return status.getVisible();
		}

		/** The translator's file the row's translation comes from, or null when it is written in the language. */
		public java.nio.file.Path fromFile() {
			return fromFile;
		}

		/** The link to the translator's file, shown where the translation comes from it. */
		public Hyperlink fileLink() {
			return file;
		}

		/** Opens the translator's file the translation comes from in a text editor. */
		public void openFile() {
			IWorkbenchWindow window = PlatformUI.isWorkbenchRunning()
					? PlatformUI.getWorkbench().getActiveWorkbenchWindow() : null;
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (fromFile == null || page == null) {
				return;
			}
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(fromFile.toUri());
			try {
				if (files.length == 0) {
					// Outside the workspace's projects: said, not opened behind the person's back.
					form.invalid(TranslationsField.this, NLS.bind(FieldMessages.Translations_CannotOpen, fromFile));
					return;
				}
				IDE.openEditor(page, files[0], EditorsUI.DEFAULT_TEXT_EDITOR_ID);
			} catch (CoreException e) {
				form.invalid(TranslationsField.this, NLS.bind(FieldMessages.Translations_CannotOpen, e.getMessage()));
			}
		}

		/** Writes the translation typed in the row, if it changed. */
		public void commit() {
			String now = text.getText();
			if (now.equals(shown) || !editable || fromFile != null) {
				return;
			}
			shown = now;
			if (exists && !now.isBlank()) {
				write(element -> {
					Translation translation = translation(element, language);
					if (translation != null) {
						translation.setText(now);
					}
				});
			} else if (exists || !now.isBlank()) {
				// Written beside the text, or taken away with its line, by ModelEdits itself: the
				// serializer does not know which text a translation belongs to.
				String refusal = form.host.write(session -> {
					ModelEdits edits = session.injector().getInstance(ModelEdits.class);
					int at = index.getAsInt();
					return exists ? edits.removeTranslation(session, locator::find, (EAttribute) feature, at, language)
							: edits.translate(session, locator::find, (EAttribute) feature, at, language, now);
				});
				if (refusal != null) {
					form.refresh();
				}
				form.invalid(TranslationsField.this, refusal);
			}
		}

		/** Gives the translation the fingerprint of the text as it is now, as the quick fix does. */
		public void markUpToDate() {
			if (!editable || fromFile != null) {
				return;
			}
			write(element -> {
				Translation translation = translation(element, language);
				String value = TranslationsField.this.text(element);
				if (translation != null && value != null) {
					translation.setFingerprint(Fingerprint.of(value));
				}
			});
		}

		void show(Translation translation, RouteTranslations.FileEntry inFile, boolean outOfDate) {
			exists = translation != null;
			java.nio.file.Path before = fromFile;
			fromFile = translation == null && inFile != null ? inFile.file() : null;
			String value = translation != null ? translation.getText() : inFile != null ? inFile.text() : "";
			if (!(text.isFocusControl() && !text.getText().equals(shown))) {
				shown = value;
				if (!text.getText().equals(value)) {
					text.setText(value);
				}
			}
			text.setEditable(editable && fromFile == null);
			text.setToolTipText(fromFile != null ? FieldMessages.Translations_FromFileHint : null);
			boolean markable = outOfDate && translation != null && translation.getFingerprint() != null;
			boolean linked = fromFile != null;
			if (linked && !Objects.equals(before, fromFile)) {
				file.setText(NLS.bind(FieldMessages.Translations_FromFile, fromFile.getFileName()));
			}
			if (status.getVisible() != outOfDate || mark.getVisible() != markable || file.getVisible() != linked
					|| !Objects.equals(before, fromFile)) {
				status.setVisible(outOfDate);
				((GridData) status.getLayoutData()).exclude = !outOfDate;
				mark.setVisible(markable);
				((GridData) mark.getLayoutData()).exclude = !markable;
				file.setVisible(linked);
				((GridData) file.getLayoutData()).exclude = !linked;
				if (!form.creating()) {
					box.layout(true, true);
				}
			}
		}

		void dispose() {
			name.dispose();
			text.dispose();
			status.getParent().dispose();
		}
	}

	TranslationsField(ModelForm form, Composite parent, Field.Value value, boolean multiLine) {
		this(form, parent, value::element, (EAttribute) value.feature(), () -> -1, null, multiLine);
	}

	/**
	 * The translations of a text of the located element: {@code index} gives its place in a list
	 * (-1 for a single value); {@code caption} says which text it is where no field is beside it.
	 */
	TranslationsField(ModelForm form, Composite parent, Locator locator, EAttribute feature, IntSupplier index,
			String caption, boolean multiLine) {
		super(form, locator, feature);
		this.multiLine = multiLine;
		this.index = index;
		this.parent = parent;
		Control[] before = parent.getChildren();
		this.anchor = before.length == 0 ? null : before[before.length - 1];
		this.order = made++;
		this.captionText = caption;
	}

	private static int made;

	/** Makes the rows' box in its place: after the anchor and after the boxes of fields made before this one. */
	private void makeBox() {
		box = form.toolkit().createComposite(parent);
		box.setData(ORDER, order);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		// The toolkit paints a text's flat border a pixel outside it, in the box: room for the
		// first row's top and the last row's bottom, which the box's edge would otherwise cut.
		layout.marginTop = 1;
		layout.marginBottom = 2;
		layout.verticalSpacing = 3;
		box.setLayout(layout);
		if (captionText != null) {
			caption = form.toolkit().createLabel(box, captionText);
			GridDataFactory.fillDefaults().span(3, 1).indent(0, 2).applyTo(caption);
		}
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).exclude(true).applyTo(box);
		box.setVisible(false);
		Control after = anchor;
		Control[] children = parent.getChildren();
		int from = anchor == null ? 0 : java.util.Arrays.asList(children).indexOf(anchor) + 1;
		for (int i = from; i < children.length; i++) {
			if (children[i] != box && children[i].getData(ORDER) instanceof Integer other && other < order) {
				after = children[i];
			} else {
				break;
			}
		}
		if (after == null) {
			box.moveAbove(null);
		} else {
			box.moveBelow(after);
		}
		FormQuickFixes.install(form, List.of(this));
	}

	private static final String ORDER = "org.casestudio.ui.forms.translations.order";

	/**
	 * The translations of the text of the row selected in a table of texts (an objective, a lesson),
	 * under the table; they follow the selection. {@code caption} says which text it is.
	 */
	static TranslationsField ofItem(ModelForm form, Composite parent, ListField list, String caption) {
		list.refreshesFormOnSelection();
		return form.add(new TranslationsField(form, parent, list.locator, (EAttribute) list.feature(), list::selected,
				caption, false));
	}

	/**
	 * The translations of a text of the element of the row selected in a table (a day's title),
	 * under the table; they follow the selection.
	 */
	static TranslationsField ofRow(ModelForm form, Composite parent, ListField list, EAttribute feature,
			String caption) {
		list.refreshesFormOnSelection();
		return form.add(new TranslationsField(form, parent, Locator.selected(list::selection), feature, () -> -1,
				caption, false));
	}

	/** The rows' box, or null while no language has been shown. */
	@Override
	public Control control() {
		return box;
	}

	/** The caption that says which text the rows translate, or null under a field (or while no row was shown). */
	public Label caption() {
		return caption;
	}

	/** The place of the translated text in its list, -1 for a single value. */
	public int index() {
		return index.getAsInt();
	}

	/** The text translated, in the element (an item of a list, or the value), or null. */
	String text(EObject element) {
		if (element == null) {
			return null;
		}
		Object value = element.eGet(feature);
		if (feature.isMany()) {
			int at = index.getAsInt();
			List<?> values = (List<?>) value;
			return at >= 0 && at < values.size() && values.get(at) instanceof String s ? s : null;
		}
		return value instanceof String s ? s : null;
	}

	/** The row of a language, or null when the field shows none for it. */
	public Row row(String language) {
		return rows.get(language);
	}

	/** The languages shown, in the routes' order. */
	public List<String> languages() {
		return List.copyOf(rows.keySet());
	}

	/** The class of the element whose text the rows translate now (a session, a partner), or null. */
	public EClass owner() {
		return shownOwner;
	}

	@Override
	void show(EObject element) {
		shownOwner = element == null ? null : element.eClass();
		String text = text(element);
		List<RouteTranslations> routes = text == null || text.isBlank()
				|| !texts().features(element.eClass()).contains(feature) ? List.of() : routes(element);
		List<String> languages = new ArrayList<>();
		for (RouteTranslations route : routes) {
			for (String language : route.packLanguages()) {
				if (!RouteTranslations.same(language, route.sourceLanguage())
						&& languages.stream().noneMatch(l -> RouteTranslations.same(l, language))) {
					languages.add(language);
				}
			}
		}
		if (!languages.equals(List.copyOf(rows.keySet()))) {
			if (box == null) {
				makeBox();
			}
			rows.values().forEach(Row::dispose);
			rows.clear();
			languages.forEach(language -> rows.put(language, new Row(language)));
			boolean visible = !languages.isEmpty();
			box.setVisible(visible);
			((GridData) box.getLayoutData()).exclude = !visible;
			form.toolkit().paintBordersFor(box);
			setEditable(editable);
			if (!form.creating()) {
				box.getParent().layout(true, true);
				if (form.managedForm() != null) {
					form.managedForm().reflow(true);
				}
			}
		}
		if (languages.isEmpty()) {
			return;
		}
		int at = index.getAsInt();
		for (Row row : rows.values()) {
			Translation translation = translation(element, row.language);
			boolean outOfDate = false;
			RouteTranslations.FileEntry inFile = null;
			for (RouteTranslations route : routes) {
				if (route.packLanguages().stream().anyMatch(l -> RouteTranslations.same(l, row.language))) {
					inFile = translation == null ? route.inFile(element, (EAttribute) feature, at, row.language) : null;
					outOfDate = translation != null ? route.lookup(element, (EAttribute) feature, at, text, row.language)
							.status() == RouteTranslations.Status.OUT_OF_DATE : inFile != null && !inFile.current();
					break;
				}
			}
			row.show(translation, inFile, outOfDate);
		}
	}

	/** The translation of this field's text into the language, written beside it, or null. */
	Translation translation(EObject element, String language) {
		for (var target : texts().targets(element).entrySet()) {
			if (target.getValue().getFirst() == feature && Objects.equals(target.getValue().getSecond(), index.getAsInt())
					&& RouteTranslations.same(target.getKey().getLanguage(), language)) {
				return target.getKey();
			}
		}
		return null;
	}

	private TranslatableTexts texts() {
		return form.host.session().injector().getInstance(TranslatableTexts.class);
	}

	/** The routes of the folder tree that ask for translations, as the validator finds them. */
	private static List<RouteTranslations> routes(EObject element) {
		Resource own = element.eResource();
		List<Resource> resources = own == null ? List.of()
				: own.getResourceSet() == null ? List.of(own) : List.copyOf(own.getResourceSet().getResources());
		List<RouteTranslations> routes = new ArrayList<>();
		for (Resource resource : resources) {
			for (EObject content : resource.getContents()) {
				if (content instanceof Document document) {
					for (EObject declaration : document.getDeclarations()) {
						if (declaration instanceof LearningRoute route && !route.getPackLanguages().isEmpty()) {
							RouteTranslations translations = RouteTranslations.forRoute(route);
							if (translations.declared() && translations.packLanguages().size() > 1) {
								routes.add(translations);
							}
						}
					}
				}
			}
		}
		return routes;
	}

	@Override
	boolean concerns(EObject root, EObject problem, int offset) {
		// The text's findings (a translation missing...) are shown on the text's own field.
		return false;
	}

	@Override
	void setEditable(boolean editable) {
		this.editable = editable;
		for (Row row : rows.values()) {
			row.text.setEditable(editable && row.fromFile == null);
			row.mark.setEnabled(editable);
		}
	}
}
