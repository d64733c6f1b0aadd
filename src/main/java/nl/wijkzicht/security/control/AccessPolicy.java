package nl.wijkzicht.security.control;

import java.util.Objects;
import java.util.Set;
import nl.wijkzicht.security.entity.Role;

/**
 * The one place that decides "may this actor do this to this object": role AND ownership. Pages
 * (through {@link PageRules} and the authorisation filter), actions and services all ask here;
 * hiding a button is never the check. Pure functions, unit-tested without a container.
 *
 * <p>Rules (docs/domain.md §2): admins see everything; coordinators all studies; inspectors the
 * studies they are assigned to; providers only their own organisation; anonymous visitors only
 * public material.
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  public static boolean permits(Actor actor, Permission permission) {
    Objects.requireNonNull(permission);
    if (permission == Permission.PUBLIC) {
      return true;
    }
    return actor.role().map(role -> permission.roles().contains(role)).orElse(false);
  }

  /** Reading a provider organisation's non-public data: staff all, a provider only its own. */
  public static boolean mayReadProvider(Actor actor, long providerId) {
    if (permits(actor, Permission.STAFF)) {
      return true;
    }
    return actor.is(Role.PROVIDER) && Objects.equals(actor.providerId(), providerId);
  }

  /** Changing a provider organisation's record: coordinators and admins. */
  public static boolean mayChangeProvider(Actor actor) {
    return permits(actor, Permission.COORDINATE);
  }

  /**
   * Reading a study and its fieldwork: admins and coordinators all studies, an inspector only the
   * studies they are assigned to. Providers see their own findings through other rules.
   */
  public static boolean mayReadStudy(Actor actor, Set<Long> assignedInspectorIds) {
    if (permits(actor, Permission.COORDINATE)) {
      return true;
    }
    return actor.is(Role.INSPECTOR) && assignedInspectorIds.contains(actor.userId());
  }

  /** Creating and changing studies (period, areas, team): coordinators and admins. */
  public static boolean mayChangeStudy(Actor actor) {
    return permits(actor, Permission.COORDINATE);
  }

  /**
   * Recording fieldwork (tracers, interviews, findings) in a study: inspectors on its team, and
   * coordinators and admins (who lead the study).
   */
  public static boolean mayRecordFieldwork(Actor actor, Set<Long> assignedInspectorIds) {
    return mayReadStudy(actor, assignedInspectorIds);
  }

  /**
   * Reading and writing a care provider's reply to a visit (right of reply, issue 15): only a
   * provider account of the organisation whose location was visited. Staff read a submitted reply
   * through {@link #mayReadStudy}.
   */
  public static boolean mayReplyFor(Actor actor, long providerId) {
    return actor.is(Role.PROVIDER) && Objects.equals(actor.providerId(), providerId);
  }

  /** Reopening replying on a visit after its deadline (a new deadline, recorded): study leads. */
  public static boolean mayReopenReply(Actor actor) {
    return permits(actor, Permission.COORDINATE);
  }

  /** Managing accounts and reading the access log: admins only. */
  public static boolean mayAdminister(Actor actor) {
    return permits(actor, Permission.ADMINISTER);
  }

  // --- report H1 ---
  /**
   * Writing a report's conclusions (issue 16): the study leads (coordinators and admins), who
   * publish under the inspectorate's name. Reading them is reading the study.
   */
  public static boolean mayWriteConclusions(Actor actor) {
    return permits(actor, Permission.COORDINATE);
  }

  /**
   * Reading a study's internal report: whoever may read the study; never a provider account (it
   * shows every area and provider count of the study).
   */
  public static boolean mayReadReport(Actor actor, Set<Long> assignedInspectorIds) {
    return !actor.is(Role.PROVIDER) && mayReadStudy(actor, assignedInspectorIds);
  }

  // --- report H3 ---
  /**
   * Publishing a report version and withdrawing one (issue 16): coordinators and admins, who
   * publish under the inspectorate's name. Reading published versions is public.
   */
  public static boolean mayPublish(Actor actor) {
    return permits(actor, Permission.COORDINATE);
  }
}
