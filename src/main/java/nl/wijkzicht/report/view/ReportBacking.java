package nl.wijkzicht.report.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.report.boundary.ConclusionService;
import nl.wijkzicht.report.boundary.ConclusionService.Conclusion;
import nl.wijkzicht.report.boundary.ReportBuilder;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.control.AccessPolicy;
import nl.wijkzicht.web.LocaleBacking;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * /study/report.xhtml?study=S (the national report) and /study/area-report.xhtml?study=S&amp;area=A
 * (one area's report): the report model built from the live data, rendered by the includes in
 * WEB-INF/includes/report (which the public pages reuse), with the conclusions' editor for the
 * study's leads.
 */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReportBuilder builder;
  @Inject private ConclusionService conclusions;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleBacking localeBacking;

  private long studyId;
  private Long areaId;
  private NationalReport national;
  private AreaReport area;

  // The conclusions' editor.
  private String body;
  private Long conclusionVersion;

  /** f:viewAction of the national report. */
  public void loadNational() {
    if (national != null) {
      return;
    }
    PageRequest.load(
        () -> {
          studyId = PageRequest.requiredId("study");
          areaId = null;
          read();
        });
  }

  /** f:viewAction of an area report. */
  public void loadArea() {
    if (area != null) {
      return;
    }
    PageRequest.load(
        () -> {
          studyId = PageRequest.requiredId("study");
          areaId = PageRequest.requiredId("area");
          read();
        });
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  private void read() {
    if (areaId == null) {
      national = builder.national(currentUser.actor(), studyId, locale());
    } else {
      area = builder.area(currentUser.actor(), studyId, areaId, locale());
    }
    Conclusion c = conclusions.read(currentUser.actor(), studyId, areaId);
    body = c.body();
    conclusionVersion = c.version();
  }

  public void saveConclusions() {
    try {
      conclusions.save(currentUser.actor(), studyId, areaId, body, conclusionVersion);
      Messages.info("report_web.conclusions.saved");
      read();
    } catch (InvalidInputException e) {
      Messages.errorsIn("conclusionForm", e);
    } catch (ConcurrentChangeException e) {
      Messages.error(e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public boolean isMayEdit() {
    return AccessPolicy.mayWriteConclusions(currentUser.actor());
  }

  public long getStudyId() {
    return studyId;
  }

  public Long getAreaId() {
    return areaId;
  }

  public NationalReport getNational() {
    return national;
  }

  public AreaReport getArea() {
    return area;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getConclusionVersion() {
    return conclusionVersion;
  }

  public int getMaxLength() {
    return nl.wijkzicht.report.control.Markdown.MAX_LENGTH;
  }
}
