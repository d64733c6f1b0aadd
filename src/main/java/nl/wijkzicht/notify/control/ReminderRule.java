package nl.wijkzicht.notify.control;

import java.time.LocalDate;
import nl.wijkzicht.study.control.WorkingDays;

/**
 * When a provider that has not replied yet gets its reminder: once {@value #WORKING_DAYS} or fewer
 * working days are left before the deadline (so a job that missed a day still sends it), not after
 * the deadline, and not when the whole reply period was that short (the provider was told the
 * deadline days ago; a reminder the next day would only be noise). Pure, unit-tested.
 */
public final class ReminderRule {

  /** Working days before the deadline that the reminder goes out. */
  public static final int WORKING_DAYS = 3;

  /**
   * The latest deadline a job running on {@code today} may have to remind about: 3 working days can
   * span up to 8 calendar days (a weekend plus Christmas, Boxing Day and New Year, say).
   */
  public static LocalDate latestDeadline(LocalDate today) {
    return WorkingDays.plus(today, WORKING_DAYS);
  }

  private ReminderRule() {}

  /**
   * Whether the reminder is due on {@code today} for a deadline the provider learnt on {@code
   * notifiedOn}.
   */
  public static boolean due(LocalDate today, LocalDate notifiedOn, LocalDate deadline) {
    if (deadline.isBefore(today)) {
      return false;
    }
    if (WorkingDays.between(today, deadline) > WORKING_DAYS) {
      return false;
    }
    return notifiedOn == null || WorkingDays.between(notifiedOn, deadline) > WORKING_DAYS;
  }
}
