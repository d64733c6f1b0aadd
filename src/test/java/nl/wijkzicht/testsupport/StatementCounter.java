package nl.wijkzicht.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the SQL statements one HTTP request sends to MariaDB. Test-only (never in the
 * application's WAR), so production pays nothing.
 *
 * <p>A request that carries the header {@value #HEADER} (any label) is counted from before the
 * first filter to after the response (a request listener, so all filters are inside): an
 * EclipseLink session event listener, added once to the server session, counts every call
 * EclipseLink executes (each is one JDBC statement: selects, inserts, updates, {@code
 * LAST_INSERT_ID()}) on the request's thread, and keeps the count and the statements under that
 * label until the test reads them from {@link StatementCountServlet}. Requests without the header
 * are not counted.
 *
 * <p>EclipseLink is not on the compile class path (Payara provides it), so the listener is a {@link
 * Proxy} of {@code org.eclipse.persistence.sessions.SessionEventListener}, added through reflection
 * to {@code EntityManagerFactoryImpl.getServerSession().getEventManager()}. Client sessions copy
 * the listeners of the server session when they are made, which is once per transaction here, so
 * every request after the installation is counted.
 */
@WebListener
public class StatementCounter implements ServletRequestListener {

  /** The request header whose value labels the count. */
  public static final String HEADER = "X-Count-Statements";

  private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
  private static final Map<String, List<String>> COUNTED = new ConcurrentHashMap<>();
  private static volatile boolean installed;

  @Inject private Installer installer;

  private static final String ATTRIBUTE = StatementCounter.class.getName();

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    if (!(event.getServletRequest() instanceof HttpServletRequest request)
        || request.getHeader(HEADER) == null) {
      return;
    }
    if (!installed) {
      installer.install();
    }
    List<String> statements = new ArrayList<>();
    request.setAttribute(ATTRIBUTE, statements);
    CURRENT.set(statements);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void requestDestroyed(ServletRequestEvent event) {
    if (!(event.getServletRequest() instanceof HttpServletRequest request)
        || request.getHeader(HEADER) == null) {
      return;
    }
    CURRENT.remove();
    Object statements = request.getAttribute(ATTRIBUTE);
    if (statements != null) {
      COUNTED.put(request.getHeader(HEADER), (List<String>) statements);
    }
  }

  /** The statements {@code work} sends on this thread: for in-container tests of a service call. */
  public static List<String> during(Installer installer, Runnable work) {
    if (!installed) {
      installer.install();
    }
    List<String> statements = new ArrayList<>();
    CURRENT.set(statements);
    try {
      work.run();
    } finally {
      CURRENT.remove();
    }
    return statements;
  }

  /**
   * The statements of the request labelled {@code label}, or null if there was none. Waits a
   * little: the request ends on the server just after its client has read the response.
   */
  static List<String> statements(String label) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      List<String> statements = COUNTED.remove(label);
      if (statements != null) {
        return statements;
      }
      Thread.sleep(25);
    }
    return null;
  }

  /** Adds the counting listener to EclipseLink's server session, once. */
  @ApplicationScoped
  @Transactional
  public static class Installer {

    @Inject private EntityManager em;

    public synchronized void install() {
      if (installed) {
        return;
      }
      try {
        EntityManagerFactory factory = em.getEntityManagerFactory();
        Object session = factory.getClass().getMethod("getServerSession").invoke(factory);
        ClassLoader loader = session.getClass().getClassLoader();
        Class<?> listenerType =
            Class.forName("org.eclipse.persistence.sessions.SessionEventListener", false, loader);
        Object listener =
            Proxy.newProxyInstance(
                loader,
                new Class<?>[] {listenerType},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "preExecuteCall" -> count(args[0]);
                    case "hashCode" -> {
                      return System.identityHashCode(proxy);
                    }
                    case "equals" -> {
                      return proxy == args[0];
                    }
                    case "toString" -> {
                      return "statement counter";
                    }
                    default -> {
                      // Other session events are not counted.
                    }
                  }
                  return null;
                });
        Object events = session.getClass().getMethod("getEventManager").invoke(session);
        events.getClass().getMethod("addListener", listenerType).invoke(events, listener);
        installed = true;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("EclipseLink's session could not be reached", e);
      }
    }

    private static void count(Object event) {
      List<String> statements = CURRENT.get();
      if (statements == null) {
        return;
      }
      String sql = "?";
      try {
        Object call = event.getClass().getMethod("getCall").invoke(event);
        Method text = call.getClass().getMethod("getSQLString");
        sql = String.valueOf(text.invoke(call));
      } catch (ReflectiveOperationException | RuntimeException e) {
        // The count matters; the text only helps to read a failure.
      }
      statements.add(sql);
    }
  }
}
