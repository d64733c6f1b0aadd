package nl.wijkzicht.publish.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.wijkzicht.report.control.ReportModel.AreaRow;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.SurveyCell;
import nl.wijkzicht.report.control.ReportModel.SurveyRow;
import nl.wijkzicht.report.control.ReportModel.SurveyTable;
import nl.wijkzicht.report.control.ReportModel.Theme;
import nl.wijkzicht.security.control.AccessLogCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Open data of a published report version (docs/open-data.md), made from its snapshot: the area
 * results (one row per area × theme, plus the area overall as theme {@code totaal}) and the survey
 * tables, as CSV and as JSON.
 *
 * <p>CSV as the access-log export writes it, for a Dutch spreadsheet opened by double-click: UTF-8
 * with a byte order mark, ';' between cells, CRLF, decimal comma; text cells that a spreadsheet
 * would run as a formula get a leading quote ({@link AccessLogCsv#safe}). The licence and the
 * source come first as comment lines starting with '#'. JSON names them as fields. Suppressed
 * figures (small cells) have empty values and {@code onderdrukt}/{@code suppressed} true.
 */
public final class OpenData {

  /**
   * Looked up once: {@code Json.createObjectBuilder()} and its kin find the provider anew on every
   * call (a service-loader scan of the class path), and the export builds one object per area and
   * theme.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  public static final String LICENCE = "CC BY 4.0";
  public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.nl";
  public static final String PUBLISHER = "Inspectie Gezondheidszorg en Jeugd / Wijkzicht";
  public static final String OVERALL = "totaal";

  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

  /** Where the data come from: the study, the version and where it is published. */
  public record Source(
      String studyTitle, int version, Instant publishedAt, String path, int minCellSize) {}

  /** The figures: the areas with one figure per theme, and the survey tables (may be empty). */
  public record Data(List<Theme> themes, List<AreaRow> areas, List<SurveyTable> survey) {}

  static final String[] AREA_HEADER = {
    "gebiedscode",
    "gemeentecode",
    "gebied",
    "provincie",
    "themacode",
    "thema",
    "niveaucode",
    "niveau",
    "percentage",
    "dekking_beoordeeld",
    "dekking_verwacht",
    "dekking_procent",
    "bevindingen",
    "niet_beoordeeld",
    "bezoeken",
    "tracers",
    "interviews",
    "zorgaanbieders",
    "onderdrukt"
  };

  static final String[] SURVEY_HEADER = {
    "vraagcode",
    "vraag",
    "groepering",
    "groep",
    "respondenten",
    "antwoord",
    "aantal",
    "procent",
    "onderdrukt"
  };

  private OpenData() {}

  /** The area results as CSV (UTF-8 with BOM, ';'); the stream is left open. */
  public static void areasCsv(Source source, Data data, OutputStream out) throws IOException {
    Writer writer = start(source, out, "gebiedsresultaten");
    CSVPrinter printer = new CSVPrinter(writer, format(AREA_HEADER));
    for (AreaRow area : data.areas()) {
      printer.printRecord(areaCells(area, OVERALL, "Alle thema's", area.overall()));
      for (int i = 0; i < area.themes().size() && i < data.themes().size(); i++) {
        Theme theme = data.themes().get(i);
        printer.printRecord(areaCells(area, theme.code(), theme.title(), area.themes().get(i)));
      }
    }
    printer.flush();
  }

  /** The survey tables as CSV, one row per group × answer; the stream is left open. */
  public static void surveyCsv(Source source, Data data, OutputStream out) throws IOException {
    Writer writer = start(source, out, "vragenlijsttabellen");
    CSVPrinter printer = new CSVPrinter(writer, format(SURVEY_HEADER));
    for (SurveyTable table : data.survey()) {
      for (SurveyRow row : table.rows()) {
        for (int i = 0; i < row.cells().size() && i < table.columns().size(); i++) {
          SurveyCell cell = row.cells().get(i);
          printer.printRecord(
              AccessLogCsv.safe(table.questionCode()),
              AccessLogCsv.safe(table.question()),
              AccessLogCsv.safe(table.grouping()),
              AccessLogCsv.safe(row.group()),
              row.suppressed() ? null : row.respondents(),
              AccessLogCsv.safe(table.columns().get(i)),
              cell.count(),
              cell.percent(),
              row.suppressed());
        }
      }
    }
    printer.flush();
  }

  /** Area results and survey tables as one JSON document, licence and source as fields. */
  public static void json(Source source, Data data, OutputStream out) {
    JsonObjectBuilder doc = JSON.createObjectBuilder();
    doc.add("licence", LICENCE)
        .add("licenceUrl", LICENCE_URL)
        .add("source", PUBLISHER)
        .add("study", source.studyTitle())
        .add("version", source.version())
        .add("publishedAt", source.publishedAt().toString())
        .add("url", source.path())
        .add("minCellSize", source.minCellSize());
    JsonArrayBuilder areas = JSON.createArrayBuilder();
    for (AreaRow area : data.areas()) {
      areas.add(areaJson(area, OVERALL, "Alle thema's", area.overall()));
      for (int i = 0; i < area.themes().size() && i < data.themes().size(); i++) {
        Theme theme = data.themes().get(i);
        areas.add(areaJson(area, theme.code(), theme.title(), area.themes().get(i)));
      }
    }
    doc.add("areaResults", areas);
    JsonArrayBuilder tables = JSON.createArrayBuilder();
    for (SurveyTable table : data.survey()) {
      JsonArrayBuilder columns = JSON.createArrayBuilder();
      table.columns().forEach(columns::add);
      JsonArrayBuilder rows = JSON.createArrayBuilder();
      for (SurveyRow row : table.rows()) {
        JsonArrayBuilder cells = JSON.createArrayBuilder();
        for (SurveyCell cell : row.cells()) {
          JsonObjectBuilder c = JSON.createObjectBuilder();
          nullable(c, "count", cell.count());
          nullable(c, "percent", cell.percent());
          cells.add(c);
        }
        JsonObjectBuilder r = JSON.createObjectBuilder().add("group", row.group());
        nullable(r, "respondents", row.suppressed() ? null : row.respondents());
        rows.add(r.add("cells", cells).add("suppressed", row.suppressed()));
      }
      tables.add(
          JSON.createObjectBuilder()
              .add("questionCode", table.questionCode())
              .add("question", table.question())
              .add("grouping", table.grouping())
              .add("columns", columns)
              .add("rows", rows));
    }
    doc.add("surveyTables", tables);
    try (JsonWriter writer =
        JSON.createWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      writer.writeObject(doc.build());
    }
  }

  private static Writer start(Source source, OutputStream out, String what) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    for (String line : comments(source, what)) {
      writer.write("# " + line.replaceAll("[\\r\\n]+", " ") + "\r\n");
    }
    return writer;
  }

  static List<String> comments(Source source, String what) {
    List<String> lines = new ArrayList<>();
    lines.add("Wijkzicht open data: " + what);
    lines.add("Bron: " + PUBLISHER);
    lines.add(
        "Onderzoek: "
            + source.studyTitle()
            + ", versie "
            + source.version()
            + ", gepubliceerd "
            + DATE.format(source.publishedAt()));
    lines.add("Adres: " + source.path());
    lines.add("Licentie: " + LICENCE + " (" + LICENCE_URL + ")");
    lines.add(
        "Kleine aantallen (minder dan "
            + source.minCellSize()
            + " zorgaanbieders of respondenten) zijn onderdrukt: onderdrukt = true");
    return lines;
  }

  private static CSVFormat format(String[] header) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(';')
        .setRecordSeparator("\r\n")
        .setHeader(header)
        .get();
  }

  private static List<Object> areaCells(AreaRow area, String code, String title, Figure f) {
    boolean hidden = f.suppressed();
    List<Object> cells = new ArrayList<>();
    cells.add(AccessLogCsv.safe(area.code()));
    cells.add(AccessLogCsv.safe(area.municipalityCode()));
    cells.add(AccessLogCsv.safe(area.label()));
    cells.add(AccessLogCsv.safe(area.province()));
    cells.add(AccessLogCsv.safe(code));
    cells.add(AccessLogCsv.safe(title));
    cells.add(AccessLogCsv.safe(f.levelCode()));
    cells.add(AccessLogCsv.safe(f.levelLabel()));
    cells.add(decimalComma(f.percentage()));
    cells.add(hidden ? null : f.coverageAssessed());
    cells.add(hidden ? null : f.coverageExpected());
    cells.add(hidden ? null : f.coveragePercent());
    cells.add(hidden ? null : f.basis().findings());
    cells.add(hidden ? null : f.basis().notAssessed());
    cells.add(hidden ? null : f.basis().visits());
    cells.add(hidden ? null : f.basis().tracers());
    cells.add(hidden ? null : f.basis().interviews());
    cells.add(hidden ? null : f.basis().providers());
    cells.add(hidden);
    return cells;
  }

  private static JsonObjectBuilder areaJson(AreaRow area, String code, String title, Figure f) {
    boolean hidden = f.suppressed();
    JsonObjectBuilder o = JSON.createObjectBuilder();
    o.add("areaCode", area.code());
    nullable(o, "municipalityCode", area.municipalityCode());
    o.add("area", area.label());
    nullable(o, "province", area.province());
    o.add("themeCode", code).add("theme", title);
    nullable(o, "levelCode", f.levelCode());
    nullable(o, "level", f.levelLabel());
    if (f.percentage() == null) {
      o.addNull("percentage");
    } else {
      o.add("percentage", f.percentage());
    }
    nullable(o, "coverageAssessed", hidden ? null : f.coverageAssessed());
    nullable(o, "coverageExpected", hidden ? null : f.coverageExpected());
    nullable(o, "coveragePercent", hidden ? null : f.coveragePercent());
    if (hidden) {
      o.addNull("basis");
    } else {
      o.add(
          "basis",
          JSON.createObjectBuilder()
              .add("findings", f.basis().findings())
              .add("notAssessed", f.basis().notAssessed())
              .add("visits", f.basis().visits())
              .add("tracers", f.basis().tracers())
              .add("interviews", f.basis().interviews())
              .add("providers", f.basis().providers()));
    }
    return o.add("suppressed", hidden);
  }

  private static void nullable(JsonObjectBuilder o, String name, Object value) {
    if (value == null) {
      o.addNull(name);
    } else if (value instanceof Integer i) {
      o.add(name, i);
    } else {
      o.add(name, value.toString());
    }
  }

  static String decimalComma(BigDecimal value) {
    return value == null ? null : value.toPlainString().replace('.', ',');
  }
}
