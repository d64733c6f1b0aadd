package nl.wijkzicht.study.control;

import static nl.wijkzicht.study.entity.VisitStatus.CANCELLED;
import static nl.wijkzicht.study.entity.VisitStatus.FINAL;
import static nl.wijkzicht.study.entity.VisitStatus.FINDINGS_DRAFTED;
import static nl.wijkzicht.study.entity.VisitStatus.IN_PROGRESS;
import static nl.wijkzicht.study.entity.VisitStatus.PLANNED;
import static nl.wijkzicht.study.entity.VisitStatus.PUBLISHED;
import static nl.wijkzicht.study.entity.VisitStatus.REPLY_RECEIVED;
import static nl.wijkzicht.study.entity.VisitStatus.SENT_FOR_REPLY;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * Which status changes of a visit are allowed, and for whom. Inspectors do the fieldwork (start,
 * draft findings, reopen a draft); coordinators and admins may do that too and also send the draft
 * for the provider's reply, record that a reply came in (until providers reply in the application),
 * make it final, publish, and cancel a visit that has not been sent yet. Published and cancelled
 * are end states. A visit becomes final only after a coordinator who was not on its team signed it
 * off ({@link #signOffRefusal}); after the reply and before the sign-off the visit's team may still
 * change its findings ({@link #findingsRevisable}), each change recorded. Pure rules, unit-tested.
 */
public final class VisitWorkflow {

  private static final Map<VisitStatus, Set<VisitStatus>> FIELDWORK =
      Map.of(
          PLANNED, EnumSet.of(IN_PROGRESS),
          IN_PROGRESS, EnumSet.of(FINDINGS_DRAFTED),
          FINDINGS_DRAFTED, EnumSet.of(IN_PROGRESS));

  private static final Map<VisitStatus, Set<VisitStatus>> LEAD =
      Map.of(
          PLANNED, EnumSet.of(IN_PROGRESS, CANCELLED),
          IN_PROGRESS, EnumSet.of(FINDINGS_DRAFTED, CANCELLED),
          FINDINGS_DRAFTED, EnumSet.of(IN_PROGRESS, SENT_FOR_REPLY, CANCELLED),
          SENT_FOR_REPLY, EnumSet.of(REPLY_RECEIVED),
          REPLY_RECEIVED, EnumSet.of(FINAL),
          FINAL, EnumSet.of(PUBLISHED));

  private VisitWorkflow() {}

  /**
   * The statuses a user in this role may move a visit to from {@code from}; empty if none. Final
   * only once the visit is {@code signedOff}.
   */
  public static Set<VisitStatus> next(VisitStatus from, Role role, boolean signedOff) {
    Map<VisitStatus, Set<VisitStatus>> rules =
        switch (role) {
          case ADMIN, COORDINATOR -> LEAD;
          case INSPECTOR -> FIELDWORK;
          case PROVIDER -> Map.of();
        };
    Set<VisitStatus> targets = rules.get(from);
    EnumSet<VisitStatus> next =
        targets == null ? EnumSet.noneOf(VisitStatus.class) : EnumSet.copyOf(targets);
    if (!signedOff) {
      next.remove(FINAL);
    }
    return next;
  }

  /**
   * Whether a user in this role may move a visit from {@code from} to {@code to}: the steps of
   * {@link #next} (final only once {@code signedOff}), and for a care provider the one step its
   * reply makes (sent for reply → reply received), taken only by submitting the reply
   * (ReplyService), never offered as a button.
   */
  public static boolean allows(VisitStatus from, VisitStatus to, Role role, boolean signedOff) {
    if (role == Role.PROVIDER) {
      return providerReplies(from, to);
    }
    return next(from, role, signedOff).contains(to);
  }

  /** Why a sign-off is refused (see {@link #signOffRefusal}). */
  public enum SignOffRefusal {
    /** Only coordinators and admins sign off: a denial (403, logged). */
    ROLE,
    /** Someone who did the visit cannot sign it off: a denial (403, logged). */
    TEAM_MEMBER,
    /** Only a visit whose reply came in is signed off. */
    STATUS,
    /** It was signed off already. */
    ALREADY,
    /** A remark of the provider's reply has no decision yet. */
    UNDECIDED_REMARKS;

    /** Whether this is about the user (403 and DENIED in the access log), not the visit's state. */
    public boolean isDenial() {
      return this == ROLE || this == TEAM_MEMBER;
    }
  }

  /**
   * Whether this actor may sign the visit off now, and if not why: a coordinator (or admin) who is
   * not on the visit's inspector team ({@code onTeam}), once the reply came in, every remark of it
   * decided, and only once. Empty: allowed.
   */
  public static java.util.Optional<SignOffRefusal> signOffRefusal(
      VisitStatus status, Role role, boolean onTeam, boolean signedOff, long undecidedRemarks) {
    if (role != Role.COORDINATOR && role != Role.ADMIN) {
      return java.util.Optional.of(SignOffRefusal.ROLE);
    }
    if (onTeam) {
      return java.util.Optional.of(SignOffRefusal.TEAM_MEMBER);
    }
    if (signedOff) {
      return java.util.Optional.of(SignOffRefusal.ALREADY);
    }
    if (status != REPLY_RECEIVED) {
      return java.util.Optional.of(SignOffRefusal.STATUS);
    }
    if (undecidedRemarks > 0) {
      return java.util.Optional.of(SignOffRefusal.UNDECIDED_REMARKS);
    }
    return java.util.Optional.empty();
  }

  /** The longest sign-off note (column visit.signoff_note). */
  public static final int SIGN_OFF_NOTE_MAX = 1000;

  /**
   * Whether the findings of a visit may still change after the provider's reply: when the reply
   * came in and nobody signed the visit off yet. Such changes (by the visit's team, through a
   * decision on a remark or on the finding page) are recorded as the finding's history.
   */
  public static boolean findingsRevisable(VisitStatus status, boolean signedOff) {
    return status == REPLY_RECEIVED && !signedOff;
  }

  /**
   * Whether changes to a visit's findings are history to record: after the findings went to the
   * provider (sent for reply or later).
   */
  public static boolean changesAreHistory(VisitStatus status) {
    return status != CANCELLED && status.ordinal() >= SENT_FOR_REPLY.ordinal();
  }

  /** A provider's submitted reply moves its visit from sent for reply to reply received. */
  public static boolean providerReplies(VisitStatus from, VisitStatus to) {
    return from == SENT_FOR_REPLY && to == REPLY_RECEIVED;
  }

  /**
   * Whether the step from {@code from} to {@code to} undoes work or ends the visit (cancelling, or
   * reopening drafted findings): such steps are confirmed in a dialog and need a reason, which is
   * kept with the transition.
   */
  public static boolean needsReason(VisitStatus from, VisitStatus to) {
    return to == CANCELLED || (from != null && to.ordinal() < from.ordinal());
  }

  /**
   * The resource-bundle key of the button for this step, named after what it does ("Bezoek
   * starten", "Bevindingen heropenen…") rather than after the status it leads to.
   */
  public static String stepKey(VisitStatus from, VisitStatus to) {
    if (to != CANCELLED && needsReason(from, to)) {
      return "visit.step.back." + to;
    }
    return "visit.step." + to;
  }

  /** The longest reason kept with a transition (column visit_transition.reason). */
  public static final int REASON_MAX = 500;

  /**
   * Whether interviews and findings of a visit in this status may still change: until the findings
   * are sent to the provider for reply (later changes go through the reply, and a cancelled visit
   * is closed).
   */
  public static boolean fieldworkOpen(VisitStatus status) {
    return status == PLANNED || status == IN_PROGRESS || status == FINDINGS_DRAFTED;
  }
}
