package nl.wijkzicht.start.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.start.boundary.StartService;
import nl.wijkzicht.start.boundary.StartService.AdminStart;
import nl.wijkzicht.start.boundary.StartService.InspectorStart;
import nl.wijkzicht.start.boundary.StartService.OwnOrganisation;
import nl.wijkzicht.start.boundary.StartService.StudyProgress;
import nl.wijkzicht.web.PageRequest;

/** /start.xhtml: the page each role lands on after login, with what needs doing. */
@Named
@ViewScoped
public class StartBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private StartService start;
  @Inject private CurrentUser currentUser;

  private Role role;
  private InspectorStart inspector;
  private List<StudyProgress> studies = List.of();
  private AdminStart admin;
  private OwnOrganisation organisation;

  public void load() {
    if (role != null) {
      return;
    }
    PageRequest.load(
        () -> {
          Actor actor = currentUser.actor();
          role = actor.role().orElseThrow();
          switch (role) {
            case INSPECTOR -> inspector = start.inspector(actor);
            case COORDINATOR -> studies = start.coordinator(actor);
            case ADMIN -> admin = start.admin(actor);
            case PROVIDER -> organisation = start.provider(actor).orElse(null);
          }
        });
  }

  public String getRole() {
    return role == null ? "" : role.name();
  }

  public InspectorStart getInspector() {
    return inspector;
  }

  public List<StudyProgress> getStudies() {
    return studies;
  }

  public AdminStart getAdmin() {
    return admin;
  }

  public Optional<OwnOrganisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  public OwnOrganisation getOrganisation() {
    return organisation;
  }
}
