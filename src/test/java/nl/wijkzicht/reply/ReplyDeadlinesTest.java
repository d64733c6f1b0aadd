package nl.wijkzicht.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.wijkzicht.reply.control.ReplyDeadlines;
import org.junit.jupiter.api.Test;

/** The deadline is a Dutch date, inclusive; working days left skip weekends and holidays. */
class ReplyDeadlinesTest {

  @Test
  void theDeadlinePassesAtMidnightInTheNetherlandsNotInUtc() {
    LocalDate deadline = LocalDate.of(2026, 5, 12);
    // 23:30 UTC on the 12th is already 01:30 on the 13th in Amsterdam (summer time).
    assertThat(ReplyDeadlines.passed(deadline, Instant.parse("2026-05-12T21:59:59Z"))).isFalse();
    assertThat(ReplyDeadlines.passed(deadline, Instant.parse("2026-05-12T22:00:00Z"))).isTrue();
    // Winter: UTC+1.
    LocalDate winter = LocalDate.of(2026, 1, 15);
    assertThat(ReplyDeadlines.passed(winter, Instant.parse("2026-01-15T22:59:59Z"))).isFalse();
    assertThat(ReplyDeadlines.passed(winter, Instant.parse("2026-01-15T23:00:00Z"))).isTrue();
    assertThat(ReplyDeadlines.passed(null, Instant.now())).isFalse();
  }

  @Test
  void countsTheWorkingDaysLeftOverKingsDayAndLiberationDay() {
    // Friday 24 April 2026; deadline Tuesday 12 May: 27 April and 5 May are holidays.
    Instant friday = Instant.parse("2026-04-24T08:00:00Z");
    assertThat(ReplyDeadlines.workingDaysLeft(LocalDate.of(2026, 5, 12), friday)).isEqualTo(10);
    assertThat(
            ReplyDeadlines.workingDaysLeft(
                LocalDate.of(2026, 5, 12), Instant.parse("2026-05-12T08:00:00Z")))
        .isZero();
    assertThat(ReplyDeadlines.workingDaysLeft(LocalDate.of(2026, 4, 1), friday)).isZero();
  }
}
