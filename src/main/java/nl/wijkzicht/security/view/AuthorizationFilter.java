package nl.wijkzicht.security.view;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.control.PageRules;
import nl.wijkzicht.security.control.Permission;
import nl.wijkzicht.security.entity.AccessAction;
import org.omnifaces.util.Servlets;

/**
 * Checks every page request against {@link PageRules} with {@link AccessPolicy}: an anonymous
 * visitor is sent to the login page, a signed-in user without the permission gets 403 (and an
 * access-log entry), an existing page without a rule is refused. Also ends sessions older than
 * {@link #ABSOLUTE_SESSION_LIMIT} (ASVS 3.3.2), sends users with a temporary password to the
 * password page, and marks non-public responses as not cacheable (ASVS 8.2.1).
 */
@WebFilter(
    filterName = "authorization",
    urlPatterns = {"*.xhtml", "/"},
    asyncSupported = true)
public class AuthorizationFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String PASSWORD_PAGE = "/account/password.xhtml";
  public static final String RETURN_TO = "wijkzicht.returnTo";
  public static final String SIGNED_IN_AT = "wijkzicht.signedInAt";
  static final Duration ABSOLUTE_SESSION_LIMIT = Duration.ofHours(12);

  @Inject private CurrentUser currentUser;
  @Inject private AccessLogService accessLog;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.isEmpty() || "/".equals(path)) {
      chain.doFilter(
          request, response); // The welcome page, /index.xhtml, is checked when forwarded.
      return;
    }
    expireOldSession(request);
    Optional<Permission> rule = PageRules.ruleFor(path);
    if (rule.isEmpty()) {
      if (getServletContext().getResource(path) == null) {
        chain.doFilter(request, response); // Not a page: the 404 page answers.
        return;
      }
      deny(request, response, currentUser.actor(), path, "no page rule");
      return;
    }
    Permission permission = rule.get();
    Actor actor = currentUser.actor();
    if (AccessPolicy.permits(actor, permission)) {
      if (path.startsWith("/login/")) {
        // The second-factor steps of a login show a secret (enrolment): never cached.
        response.setHeader("Cache-Control", "no-store");
      }
      if (permission != Permission.PUBLIC) {
        response.setHeader("Cache-Control", "no-store");
        if (!PASSWORD_PAGE.equals(path) && currentUser.mustChangePassword()) {
          Servlets.facesRedirect(request, response, request.getContextPath() + PASSWORD_PAGE);
          return;
        }
      }
      chain.doFilter(request, response);
    } else if (actor.isAnonymous()) {
      rememberTarget(request, path);
      // For an ajax post (a session that expired behind an open page) a Faces partial redirect.
      Servlets.facesRedirect(request, response, request.getContextPath() + LOGIN_PAGE);
    } else {
      deny(request, response, actor, path, null);
    }
  }

  private void deny(
      HttpServletRequest request,
      HttpServletResponse response,
      Actor actor,
      String path,
      String why)
      throws IOException {
    accessLog.record(actor, AccessEvent.of(AccessAction.READ, "Page", path).denied().detail(why));
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }

  private static void rememberTarget(HttpServletRequest request, String path) {
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request.getSession().setAttribute(RETURN_TO, query == null ? path : path + "?" + query);
    } else {
      // A form posted after the session expired (an autosave, say): back to the page it came from,
      // taken from the Referer only when that is a page of this application on this host.
      String referer = request.getHeader("Referer");
      String own =
          request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath() + "/";
      if (referer != null && referer.startsWith(own) && !referer.contains("#")) {
        String target = referer.substring(own.length() - 1);
        if (target.matches("/[A-Za-z0-9/_.-]+\\.xhtml(\\?[A-Za-z0-9=&_.-]*)?")) {
          request.getSession().setAttribute(RETURN_TO, target);
        }
      }
    }
  }

  private static void expireOldSession(HttpServletRequest request) throws ServletException {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return;
    }
    Object signedInAt = session.getAttribute(SIGNED_IN_AT);
    if (signedInAt instanceof Instant at
        && at.plus(ABSOLUTE_SESSION_LIMIT).isBefore(Instant.now())) {
      request.logout();
      session.invalidate();
    }
  }
}
