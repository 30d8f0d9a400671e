package org.casestudio.model;

/**
 * A date known to the year, the month or the day, as sources give them ("2012", "December 2012",
 * "5 December 2012"). The parts are kept as written, not checked: the validator says which part is
 * out of range, at its place, instead of the parser refusing the line.
 *
 * @param year  the year
 * @param month the month, 1 to 12, or null when only the year is known
 * @param day   the day of the month, or null when only the year or the month is known
 */
public record PartialDate(int year, Integer month, Integer day) {

	/** The date as written in the language: 2012, 2012-12 or 2012-12-05. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(String.format("%04d", year));
		if (month != null) {
			text.append(String.format("-%02d", month));
			if (day != null) {
				text.append(String.format("-%02d", day));
			}
		}
		return text.toString();
	}
}
