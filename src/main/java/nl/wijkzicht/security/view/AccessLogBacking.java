package nl.wijkzicht.security.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.security.boundary.AccessEvent;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.AccessLogCsv;
import nl.wijkzicht.security.control.AccessLogQuery;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.security.entity.AccessLogEntry;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * /admin/accesslog.xhtml: search, export (CSV) and retention of the access log. Reading it is
 * logged.
 */
@Named
@ViewScoped
public class AccessLogBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final int EXPORT_LIMIT = 100_000;

  @Inject private AccessLogService accessLog;
  @Inject private CurrentUser currentUser;

  private String username;
  private AccessAction action;
  private AccessOutcome outcome;
  private String objectType;
  private String objectId;
  private LocalDate from;
  private LocalDate until;
  private int retentionDays;
  private final LazyDataModel<AccessLogEntry> model = new Model();

  @PostConstruct
  void init() {
    guard();
    retentionDays = accessLog.retentionDays();
  }

  /**
   * The page is guarded by the filter; the service data is checked here again (no check by menu
   * only).
   */
  private void guard() {
    if (!AccessPolicy.mayAdminister(currentUser.actor())) {
      accessLog.record(
          currentUser.actor(), AccessEvent.of(AccessAction.SEARCH, "AccessLog", null).denied());
      throw NotAllowedException.denied("access log");
    }
  }

  AccessLogQuery query() {
    return new AccessLogQuery(
        Optional.ofNullable(username),
        Optional.ofNullable(action),
        Optional.ofNullable(outcome),
        Optional.ofNullable(objectType),
        Optional.ofNullable(objectId),
        Optional.empty(),
        Optional.ofNullable(from).map(d -> d.atStartOfDay(ZONE).toInstant()),
        Optional.ofNullable(until).map(d -> d.plusDays(1).atStartOfDay(ZONE).toInstant()));
  }

  public StreamedContent getExport() {
    guard();
    AccessLogQuery query = query();
    List<AccessLogEntry> entries = accessLog.search(query, 0, EXPORT_LIMIT);
    accessLog.record(
        currentUser.actor(),
        AccessEvent.of(AccessAction.EXPORT, "AccessLog", null).detail(entries.size() + " entries"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      AccessLogCsv.write(entries, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DefaultStreamedContent.builder()
        .name("toegangslog-" + LocalDate.now(ZONE) + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new java.io.ByteArrayInputStream(bytes.toByteArray()))
        .build();
  }

  public void saveRetention() {
    try {
      accessLog.changeRetentionDays(currentUser.actor(), retentionDays);
      Messages.info("admin_accesslog.message.retention_saved", retentionDays);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public LazyDataModel<AccessLogEntry> getModel() {
    return model;
  }

  public AccessAction[] getActions() {
    return AccessAction.values();
  }

  public AccessOutcome[] getOutcomes() {
    return AccessOutcome.values();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public AccessAction getAction() {
    return action;
  }

  public void setAction(AccessAction action) {
    this.action = action;
  }

  public AccessOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(AccessOutcome outcome) {
    this.outcome = outcome;
  }

  public String getObjectType() {
    return objectType;
  }

  public void setObjectType(String objectType) {
    this.objectType = objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public void setObjectId(String objectId) {
    this.objectId = objectId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public int getRetentionDays() {
    return retentionDays;
  }

  public void setRetentionDays(int retentionDays) {
    this.retentionDays = retentionDays;
  }

  private final class Model extends LazyDataModel<AccessLogEntry> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) accessLog.count(query());
    }

    @Override
    public List<AccessLogEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      guard();
      // No setRowCount here: the data table has just asked count() (one COUNT per request).
      AccessLogQuery query = query();
      accessLog.record(
          currentUser.actor(),
          AccessEvent.of(AccessAction.SEARCH, "AccessLog", null)
              .detail("page " + (first / Math.max(pageSize, 1) + 1)));
      return accessLog.search(query, first, pageSize);
    }

    @Override
    public String getRowKey(AccessLogEntry entry) {
      return String.valueOf(entry.getId());
    }
  }
}
