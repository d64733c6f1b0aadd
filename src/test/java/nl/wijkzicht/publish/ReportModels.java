package nl.wijkzicht.publish;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.AreaRow;
import nl.wijkzicht.report.control.ReportModel.Band;
import nl.wijkzicht.report.control.ReportModel.Basis;
import nl.wijkzicht.report.control.ReportModel.Bottleneck;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.Level;
import nl.wijkzicht.report.control.ReportModel.Meta;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.ReportModel.NormFigure;
import nl.wijkzicht.report.control.ReportModel.Quote;
import nl.wijkzicht.report.control.ReportModel.RegionRow;
import nl.wijkzicht.report.control.ReportModel.ReplySummary;
import nl.wijkzicht.report.control.ReportModel.SurveyCell;
import nl.wijkzicht.report.control.ReportModel.SurveyRow;
import nl.wijkzicht.report.control.ReportModel.SurveyTable;
import nl.wijkzicht.report.control.ReportModel.Theme;
import nl.wijkzicht.report.control.ReportModel.ThemeSection;

/** Report models with every kind of value, for the snapshot and open-data tests. */
final class ReportModels {

  private ReportModels() {}

  static Meta meta() {
    return new Meta(
        7,
        "Samenwerking \"huisarts\" & wijkverpleging 2026",
        "Toetsingskader samenwerking",
        "1.0",
        "weighted_percentage",
        List.of(
            new Level("voldoet", "Voldoet", "#2e7d32", 4),
            new Level("niet_beoordeeld", "Niet beoordeeld", "#9e9e9e", null)),
        List.of(new Band(0, 49, "voldoet_niet"), new Band(50, 100, "voldoet")),
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        "nl",
        5,
        false,
        "abc123",
        Instant.parse("2026-12-02T10:15:30.123Z"));
  }

  static Figure figure(String percentage, int providers) {
    return new Figure(
        "voldoet",
        "Voldoet",
        "#2e7d32",
        new BigDecimal(percentage),
        50,
        100,
        33,
        8,
        10,
        80,
        new Basis(12, 1, 3, 2, 4, List.of("huisarts", "wijkverpleegkundige"), providers),
        false,
        null,
        providers < 5,
        false);
  }

  static Figure none() {
    return new Figure(
        null, null, null, null, null, null, null, 0, 4, 0, Basis.NONE, false, null, false, false);
  }

  static AreaRow area(long id, String code, String label, int providers) {
    return new AreaRow(
        id,
        code,
        "GM0344",
        label,
        "Utrecht",
        figure("66.7", providers),
        List.of(figure("50.0", providers), none()));
  }

  static List<Theme> themes() {
    return List.of(new Theme("T1", "Samenwerking"), new Theme("T2", "=Informatie"));
  }

  static NationalReport national() {
    return new NationalReport(
        meta(),
        themes(),
        new RegionRow("study", "Alle gebieden", "study", 2, figure("61.3", 9), List.of(none())),
        List.of(area(1, "GM0344", "Utrecht", 7), area(2, "WK034403", "=Overvecht", 2)),
        List.of(new RegionRow("r1", "GGD regio", "GGD", 2, figure("61.3", 9), List.of())),
        List.of(new Bottleneck("T1", "N1", "Overdracht", 2, 1, new BigDecimal("42.5"))),
        List.of(
            new SurveyTable(
                "Q1",
                "Hoe vaak overlegt u?",
                "Netwerk",
                List.of("Wekelijks", "Nooit"),
                List.of(
                    new SurveyRow(
                        "Wijk",
                        12,
                        List.of(new SurveyCell(9, 75), new SurveyCell(3, 25)),
                        false,
                        false),
                    new SurveyRow(
                        "+Klein",
                        3,
                        List.of(new SurveyCell(2, 67), new SurveyCell(1, 33)),
                        true,
                        false)))),
        "**Conclusie** met <script>");
  }

  static AreaReport areaReport(int providers) {
    AreaRow row = area(1, "GM0344", "Utrecht", providers);
    return new AreaReport(
        meta(),
        themes(),
        row,
        List.of(
            new ThemeSection(
                themes().get(0),
                figure("50.0", providers),
                List.of(new NormFigure("T1", "N1", "Overleg", figure("75.0", providers))),
                List.of(new NormFigure("T1", "N2", "Overdracht", figure("25.0", providers))))),
        List.of(new Quote("T1", "N1", "QUOTE", "We overleggen elke week.", "huisarts")),
        new Diagram(
            "Wie doet wat",
            "Het netwerk in Utrecht",
            List.of(
                new Diagram.Node("c", "Cliënt", List.of(), Diagram.NodeStyle.CENTRE, false),
                new Diagram.Node(
                    "h", "Huisarts", List.of("coördineert"), Diagram.NodeStyle.CARER, true)),
            List.of(new Diagram.Edge("c", "h", Diagram.EdgeStyle.STRONG, "sterk"))),
        List.of(),
        new ReplySummary(3, 2, 4, 2, 1, 1),
        "");
  }
}
