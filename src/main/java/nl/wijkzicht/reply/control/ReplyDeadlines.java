package nl.wijkzicht.reply.control;

import java.time.Instant;
import java.time.LocalDate;
import nl.wijkzicht.study.control.WorkingDays;

/**
 * The reply deadline as the provider lives it: a date in the Netherlands (Europe/Amsterdam), the
 * last day on which a reply is accepted (inclusive). Pure, unit-tested.
 */
public final class ReplyDeadlines {

  private ReplyDeadlines() {}

  /** Today in the Netherlands at {@code now}. */
  public static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, WorkingDays.ZONE);
  }

  /** Whether the deadline has passed at {@code now}: the day after it has begun in NL. */
  public static boolean passed(LocalDate deadline, Instant now) {
    return deadline != null && today(now).isAfter(deadline);
  }

  /**
   * The working days left after today up to and including the deadline ("nog n werkdagen"); 0 on
   * the last day and after it.
   */
  public static int workingDaysLeft(LocalDate deadline, Instant now) {
    return deadline == null ? 0 : WorkingDays.between(today(now), deadline);
  }
}
