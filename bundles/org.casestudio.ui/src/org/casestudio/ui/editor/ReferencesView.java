package org.casestudio.ui.editor;

import java.util.List;

import org.casestudio.dsl.ide.services.Place;
import org.casestudio.dsl.ide.services.References;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

/**
 * The uses of an actor, case or route across the files of its folder tree (Ctrl+Shift+G): one row
 * per use, with its file, line and the line's text; a double-click opens the file at the use. The
 * uses come from dsl.ide's {@link References}; this view only lists and opens them.
 */
public class ReferencesView extends ViewPart {

	public static final String ID = "org.casestudio.ui.references";

	/** One use as listed: its place and the text of its line. */
	public record Row(Place place, String file, String lineText) {
	}

	private Label heading;
	private TableViewer table;
	private List<Row> rows = List.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout());
		heading = new Label(parent, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		heading.setText(Messages.References_Empty);
		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.getTable().setHeaderVisible(true);
		column(Messages.References_File, 220, row -> row.file());
		column(Messages.References_Line, 60, row -> String.valueOf(row.place().line()));
		column(Messages.References_Text, 600, row -> row.lineText());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(rows);
		table.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Row row) {
				open(row);
			}
		});
	}

	private void column(String title, int width, java.util.function.Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	/** Shows the uses of a declaration, as found by {@link References#at}. */
	public void show(String kind, References.Uses uses, List<Row> found) {
		rows = List.copyOf(found);
		heading.setText(NLS.bind(found.size() == 1 ? Messages.References_HeadingOne : Messages.References_Heading,
				new Object[] { kind, uses.target().getName(), found.size() }));
		heading.getParent().layout();
		table.setInput(rows);
	}

	/** The rows listed now. */
	public List<Row> rows() {
		return rows;
	}

	/** The table of the uses. */
	public Table table() {
		return table.getTable();
	}

	/** Opens the file of a row at the use. */
	public void open(Row row) {
		new CaseStudioHyperlinkDetector.DeclarationLink(null, row.place(), row.file()).open();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
