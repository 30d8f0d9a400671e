package org.casestudio.ui.forms;

import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;

/** A page of the form editor that shows one {@link ModelForm}. */
public final class ModelPage extends FormPage {

	private final ModelForm content;

	ModelPage(FormEditor editor, String id, String title, ModelForm content) {
		super(editor, id, title);
		this.content = content;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		content.create(managedForm);
	}

	public ModelForm content() {
		return content;
	}

	/** Whether the page's widgets exist (pages are made when first shown). */
	boolean created() {
		return getManagedForm() != null && !getManagedForm().getForm().isDisposed();
	}
}
