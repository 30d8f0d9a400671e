package org.casestudio.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.translations.Fingerprint;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.dsl.translations.TranslatableTexts;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Translation;
import org.eclipse.emf.ecore.EAttribute;
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
 */
public final class TranslationsField extends Field {

	private final boolean multiLine;
	private final Composite box;
	private final Map<String, Row> rows = new LinkedHashMap<>();
	private boolean editable = true;

	/** A language's row: its label, the translation, and whether it is out of date. */
	public final class Row {
		final String language;
		final Label name;
		final Text text;
		final Label status;
		final Hyperlink mark;
		String shown = "";
		boolean exists;

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
		}

		/** The translation shown in this row. */
		public Text text() {
			return text;
		}

		/** Whether the row shows the translation as out of date. */
		public boolean outOfDate() {
			return status.getVisible();
		}

		/** Writes the translation typed in the row, if it changed. */
		public void commit() {
			String now = text.getText();
			if (now.equals(shown) || !editable) {
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
					return exists ? edits.removeTranslation(session, locator::find, (EAttribute) feature, -1, language)
							: edits.translate(session, locator::find, (EAttribute) feature, -1, language, now);
				});
				if (refusal != null) {
					form.refresh();
				}
				form.invalid(TranslationsField.this, refusal);
			}
		}

		/** Gives the translation the fingerprint of the text as it is now, as the quick fix does. */
		public void markUpToDate() {
			if (!editable) {
				return;
			}
			write(element -> {
				Translation translation = translation(element, language);
				Object source = element.eGet(feature);
				if (translation != null && source instanceof String value) {
					translation.setFingerprint(Fingerprint.of(value));
				}
			});
		}

		void show(Translation translation, boolean outOfDate) {
			exists = translation != null;
			String value = translation == null ? "" : translation.getText();
			if (!(text.isFocusControl() && !text.getText().equals(shown))) {
				shown = value;
				if (!text.getText().equals(value)) {
					text.setText(value);
				}
			}
			boolean markable = outOfDate && translation != null && translation.getFingerprint() != null;
			if (status.getVisible() != outOfDate || mark.getVisible() != markable) {
				status.setVisible(outOfDate);
				((GridData) status.getLayoutData()).exclude = !outOfDate;
				mark.setVisible(markable);
				((GridData) mark.getLayoutData()).exclude = !markable;
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
		super(form, value::element, value.feature());
		this.multiLine = multiLine;
		box = form.toolkit().createComposite(parent);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 3;
		box.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).exclude(true).applyTo(box);
		box.setVisible(false);
		form.toolkit().paintBordersFor(box);
	}

	@Override
	public Control control() {
		return box;
	}

	/** The row of a language, or null when the field shows none for it. */
	public Row row(String language) {
		return rows.get(language);
	}

	/** The languages shown, in the routes' order. */
	public List<String> languages() {
		return List.copyOf(rows.keySet());
	}

	@Override
	void show(EObject element) {
		List<RouteTranslations> routes = element == null || !(element.eGet(feature) instanceof String value)
				|| value.isBlank() || !texts().features(element.eClass()).contains(feature) ? List.of() : routes(element);
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
		String value = (String) element.eGet(feature);
		for (Row row : rows.values()) {
			Translation translation = translation(element, row.language);
			boolean outOfDate = false;
			for (RouteTranslations route : routes) {
				if (route.packLanguages().stream().anyMatch(l -> RouteTranslations.same(l, row.language))) {
					outOfDate = route.lookup(element, (EAttribute) feature, -1, value, row.language)
							.status() == RouteTranslations.Status.OUT_OF_DATE;
					break;
				}
			}
			row.show(translation, outOfDate);
		}
	}

	/** The translation of this field's text into the language, written beside it, or null. */
	Translation translation(EObject element, String language) {
		for (var target : texts().targets(element).entrySet()) {
			if (target.getValue().getFirst() == feature && Objects.equals(target.getValue().getSecond(), -1)
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
			row.text.setEditable(editable);
			row.mark.setEnabled(editable);
		}
	}
}
