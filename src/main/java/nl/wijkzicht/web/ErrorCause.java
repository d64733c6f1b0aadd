package nl.wijkzicht.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Why the error page is shown, as far as the user is concerned. When the database cannot be reached
 * (stopped, restarting, network gone) the page says so, that the app tries again by itself, and
 * answers 503 instead of 500: the request did nothing wrong and may simply be repeated
 * (docs/performance.md, "Database restarted under load").
 */
@Named("errorCause")
@RequestScoped
public class ErrorCause {

  private Boolean databaseUnavailable;

  /** True when the failure comes from a database connection that could not be made or was lost. */
  public boolean isDatabaseUnavailable() {
    if (databaseUnavailable == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Object error =
          faces == null
              ? null
              : faces.getExternalContext().getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
      databaseUnavailable = error instanceof Throwable t && databaseUnavailable(t);
      if (databaseUnavailable && !faces.getExternalContext().isResponseCommitted()) {
        faces.getExternalContext().setResponseStatus(503);
      }
    }
    return databaseUnavailable;
  }

  /**
   * Whether anything in the chain of causes says the database could not be reached: a connection
   * exception of the driver (SQLState class 08), or the pool failing to allocate a connection.
   */
  static boolean databaseUnavailable(Throwable error) {
    int depth = 0;
    for (Throwable t = error; t != null && depth < 50; t = t.getCause(), depth++) {
      if (t instanceof SQLNonTransientConnectionException
          || t instanceof SQLTransientConnectionException
          || (t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08"))
          || t.getClass().getName().equals("jakarta.resource.spi.ResourceAllocationException")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
