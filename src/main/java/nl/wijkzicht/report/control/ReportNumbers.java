package nl.wijkzicht.report.control;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.wijkzicht.report.control.ReportModel.Figure;

/**
 * How the report PDF writes its numbers and dates: a percentage with one decimal and the locale's
 * separator ("72,5 %", "55,0 %" in Dutch, "72.5 %" in English) as the web report does
 * (report.view.ReportFormat), dates as "2 december 2026", times in Amsterdam.
 */
public final class ReportNumbers {

  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private ReportNumbers() {}

  /** "72,5" (nl) or "72.5" (en), always one decimal; "" for null. */
  public static String number(BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    format.setMinimumFractionDigits(1);
    return format.format(value);
  }

  /** "72,5 %"; "" for null. */
  public static String percent(BigDecimal value, Locale locale) {
    return value == null ? "" : number(value, locale) + " %";
  }

  /** The level label and percentage of a figure ("Voldoet grotendeels · 72,5 %"), "" without. */
  public static String figure(Figure figure, Locale locale) {
    if (figure == null || !figure.hasResult()) {
      return "";
    }
    String label = figure.levelLabel() == null ? figure.levelCode() : figure.levelLabel();
    return figure.percentage() == null
        ? label
        : label + " · " + percent(figure.percentage(), locale);
  }

  public static String date(LocalDate date, Locale locale) {
    return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
  }

  public static String dateTime(Instant instant, Locale locale) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale)
            .withZone(AMSTERDAM)
            .format(instant);
  }
}
