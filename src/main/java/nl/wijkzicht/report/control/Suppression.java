package nl.wijkzicht.report.control;

import java.util.List;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.AreaRow;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.ReportModel.NormFigure;
import nl.wijkzicht.report.control.ReportModel.RegionRow;
import nl.wijkzicht.report.control.ReportModel.SurveyCell;
import nl.wijkzicht.report.control.ReportModel.SurveyRow;
import nl.wijkzicht.report.control.ReportModel.SurveyTable;
import nl.wijkzicht.report.control.ReportModel.ThemeSection;

/**
 * Small-cell protection for everything that leaves the inspectorate (public pages, published PDFs,
 * open data): a figure resting on fewer providers than the study's minimum cell size, or a survey
 * row with fewer respondents, loses its values and is marked suppressed, so that no single GP
 * practice, home-care team or older person can be recognised. Internal pages show the values and
 * mark them ({@link Figure#smallCell()}) instead.
 *
 * <p>In an area report, an area whose overall result is a small cell also loses its quotes and its
 * who-does-what drawing (they would describe the one or two providers there); tracers' care
 * networks describe one older person each and are never published.
 */
public final class Suppression {

  private Suppression() {}

  public static Figure figure(Figure figure) {
    return figure.smallCell() ? figure.asSuppressed() : figure;
  }

  public static AreaRow area(AreaRow row) {
    return new AreaRow(
        row.areaId(),
        row.code(),
        row.municipalityCode(),
        row.label(),
        row.province(),
        figure(row.overall()),
        row.themes().stream().map(Suppression::figure).toList());
  }

  public static RegionRow region(RegionRow row) {
    return new RegionRow(
        row.key(),
        row.name(),
        row.kind(),
        row.areas(),
        figure(row.overall()),
        row.themes().stream().map(Suppression::figure).toList());
  }

  public static SurveyTable survey(SurveyTable table) {
    return new SurveyTable(
        table.questionCode(),
        table.question(),
        table.grouping(),
        table.columns(),
        table.rows().stream().map(Suppression::surveyRow).toList());
  }

  private static SurveyRow surveyRow(SurveyRow row) {
    if (!row.smallCell()) {
      return row;
    }
    List<SurveyCell> empty = row.cells().stream().map(c -> new SurveyCell(null, null)).toList();
    return new SurveyRow(row.group(), 0, empty, true, true);
  }

  private static NormFigure norm(NormFigure norm) {
    return new NormFigure(norm.themeCode(), norm.code(), norm.title(), figure(norm.figure()));
  }

  /** The national report as it may be published. */
  public static NationalReport national(NationalReport report) {
    return new NationalReport(
        report.meta().asSuppressed(),
        report.themes(),
        region(report.study()),
        report.areas().stream().map(Suppression::area).toList(),
        report.regions().stream().map(Suppression::region).toList(),
        report.bottlenecks(),
        report.survey().stream().map(Suppression::survey).toList(),
        report.conclusions());
  }

  /** An area report as it may be published. */
  public static AreaReport area(AreaReport report) {
    boolean small = report.area().overall().smallCell();
    List<ThemeSection> sections =
        report.sections().stream()
            .map(
                s ->
                    new ThemeSection(
                        s.theme(),
                        figure(s.figure()),
                        s.strongest().stream().map(Suppression::norm).toList(),
                        s.weakest().stream().map(Suppression::norm).toList()))
            .toList();
    return new AreaReport(
        report.meta().asSuppressed(),
        report.themes(),
        area(report.area()),
        sections,
        small ? List.of() : report.quotes(),
        small ? null : report.whoDoesWhat(),
        List.of(),
        report.replies(),
        report.conclusions());
  }
}
