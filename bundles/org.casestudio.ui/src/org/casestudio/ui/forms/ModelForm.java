package org.casestudio.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The content of one form page: sections of fields bound to the model of the editor's text. It
 * reads the model on {@link #refresh()} and writes only through {@link FormHost#edit}. Independent
 * of the editor, so that a test or a benchmark can show it in any managed form.
 */
public abstract class ModelForm {

	/** Width of the label column, the same in every section so that the fields line up. */
	private static final int LABEL_WIDTH = 130;

	protected final FormHost host;
	private final String heading;
	private IManagedForm managed;
	private final List<Field> fields = new ArrayList<>();
	private final List<MarkdownPreview> previews = new ArrayList<>();
	private final List<Later> later = new ArrayList<>();
	private final List<Summary> summaries = new ArrayList<>();
	private Hyperlink readOnly;
	private boolean editable = true;
	private boolean creating;

	/** Sections not made yet: where they go, and what makes them. */
	private record Later(Composite placeholder, Runnable content) {
	}

	/** A line of a page's contents: a link to another page, and what it says of the model. */
	private record Summary(Hyperlink link, Function<EObject, String> text) {
	}

	protected ModelForm(FormHost host, String heading) {
		this.host = host;
		this.heading = heading;
	}

	/** Builds the sections into the managed form and shows the model. */
	public final void create(IManagedForm form) {
		this.managed = form;
		ScrolledForm scrolled = form.getForm();
		scrolled.setText(heading);
		toolkit().decorateFormHeading(scrolled.getForm());
		Composite body = scrolled.getBody();
		GridLayout layout = new GridLayout(2, true);
		layout.marginWidth = 8;
		layout.horizontalSpacing = 12;
		body.setLayout(layout);
		readOnly = link(body, Messages.Form_OpenSource, SWT.WRAP, host::showSource);
		GridDataFactory.fillDefaults().span(2, 1).exclude(true).applyTo(readOnly);
		readOnly.setVisible(false);
		// One layout when the page is shown, not one per field that hides or shows a part of itself.
		creating = true;
		try {
			createContent(body);
			FormQuickFixes.installOnHeading(this);
			FormQuickFixes.install(this, fields);
			refresh();
		} finally {
			creating = false;
		}
		if (!later.isEmpty()) {
			// Scrolling moves the form's content; a larger window shows more of it.
			Listener shown = e -> body.getDisplay().asyncExec(this::makeShown);
			scrolled.getContent().addListener(SWT.Move, shown);
			scrolled.addListener(SWT.Resize, shown);
		}
	}

	/** Whether the page is being made: its parts then leave the layout to the end. */
	boolean creating() {
		return creating;
	}

	/**
	 * Sections the page's first screen does not show (at 1280x800): made when scrolled into view, or
	 * when their fields are first asked for. Making a page's widgets is most of opening it (SWT and GTK
	 * make each text, table and button), so the page opens with those of its first screen alone.
	 * {@code content} makes its sections into {@code column}, after what the column holds so far.
	 */
	protected void later(Composite column, Runnable content) {
		Composite placeholder = toolkit().createComposite(column);
		GridData data = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
		// About what the sections take, so that the page scrolls as far at first as when they are made.
		data.heightHint = 600;
		placeholder.setLayoutData(data);
		later.add(new Later(placeholder, content));
	}

	/** Makes the sections not made yet whose place shows in the page's window. */
	private void makeShown() {
		if (managed == null || managed.getForm().isDisposed()) {
			return;
		}
		ScrolledForm scrolled = managed.getForm();
		int top = scrolled.getOrigin().y;
		int bottom = top + scrolled.getClientArea().height;
		List<Later> shown = later.stream().filter(l -> {
			// A placeholder not laid out yet has no height: its place is not known.
			int height = l.placeholder().getSize().y;
			int y = l.placeholder().getDisplay().map(l.placeholder(), scrolled.getBody(), 0, 0).y;
			return height > 0 && y < bottom && y + height > top;
		}).toList();
		make(shown);
	}

	/** Makes every section not made yet: a field of one is asked for. */
	protected void makeAll() {
		make(List.copyOf(later));
	}

	private void make(List<Later> sections) {
		if (sections.isEmpty() || managed == null || managed.getForm().isDisposed()) {
			return;
		}
		Composite body = managed.getForm().getBody();
		body.setRedraw(false);
		try {
			creating = true;
			int first = fields.size();
			for (Later section : sections) {
				later.remove(section);
				Composite column = section.placeholder().getParent();
				List<Control> before = List.of(column.getChildren());
				section.content().run();
				// The new sections, added at the column's end, take the placeholder's place.
				for (Control child : column.getChildren()) {
					if (!before.contains(child)) {
						child.moveAbove(section.placeholder());
					}
				}
				section.placeholder().dispose();
			}
			List<Field> made = List.copyOf(fields.subList(first, fields.size()));
			FormQuickFixes.install(this, made);
			// Read-only now: refresh changes what may be written only when that changes.
			made.forEach(field -> field.setEditable(editable));
		} finally {
			creating = false;
		}
		refresh();
		managed.reflow(true);
		body.setRedraw(true);
	}

	protected abstract void createContent(Composite body);

	public IManagedForm managedForm() {
		return managed;
	}

	FormToolkit toolkit() {
		return managed.getToolkit();
	}

	/** A column of the page, which holds sections from top to bottom. */
	protected Composite column(Composite body) {
		Composite column = toolkit().createComposite(body);
		GridLayout layout = new GridLayout(1, true);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 10;
		column.setLayout(layout);
		column.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
		return column;
	}

	/** A titled section whose client lays out label and field pairs. */
	protected Composite section(Composite column, String title, String description) {
		int style = Section.TITLE_BAR | Section.EXPANDED | (description == null ? 0 : Section.DESCRIPTION);
		Section section = toolkit().createSection(column, style);
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		section.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
		Composite client = toolkit().createComposite(section);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 2;
		layout.verticalSpacing = 6;
		client.setLayout(layout);
		section.setClient(client);
		// Form texts are flat: the toolkit draws their borders, so that an empty field shows as one.
		toolkit().paintBordersFor(client);
		return client;
	}

	/**
	 * A line of a page's contents: what another page holds, counted from the model ({@code text} is
	 * given the file's root, or null), as a link that shows that page.
	 */
	protected void summary(Composite parent, String label, Class<? extends ModelForm> page,
			Function<EObject, String> text) {
		// Wrapped, not cut, where the column is narrow: "no days yet, no sessions, 3 cases visited"
		// read as "no days yet, no s..., 3 cases visited" in the window as it opens. The label
		// stands beside the first line.
		((GridData) label(parent, label, false).getLayoutData()).verticalAlignment = SWT.BEGINNING;
		Hyperlink link = link(parent, "", SWT.WRAP, () -> host.show(page));
		GridData data = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
		data.widthHint = LABEL_WIDTH; // its wish, not its width: the column gives it what it has
		link.setLayoutData(data);
		summaries.add(new Summary(link, text));
	}

	/** A link that runs {@code action} when followed. */
	private Hyperlink link(Composite parent, String text, int style, Runnable action) {
		Hyperlink link = toolkit().createHyperlink(parent, text, style);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				action.run();
			}
		});
		return link;
	}

	Label label(Composite parent, String text, boolean top) {
		Label label = toolkit().createLabel(parent, text);
		GridData data = new GridData(SWT.BEGINNING, top ? SWT.BEGINNING : SWT.CENTER, false, false);
		data.widthHint = LABEL_WIDTH;
		if (top) {
			data.verticalIndent = 3;
		}
		label.setLayoutData(data);
		return label;
	}

	protected Field.Value text(Composite parent, String label, Locator element, org.eclipse.emf.ecore.EAttribute attribute) {
		return translated(parent, add(new Field.Value(this, parent, label, element, null, attribute, false)), false);
	}

	/** A Markdown text, with its preview under it. */
	protected Field.Value area(Composite parent, String label, Locator element, org.eclipse.emf.ecore.EAttribute attribute) {
		Field.Value value = add(new Field.Value(this, parent, label, element, null, attribute, true));
		previews.add(new MarkdownPreview(this, parent, value.control()));
		return translated(parent, value, true);
	}

	/** An attribute of a contained element (a place's village), which the first write makes. */
	protected Field.Value text(Composite parent, String label, Locator element, EReference via,
			org.eclipse.emf.ecore.EAttribute attribute) {
		return translated(parent, add(new Field.Value(this, parent, label, element, via, attribute, false)), false);
	}

	/**
	 * A list of texts of the element (lessons, a session's outputs, a partner's commitments), each
	 * translated under the list when selected (see {@link TranslationsField#ofItem}).
	 */
	protected ListField texts(Composite parent, String label, Locator owner, org.eclipse.emf.ecore.EAttribute attribute,
			int width, String translations) {
		ListField texts = add(new ListField(this, parent, owner, attribute, List.of(ListField.Column.texts(label, width)), 2,
				element -> Messages.New_Item, false, null));
		TranslationsField.ofItem(this, parent, texts, translations);
		return texts;
	}

	/** A text's translations under its field, shown where routes ask for them (see {@link TranslationsField}). */
	private Field.Value translated(Composite parent, Field.Value value, boolean multiLine) {
		if (value.feature().getEType().getInstanceClass() == String.class) {
			add(new TranslationsField(this, parent, value, multiLine));
		}
		return value;
	}

	/** The Markdown previews, in the order of their fields. */
	public List<MarkdownPreview> previews() {
		makeAll();
		return previews;
	}

	protected Field.Choice choice(Composite parent, String label, Locator element, org.eclipse.emf.ecore.EAttribute attribute) {
		return add(new Field.Choice(this, parent, label, element, attribute));
	}

	protected Field.Reference reference(Composite parent, String label, Locator element, EReference reference) {
		return add(new Field.Reference(this, parent, label, element, reference));
	}

	protected <F extends Field> F add(F field) {
		fields.add(field);
		return field;
	}

	/** Every field of the page: the sections not made yet are made first. */
	public List<Field> fields() {
		makeAll();
		return fields;
	}

	/** Shows the model of the editor's text, its findings, and whether the forms may write. */
	public void refresh() {
		if (managed == null || managed.getForm().isDisposed()) {
			return;
		}
		String reason = host.readOnlyReason();
		List<Issue> issues = host.issues();
		IMessageManager messages = managed.getMessageManager();
		messages.setAutoUpdate(false);
		try {
			messages.removeMessages();
			for (Field field : fields) {
				// A field not shown yet (translations without rows) has no widget and no messages.
				if (field.control() != null) {
					messages.removeMessages(field.control());
				}
			}
			boolean summariesChanged = host.session().read(resource -> {
				EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
				for (Field field : fields) {
					field.refresh(root);
				}
				boolean changed = false;
				for (Summary summary : summaries) {
					String text = summary.text().apply(root);
					if (!text.equals(summary.link().getText())) {
						summary.link().setText(text);
						changed = true;
					}
				}
				showIssues(resource, root, issues, messages);
				return changed;
			});
			boolean now = reason == null;
			if (now != editable || readOnly.getVisible() == now) {
				editable = now;
				fields.forEach(field -> field.setEditable(now));
				readOnly.setVisible(!now);
				((GridData) readOnly.getLayoutData()).exclude = now;
				managed.getForm().getBody().layout(true);
			}
			if (summariesChanged && !creating) {
				// A wrapped summary may now take another number of lines.
				managed.reflow(true);
			}
			if (reason != null) {
				readOnly.setText(reason + " " + Messages.Form_OpenSource);
				messages.addMessage("readOnly", reason, null, IMessageProvider.WARNING);
			}
		} finally {
			messages.setAutoUpdate(true);
		}
	}

	public boolean isEditable() {
		return editable;
	}

	/** Each finding on the field it concerns, or on the form where no field shows its value. */
	private void showIssues(Resource resource, EObject root, List<Issue> issues, IMessageManager messages) {
		int key = 0;
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			int type = issue.getSeverity() == Severity.ERROR ? IMessageProvider.ERROR
					: issue.getSeverity() == Severity.WARNING ? IMessageProvider.WARNING : IMessageProvider.INFORMATION;
			EObject problem = issue.getUriToProblem() == null ? null
					: resource.getEObject(issue.getUriToProblem().fragment());
			int offset = issue.getOffset() == null ? -1 : issue.getOffset();
			Field field = fieldFor(root, problem, offset);
			String id = "issue" + key++;
			if (field != null) {
				messages.addMessage(id, issue.getMessage(), issue, type, field.control());
			} else {
				messages.addMessage(id, issue.getMessage(), issue, type);
			}
		}
	}

	/** The field that shows the value a finding at the offset concerns, or null. */
	public Field fieldFor(EObject root, EObject problem, int offset) {
		Field list = null;
		for (Field field : fields) {
			if (field.concerns(root, problem, offset)) {
				// A list holds the element; a details field that shows the very value is nearer.
				if (!(field instanceof ListField)) {
					return field;
				}
				if (list == null) {
					list = field;
				}
			}
		}
		return list;
	}

	/** The field that shows the text at the offset, for a double-click on a problem. */
	public Field fieldAt(int offset) {
		makeAll();
		return host.session().read(resource -> {
			EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			var leaf = resource.getParseResult() == null ? null
					: org.eclipse.xtext.nodemodel.util.NodeModelUtils.findLeafNodeAtOffset(
							resource.getParseResult().getRootNode(), offset);
			EObject element = leaf == null ? null
					: org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualSemanticObjectFor(leaf);
			while (element != null) {
				Field field = fieldFor(root, element, offset);
				if (field != null) {
					return field;
				}
				element = element.eContainer();
			}
			return null;
		});
	}

	/** Changes the model through the host, and says on the field why nothing was written. */
	void write(Field field, Consumer<EObject> change) {
		String refusal = host.edit(change);
		if (refusal != null) {
			refresh(); // Shows the model's value again in place of the one refused.
		}
		invalid(field, refusal);
	}

	/** A message on the field about its own text (not a number, refused), or none. */
	void invalid(Field field, String message) {
		IMessageManager messages = managed.getMessageManager();
		if (message == null) {
			messages.removeMessage("invalid", field.control());
		} else {
			messages.addMessage("invalid", message, null, IMessageProvider.ERROR, field.control());
		}
	}

	void focused(Field field) {
		int offset = host.session().read(resource -> field.offset(
				resource.getContents().isEmpty() ? null : resource.getContents().get(0)));
		if (offset >= 0) {
			host.selected(offset);
		}
	}

	/** Lets the person choose what the reference may name, with a filter. */
	List<Candidate> choose(Field field, EReference reference, boolean many) {
		EObject element = host.session().read(resource -> field.element(
				resource.getContents().isEmpty() ? null : resource.getContents().get(0)));
		if (element == null) {
			return List.of();
		}
		return Field.chooseFrom(field.control(), host.candidates(element, reference), many);
	}

	/** Shows the element that holds the offset (a row of a master list); called as the Outline selects. */
	public void reveal(int offset) {
		// Pages with a master list select the row that holds the offset.
	}
}
