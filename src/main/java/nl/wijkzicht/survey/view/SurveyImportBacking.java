package nl.wijkzicht.survey.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.framework.entity.FrameworkQuestionOption;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.survey.boundary.SurveyImportReport;
import nl.wijkzicht.survey.boundary.SurveyService;
import nl.wijkzicht.survey.control.SurveyCsvReader;
import nl.wijkzicht.web.LocaleBacking;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * /survey/import.xhtml?id=S: upload a CSV export of responses; all or nothing, with every problem
 * by line and column. Shows the codebook (question codes, types and option codes) and an example
 * built from the study's own framework.
 */
@Named
@ViewScoped
public class SurveyImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SurveyService surveys;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleBacking localeBacking;

  private Study study;
  private transient Part file;
  private SurveyImportReport report;

  public void load() {
    if (study != null) {
      return;
    }
    PageRequest.load(
        () -> study = surveys.study(currentUser.actor(), PageRequest.requiredId("id")));
  }

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      Messages.error("survey_import.no_file");
      return;
    }
    if (file.getSize() > SurveyCsvReader.MAX_BYTES) {
      Messages.error("survey_import.too_large", file.getSize(), SurveyCsvReader.MAX_BYTES);
      return;
    }
    try (InputStream in = file.getInputStream()) {
      report = surveys.importCsv(currentUser.actor(), study.getId(), in.readAllBytes());
      if (report.isImported()) {
        Messages.info("survey_import.done", report.responses(), report.answers());
      } else {
        Messages.error("survey_import.refused", report.problems().size());
      }
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public String text(SurveyImportReport.Line line) {
    return Messages.text(localeBacking.getLocale(), line.key(), line.arguments().toArray());
  }

  /** The codebook: one line per question: code, answer type, option codes. */
  public List<CodebookRow> getCodebook() {
    Locale locale = localeBacking.getLocale();
    List<CodebookRow> rows = new ArrayList<>();
    for (FrameworkQuestion q : SurveyService.questions(study)) {
      String values =
          switch (q.getType()) {
            case YES_NO -> "yes / no";
            case SCALE -> q.getMin() + " … " + q.getMax();
            case NUMBER ->
                Messages.text(locale, "survey_import.codebook.number")
                    + (q.getMin() == null ? "" : ", ≥ " + q.getMin())
                    + (q.getMax() == null ? "" : ", ≤ " + q.getMax());
            case OPEN -> Messages.text(locale, "survey_import.codebook.open");
            default ->
                String.join(
                    q.getType() == AnswerType.MULTIPLE_CHOICE ? " " : " | ",
                    q.getOptions().stream().map(FrameworkQuestionOption::getCode).toList());
          };
      rows.add(
          new CodebookRow(
              q.getCode(),
              q.getText().in(locale),
              Messages.text(locale, "AnswerType." + q.getType().name()),
              values));
    }
    return rows;
  }

  /** A row of the codebook. */
  public record CodebookRow(String code, String text, String type, String values)
      implements Serializable {}

  /** An example file for this study: its first area, a value for every question. */
  public String getExample() {
    List<FrameworkQuestion> questions = SurveyService.questions(study);
    StringBuilder header = new StringBuilder("referentie;gebied;datum");
    StringBuilder row = new StringBuilder("NW-001;");
    StudyArea area = study.getAreas().get(0);
    row.append(area.isDistrict() ? area.getDistrictCode() : area.getMunicipality().getCbsCode());
    row.append(';')
        .append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(study.getStartsOn()));
    for (FrameworkQuestion q : questions) {
      header.append(';').append(q.getCode());
      row.append(';')
          .append(
              switch (q.getType()) {
                case YES_NO -> "yes";
                case SCALE -> Integer.toString(q.getMin());
                case NUMBER -> "";
                case OPEN -> "";
                case MULTIPLE_CHOICE ->
                    q.getOptions().stream()
                        .limit(2)
                        .map(FrameworkQuestionOption::getCode)
                        .reduce((a, b) -> a + " " + b)
                        .orElse("");
                default -> q.getOptions().get(0).getCode();
              });
    }
    return header + "\n" + row;
  }

  public Study getStudy() {
    return study;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public SurveyImportReport getReport() {
    return report;
  }
}
