package nl.wijkzicht.notify.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One thing that awaits a user, about one visit: what, where, and the deadline with the working
 * days left ({@code daysLeft} 0 on the last day; negative: working days overdue). {@code page} is
 * the view the item links to, with {@code id} = the visit.
 */
public record Notification(
    NotificationKind kind,
    long visitId,
    String providerName,
    String locationName,
    LocalDate visitDate,
    String studyTitle,
    LocalDate deadline,
    int daysLeft,
    String page)
    implements Serializable {

  public boolean isLate() {
    return kind == NotificationKind.REPLY_LATE || kind == NotificationKind.REPLY_OVERDUE;
  }

  /** Working days overdue, as a positive number (for "n werkdagen te laat"). */
  public int getDaysLate() {
    return Math.max(0, -daysLeft);
  }
}
