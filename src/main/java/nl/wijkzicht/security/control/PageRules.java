package nl.wijkzicht.security.control;

import java.util.Map;
import java.util.Optional;

/**
 * Which permission each page needs. Every page (view id) must be listed: the authorisation filter
 * refuses an existing page without a rule, and the authorisation matrix test fails for it, so a new
 * page cannot go out unguarded. Object ownership (which provider, which study) is checked again by
 * the page's service through {@link AccessPolicy}.
 */
public final class PageRules {

  private static final Map<String, Permission> PAGES =
      Map.ofEntries(
          Map.entry("/index.xhtml", Permission.PUBLIC),
          Map.entry("/login.xhtml", Permission.PUBLIC),
          // Every role's own start page; StartService checks the role per section.
          Map.entry("/start.xhtml", Permission.AUTHENTICATED),
          Map.entry("/account/password.xhtml", Permission.AUTHENTICATED),
          Map.entry("/provider/show.xhtml", Permission.PROVIDER_OWN),
          Map.entry("/provider/list.xhtml", Permission.STAFF),
          Map.entry("/provider/import.xhtml", Permission.COORDINATE),
          Map.entry("/provider/edit.xhtml", Permission.COORDINATE),
          // Audit frameworks are public documents (IGJ publishes its toetsingskader); importing is
          // for
          // admins only, checked in FrameworkService.importAll(Actor). The PDF guide
          // (/framework/guide.pdf)
          // is public for the same reason.
          Map.entry("/framework/list.xhtml", Permission.PUBLIC),
          Map.entry("/framework/show.xhtml", Permission.PUBLIC),
          Map.entry("/framework/diff.xhtml", Permission.PUBLIC),
          // Inspectors see only their assigned studies: StudyService filters and checks per study.
          Map.entry("/study/list.xhtml", Permission.STAFF),
          Map.entry("/study/edit.xhtml", Permission.COORDINATE),
          Map.entry("/study/visits.xhtml", Permission.STAFF),
          // Fieldwork pages: the services check the study team (FieldworkGuard) and log every read.
          Map.entry("/study/visit.xhtml", Permission.STAFF),
          Map.entry("/study/area.xhtml", Permission.STAFF),
          Map.entry("/study/tracer.xhtml", Permission.STAFF),
          Map.entry("/study/interview.xhtml", Permission.STAFF),
          Map.entry("/study/finding.xhtml", Permission.STAFF),
          Map.entry("/study/scores.xhtml", Permission.STAFF),
          Map.entry("/study/explain.xhtml", Permission.STAFF),
          // Survey studies (rule count): results and import for the study's team; SurveyService
          // checks the team (as FieldworkGuard does) and logs every read.
          Map.entry("/survey/results.xhtml", Permission.STAFF),
          Map.entry("/survey/import.xhtml", Permission.STAFF),
          // The study map (issue 14): ScoringService checks the study team; its data,
          // /study/map-data,
          // is a servlet that asks the same.
          Map.entry("/study/map.xhtml", Permission.STAFF),
          Map.entry("/region/list.xhtml", Permission.STAFF),
          Map.entry("/region/edit.xhtml", Permission.COORDINATE),
          Map.entry("/admin/users.xhtml", Permission.ADMINISTER),
          Map.entry("/admin/accesslog.xhtml", Permission.ADMINISTER),
          // --- issue 15: second factor. The code and enrolment steps of a login are open to the
          // session that gave the right password (a pending login; otherwise back to login); the
          // session is signed in only after them.
          Map.entry("/login/code.xhtml", Permission.PUBLIC),
          Map.entry("/login/enrol.xhtml", Permission.PUBLIC),
          Map.entry("/account/second-factor.xhtml", Permission.AUTHENTICATED),
          // Issue 15 (right of reply): a provider's own visits and its reply; ReplyService checks
          // the organisation (or, for staff, the study team) and logs every read and refusal.
          // Staff see a pointer on the index and the provider's view of a visit they may read.
          // The attachment download, /reply/attachment, is a servlet that asks the same.
          Map.entry("/reply/index.xhtml", Permission.PROVIDER_OWN),
          Map.entry("/reply/visit.xhtml", Permission.PROVIDER_OWN),
          // --- issue 15: notifications. Every signed-in user's own list; NotificationService
          // selects by role and ownership (a provider only its own organisation's visits).
          Map.entry("/notifications.xhtml", Permission.AUTHENTICATED),
          // --- report H1 --- issue 16: the internal report pages (national and per area); the
          // ReportBuilder checks the study team and refuses provider accounts, logging the refusal.
          Map.entry("/study/report.xhtml", Permission.STAFF),
          Map.entry("/study/area-report.xhtml", Permission.STAFF),
          // --- report H3 --- Issue 16: publishing. The coordinator's page (PublishService checks
          // the role and the study again); the public pages show only published versions from
          // their snapshots (PublicReports: anything else 404, logged). The PDF and open data,
          // /public/report and /public/data, are servlets that ask PublicReports the same; the
          // internal PDF of a job, /report/job, asks ReportJobService (staff of the study).
          Map.entry("/study/publish.xhtml", Permission.COORDINATE),
          Map.entry("/public/index.xhtml", Permission.PUBLIC),
          Map.entry("/public/study.xhtml", Permission.PUBLIC),
          Map.entry("/public/area.xhtml", Permission.PUBLIC),
          Map.entry("/public/dictionary.xhtml", Permission.PUBLIC));

  /** Paths under these prefixes are framework resources (CSS, JS, images), always public. */
  private static final String RESOURCES = "/jakarta.faces.resource/";

  private PageRules() {}

  /** The rule for a request path (without context path), or empty when no rule exists. */
  public static Optional<Permission> ruleFor(String path) {
    if (path.startsWith(RESOURCES)) {
      return Optional.of(Permission.PUBLIC);
    }
    return Optional.ofNullable(PAGES.get(path));
  }

  public static Map<String, Permission> pages() {
    return PAGES;
  }
}
