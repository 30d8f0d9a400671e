package org.casestudio.ui.wizards;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** File › New › Learning Route: a .route file with its title, place and dates. */
public class NewRouteWizard extends NewFileWizard {

	private Text country;
	private Text province;
	private Text start;
	private Text end;

	public NewRouteWizard() {
		super(Messages.Wizard_Route, "route");
	}

	@Override
	protected String defaultName() {
		return "route";
	}

	@Override
	protected void createFields(DetailsPage page, Composite parent) {
		country = page.field(parent, Messages.Wizard_Country, "");
		province = page.field(parent, Messages.Wizard_Province, "");
		start = page.field(parent, Messages.Wizard_Start, "");
		end = page.field(parent, Messages.Wizard_End, "");
	}

	@Override
	protected String checkFields() {
		if (start == null || end == null) {
			return null;
		}
		if (start.getText().isBlank() != end.getText().isBlank()) {
			return Messages.Wizard_BothDates;
		}
		if (start.getText().isBlank()) {
			return null;
		}
		LocalDate from = date(start.getText());
		LocalDate to = date(end.getText());
		if (from == null || to == null) {
			return Messages.Wizard_DateFormat;
		}
		return to.isBefore(from) ? Messages.Wizard_EndBeforeStart : null;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	@Override
	protected String contents() {
		return FileTemplates.route(details.id(), details.title(), country.getText().strip(), province.getText().strip(),
				date(start.getText()), date(end.getText()));
	}
}
