package org.casestudio.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A list of the model as an editable table: texts (objectives, lessons), contained elements (days,
 * indicators, partners: one column per value, edited in place) or references (cases visited,
 * chosen with a filter). Rows are positions in the list, so that an edit changes the same element
 * of a fresh parse.
 */
public final class ListField extends Field {

	/** How a column reads a row and writes a cell; a column without writer is read-only. */
	public record Column(String header, int width, BiFunction<EObject, Object, String> read, Writer write,
			List<? extends Enumerator> choices, EAttribute checked) {

		static Column text(String header, int width, BiFunction<EObject, Object, String> read) {
			return new Column(header, width, read, null, null, null);
		}

		/** A text of a list of texts (an objective, a lesson). */
		static Column texts(String header, int width) {
			return new Column(header, width, (owner, row) -> String.valueOf(row), (list, index, text) -> {
				if (text.isBlank()) {
					list.remove(index);
				} else {
					list.set(index, text);
				}
			}, null, null);
		}

		/** An attribute of the contained element, edited in place as text. */
		static Column attribute(String header, int width, EAttribute attribute) {
			return new Column(header, width, (owner, row) -> format(((EObject) row).eGet(attribute)),
					(list, index, text) -> {
						Object value = parse(attribute, text);
						EObject element = (EObject) list.get(index);
						if (value == null) {
							element.eUnset(attribute);
						} else {
							element.eSet(attribute, value);
						}
					}, null, attribute);
		}

		/** An attribute of the contained element chosen among words (a session's kind, a partner's role). */
		@SuppressWarnings("unchecked")
		static Column choice(String header, int width, EAttribute attribute) {
			List<? extends Enumerator> values = ((org.eclipse.emf.ecore.EEnum) attribute.getEType()).getELiterals()
					.stream().map(literal -> literal.getInstance()).toList();
			return new Column(header, width, (owner, row) -> Words.of((Enumerator) ((EObject) row).eGet(attribute)),
					(list, index, text) -> ((EObject) list.get(index)).eSet(attribute,
							values.get(Integer.parseInt(text))), values, null);
		}
	}

	/** Writes a cell into a fresh parse's list; throws IllegalArgumentException for a value it cannot take. */
	@FunctionalInterface
	public interface Writer {
		void write(EList<Object> list, int index, String text);
	}

	record Row(int index, List<String> cells) {
	}

	private final TableViewer viewer;
	private final List<Column> columns;
	private final Function<EObject, Object> creator;
	private final Predicate<Object> include;
	private final List<Button> buttons = new ArrayList<>();
	private final List<Runnable> selectionListeners = new ArrayList<>();
	private List<Row> rows = List.of();
	private int selected = -1;
	private boolean editable = true;
	private boolean refreshesForm;
	private Text filter;
	/** Asks what a new element needs before Add writes it; null: the creator alone makes it. */
	private java.util.function.Supplier<Function<EObject, Object>> ask;

	/**
	 * @param creator makes a new element for Add (given the fresh parse's owner); null where rows
	 *                are references, chosen in a dialog, or where rows cannot be added
	 * @param include which elements of the list are rows (the actors among declarations)
	 */
	ListField(ModelForm form, Composite parent, Locator owner, EStructuralFeature feature, List<Column> columns,
			int rowsShown, Function<EObject, Object> creator, boolean filtered, Predicate<Object> include) {
		super(form, owner, feature);
		this.columns = columns;
		this.creator = creator;
		this.include = include == null ? item -> true : include;
		Composite box = form.toolkit().createComposite(parent);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		box.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(box);
		if (filtered) {
			filter = form.toolkit().createText(box, "", SWT.SINGLE | SWT.SEARCH | SWT.ICON_SEARCH);
			filter.setMessage(Messages.Filter_Hint);
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(filter);
		}
		// Virtual: a row's item is made when it is first shown, so that a route of 500 days opens and
		// refreshes its agenda without making 500 items nobody scrolls to.
		Table table = form.toolkit().createTable(box, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.VIRTUAL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		int height = rowsShown * table.getItemHeight() + table.getHeaderHeight() + 4;
		GridDataFactory.fillDefaults().grab(true, true).hint(100, height).applyTo(table);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (int i = 0; i < columns.size(); i++) {
			addColumn(i);
		}
		// Its size before its rows: GTK lays a table out at no size with rows to scroll, and its
		// scroll bars then come out smaller than nothing (a Gtk-CRITICAL each, until the page's layout).
		table.setSize(columns.stream().mapToInt(Column::width).sum() + 40, height);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
				return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& event.keyCode == SWT.F2;
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		if (filter != null) {
			viewer.addFilter(new ViewerFilter() {
				@Override
				public boolean select(Viewer v, Object parentElement, Object element) {
					String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
					return wanted.isEmpty() || ((Row) element).cells().stream()
							.anyMatch(cell -> cell.toLowerCase(Locale.ROOT).contains(wanted));
				}
			});
			filter.addListener(SWT.Modify, e -> viewer.refresh());
		}
		viewer.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			int now = first instanceof Row row ? row.index() : -1;
			boolean changed = now != selected;
			selected = now;
			// After the selection is taken: Remove, Up and Down depend on it.
			updateButtons();
			if (changed) {
				selectionListeners.forEach(Runnable::run);
			}
			if (now >= 0) {
				focused();
			}
		});
		Composite side = form.toolkit().createComposite(box);
		GridLayout sideLayout = new GridLayout(1, true);
		sideLayout.marginWidth = 0;
		sideLayout.marginHeight = 0;
		side.setLayout(sideLayout);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(side);
		boolean references = feature instanceof EReference reference && !reference.isContainment();
		if (creator != null || references) {
			button(side, references ? Messages.Button_Choose : Messages.Button_Add, this::add);
		}
		button(side, Messages.Button_Remove, () -> {
			int index = selected;
			write(element -> list(element).remove(index));
		});
		if (!references || feature.isOrdered()) {
			button(side, Messages.Button_Up, () -> move(-1));
			button(side, Messages.Button_Down, () -> move(1));
		}
		updateButtons();
	}

	private void addColumn(int i) {
		Column column = columns.get(i);
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		viewerColumn.getColumn().setText(column.header());
		viewerColumn.getColumn().setWidth(column.width());
		viewerColumn.getColumn().setResizable(true);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Row) element).cells().get(i);
			}
		});
		if (column.write() == null) {
			return;
		}
		viewerColumn.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				if (column.choices() != null) {
					return new ComboBoxCellEditor(viewer.getTable(), Words.of(column.choices()), SWT.READ_ONLY);
				}
				return new TextCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return editable;
			}

			@Override
			protected Object getValue(Object element) {
				String cell = ((Row) element).cells().get(i);
				if (column.choices() != null) {
					return java.util.Arrays.asList(Words.of(column.choices())).indexOf(cell);
				}
				return cell;
			}

			@Override
			protected void setValue(Object element, Object value) {
				Row row = (Row) element;
				String text = column.choices() != null ? String.valueOf(value) : (String) value;
				if (column.choices() != null ? ((Integer) value) < 0 || column.choices().get((Integer) value) == null
						: text.equals(row.cells().get(i))) {
					return;
				}
				if (column.choices() != null && getValue(element).equals(value)) {
					return;
				}
				edit(row.index(), column, text);
			}
		});
	}

	private void edit(int index, Column column, String text) {
		try {
			// The value is checked first, so that a typo gives a message and writes nothing.
			if (column.checked() != null) {
				parse(column.checked(), text);
			}
			form.invalid(this, null);
			write(element -> column.write().write(list(element), index, text));
		} catch (IllegalArgumentException e) {
			form.invalid(this, e.getMessage());
		}
	}

	@SuppressWarnings("unchecked")
	private EList<Object> list(EObject element) {
		return (EList<Object>) element.eGet(feature);
	}

	private void button(Composite side, String text, Runnable action) {
		Button button = form.toolkit().createButton(side, text, SWT.PUSH);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.setData(text);
		button.addListener(SWT.Selection, e -> action.run());
		buttons.add(button);
	}

	private void updateButtons() {
		for (Button button : buttons) {
			boolean needsRow = Messages.Button_Remove.equals(button.getData()) || Messages.Button_Up.equals(button.getData())
					|| Messages.Button_Down.equals(button.getData());
			button.setEnabled(editable && (!needsRow || selected >= 0));
		}
	}

	private void add() {
		boolean references = feature instanceof EReference reference && !reference.isContainment();
		if (references) {
			List<Candidate> chosen = form.choose(this, (EReference) feature, true);
			if (!chosen.isEmpty()) {
				write(element -> chosen.forEach(c -> list(element).add(c.in(EcoreUtil.getRootContainer(element)))));
			}
			return;
		}
		Function<EObject, Object> make = ask == null ? creator : ask.get();
		if (make == null) {
			return; // The person cancelled.
		}
		int[] added = { -1 };
		write(element -> {
			list(element).add(make.apply(element));
			added[0] = list(element).size() - 1;
		});
		if (added[0] >= 0) {
			select(added[0]);
		}
	}

	/**
	 * Lets Add ask first what the new element needs (a dialog): the supplier gives the creator of
	 * the element chosen, or null when the person cancelled. It is asked once per Add, before the
	 * change, which may run more than once (see ModelEdits).
	 */
	void askBeforeAdding(java.util.function.Supplier<Function<EObject, Object>> asker) {
		this.ask = asker;
	}

	private void move(int by) {
		int from = selected;
		int to = from + by;
		if (from < 0 || to < 0 || to >= rows.size()) {
			return;
		}
		write(element -> list(element).move(to, from));
		select(to);
	}

	/** Selects the row of this position in the list (after a refresh, as the model has it). */
	public void select(int index) {
		for (Row row : rows) {
			if (row.index() == index) {
				viewer.setSelection(new StructuredSelection(row), true);
				return;
			}
		}
	}

	/** The position of the selected row in the list, or -1. */
	public int selected() {
		return selected;
	}

	/** The element of the selected row, in any root. */
	public Locator selection() {
		int index = selected;
		return root -> {
			EObject owner = root == null ? null : locator.find(root);
			if (owner == null || index < 0) {
				return null;
			}
			List<?> list = (List<?>) owner.eGet(feature);
			return index < list.size() && list.get(index) instanceof EObject element ? element : null;
		};
	}

	void onSelection(Runnable listener) {
		selectionListeners.add(listener);
	}

	/** Refreshes the form when the selection changes (once, however many details follow it). */
	void refreshesFormOnSelection() {
		if (!refreshesForm) {
			refreshesForm = true;
			selectionListeners.add(form::refresh);
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public Table control() {
		return viewer.getTable();
	}

	@Override
	void show(EObject element) {
		List<Row> now = new ArrayList<>();
		if (element != null) {
			List<?> list = (List<?>) element.eGet(feature, false);
			for (int i = 0; i < list.size(); i++) {
				Object item = list.get(i);
				if (include.test(item)) {
					List<String> cells = new ArrayList<>();
					for (Column column : columns) {
						String cell = column.read().apply(element, item);
						cells.add(cell == null ? "" : cell);
					}
					now.add(new Row(i, cells));
				}
			}
		}
		if (now.equals(rows)) {
			return;
		}
		int keep = selected;
		rows = now;
		viewer.setInput(rows);
		if (keep >= 0 && keep < rows.size() + 1) {
			select(keep);
		}
		if (viewer.getStructuredSelection().isEmpty() && selected != -1) {
			selected = -1;
			selectionListeners.forEach(Runnable::run);
		}
		updateButtons();
	}

	@Override
	boolean concerns(EObject root, EObject problem, int offset) {
		EObject owner = element(root);
		if (owner == null) {
			return false;
		}
		if (super.concerns(root, problem, offset)) {
			return true;
		}
		// A finding about an element of the list (a partner of a partnership) is the table's.
		return problem != null && ((List<?>) owner.eGet(feature, false)).contains(problem);
	}

	/** The selected row's element where it has a text of its own, so that the Outline selects that row. */
	@Override
	int offset(EObject root) {
		EObject row = selection().find(root);
		org.eclipse.xtext.nodemodel.INode node = row == null ? null : NodeModelUtils.getNode(row);
		return node != null ? node.getOffset() : super.offset(root);
	}

	@Override
	void setEditable(boolean editable) {
		this.editable = editable;
		updateButtons();
	}

	/** The rows as the table shows them, for tests and pictures. */
	public List<List<String>> rows() {
		return rows.stream().map(Row::cells).toList();
	}
}
