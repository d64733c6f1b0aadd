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
import nl.wijkzicht.framework.entity.FrameworkDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.NormDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.QuestionDefinition;
import nl.wijkzicht.framework.entity.FrameworkDefinition.ThemeDefinition;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.framework.entity.RespondentRole;

/**
 * /framework/show.xhtml?id=...: one framework version as a readable document, optionally for one
 * role.
 */
@Named
@ViewScoped
public class FrameworkShowBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FrameworkService service;
  @Inject private DatabaseStatus databaseStatus;

  // Text, not Long: a malformed id must reach load() and get the not-found page, not a conversion
  // error.
  private String id;
  private RespondentRole role;
  private FrameworkVersion version;
  private FrameworkDefinition framework;
  private List<FrameworkVersion> otherVersions = List.of();

  /**
   * View action: loads the version named by the id parameter; an unknown id leaves the page empty.
   */
  public void load() {
    if (!databaseStatus.isReady() || framework != null) {
      return;
    }
    Optional<FrameworkVersion> found = parse(id).flatMap(service::findVersion);
    if (found.isEmpty()) {
      notFound();
      return;
    }
    version = found.get();
    framework = service.definition(version.getId());
    otherVersions =
        service.versions(version.getCode()).stream()
            .filter(v -> !v.getId().equals(version.getId()))
            .toList();
  }

  public boolean isFound() {
    return framework != null;
  }

  public boolean isAvailable() {
    return databaseStatus.isReady();
  }

  /** The norms of a theme that have a question for the chosen role (all norms without a role). */
  public List<NormDefinition> norms(ThemeDefinition theme) {
    return theme.norms().stream().filter(n -> !questions(n).isEmpty()).toList();
  }

  public List<QuestionDefinition> questions(NormDefinition norm) {
    return norm.questions().stream().filter(q -> role == null || q.isAskedOf(role)).toList();
  }

  public List<ThemeDefinition> getThemes() {
    return framework.themes().stream().filter(t -> !norms(t).isEmpty()).toList();
  }

  public List<RespondentRole> getRoles() {
    return framework.roles();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  private static Optional<Long> parse(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(Long.valueOf(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public RespondentRole getRole() {
    return role;
  }

  public void setRole(RespondentRole role) {
    this.role = role;
  }

  public FrameworkVersion getVersion() {
    return version;
  }

  public FrameworkDefinition getFramework() {
    return framework;
  }

  public List<FrameworkVersion> getOtherVersions() {
    return otherVersions;
  }

  private static void notFound() {
    // The page explains it; the status tells crawlers and scripts too.
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
  }
}
