package nl.wijkzicht.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;

/**
 * What every demo loader after the first starts from: demo mode on, the demo coordinator and
 * inspector accounts, and the demo study. Empty when any of them is missing (demo mode off, or a
 * database in which the demo was changed by hand), so a loader then does nothing.
 */
@ApplicationScoped
public class DemoTeam {

  /** The demo study's coordinator (its lead), its inspector, and the study itself. */
  public record Team(Actor lead, Actor inspector, Study study) {}

  @Inject private StudyService studies;
  @Inject private UserService users;

  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "wijkzicht.demo",
      defaultValue = "false")
  @Inject
  private boolean demo;

  /** The team and the demo study (with its areas), or empty. */
  public Optional<Team> find() {
    if (!demo) {
      return Optional.empty();
    }
    Optional<Actor> lead = user("demo-coordinator");
    Optional<Actor> inspector = user("demo-inspecteur");
    if (lead.isEmpty() || inspector.isEmpty()) {
      return Optional.empty();
    }
    return studies.list(lead.get()).stream()
        .filter(s -> s.getTitle().equals(DemoDataLoader.DEMO_STUDY))
        .findFirst()
        .map(s -> new Team(lead.get(), inspector.get(), studies.get(lead.get(), s.getId())));
  }

  /** A demo account as an actor. */
  public Optional<Actor> user(String username) {
    return users.findByUsername(username).map(UserService::actorOf);
  }
}
