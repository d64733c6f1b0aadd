package nl.wijkzicht.study.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

  @ParameterizedTest(name = "Easter {0} is {1}")
  @CsvSource({
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2028, 2028-04-16",
    "2038, 2038-04-25",
    "2285, 2285-03-22"
  })
  void easterSundayMatchesTheCalendar(int year, LocalDate easter) {
    assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
  }

  @ParameterizedTest(name = "{0} is a public holiday")
  @CsvSource({
    "2026-01-01", // New Year
    "2026-04-06", // Easter Monday
    "2026-04-27", // King's Day (a Monday)
    "2025-04-26", // King's Day moved: 27 April 2025 is a Sunday
    "2026-05-05", // Liberation Day, every year under the Algemene termijnenwet
    "2026-05-14", // Ascension Day (Easter + 39)
    "2026-05-25", // Whit Monday (Easter + 50)
    "2026-12-25",
    "2026-12-26"
  })
  void publicHolidays(LocalDate date) {
    assertThat(WorkingDays.isPublicHoliday(date)).isTrue();
    assertThat(WorkingDays.isWorkingDay(date)).isFalse();
  }

  @ParameterizedTest(name = "{0} is not a public holiday")
  @CsvSource({
    "2026-04-03", // Good Friday: not a holiday under the law
    "2025-04-28", // the Monday after a King's Day moved to Saturday
    "2026-04-28",
    "2026-12-24",
    "2026-12-31"
  })
  void notHolidays(LocalDate date) {
    assertThat(WorkingDays.isPublicHoliday(date)).isFalse();
  }

  @Test
  void weekendsAreNotWorkingDays() {
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse(); // Saturday
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 6))).isFalse(); // Sunday
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 7))).isTrue();
  }

  @Test
  void tenWorkingDaysInAnOrdinaryFortnight() {
    // Wednesday 2 December 2026 + 10 working days = Wednesday 16 December.
    assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 2), 10))
        .isEqualTo(LocalDate.of(2026, 12, 16));
  }

  @Test
  void tenWorkingDaysOverKingsDayAndLiberationDay() {
    // From Friday 24 April 2026: 27 April (King's Day), 5 May and two weekends skipped.
    assertThat(WorkingDays.plus(LocalDate.of(2026, 4, 24), 10))
        .isEqualTo(LocalDate.of(2026, 5, 12));
  }

  @Test
  void tenWorkingDaysOverChristmasAndNewYear() {
    // From Friday 18 December 2026: 25, 26 December and 1 January skipped.
    assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 18), 10))
        .isEqualTo(LocalDate.of(2027, 1, 5));
  }

  @Test
  void startingOnAHolidayOrWeekendCountsFromTheNextWorkingDay() {
    assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 5), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 25), 1))
        .isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 2), 0)).isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void betweenCountsTheWorkingDaysLeft() {
    LocalDate from = LocalDate.of(2026, 4, 24);
    LocalDate deadline = WorkingDays.plus(from, 10);
    assertThat(WorkingDays.between(from, deadline)).isEqualTo(10);
    assertThat(WorkingDays.between(deadline, deadline)).isZero();
    assertThat(WorkingDays.between(deadline.plusDays(3), deadline)).isZero();
    assertThat(WorkingDays.between(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28)))
        .isEqualTo(1);
  }

  @Test
  void negativeDaysAreRefused() {
    assertThatThrownBy(() -> WorkingDays.plus(LocalDate.of(2026, 1, 5), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
