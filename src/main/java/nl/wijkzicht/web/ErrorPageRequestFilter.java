package nl.wijkzicht.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Shows an error page as a plain GET of that page. The container renders an error page with the
 * failed request: its method, its form fields and its ViewState. Faces would then take a failed
 * POST for a postback of the error page (restoring a view that does not exist, checking a CSP nonce
 * that is missing) and fail again, and Payara would show its own page naming itself; a body too
 * large to parse would fail on the first parameter read. So the error page sees no method but GET,
 * no parameters, no body and no ajax header.
 */
public class ErrorPageRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new PlainGet(request), response);
  }

  private static final class PlainGet extends HttpServletRequestWrapper {

    /** Faces' ajax marker; an error page answers as a whole page. */
    private static final String FACES_REQUEST = "Faces-Request";

    PlainGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public int getContentLength() {
      return -1;
    }

    @Override
    public long getContentLengthLong() {
      return -1;
    }

    @Override
    public String getHeader(String name) {
      return FACES_REQUEST.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return FACES_REQUEST.equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }
  }
}
