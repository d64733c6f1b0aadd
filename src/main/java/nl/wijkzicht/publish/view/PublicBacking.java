package nl.wijkzicht.publish.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.publish.boundary.PublicReports;
import nl.wijkzicht.publish.boundary.PublicReports.PublicationPage;
import nl.wijkzicht.publish.boundary.PublicReports.PublishedStudy;
import nl.wijkzicht.publish.boundary.PublicReports.StudyPage;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.PageRequest;

/**
 * The public pages (no login): /public/index.xhtml (published studies, newest first),
 * /public/study.xhtml?study=N (the current national report from its snapshot, the area reports,
 * every version) and /public/area.xhtml?publication=N (one version from its snapshot, or the notice
 * of its withdrawal). Unpublished or unknown: 404, logged by {@link PublicReports}.
 */
@Named
@RequestScoped
public class PublicBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PublicReports reports;
  @Inject private CurrentUser currentUser;

  private List<PublishedStudy> studies;
  private StudyPage study;
  private PublicationPage publication;

  public void loadIndex() {
    if (studies == null) {
      studies = reports.studies();
    }
  }

  public void loadStudy() {
    if (study == null) {
      PageRequest.load(
          () -> study = reports.study(currentUser.actor(), PageRequest.requiredId("study")));
    }
  }

  public void loadPublication() {
    if (publication == null) {
      PageRequest.load(
          () ->
              publication =
                  reports.publication(currentUser.actor(), PageRequest.requiredId("publication")));
    }
  }

  /** Set by /public/report when the stored PDF did not match its SHA-256. */
  public boolean isPdfDamaged() {
    return FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(PublicReportServlet.DAMAGED)
        != null;
  }

  public List<PublishedStudy> getStudies() {
    return studies;
  }

  public StudyPage getStudy() {
    return study;
  }

  public PublicationPage getPublication() {
    return publication;
  }
}
