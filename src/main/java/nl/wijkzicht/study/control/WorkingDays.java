package nl.wijkzicht.study.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Working days as Dutch law counts them for deadlines (Algemene termijnenwet, art. 3): not a
 * Saturday or Sunday, and not a general public holiday: New Year's Day, Easter Monday, King's Day
 * (27 April, or 26 April when the 27th is a Sunday), Liberation Day (5 May, every year under this
 * law), Ascension Day, Whit Monday, Christmas Day and Boxing Day. Good Friday is not one. Easter
 * Sunday and Whit Sunday fall on Sundays anyway. Pure, unit-tested.
 */
public final class WorkingDays {

  /** Deadlines and "today" are Dutch calendar days. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);
  private static final MonthDay LIBERATION_DAY = MonthDay.of(5, 5);
  private static final MonthDay CHRISTMAS = MonthDay.of(12, 25);
  private static final MonthDay BOXING_DAY = MonthDay.of(12, 26);

  private WorkingDays() {}

  /** Whether the date is a working day (not a weekend day, not a public holiday). */
  public static boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
  }

  /** Whether the date is a general public holiday under the Algemene termijnenwet. */
  public static boolean isPublicHoliday(LocalDate date) {
    MonthDay day = MonthDay.from(date);
    if (day.equals(NEW_YEAR)
        || day.equals(LIBERATION_DAY)
        || day.equals(CHRISTMAS)
        || day.equals(BOXING_DAY)
        || date.equals(kingsDay(date.getYear()))) {
      return true;
    }
    LocalDate easter = easterSunday(date.getYear());
    return date.equals(easter.plusDays(1)) // Easter Monday
        || date.equals(easter.plusDays(39)) // Ascension Day
        || date.equals(easter.plusDays(50)); // Whit Monday
  }

  /**
   * The date {@code days} working days after {@code from} (the day itself not counted): 10 working
   * days from Friday 24 April 2026 is Tuesday 12 May 2026 (King's Day, Liberation Day and the
   * weekends skipped). Zero days gives {@code from} itself.
   */
  public static LocalDate plus(LocalDate from, int days) {
    Objects.requireNonNull(from);
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate date = from;
    int left = days;
    while (left > 0) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        left--;
      }
    }
    return date;
  }

  /**
   * The working days after {@code from} up to and including {@code to}: 0 when {@code to} is not
   * after {@code from}. "Still n working days" from today until a deadline.
   */
  public static int between(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /** King's Day: 27 April, moved to the 26th when the 27th is a Sunday (since 2014). */
  static LocalDate kingsDay(int year) {
    LocalDate day = LocalDate.of(year, 4, 27);
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
