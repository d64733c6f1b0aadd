package nl.wijkzicht.study.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.boundary.StudySummary;

/** /study/list.xhtml: the studies this user may see. */
@Named
@RequestScoped
public class StudyListBacking {

  @Inject private StudyService studies;
  @Inject private CurrentUser currentUser;

  private List<StudySummary> visible;

  @PostConstruct
  void init() {
    visible = studies.summaries(currentUser.actor());
  }

  public List<StudySummary> getStudies() {
    return visible;
  }
}
