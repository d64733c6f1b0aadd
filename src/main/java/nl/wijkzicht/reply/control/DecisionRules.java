package nl.wijkzicht.reply.control;

import java.util.ArrayList;
import java.util.List;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.reply.entity.DecisionOutcome;
import nl.wijkzicht.reply.entity.RemarkDecision;
import nl.wijkzicht.security.entity.Role;

/**
 * The rules of a decision on a provider's remark, without a container (unit-tested): who decides
 * (the visit's own inspector team: staff on the team; not a coordinator from outside it, who signs
 * off, and never a provider) and what a decision needs (an outcome; a reason of at least {@link
 * RemarkDecision#REASON_MIN} characters when not accepted).
 */
public final class DecisionRules {

  private DecisionRules() {}

  /** Whether this role, on or off the visit's inspector team, decides on its remarks. */
  public static boolean mayDecide(Role role, boolean onVisitTeam) {
    return role != null && role != Role.PROVIDER && onVisitTeam;
  }

  /** The reason as kept: stripped, null when blank. */
  public static String reason(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * Every problem of the decision's own fields (the finding's change is checked by its service).
   */
  public static List<FieldProblem> problems(DecisionOutcome outcome, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    String text = reason(reason);
    if (outcome == null) {
      problems.add(new FieldProblem("outcome", "decision.outcome.required", List.of()));
    } else if (outcome == DecisionOutcome.NOT_ACCEPTED
        && (text == null || text.length() < RemarkDecision.REASON_MIN)) {
      problems.add(
          new FieldProblem(
              "reason", "decision.reason.required", List.of(RemarkDecision.REASON_MIN)));
    }
    if (text != null && text.length() > RemarkDecision.REASON_MAX) {
      problems.add(
          new FieldProblem(
              "reason", "field.too_long", List.of(text.length(), RemarkDecision.REASON_MAX)));
    }
    return problems;
  }
}
