package org.casestudio.ui.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * One value of the model on a form: where it is (a locator and a feature), the widget that shows
 * it, and how a change of the widget becomes a change of the model. A field never writes the
 * model itself: it asks its form to change a fresh parse of the text (see {@link FormEditing}).
 */
public abstract class Field {

	final ModelForm form;
	final Locator locator;
	final EStructuralFeature feature;

	Field(ModelForm form, Locator locator, EStructuralFeature feature) {
		this.form = form;
		this.locator = locator;
		this.feature = feature;
	}

	/** The value of the model this field shows. */
	public EStructuralFeature feature() {
		return feature;
	}

	/** The widget that takes the focus and shows this field's findings. */
	public abstract Control control();

	/** Shows the value of the element (null: there is no such element now). */
	abstract void show(EObject element);

	abstract void setEditable(boolean editable);

	final void refresh(EObject root) {
		show(root == null ? null : locator.find(root));
	}

	/** The element in the current model, or null. */
	EObject element(EObject root) {
		return root == null ? null : locator.find(root);
	}

	/** Whether a finding at the offset about the element is this field's. */
	boolean concerns(EObject root, EObject problem, int offset) {
		EObject element = element(root);
		if (element == null || element != problem) {
			return false;
		}
		for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
			if (node.getOffset() <= offset && offset <= node.getEndOffset()) {
				return true;
			}
		}
		return false;
	}

	/** Where the value is written, for a double-click on a finding and for the Outline. */
	int offset(EObject root) {
		EObject element = element(root);
		if (element == null) {
			return -1;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(element) : nodes.get(0);
		return node == null ? -1 : node.getOffset();
	}

	/** Changes the element in a fresh parse of the text. */
	final void write(Consumer<EObject> change) {
		form.write(this, root -> {
			EObject element = locator.find(root);
			if (element != null) {
				change.accept(element);
			}
		});
	}

	void focused() {
		form.focused(this);
	}

	/** The value as the widget shows it. */
	static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		return String.valueOf(value);
	}

	/** The widget's text as a value of the attribute; null for an empty text (the value is removed). */
	static Object parse(EAttribute attribute, String text) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == String.class) {
			return text.isEmpty() ? null : text;
		}
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return null;
		}
		try {
			if (type == Integer.class || type == int.class) {
				return Integer.valueOf(trimmed);
			}
			if (type == BigDecimal.class) {
				return new BigDecimal(trimmed);
			}
			if (type == LocalDate.class) {
				return LocalDate.parse(trimmed);
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(type == BigDecimal.class ? Messages.Form_NotANumber
					: Messages.Form_NotAWholeNumber, e);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(Messages.Form_NotADate, e);
		}
		return EcoreUtil.createFromString(attribute.getEAttributeType(), trimmed);
	}

	/** A text, a number or a date, written when the field loses the focus or on Enter. */
	public static final class Value extends Field {

		private final Text text;
		private final EReference via;
		private String shown = "";

		/**
		 * @param via a contained element the attribute belongs to (a place's village), made on
		 *            the first write; null for the element's own attribute.
		 */
		Value(ModelForm form, Composite parent, String label, Locator locator, EReference via, EAttribute feature,
				boolean multiLine) {
			super(form, locator, feature);
			this.via = via;
			form.label(parent, label, multiLine);
			text = form.toolkit().createText(parent, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
			GridData data = new GridData(SWT.FILL, multiLine ? SWT.FILL : SWT.CENTER, true, false);
			data.widthHint = 120;
			if (multiLine) {
				data.heightHint = 96;
			}
			text.setLayoutData(data);
			if (!multiLine) {
				text.addListener(SWT.DefaultSelection, e -> commit());
			}
			text.addListener(SWT.FocusOut, e -> commit());
			text.addListener(SWT.FocusIn, e -> focused());
		}

		@Override
		public Text control() {
			return text;
		}

		@Override
		EObject element(EObject root) {
			EObject owner = super.element(root);
			return via == null || owner == null ? owner : (EObject) owner.eGet(via);
		}

		@Override
		void show(EObject owner) {
			EObject element = via == null || owner == null ? owner : (EObject) owner.eGet(via);
			String value = element == null ? "" : format(element.eGet(feature));
			if (text.isFocusControl() && !text.getText().equals(shown)) {
				return; // The person is typing here: the value is written when they leave.
			}
			shown = value;
			if (!text.getText().equals(value)) {
				text.setText(value);
			}
		}

		@Override
		void setEditable(boolean editable) {
			text.setEditable(editable);
		}

		/** Writes the widget's text, if it changed. */
		public void commit() {
			String now = text.getText();
			if (now.equals(shown) || !text.getEditable()) {
				return;
			}
			Object value;
			try {
				value = parse((EAttribute) feature, now);
			} catch (IllegalArgumentException e) {
				form.invalid(this, e.getMessage());
				return;
			}
			form.invalid(this, null);
			shown = now;
			write(owner -> {
				EObject element = owner;
				if (via != null) {
					element = (EObject) owner.eGet(via);
					if (element == null) {
						if (value == null) {
							return;
						}
						element = EcoreUtil.create(via.getEReferenceType());
						owner.eSet(via, element);
					}
				}
				if (value == null) {
					element.eUnset(feature);
				} else {
					element.eSet(feature, value);
				}
			});
		}
	}

	/** One of a fixed set of values, shown in words. */
	public static final class Choice extends Field {

		private final Combo combo;
		private final List<? extends Enumerator> values;

		@SuppressWarnings("unchecked")
		Choice(ModelForm form, Composite parent, String label, Locator locator, EAttribute feature) {
			super(form, locator, feature);
			EEnum type = (EEnum) feature.getEType();
			values = type.getELiterals().stream().map(literal -> literal.getInstance()).toList();
			form.label(parent, label, false);
			combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			form.toolkit().adapt(combo, true, false);
			combo.setItems(Words.of(values));
			combo.setVisibleItemCount(values.size());
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			combo.addListener(SWT.Selection, e -> {
				Enumerator chosen = values.get(combo.getSelectionIndex());
				// "Not said" is the absence of the clause, which the language has no word for.
				boolean absent = "unspecified".equals(chosen.getName());
				write(element -> {
					if (absent) {
						element.eUnset(feature);
					} else {
						element.eSet(feature, chosen);
					}
				});
			});
			combo.addListener(SWT.FocusIn, e -> focused());
		}

		@Override
		public Combo control() {
			return combo;
		}

		@Override
		void show(EObject element) {
			int index = element == null ? -1 : values.indexOf(element.eGet(feature));
			if (index < 0) {
				combo.deselectAll();
			} else if (combo.getSelectionIndex() != index) {
				combo.select(index);
			}
		}

		@Override
		void setEditable(boolean editable) {
			combo.setEnabled(editable);
		}
	}

	/** A declaration named by a reference, chosen from what the folder tree declares. */
	public static final class Reference extends Field {

		private final Text text;
		private final Button choose;
		private final Button clear;

		Reference(ModelForm form, Composite parent, String label, Locator locator, EReference feature) {
			super(form, locator, feature);
			form.label(parent, label, false);
			Composite row = form.toolkit().createComposite(parent);
			GridLayout layout = new GridLayout(3, false);
			layout.marginWidth = 0;
			layout.marginHeight = 0;
			row.setLayout(layout);
			row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			form.toolkit().paintBordersFor(row);
			text = form.toolkit().createText(row, "", SWT.SINGLE | SWT.READ_ONLY);
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
			data.widthHint = 80;
			text.setLayoutData(data);
			// Compact buttons: in a form column beside the Project Explorer and the Outline, worded
			// buttons left the name itself some 90 pixels. Their words are in the tooltips and are
			// what a screen reader says.
			choose = compactButton(row, Messages.Button_ChooseShort, null, Messages.Button_Choose);
			choose.addListener(SWT.Selection, e -> choose());
			// The workbench's Remove icon; outside a workbench (the forms benchmark) a multiplication sign.
			if (PlatformUI.isWorkbenchRunning()) {
				clear = compactButton(row, null,
						PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_ELCL_REMOVE), Messages.Button_Clear);
			} else {
				clear = compactButton(row, "\u00d7", null, Messages.Button_Clear);
			}
			clear.addListener(SWT.Selection, e -> write(element -> element.eUnset(feature)));
			text.addListener(SWT.FocusIn, e -> focused());
			// A double click on the name chooses, as the button does.
			text.addListener(SWT.MouseDoubleClick, e -> {
				if (choose.isEnabled()) {
					choose();
				}
			});
		}

		/** A button that shows a short text or an image, and is named {@code name} by its tooltip. */
		private Button compactButton(Composite row, String shortText, Image image, String name) {
			Button button = form.toolkit().createButton(row, shortText, SWT.PUSH);
			button.setImage(image);
			button.setToolTipText(name);
			button.getAccessible().addAccessibleListener(new AccessibleAdapter() {
				@Override
				public void getName(AccessibleEvent e) {
					e.result = name;
				}
			});
			return button;
		}

		/** The button that opens the chooser. */
		public Button chooseButton() {
			return choose;
		}

		/** The button that clears the reference. */
		public Button clearButton() {
			return clear;
		}

		@Override
		public Text control() {
			return text;
		}

		@Override
		void show(EObject element) {
			String value = element == null ? "" : Words.reference(element, (EReference) feature,
					(EObject) element.eGet(feature, false));
			if (!text.getText().equals(value)) {
				text.setText(value);
				// A name and title longer than the field are cut at its edge: whole in the tooltip.
				text.setToolTipText(value.isEmpty() ? null : value);
			}
		}

		@Override
		void setEditable(boolean editable) {
			choose.setEnabled(editable);
			clear.setEnabled(editable);
		}

		private void choose() {
			Candidate chosen = form.choose(this, (EReference) feature, false).stream().findFirst().orElse(null);
			if (chosen != null) {
				write(element -> element.eSet(feature, chosen.in(EcoreUtil.getRootContainer(element))));
			}
		}
	}

	/** Lets the person choose declarations with a filter. */
	static List<Candidate> chooseFrom(Control parent, List<Candidate> candidates, boolean many) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(parent.getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Candidate) element).label();
			}
		});
		dialog.setTitle(Messages.Choose_Title);
		dialog.setMessage(Messages.Choose_Message);
		dialog.setMultipleSelection(many);
		dialog.setElements(candidates.toArray());
		if (dialog.open() != Window.OK) {
			return List.of();
		}
		return java.util.Arrays.stream(dialog.getResult()).map(Candidate.class::cast).toList();
	}
}
