package nl.wijkzicht.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.network.control.Diagram.Edge;
import nl.wijkzicht.network.control.Diagram.EdgeStyle;
import nl.wijkzicht.network.control.Diagram.Node;
import nl.wijkzicht.network.control.Diagram.NodeStyle;
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

/**
 * Synthetic report models for unit tests (no database): an area report with every part filled
 * (quotes, drawings, replies, conclusions with markup, one small cell) and a national report over
 * 342 areas (the real municipality codes of the map, two of them as districts). Deterministic.
 */
public final class ReportFixtures {

  public static final List<Level> LEVELS =
      List.of(
          new Level("VOLDOET", "Voldoet", "#1a7f37", 3),
          new Level("GROTENDEELS", "Voldoet grotendeels", "#8cc152", 2),
          new Level(
              "DEELS", "Voldoet grotendeels niet", "#f0a500", 1), // the real scale's longest label
          new Level("NIET", "Voldoet niet", "#c62828", 0));

  public static final List<Band> BANDS =
      List.of(
          new Band(0, 40, "NIET"),
          new Band(40, 60, "DEELS"),
          new Band(60, 80, "GROTENDEELS"),
          new Band(80, 100, "VOLDOET"));

  public static final List<Theme> THEMES =
      List.of(
          new Theme("SA", "Samenwerking in de wijk"),
          new Theme("VS", "Vroegsignalering"),
          new Theme("CM", "Casemanagement en coördinatie"),
          new Theme("MV", "Medicatieveiligheid"),
          new Theme("MZ", "Ondersteuning mantelzorg"));

  public static final String CONCLUSIONS =
      """
      ## Wat goed gaat

      De huisarts en de wijkverpleging **overleggen wekelijks** over kwetsbare ouderen, *ook* met de POH.

      - vroegsignalering is op orde
      - casemanagement ontbreekt in twee wijken

      ## Wat beter moet

      1. Een MDO plannen voor elke oudere met complexe zorg
      2. Het zorgplan delen met de mantelzorger

      Let op: <script>alert('x')</script> is gewoon tekst.
      """;

  private ReportFixtures() {}

  public static Meta meta(boolean suppressed) {
    return new Meta(
        7,
        "Onderzoek ouderenzorg in de wijk 2026",
        "Toetsingskader ouderenzorg thuis",
        "2.1",
        "WEIGHTED_PERCENTAGE",
        LEVELS,
        BANDS,
        LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 10, 31),
        "nl",
        5,
        suppressed,
        "sha256:3f5c0a9e1b7d",
        Instant.parse("2026-12-02T14:30:00Z"));
  }

  public static Basis basis(int providers) {
    return new Basis(
        24 + providers,
        2,
        3 + providers / 2,
        4,
        9,
        List.of("huisarts", "wijkverpleegkundige"),
        providers);
  }

  /** A figure under the weighted rule: level from the bands, position in its band. */
  public static Figure figure(double percent, int providers) {
    BigDecimal pct = BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP);
    Band band =
        BANDS.stream()
            .filter(b -> percent >= b.from() && (percent < b.to() || b.to() == 100))
            .findFirst()
            .orElseThrow();
    Level level = LEVELS.stream().filter(l -> l.code().equals(band.levelCode())).findFirst().get();
    int position = (int) Math.round((percent - band.from()) * 100 / (band.to() - band.from()));
    return new Figure(
        level.code(),
        level.label(),
        level.colour(),
        pct,
        band.from(),
        band.to(),
        position,
        3,
        4,
        75,
        basis(providers),
        false,
        null,
        providers < 5,
        false);
  }

  public static Figure noResult() {
    return new Figure(
        null,
        "Geen oordeel",
        null,
        null,
        null,
        null,
        null,
        0,
        4,
        0,
        Basis.NONE,
        false,
        null,
        false,
        false);
  }

  /** The internal area report of Utrecht; theme MV rests on 3 providers (a small cell). */
  public static AreaReport area() {
    List<ThemeSection> sections = new ArrayList<>();
    List<Figure> themeFigures = new ArrayList<>();
    double[] percents = {72.5, 55.0, 38.4, 81.3, 64.0};
    for (int i = 0; i < THEMES.size(); i++) {
      Theme theme = THEMES.get(i);
      Figure figure = figure(percents[i], i == 3 ? 3 : 8);
      themeFigures.add(figure);
      sections.add(
          new ThemeSection(
              theme,
              figure,
              List.of(
                  new NormFigure(
                      theme.code(),
                      theme.code() + ".1",
                      "Er is een vast aanspreekpunt voor de oudere",
                      figure(88.0, 8)),
                  new NormFigure(
                      theme.code(),
                      theme.code() + ".3",
                      "Afspraken over overdracht zijn vastgelegd",
                      figure(76.0, 8))),
              List.of(
                  new NormFigure(
                      theme.code(),
                      theme.code() + ".2",
                      "Signalen worden binnen een week besproken",
                      figure(31.0, 8)))));
    }
    AreaRow row =
        new AreaRow(344, "GM0344", null, "Utrecht", "Utrecht", figure(66.2, 8), themeFigures);
    List<Quote> quotes =
        List.of(
            new Quote(
                "SA",
                "SA.1",
                "QUOTE",
                "We bellen elkaar gewoon als er iets is, dat werkt.",
                "wijkverpleegkundige"),
            new Quote(
                "SA",
                "SA.2",
                "OBSERVATION",
                "Het MDO-verslag was niet gedeeld met de apotheek. <b>niet vet</b>",
                null),
            new Quote(
                "VS", null, "DOCUMENT", "Signaleringslijst ingevuld bij 9 van 12 cliënten.", null));
    return new AreaReport(
        meta(false),
        THEMES,
        row,
        sections,
        quotes,
        diagram("Wie doet wat in Utrecht", 7),
        List.of(diagram("Zorgnetwerk tracer T-03", 4), diagram("Zorgnetwerk tracer T-05", 3)),
        new ReplySummary(6, 5, 11, 6, 3, 2),
        CONCLUSIONS);
  }

  public static Diagram diagram(String title, int members) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(new Node("centre", "Oudere T-03", List.of("87 jaar"), NodeStyle.CENTRE, false));
    List<Edge> edges = new ArrayList<>();
    String[] roles = {
      "Huisarts",
      "Wijkverpleging",
      "Apotheek",
      "Mantelzorger",
      "Casemanager",
      "Fysiotherapeut",
      "Specialist ouderengeneeskunde"
    };
    for (int i = 1; i <= members; i++) {
      NodeStyle style =
          i == 4 ? NodeStyle.CARER : i == 6 ? NodeStyle.MISSING : NodeStyle.PROFESSIONAL;
      nodes.add(
          new Node(
              "m" + i,
              roles[(i - 1) % roles.length],
              List.of("gesproken: R-0" + i),
              style,
              i == 2));
      EdgeStyle edge = EdgeStyle.values()[i % EdgeStyle.values().length];
      String label =
          switch (edge) {
            case NORMAL -> "";
            case STRONG -> "sterk";
            case WEAK -> "zwak";
            case ABSENT -> "ontbreekt";
          };
      edges.add(new Edge("centre", "m" + i, edge, label));
    }
    return new Diagram(
        title, "Wie er rond de oudere betrokken is en hoe zij samenwerken.", nodes, edges);
  }

  /** The real municipality codes and names of the map's GeoJSON, in file order. */
  public static List<String[]> municipalities() {
    try (InputStream in =
        ReportFixtures.class.getResourceAsStream(
            "/nl/wijkzicht/area/boundaries/gemeenten-2024.geojson")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m =
          Pattern.compile("\"gemeenteCode\": \"(GM\\d{4})\", \"gemeenteNaam\": \"([^\"]*)\"")
              .matcher(json);
      List<String[]> result = new ArrayList<>();
      while (m.find()) {
        result.add(new String[] {m.group(1), m.group(2)});
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String[] PROVINCES = {
    "Groningen",
    "Friesland",
    "Drenthe",
    "Overijssel",
    "Flevoland",
    "Gelderland",
    "Utrecht",
    "Noord-Holland",
    "Zuid-Holland",
    "Zeeland",
    "Noord-Brabant",
    "Limburg"
  };

  /**
   * The internal national report over {@code count} areas (at most 342): municipalities of the map,
   * the last two as districts (WK) of their municipality; every 17th area rests on 3 providers
   * (small cell), every 29th has no result.
   */
  public static NationalReport national(int count) {
    List<String[]> municipalities = municipalities();
    Random random = new Random(42);
    List<AreaRow> areas = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] m = municipalities.get(i);
      boolean district = i >= count - 2;
      int providers = i % 17 == 5 ? 3 : 6 + random.nextInt(10);
      List<Figure> themes = new ArrayList<>();
      for (int t = 0; t < THEMES.size(); t++) {
        themes.add(i % 29 == 7 ? noResult() : figure(20 + random.nextInt(7800) / 100.0, providers));
      }
      Figure overall =
          i % 29 == 7 ? noResult() : figure(25 + random.nextInt(7000) / 100.0, providers);
      areas.add(
          new AreaRow(
              1000 + i,
              district ? "WK" + m[0].substring(2) + "01" : m[0],
              m[0],
              district ? m[1] + " Centrum" : m[1],
              PROVINCES[i % PROVINCES.length],
              overall,
              themes));
    }
    List<RegionRow> regions = new ArrayList<>();
    for (int p = 0; p < PROVINCES.length; p++) {
      List<Figure> themes = new ArrayList<>();
      for (int t = 0; t < THEMES.size(); t++) {
        themes.add(figure(45 + random.nextInt(4000) / 100.0, 40));
      }
      regions.add(
          new RegionRow(
              "P" + p,
              PROVINCES[p],
              "provincie",
              count / PROVINCES.length + 1,
              figure(50 + random.nextInt(3000) / 100.0, 40),
              themes));
    }
    List<Figure> studyThemes = new ArrayList<>();
    for (int t = 0; t < THEMES.size(); t++) {
      studyThemes.add(figure(50 + t * 6.5, 900));
    }
    RegionRow study =
        new RegionRow("study", "Nederland", "onderzoek", count, figure(61.4, 900), studyThemes);
    List<Bottleneck> bottlenecks =
        List.of(
            new Bottleneck(
                "CM",
                "CM.2",
                "Er is een casemanager voor elke oudere met complexe zorg",
                300,
                212,
                new BigDecimal("34.8")),
            new Bottleneck(
                "MV",
                "MV.4",
                "Medicatieoverdracht bij ontslag binnen 24 uur",
                280,
                150,
                new BigDecimal("41.2")),
            new Bottleneck(
                "VS",
                "VS.3",
                "Valrisico wordt jaarlijks besproken",
                310,
                121,
                new BigDecimal("47.0")));
    List<SurveyTable> survey =
        List.of(
            new SurveyTable(
                "Q4",
                "Weet u wie uw zorg coördineert?",
                "netwerkomvang",
                List.of("Ja", "Nee", "Weet niet"),
                List.of(
                    new SurveyRow(
                        "klein (1–3)",
                        41,
                        List.of(
                            new SurveyCell(30, 73), new SurveyCell(8, 20), new SurveyCell(3, 7)),
                        false,
                        false),
                    new SurveyRow(
                        "middel (4–6)",
                        58,
                        List.of(
                            new SurveyCell(35, 60), new SurveyCell(17, 29), new SurveyCell(6, 10)),
                        false,
                        false),
                    new SurveyRow(
                        "groot (7+)",
                        3,
                        List.of(new SurveyCell(2, 67), new SurveyCell(1, 33), new SurveyCell(0, 0)),
                        true,
                        false))));
    return new NationalReport(
        meta(false), THEMES, study, areas, regions, bottlenecks, survey, CONCLUSIONS);
  }
}
