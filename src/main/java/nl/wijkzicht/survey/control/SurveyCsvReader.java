package nl.wijkzicht.survey.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wijkzicht.FieldProblem;
import nl.wijkzicht.fieldwork.control.AnswerRules;
import nl.wijkzicht.fieldwork.control.AnswerRules.QuestionShape;
import nl.wijkzicht.framework.entity.RespondentRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a survey export: one row per response, a column per question code, option codes as values,
 * as ODK and KoboToolbox export a form ("XML values and headers"). UTF-8 with or without a byte
 * order mark; the separator ({@code ;} or {@code ,}) is taken from the header line.
 *
 * <ul>
 *   <li>{@code referentie} (or {@code reference}), required: the survey's code for the network or
 *       organisation (letters, digits, {@code . - _ : /}, at most 40), unique in the file and the
 *       study. Never a person's name.
 *   <li>{@code gebied} (or {@code area}), required: the study area, as CBS municipality code
 *       ({@code GM0344}) or district code ({@code WK034403}).
 *   <li>{@code rol} (or {@code role}), optional: the respondent role's code; default {@code
 *       netwerkcoordinator}.
 *   <li>{@code datum} (or {@code date}), optional: {@code 2026-03-10}, {@code 10-03-2026} or a Kobo
 *       time stamp ({@code 2026-03-10T14:02:11.000+01:00}); empty: the import day, moved into the
 *       study's period if it lies outside.
 *   <li>a column per question code (upper or lower case): single choice and yes/no one code ({@code
 *       yes}/{@code no}, also {@code ja}/{@code nee}), multiple choice codes separated by spaces
 *       (Kobo) or commas, a number or scale value, an open question's text. Empty: not answered.
 *   <li>columns whose name starts with {@code _} (Kobo's {@code _id}, {@code _uuid}, {@code
 *       _submission_time}, ...) are ignored; any other column is a problem.
 * </ul>
 *
 * Every problem is reported with its line and column, and a file with any problem is not imported
 * at all ({@link Result#isValid()}).
 */
public final class SurveyCsvReader {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_ROWS = 10_000;
  public static final int REFERENCE_LENGTH = 40;

  private static final List<String> REFERENCE = List.of("referentie", "reference");
  private static final List<String> AREA = List.of("gebied", "area");
  private static final List<String> ROLE = List.of("rol", "role");
  private static final List<String> DATE = List.of("datum", "date");
  private static final Pattern REFERENCE_PATTERN = Pattern.compile("[A-Za-z0-9._:/-]{1,40}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DUTCH_DATE = Pattern.compile("\\d{1,2}-\\d{1,2}-\\d{4}");
  private static final DateTimeFormatter DUTCH =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** A question of the study's framework version, with the roles it is asked to. */
  public record Question(QuestionShape shape, Set<RespondentRole> roles) {}

  /**
   * What the file is checked against: the framework version's questions (by code, any case), the
   * study's areas (CBS code → study area id), the references already used in the study (any case),
   * the study's period and the import day.
   */
  public record Context(
      Map<String, Question> questions,
      Map<String, Long> areas,
      Set<String> existingReferences,
      LocalDate startsOn,
      LocalDate endsOn,
      LocalDate today) {}

  /**
   * A valid response: its line, reference, area, role, date and answers (question code → answer).
   */
  public record Row(
      long line,
      String reference,
      long areaId,
      RespondentRole role,
      LocalDate heldOn,
      Map<String, AnswerRules.Checked> answers) {}

  /**
   * A problem: the line (1 = header), the column (header name; null for the line) and a message.
   */
  public record Problem(long line, String column, String key, List<Object> arguments) {}

  /** The outcome; a file with any problem is imported not at all. */
  public record Result(char separator, List<Row> rows, List<Problem> problems) {
    public boolean isValid() {
      return problems.isEmpty() && !rows.isEmpty();
    }
  }

  private SurveyCsvReader() {}

  public static Result read(byte[] content, Context context) {
    List<Problem> problems = new ArrayList<>();
    if (content.length > MAX_BYTES) {
      problems.add(
          new Problem(0, null, "survey_import.too_large", List.of(content.length, MAX_BYTES)));
      return new Result(';', List.of(), problems);
    }
    Optional<String> text = decode(content, problems);
    if (text.isEmpty()) {
      return new Result(';', List.of(), problems);
    }
    char separator = separator(text.get());
    List<Row> rows = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(separator)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text.get())).setFormat(format).get()) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        problems.add(new Problem(1, null, "survey_import.empty", List.of()));
        return new Result(separator, List.of(), problems);
      }
      Header header = header(records.next(), context, problems);
      Map<String, Long> references = new HashMap<>();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = parser.getCurrentLineNumber();
        if (rows.size() + 1 > MAX_ROWS) {
          problems.add(new Problem(line, null, "survey_import.too_many_rows", List.of(MAX_ROWS)));
          break;
        }
        if (record.stream().allMatch(String::isBlank)) {
          continue; // A row of empty cells (";;;;" at the end of a spreadsheet export).
        }
        if (record.size() != header.names.size()) {
          problems.add(
              new Problem(
                  line,
                  null,
                  "survey_import.field_count",
                  List.of(header.names.size(), record.size())));
          continue;
        }
        if (header.usable) {
          row(record, line, header, context, references, problems).ifPresent(rows::add);
        }
      }
      if (rows.isEmpty() && problems.isEmpty()) {
        problems.add(new Problem(2, null, "survey_import.no_rows", List.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      problems.add(
          new Problem(0, null, "survey_import.malformed", List.of(String.valueOf(e.getMessage()))));
    }
    return new Result(separator, problems.isEmpty() ? List.copyOf(rows) : List.of(), problems);
  }

  /** UTF-8, a byte order mark dropped; an invalid byte is a problem at its line. */
  private static Optional<String> decode(byte[] content, List<Problem> problems) {
    int start =
        content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int position = in.position();
      long line = 1;
      for (int i = start; i < position; i++) {
        if (content[i] == '\n') {
          line++;
        }
      }
      problems.add(
          new Problem(
              line,
              null,
              "survey_import.not_utf8",
              List.of(String.format(Locale.ROOT, "0x%02X", content[position] & 0xFF))));
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (text.isBlank()) {
      problems.add(new Problem(1, null, "survey_import.empty", List.of()));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** The header line's more frequent separator: ';' (Dutch spreadsheets) or ','. */
  static char separator(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long semicolons = first.chars().filter(c -> c == ';').count();
    long commas = first.chars().filter(c -> c == ',').count();
    return commas > semicolons ? ',' : ';';
  }

  private static final class Header {
    final List<String> names = new ArrayList<>();
    final Map<Integer, String> questions = new LinkedHashMap<>();
    int reference = -1;
    int area = -1;
    int role = -1;
    int date = -1;
    boolean usable = true;
  }

  private static Header header(CSVRecord record, Context context, List<Problem> problems) {
    Header header = new Header();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).strip();
      header.names.add(name);
      String lower = name.toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        problems.add(new Problem(1, null, "survey_import.column.empty", List.of(i + 1)));
        header.usable = false;
        continue;
      }
      Integer before = seen.putIfAbsent(lower, i);
      if (before != null) {
        problems.add(
            new Problem(
                1, name, "survey_import.column.duplicate", List.of(name, before + 1, i + 1)));
        header.usable = false;
        continue;
      }
      if (REFERENCE.contains(lower)) {
        header.reference = i;
      } else if (AREA.contains(lower)) {
        header.area = i;
      } else if (ROLE.contains(lower)) {
        header.role = i;
      } else if (DATE.contains(lower)) {
        header.date = i;
      } else if (name.startsWith("_")) {
        // Kobo's own columns (_id, _uuid, _submission_time, _index, ...): not answers.
      } else if (context.questions().containsKey(lower)) {
        header.questions.put(i, lower);
      } else {
        // Reported; the rows are still checked, so the report lists every problem at once.
        problems.add(new Problem(1, name, "survey_import.column.unknown", List.of(name)));
      }
    }
    if (header.reference < 0) {
      problems.add(new Problem(1, null, "survey_import.column.missing", List.of("referentie")));
      header.usable = false;
    }
    if (header.area < 0) {
      problems.add(new Problem(1, null, "survey_import.column.missing", List.of("gebied")));
      header.usable = false;
    }
    if (header.questions.isEmpty() && header.usable) {
      problems.add(new Problem(1, null, "survey_import.column.no_questions", List.of()));
      header.usable = false;
    }
    return header;
  }

  private static Optional<Row> row(
      CSVRecord record,
      long line,
      Header header,
      Context context,
      Map<String, Long> references,
      List<Problem> problems) {
    int before = problems.size();
    String referenceColumn = header.names.get(header.reference);
    String reference = record.get(header.reference);
    if (reference.isEmpty()) {
      problems.add(
          new Problem(line, referenceColumn, "survey_import.reference.required", List.of()));
    } else if (!REFERENCE_PATTERN.matcher(reference).matches()) {
      problems.add(
          new Problem(
              line,
              referenceColumn,
              "survey_import.reference.invalid",
              List.of(reference, REFERENCE_LENGTH)));
    } else {
      String key = reference.toLowerCase(Locale.ROOT);
      Long first = references.putIfAbsent(key, line);
      if (first != null) {
        problems.add(
            new Problem(
                line,
                referenceColumn,
                "survey_import.reference.duplicate",
                List.of(reference, first)));
      } else if (context.existingReferences().contains(key)) {
        problems.add(
            new Problem(
                line, referenceColumn, "survey_import.reference.exists", List.of(reference)));
      }
    }
    String areaColumn = header.names.get(header.area);
    String areaCode = record.get(header.area).toUpperCase(Locale.ROOT);
    Long areaId = context.areas().get(areaCode);
    if (areaCode.isEmpty()) {
      problems.add(new Problem(line, areaColumn, "survey_import.area.required", List.of()));
    } else if (areaId == null) {
      problems.add(
          new Problem(
              line,
              areaColumn,
              "survey_import.area.unknown",
              List.of(areaCode, String.join(", ", context.areas().keySet()))));
    }
    RespondentRole role = RespondentRole.NETWERKCOORDINATOR;
    if (header.role >= 0 && !record.get(header.role).isEmpty()) {
      String code = record.get(header.role).toLowerCase(Locale.ROOT);
      Optional<RespondentRole> found =
          java.util.Arrays.stream(RespondentRole.values())
              .filter(r -> r.code().equals(code))
              .findFirst();
      if (found.isEmpty()) {
        problems.add(
            new Problem(
                line,
                header.names.get(header.role),
                "survey_import.role.unknown",
                List.of(record.get(header.role))));
      } else {
        role = found.get();
      }
    }
    LocalDate heldOn = null;
    if (header.date >= 0 && !record.get(header.date).isEmpty()) {
      heldOn =
          date(record.get(header.date), line, header.names.get(header.date), context, problems);
    }
    if (heldOn == null) {
      LocalDate today = context.today();
      heldOn =
          today.isBefore(context.startsOn())
              ? context.startsOn()
              : today.isAfter(context.endsOn()) ? context.endsOn() : today;
    }
    Map<String, AnswerRules.Checked> answers = new LinkedHashMap<>();
    for (Map.Entry<Integer, String> column : header.questions.entrySet()) {
      String raw = record.get(column.getKey());
      if (raw.isEmpty()) {
        continue;
      }
      String columnName = header.names.get(column.getKey());
      Question question = context.questions().get(column.getValue());
      if (!question.roles().contains(role)) {
        problems.add(
            new Problem(
                line,
                columnName,
                "survey_import.question.other_role",
                List.of(question.shape().code(), role.code())));
        continue;
      }
      answer(question.shape(), raw, line, columnName, problems)
          .ifPresent(a -> answers.put(question.shape().code(), a));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Row(line, reference, areaId, role, heldOn, answers));
  }

  private static LocalDate date(
      String raw, long line, String column, Context context, List<Problem> problems) {
    String text = raw.length() > 10 && raw.charAt(10) == 'T' ? raw.substring(0, 10) : raw;
    LocalDate day = null;
    try {
      if (ISO_DATE.matcher(text).matches()) {
        day = LocalDate.parse(text);
      } else if (DUTCH_DATE.matcher(text).matches()) {
        day = LocalDate.parse(text, DUTCH);
      }
    } catch (DateTimeParseException e) {
      day = null;
    }
    if (day == null) {
      problems.add(new Problem(line, column, "survey_import.date.invalid", List.of(raw)));
      return null;
    }
    if (day.isBefore(context.startsOn()) || day.isAfter(context.endsOn())) {
      DateTimeFormatter shown = DateTimeFormatter.ofPattern("dd-MM-yyyy");
      problems.add(
          new Problem(
              line,
              column,
              "survey_import.date.outside_study",
              List.of(
                  shown.format(day),
                  shown.format(context.startsOn()),
                  shown.format(context.endsOn()))));
      return null;
    }
    return day;
  }

  /** The answer as the interview form would store it, or the problem with the cell. */
  private static Optional<AnswerRules.Checked> answer(
      QuestionShape shape, String raw, long line, String column, List<Problem> problems) {
    String value = raw;
    String note = null;
    switch (shape.type()) {
      case OPEN -> {
        value = null;
        note = raw;
      }
      case YES_NO -> {
        String lower = raw.toLowerCase(Locale.ROOT);
        value =
            switch (lower) {
              case "yes", "ja", "true", "1" -> AnswerRules.YES;
              case "no", "nee", "false", "0" -> AnswerRules.NO;
              default -> raw;
            };
      }
      case SINGLE_CHOICE -> value = canonical(shape, raw);
      case MULTIPLE_CHOICE ->
          value =
              String.join(
                  ",",
                  java.util.Arrays.stream(raw.split("[\\s,]+"))
                      .filter(s -> !s.isEmpty())
                      .map(s -> canonical(shape, s))
                      .toList());
      default -> {
        // SCALE and NUMBER: AnswerRules reads them.
      }
    }
    List<FieldProblem> found = new ArrayList<>();
    AnswerRules.Checked checked = AnswerRules.check(shape, value, note, found);
    if (!found.isEmpty()) {
      for (FieldProblem p : found) {
        problems.add(new Problem(line, column, p.key(), p.arguments()));
      }
      return Optional.empty();
    }
    return Optional.of(checked);
  }

  /** An option code as the framework spells it (codes do not differ only in case). */
  private static String canonical(QuestionShape shape, String code) {
    return shape.options().stream().filter(o -> o.equalsIgnoreCase(code)).findFirst().orElse(code);
  }
}
