package nl.wijkzicht.framework.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.database.DatabaseStatus;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.control.FrameworkImportReport;
import nl.wijkzicht.framework.control.FrameworkImportResult.Status;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.Messages;

/** /framework/list.xhtml: the frameworks with their versions, and the import action. */
@Named
@ViewScoped
public class FrameworkListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FrameworkService service;
  @Inject private DatabaseStatus databaseStatus;
  @Inject private CurrentUser currentUser;

  private List<Group> groups = List.of();
  private FrameworkImportReport report;

  /** One framework: its versions, newest first. */
  public record Group(String code, List<FrameworkVersion> versions) implements Serializable {

    public FrameworkVersion getNewest() {
      return versions.get(0);
    }

    public FrameworkVersion getPrevious() {
      return versions.size() > 1 ? versions.get(1) : null;
    }
  }

  @PostConstruct
  void init() {
    load();
  }

  private void load() {
    if (!databaseStatus.isReady()) {
      return;
    }
    Map<String, List<FrameworkVersion>> byCode = new LinkedHashMap<>();
    for (FrameworkVersion version : service.versions()) {
      byCode.computeIfAbsent(version.getCode(), c -> new ArrayList<>()).add(version);
    }
    groups =
        byCode.entrySet().stream()
            .map(e -> new Group(e.getKey(), List.copyOf(e.getValue())))
            .toList();
  }

  /** Admin action: imports the framework files and shows what happened per file. */
  public void importAll() {
    try {
      report = service.importAll(currentUser.actor());
      load();
      Messages.info(
          "framework_list.import.done",
          report.count(Status.IMPORTED),
          report.count(Status.UNCHANGED),
          report.count(Status.INVALID)
              + report.count(Status.REFUSED_CHANGED)
              + report.count(Status.REFUSED_IN_USE));
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public boolean isAvailable() {
    return databaseStatus.isReady();
  }

  public List<Group> getGroups() {
    return groups;
  }

  public FrameworkImportReport getReport() {
    return report;
  }
}
