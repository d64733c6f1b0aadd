package nl.wijkzicht.framework.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.database.DatabaseStatus;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.control.FrameworkDiff;
import nl.wijkzicht.framework.entity.FrameworkVersion;

/**
 * /framework/diff.xhtml?from=...&amp;to=...: what changed between two versions of one framework.
 */
@Named
@ViewScoped
public class FrameworkDiffBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FrameworkService service;
  @Inject private DatabaseStatus databaseStatus;

  private Long from;
  private Long to;
  private FrameworkVersion fromVersion;
  private FrameworkVersion toVersion;
  private List<FrameworkVersion> versions = List.of();
  private List<FrameworkDiff.Change> changes;
  private boolean sameFramework = true;

  /** View action, and the listener of the two version choices. */
  public void load() {
    changes = null;
    if (!databaseStatus.isReady()) {
      return;
    }
    if (!FacesContext.getCurrentInstance().isPostback()) {
      // Read here rather than with f:viewParam: a failed conversion there skips this action and the
      // page answered 200 with nothing on it; a malformed id is as unknown as a missing one.
      from = nl.wijkzicht.web.PageRequest.id("from").orElse(null);
      to = nl.wijkzicht.web.PageRequest.id("to").orElse(null);
      String rawFrom =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("from");
      if (rawFrom != null && from == null) {
        notFound();
        return;
      }
    }
    if (to == null) {
      notFound();
      return;
    }
    Optional<FrameworkVersion> newer = service.findVersion(to);
    Optional<FrameworkVersion> older = from == null ? Optional.empty() : service.findVersion(from);
    toVersion = newer.orElse(null);
    fromVersion = older.orElse(null);
    if (toVersion == null || fromVersion == null) {
      if (!FacesContext.getCurrentInstance().isPostback()) {
        notFound();
      }
      return;
    }
    versions = service.versions(toVersion.getCode());
    sameFramework = fromVersion.getCode().equals(toVersion.getCode());
    if (sameFramework) {
      changes = service.diff(fromVersion.getId(), toVersion.getId());
    }
  }

  public boolean isAvailable() {
    return databaseStatus.isReady();
  }

  public boolean isFound() {
    return toVersion != null && fromVersion != null;
  }

  public boolean isSameFramework() {
    return sameFramework;
  }

  public List<FrameworkDiff.Change> getChanges() {
    return changes;
  }

  public List<FrameworkVersion> getVersions() {
    return versions;
  }

  public FrameworkVersion getFromVersion() {
    return fromVersion;
  }

  public FrameworkVersion getToVersion() {
    return toVersion;
  }

  public Long getFrom() {
    return from;
  }

  public void setFrom(Long from) {
    this.from = from;
  }

  public Long getTo() {
    return to;
  }

  public void setTo(Long to) {
    this.to = to;
  }

  private static void notFound() {
    // The page explains it; the status tells crawlers and scripts too.
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
  }
}
