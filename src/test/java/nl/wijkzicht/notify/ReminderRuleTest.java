package nl.wijkzicht.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.wijkzicht.notify.control.ReminderRule;
import org.junit.jupiter.api.Test;

class ReminderRuleTest {

  /** Sent Friday 24 April 2026, ten working days: deadline Tuesday 12 May (King's Day, 5 May). */
  private static final LocalDate NOTIFIED = LocalDate.of(2026, 4, 24);

  private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 12);

  @Test
  void dueFromThreeWorkingDaysBeforeTheDeadline() {
    // Thursday 7 May: Friday 8, Monday 11, Tuesday 12 left = 3 working days.
    assertThat(ReminderRule.due(LocalDate.of(2026, 5, 7), NOTIFIED, DEADLINE)).isTrue();
    // Wednesday 6 May: 4 left.
    assertThat(ReminderRule.due(LocalDate.of(2026, 5, 6), NOTIFIED, DEADLINE)).isFalse();
    // A run that missed the day still reminds, up to the deadline itself; not after it.
    assertThat(ReminderRule.due(LocalDate.of(2026, 5, 11), NOTIFIED, DEADLINE)).isTrue();
    assertThat(ReminderRule.due(DEADLINE, NOTIFIED, DEADLINE)).isTrue();
    assertThat(ReminderRule.due(DEADLINE.plusDays(1), NOTIFIED, DEADLINE)).isFalse();
  }

  @Test
  void countsOverHolidays() {
    // Deadline Monday 4 January 2027: three working days before is Tuesday 29 December 2026
    // (Wednesday 30, Thursday 31, Monday 4; New Year's Day and the weekend do not count).
    LocalDate deadline = LocalDate.of(2027, 1, 4);
    LocalDate notified = LocalDate.of(2026, 12, 14);
    assertThat(ReminderRule.due(LocalDate.of(2026, 12, 29), notified, deadline)).isTrue();
    assertThat(ReminderRule.due(LocalDate.of(2026, 12, 28), notified, deadline)).isFalse();
    // Christmas and Boxing Day 2026 fall on Friday and Saturday: 24 December has 5 left.
    assertThat(ReminderRule.due(LocalDate.of(2026, 12, 24), notified, deadline)).isFalse();
  }

  @Test
  void noReminderWhenThePeriodItselfWasThatShort() {
    // Notified Monday 4 May 2026 with three working days (Wed 6, Thu 7, Fri 8; 5 May a holiday).
    assertThat(
            ReminderRule.due(
                LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8)))
        .isFalse();
  }

  @Test
  void theJobLooksAtDeadlinesUpToThreeWorkingDaysAhead() {
    assertThat(ReminderRule.latestDeadline(LocalDate.of(2026, 5, 7))).isEqualTo(DEADLINE);
    assertThat(ReminderRule.latestDeadline(LocalDate.of(2026, 12, 24)))
        .isEqualTo(LocalDate.of(2026, 12, 30)); // Christmas on Friday, then the weekend
  }
}
