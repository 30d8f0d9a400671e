package org.casestudio.dsl.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.casestudio.dsl.translations.LanguageTags;
import org.casestudio.model.PartialDate;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Converts the language's literal values: signed whole numbers, decimals, ISO dates and texts,
 * where a text is either a quoted string or a {@code """}-delimited Markdown block.
 */
public class CaseStudioValueConverters extends DefaultTerminalConverters {

	@Inject
	private TextBlockConverter textBlockConverter;

	@Inject
	private ValidIdConverter validIdConverter;

	@Inject
	private QualifiedNameConverter qualifiedNameConverter;

	// References and numbers of a file pass here again on each keystroke's relinking: the pattern is
	// compiled once, not on every call.
	private static final Pattern BLANKS = Pattern.compile("\\s+");

	/** The text without any blanks the parser kept inside a token sequence. */
	static String withoutBlanks(String text) {
		return BLANKS.matcher(text).replaceAll("");
	}

	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> validId() {
		return validIdConverter;
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> qualifiedName() {
		return qualifiedNameConverter;
	}

	@ValueConverter(rule = "Count")
	public IValueConverter<Integer> count() {
		return new NumberConverter<>("whole number") {
			@Override
			protected Integer parse(String digits) {
				return Integer.valueOf(digits);
			}
		};
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new NumberConverter<>("number") {
			@Override
			protected BigDecimal parse(String digits) {
				return new BigDecimal(digits);
			}

			@Override
			public String toString(BigDecimal value) {
				return value == null ? null : value.toPlainString();
			}
		};
	}

	@ValueConverter(rule = "DATE")
	public IValueConverter<LocalDate> date() {
		return new IValueConverter<>() {
			@Override
			public LocalDate toValue(String string, INode node) {
				try {
					return LocalDate.parse(string);
				} catch (DateTimeParseException e) {
					throw new ValueConverterException(
							"'" + string + "' is not a date of the calendar; write it as YYYY-MM-DD, e.g. 2013-02-25.",
							node, null);
				}
			}

			@Override
			public String toString(LocalDate value) {
				return value.toString();
			}
		};
	}

	/** The parts of a year, a month or a day as written; their ranges are the validator's to check. */
	private static final Pattern PARTIAL_DATE = Pattern.compile("(-?\\d+)(?:-(\\d{2})(?:-(\\d{2}))?)?");

	@ValueConverter(rule = "PartialDate")
	public IValueConverter<PartialDate> partialDate() {
		return new IValueConverter<>() {
			@Override
			public PartialDate toValue(String string, INode node) {
				var parts = PARTIAL_DATE.matcher(string == null ? "" : withoutBlanks(string));
				try {
					if (parts.matches()) {
						return new PartialDate(Integer.parseInt(parts.group(1)),
								parts.group(2) == null ? null : Integer.valueOf(parts.group(2)),
								parts.group(3) == null ? null : Integer.valueOf(parts.group(3)));
					}
				} catch (NumberFormatException e) {
					// too many digits: reported below like any other unreadable date
				}
				throw new ValueConverterException("'" + string
						+ "' is not a date; write a year (2012), a month (2012-12) or a day (2012-12-05).", node, null);
			}

			@Override
			public String toString(PartialDate value) {
				return value == null ? null : value.toString();
			}
		};
	}

	@ValueConverter(rule = "TEXT_BLOCK")
	public IValueConverter<String> textBlock() {
		return textBlockConverter;
	}

	@ValueConverter(rule = "Text")
	public IValueConverter<String> text() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				if (string != null && string.startsWith(TextBlockConverter.DELIMITER)) {
					return textBlockConverter.toValue(string, node);
				}
				return STRING().toValue(string, node);
			}

			@Override
			public String toString(String value) {
				// Several lines read better as a block; one line stays a plain string.
				if (value != null && value.indexOf('\n') >= 0 && !value.contains(TextBlockConverter.DELIMITER)) {
					return textBlockConverter.toString(value);
				}
				return STRING().toString(value);
			}
		};
	}

	/** A language tag as written, without the {@code ^} that lets a subtag be a keyword ({@code ^to}). */
	@ValueConverter(rule = "LanguageTag")
	public IValueConverter<String> languageTag() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				String tag = string == null ? null : string.replace("^", "");
				// After a text, any word followed by a text reads as a translation: a misspelt clause
				// ("colour \"red\"") is a syntax error, said as the parser says it of other unknown words.
				if (tag != null && !LanguageTags.isKnown(tag)) {
					throw new ValueConverterException(NLS.bind(org.casestudio.dsl.validation.Messages.Syntax_NotUnderstood, tag)
							+ " " + NLS.bind(org.casestudio.dsl.validation.Messages.NotALanguage, tag), node, null);
				}
				return tag;
			}

			@Override
			public String toString(String value) {
				return value;
			}
		};
	}

	/** A fingerprint without its {@code #}: the model holds the hexadecimal digits alone. */
	@ValueConverter(rule = "FINGERPRINT")
	public IValueConverter<String> fingerprint() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return string == null ? null : string.substring(1).toLowerCase(java.util.Locale.ROOT);
			}

			@Override
			public String toString(String value) {
				return value == null ? null : "#" + value;
			}
		};
	}

	/** Parses an optionally signed number; the parser may have kept blanks between sign and digits. */
	private abstract static class NumberConverter<T extends Number> implements IValueConverter<T> {
		private final String what;

		NumberConverter(String what) {
			this.what = what;
		}

		protected abstract T parse(String digits);

		@Override
		public T toValue(String string, INode node) {
			String compact = string == null ? "" : withoutBlanks(string);
			try {
				return parse(compact);
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + compact + "' is not a " + what + " that Case Studio can hold.",
						node, null);
			}
		}

		@Override
		public String toString(T value) {
			return value == null ? null : value.toString();
		}
	}
}
