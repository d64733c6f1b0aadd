package nl.wijkzicht.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Answers what a client got wrong with a 4xx status and our own page, before the request can turn
 * into a 500 with a stack trace in the log:
 *
 * <ul>
 *   <li>a method other than GET, HEAD or POST: 405 (the FacesServlet would render a page for PUT or
 *       DELETE and answer PATCH with the container's page);
 *   <li>a body over {@link #MAX_FORM_BYTES} (a form) or {@link #MAX_UPLOAD_BYTES} (a file upload;
 *       on the reply page the attachment limit of {@link UploadLimits} plus the form, and a
 *       multipart body there without a length 411): 413 (Payara refuses to parse a form over 2 MiB,
 *       and Faces then failed on the first parameter it read);
 *   <li>a postback to a view that no longer exists (expired session, view pushed out of the
 *       session, a forged or foreign ViewState): 400 with the expired page. Ajax postbacks never
 *       get here: OmniFaces' FullAjaxExceptionHandler shows the same page inside the Faces
 *       lifecycle.
 * </ul>
 *
 * Declared first in web.xml, so it runs before anything reads a parameter. A body sent in chunks
 * (without Content-Length) is not checked here; Payara reads at most 2 MiB of such a form.
 */
public class ClientErrorFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final System.Logger LOGGER = System.getLogger(ClientErrorFilter.class.getName());

  static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD", "POST");
  static final String ALLOW = "GET, HEAD, POST";

  /**
   * The largest form Payara parses (Grizzly's max form post size, 2 MiB by default). Setting
   * Payara's max-post-size-bytes instead would make Payara answer 413 itself, with its own page
   * naming itself.
   */
  public static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

  /**
   * The provider CSV upload allows a 2 MiB file (provider/import.xhtml); this leaves room for the
   * form around it.
   */
  public static final long MAX_UPLOAD_BYTES = MAX_FORM_BYTES + 64 * 1024;

  static final String EXPIRED_PAGE = "/WEB-INF/errorpages/expired.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!ALLOWED_METHODS.contains(request.getMethod())) {
      LOGGER.log(
          System.Logger.Level.INFO,
          "Refused method {0} on {1}: 405",
          request.getMethod(),
          request.getRequestURI());
      response.setHeader("Allow", ALLOW);
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    long length = request.getContentLengthLong();
    boolean attachmentPage = UploadLimits.ATTACHMENT_PAGES.contains(request.getServletPath());
    if (attachmentPage && length < 0 && isMultipart(request.getContentType())) {
      // A file sent in chunks could only be measured by reading it: browsers always send the
      // length of a form, so a multipart body without one is refused before anything is read.
      LOGGER.log(
          System.Logger.Level.INFO,
          "Refused a multipart body without length on {0}: 411",
          request.getRequestURI());
      response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
      return;
    }
    if (length
        > (attachmentPage
            ? attachmentBodyBytes(request.getContentType())
            : maxBodyBytes(request.getContentType()))) {
      LOGGER.log(
          System.Logger.Level.INFO,
          "Refused a body of {0} bytes on {1}: 413",
          length,
          request.getRequestURI());
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException e) {
      if (!(rootCause(e) instanceof ViewExpiredException) || response.isCommitted()) {
        throw e;
      }
      LOGGER.log(
          System.Logger.Level.INFO,
          "Postback to an unknown or expired view on {0}: 400",
          request.getRequestURI());
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      request.getRequestDispatcher(EXPIRED_PAGE).forward(request, response);
    }
  }

  static long maxBodyBytes(String contentType) {
    return isMultipart(contentType) ? MAX_UPLOAD_BYTES : MAX_FORM_BYTES;
  }

  /**
   * On a page that takes a reply attachment: the attachment limit plus the form around it for a
   * multipart body ({@link UploadLimits}), the usual limit for anything else. A 200 MB upload is
   * refused here, from its Content-Length, before a byte of it is read.
   */
  static long attachmentBodyBytes(String contentType) {
    return isMultipart(contentType)
        ? Math.max(MAX_UPLOAD_BYTES, UploadLimits.attachmentMaxBytes() + UploadLimits.FORM_OVERHEAD)
        : MAX_FORM_BYTES;
  }

  private static boolean isMultipart(String contentType) {
    return contentType != null && contentType.toLowerCase().startsWith("multipart/");
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
