package nl.wijkzicht.study.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.study.boundary.StudyService;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;

/** /study/list.xhtml: the studies this user may see. */
@Named
@RequestScoped
public class StudyListBacking {

  @Inject private StudyService studies;
  @Inject private CurrentUser currentUser;

  private List<Study> visible;

  @PostConstruct
  void init() {
    visible = studies.list(currentUser.actor());
  }

  public List<Study> getStudies() {
    return visible;
  }

  public String areas(Study study) {
    return study.getAreas().stream().map(StudyArea::getLabel).collect(Collectors.joining(", "));
  }
}
