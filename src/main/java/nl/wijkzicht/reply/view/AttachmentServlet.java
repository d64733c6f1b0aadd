package nl.wijkzicht.reply.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import nl.wijkzicht.reply.boundary.ReplyService;
import nl.wijkzicht.reply.boundary.ReplyViews.Download;
import nl.wijkzicht.reply.control.AttachmentStore;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.web.ServletCalls;

/**
 * /reply/attachment?id=N: a reply attachment as a download, for the provider whose reply it is or
 * staff who may read the study once the reply was submitted (ReplyService#download checks and logs
 * it). Signed out: to the login page; unknown or malformed id 404; anyone else 403 (logged DENIED).
 * Always a download ({@code Content-Disposition: attachment}), with the type detected at upload,
 * {@code nosniff}, a sandboxing CSP and no caching, so a file is never rendered as a page of
 * Wijkzicht.
 */
@WebServlet("/reply/attachment")
public class AttachmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private ReplyService replies;
  @Inject private AttachmentStore store;
  @Inject private CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    Actor actor = currentUser.actor();
    if (actor.isAnonymous()) {
      response.sendRedirect(request.getContextPath() + "/login.xhtml");
      return;
    }
    Optional<Long> id = ServletCalls.id(request.getParameter("id"));
    if (id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<Download> download =
        ServletCalls.call(response, () -> replies.download(actor, id.get()));
    if (download.isEmpty()) {
      return;
    }
    Optional<Path> file = store.file(download.get().storedName());
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    ServletCalls.sendFile(
        response, file.get(), download.get().contentType(), disposition(download.get().name()));
  }

  /**
   * {@code attachment} with an ASCII fallback name and the real one in RFC 5987 form, so no name a
   * provider gave can break out of the header.
   */
  static String disposition(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
