package nl.wijkzicht.demo.national;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import nl.wijkzicht.demo.national.NationalPlan.Size;
import nl.wijkzicht.fieldwork.control.Pseudonyms;
import nl.wijkzicht.fieldwork.entity.AgeBand;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.NormLevel;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.provider.entity.ProviderKind;
import nl.wijkzicht.study.entity.VisitStatus;

/**
 * Generates a fictitious national study for benchmarks and load tests (issue 14): a study with the
 * collaboration framework over all municipalities of the current division (or a seeded sample of
 * them), GP practices and home-care organisations with locations in those municipalities, visits,
 * tracers, interviews with answers, and a finding for every norm of every visit (area-level norms)
 * and tracer (client-level norms). Everything follows from the seed: the same seed on the same
 * database gives the same data ({@link #contentHash}).
 *
 * <p>It writes with plain JDBC, multi-row INSERTs ({@link RowWriter}) in four transactions
 * (providers; study, visits and tracers; interviews and answers; findings), with ids it assigns
 * itself from the table's highest id, read with a lock ({@code SELECT MAX(id) ... FOR UPDATE}).
 * Every constraint of the schema stays on. It refuses to run outside demo mode ({@link #refusal}).
 */
public final class NationalStudyGenerator {

  public static final String FRAMEWORK = "samenwerking-huisarts-wijkverpleging";
  public static final String FRAMEWORK_VERSION = "1.0";
  static final String COORDINATOR = "demo-coordinator";
  static final String INSPECTOR = "demo-inspecteur";
  static final LocalDate STARTS_ON = LocalDate.of(2025, 1, 6);
  static final LocalDate ENDS_ON = LocalDate.of(2026, 6, 30);
  static final LocalDate LAST_VISIT = LocalDate.of(2026, 3, 31);

  /** What to generate. */
  public record Options(long seed, Size size, boolean replace) {

    /** The study's title: unique per seed and size, so several generated studies can coexist. */
    public String title() {
      return "Landelijke teststudie samenwerking huisarts–wijkverpleging (gegenereerd, seed "
          + seed
          + (size.municipalities() == 0 ? "" : ", " + size.municipalities() + " gemeenten")
          + ")";
    }

    /** The end of every generated provider's name: marks (and finds) what this run created. */
    public String marker() {
      return "(gegenereerd s"
          + seed
          + (size.municipalities() == 0 ? "" : "-" + size.municipalities() + "g")
          + ")";
    }
  }

  /** What a run did: the study, rows written per table, how long it took, the content hash. */
  public record Result(
      long studyId, String title, Map<String, Long> rows, Duration took, String contentHash) {}

  private NationalStudyGenerator() {}

  // ---------------------------------------------------------------------------------------------
  // Refusal

  /**
   * Why the generator must not run here, or empty when it may: only in demo mode, and only on a
   * database Wijkzicht has run on in demo mode (it holds the demo accounts and the framework).
   */
  public static Optional<String> refusal(boolean demoMode, Connection connection)
      throws SQLException {
    if (!demoMode) {
      return Optional.of(
          "Refused: the national study generator runs only in demo mode (wijkzicht.demo=true, or"
              + " WIJKZICHT_DEMO=true). It writes thousands of fictitious providers and a study with"
              + " hundreds of thousands of rows; a production database must never get them.");
    }
    Set<String> accounts = new HashSet<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT username FROM app_user WHERE demo = TRUE AND username IN (?, ?)")) {
      s.setString(1, COORDINATOR);
      s.setString(2, INSPECTOR);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          accounts.add(r.getString(1));
        }
      }
    }
    if (accounts.size() < 2) {
      return Optional.of(
          "Refused: this database holds no demo accounts ("
              + COORDINATOR
              + ", "
              + INSPECTOR
              + "), so Wijkzicht has never run on it in demo mode and it may be a production"
              + " database. Start Wijkzicht on it in demo mode first (mvn -Pstart package).");
    }
    if (frameworkVersionId(connection).isEmpty()) {
      return Optional.of(
          "Refused: the framework "
              + FRAMEWORK
              + " "
              + FRAMEWORK_VERSION
              + " is not loaded in this database; start Wijkzicht once so it imports it.");
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------
  // Reference data read before writing

  record Municipality(long id, String cbs, String name, String province) {}

  record Norm(long id, String code, NormLevel level, double difficulty) {}

  record Question(
      long id,
      long normId,
      String code,
      AnswerType type,
      Integer min,
      Integer max,
      List<String> options,
      Set<RespondentRole> roles) {}

  record Level(long id, String code, boolean notAssessed) {}

  private record Reference(
      List<Municipality> municipalities,
      long frameworkVersionId,
      List<Level> levels,
      Level notAssessed,
      List<Norm> norms,
      Map<RespondentRole, List<Question>> questionsByRole,
      long coordinatorId,
      long inspectorId,
      Set<String> takenCodes) {}

  private static Optional<Long> frameworkVersionId(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT v.id FROM framework_version v JOIN framework f ON f.id = v.framework_id"
                + " WHERE f.code = ? AND v.version = ?")) {
      s.setString(1, FRAMEWORK);
      s.setString(2, FRAMEWORK_VERSION);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
      }
    }
  }

  private static Reference reference(Connection c, Options o) throws SQLException {
    List<Municipality> all = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT id, cbs_code, name, province FROM municipality WHERE division_year ="
                    + " (SELECT MAX(division_year) FROM municipality) ORDER BY cbs_code")) {
      while (r.next()) {
        all.add(new Municipality(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
      }
    }
    if (all.isEmpty()) {
      throw new IllegalStateException("No municipalities loaded: start Wijkzicht once first.");
    }
    List<Municipality> chosen = all;
    int n = o.size().municipalities();
    if (n > 0 && n < all.size()) {
      List<Municipality> shuffled = new ArrayList<>(all);
      java.util.Collections.shuffle(shuffled, new Random(o.seed()));
      chosen =
          shuffled.subList(0, n).stream()
              .sorted(java.util.Comparator.comparing(Municipality::cbs))
              .toList();
    }
    long versionId =
        frameworkVersionId(c)
            .orElseThrow(() -> new IllegalStateException("framework " + FRAMEWORK + " missing"));
    List<Level> levels = new ArrayList<>();
    Level notAssessed = null;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, code, not_assessed FROM framework_rating_level"
                + " WHERE framework_version_id = ? ORDER BY position")) {
      s.setLong(1, versionId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Level level = new Level(r.getLong(1), r.getString(2), r.getBoolean(3));
          if (level.notAssessed()) {
            notAssessed = level;
          } else {
            levels.add(level);
          }
        }
      }
    }
    List<Norm> norms = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT n.id, n.code, n.norm_level FROM framework_norm n JOIN framework_theme t ON"
                + " t.id = n.theme_id WHERE t.framework_version_id = ? ORDER BY t.position,"
                + " n.position")) {
      s.setLong(1, versionId);
      try (ResultSet r = s.executeQuery()) {
        Random difficulty = new Random(o.seed() * 31 + 7);
        while (r.next()) {
          norms.add(
              new Norm(
                  r.getLong(1),
                  r.getString(2),
                  NormLevel.valueOf(r.getString(3)),
                  0.12 * (difficulty.nextDouble() - 0.5)));
        }
      }
    }
    Map<Long, List<String>> options = new HashMap<>();
    Map<Long, Set<RespondentRole>> roles = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT o.question_id, o.code FROM framework_question_option o"
                + " JOIN framework_question q ON q.id = o.question_id"
                + " JOIN framework_norm n ON n.id = q.norm_id JOIN framework_theme t ON t.id ="
                + " n.theme_id WHERE t.framework_version_id = ? ORDER BY o.question_id,"
                + " o.position")) {
      s.setLong(1, versionId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          options.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT qr.question_id, qr.role FROM framework_question_role qr"
                + " JOIN framework_question q ON q.id = qr.question_id"
                + " JOIN framework_norm n ON n.id = q.norm_id JOIN framework_theme t ON t.id ="
                + " n.theme_id WHERE t.framework_version_id = ? ORDER BY qr.question_id, qr.role")) {
      s.setLong(1, versionId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          roles
              .computeIfAbsent(r.getLong(1), k -> java.util.EnumSet.noneOf(RespondentRole.class))
              .add(RespondentRole.valueOf(r.getString(2)));
        }
      }
    }
    Map<RespondentRole, List<Question>> byRole = new EnumMap<>(RespondentRole.class);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT q.id, q.norm_id, q.code, q.answer_type, q.scale_min, q.scale_max"
                + " FROM framework_question q JOIN framework_norm n ON n.id = q.norm_id"
                + " JOIN framework_theme t ON t.id = n.theme_id WHERE t.framework_version_id = ?"
                + " ORDER BY t.position, n.position, q.position")) {
      s.setLong(1, versionId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          Question q =
              new Question(
                  id,
                  r.getLong(2),
                  r.getString(3),
                  AnswerType.valueOf(r.getString(4)),
                  (Integer) r.getObject(5, Integer.class),
                  (Integer) r.getObject(6, Integer.class),
                  options.getOrDefault(id, List.of()),
                  roles.getOrDefault(id, Set.of()));
          for (RespondentRole role : q.roles()) {
            byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(q);
          }
        }
      }
    }
    Map<String, Long> users = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement("SELECT username, id FROM app_user WHERE username IN (?, ?)")) {
      s.setString(1, COORDINATOR);
      s.setString(2, INSPECTOR);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          users.put(r.getString(1), r.getLong(2));
        }
      }
    }
    Set<String> taken = new HashSet<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT agb_code, kvk_number FROM care_provider WHERE name NOT LIKE ?")) {
      s.setString(1, "% " + o.marker());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          for (int i = 1; i <= 2; i++) {
            if (r.getString(i) != null) {
              taken.add(r.getString(i));
            }
          }
        }
      }
    }
    return new Reference(
        chosen,
        versionId,
        levels,
        notAssessed,
        norms,
        byRole,
        users.get(COORDINATOR),
        users.get(INSPECTOR),
        taken);
  }

  // ---------------------------------------------------------------------------------------------
  // Generation

  /** One provider location as the plan uses it. */
  private record Location(long id, long providerId, ProviderKind kind, int area, double offset) {}

  private record Visit(
      long id, long areaId, int area, Location location, LocalDate date, VisitStatus status) {}

  private record Tracer(
      long id,
      long areaId,
      int area,
      String pseudonym,
      AgeBand ageBand,
      List<Long> providerIds,
      double offset) {}

  /** Rows written per table, in the order written. */
  private static final class Counts {
    final Map<String, Long> rows = new LinkedHashMap<>();

    void add(RowWriter writer) {
      rows.merge(writer.table(), writer.written(), Long::sum);
    }
  }

  /**
   * Generates the study described by the options. The connection is used in manual-commit mode and
   * given back in the mode it came in; on failure the current transaction is rolled back and the
   * exception passed on (earlier phases stay: run again with replace to clear them).
   *
   * @throws IllegalStateException when the study exists and {@code replace} is off, or the
   *     reference data is missing
   */
  public static Result generate(Connection c, Options o, Consumer<String> log) throws SQLException {
    long started = System.nanoTime();
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      if (studyId(c, o.title()).isPresent() || providersExist(c, o)) {
        if (!o.replace()) {
          throw new IllegalStateException(
              "The study \""
                  + o.title()
                  + "\" (or its providers) exists already; choose another seed or replace it.");
        }
        log.accept("Deleting the earlier study \"" + o.title() + "\" and its providers ...");
        delete(c, o);
        c.commit();
      }
      Reference ref = reference(c, o);
      Random master = new Random(o.seed());
      Counts counts = new Counts();
      int areas = ref.municipalities().size();

      // Area quality and size.
      Random geo = new Random(master.nextLong());
      double[] quality = new double[areas];
      double[] weight = new double[areas];
      double[] missing = new double[areas];
      for (int a = 0; a < areas; a++) {
        Municipality m = ref.municipalities().get(a);
        quality[a] = NationalPlan.quality(m.province(), geo);
        weight[a] = NationalPlan.weight(m.cbs(), geo);
        missing[a] = 0.02 + 0.08 * geo.nextDouble();
      }

      // Phase 1: providers, locations, areas served.
      long phase = System.nanoTime();
      ProviderPlan providers = providers(c, o, ref, weight, new Random(master.nextLong()), counts);
      c.commit();
      log.accept(phaseDone("providers", phase, counts));

      // Phase 2: study, areas, visits with history, tracers.
      phase = System.nanoTime();
      Random fieldRandom = new Random(master.nextLong());
      long studyId = nextId(c, "study");
      long[] areaIds = new long[areas];
      List<Visit> visits = new ArrayList<>();
      List<Tracer> tracers = new ArrayList<>();
      study(c, o, ref, studyId, areaIds, weight, providers, fieldRandom, visits, tracers, counts);
      c.commit();
      log.accept(phaseDone("study, visits, tracers", phase, counts));

      // Phase 3: interviews and answers.
      phase = System.nanoTime();
      Map<String, Long> firstAnswer = new HashMap<>();
      interviews(
          c,
          o,
          ref,
          studyId,
          quality,
          visits,
          tracers,
          new Random(master.nextLong()),
          firstAnswer,
          counts);
      c.commit();
      log.accept(phaseDone("interviews, answers", phase, counts));

      // Phase 4: findings.
      phase = System.nanoTime();
      findings(
          c,
          ref,
          studyId,
          quality,
          missing,
          visits,
          tracers,
          new Random(master.nextLong()),
          firstAnswer,
          counts);
      c.commit();
      log.accept(phaseDone("findings", phase, counts));

      String hash = contentHash(c, studyId);
      c.commit();
      return new Result(
          studyId, o.title(), counts.rows, Duration.ofNanos(System.nanoTime() - started), hash);
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static String phaseDone(String what, long since, Counts counts) {
    long total = counts.rows.values().stream().mapToLong(Long::longValue).sum();
    return String.format(
        Locale.ROOT,
        "  %-24s done in %5.1f s (%,d rows so far)",
        what,
        (System.nanoTime() - since) / 1e9,
        total);
  }

  /** The GP and home-care locations per area. */
  private record ProviderPlan(List<List<Location>> gp, List<List<Location>> homeCare) {}

  private static final String[] PRACTICE_NAMES = {
    "De Linde", "Het Anker", "De Brink", "Zuiderpark", "De Molen", "Het Kompas", "De Akker",
    "Oosterpoort", "De Wilgen", "Het Baken", "De Es", "Rozenhof", "De Vaart", "Westerkwartier",
    "De Eik", "Het Plein", "Kastanjelaan", "De Hoven", "Meerzicht", "De Bron"
  };
  private static final String[] HOME_CARE_NAMES = {
    "Thuiszorg", "Wijkverpleging", "Buurtzorgteam", "Zorg Thuis", "Wijkzorg", "ThuisVerpleging"
  };
  private static final String[] HOME_CARE_PLACES = {
    "Noord",
    "Zuid",
    "Oost",
    "West",
    "Centrum",
    "Rivierenland",
    "De Kempen",
    "Kust",
    "Heuvelland",
    "Veenkoloniën",
    "Polderland",
    "Stad en Ommeland"
  };
  private static final String[] STREETS = {
    "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beatrixstraat",
    "Schoolstraat", "Wilhelminastraat", "Parkweg", "Hoofdstraat", "Lindelaan", "Kastanjelaan"
  };

  private static ProviderPlan providers(
      Connection c, Options o, Reference ref, double[] weight, Random random, Counts counts)
      throws SQLException {
    Size size = o.size();
    int areas = ref.municipalities().size();
    ProviderCodes codes = new ProviderCodes(o.seed(), ref.takenCodes());
    List<List<Location>> gp = new ArrayList<>();
    List<List<Location>> homeCare = new ArrayList<>();
    for (int a = 0; a < areas; a++) {
      gp.add(new ArrayList<>());
      homeCare.add(new ArrayList<>());
    }
    long providerId = nextId(c, "care_provider");
    long locationId = nextId(c, "provider_location");
    int number = 0;
    try (RowWriter provider =
            new RowWriter(
                c, "care_provider", "id", "name", "kind", "agb_code", "kvk_number", "demo");
        RowWriter location =
            new RowWriter(
                c,
                "provider_location",
                "id",
                "provider_id",
                "name",
                "street",
                "postcode",
                "city",
                "municipality_id");
        RowWriter served = new RowWriter(c, "provider_area", "provider_id", "municipality_id")) {
      location.after(provider);
      served.after(provider);
      // GP practices: one location each, spread over the areas by size (at least 3 per area).
      int[] practices =
          NationalPlan.allocate(
              size.gpPractices(), weight, Math.min(3, Math.max(1, size.gpPractices() / areas)));
      for (int a = 0; a < areas; a++) {
        Municipality m = ref.municipalities().get(a);
        for (int i = 0; i < practices[a]; i++) {
          number++;
          String name =
              (random.nextInt(4) == 0 ? "Gezondheidscentrum " : "Huisartsenpraktijk ")
                  + PRACTICE_NAMES[random.nextInt(PRACTICE_NAMES.length)]
                  + " "
                  + m.name()
                  + String.format(Locale.ROOT, " #%05d ", number)
                  + o.marker();
          provider.add(
              providerId,
              name,
              ProviderKind.GP_PRACTICE.name(),
              codes.nextAgb(ProviderCodes.AGB_GP_PRACTICE),
              codes.nextKvk(),
              true);
          location.add(
              locationId,
              providerId,
              "Praktijk " + m.name(),
              street(random),
              postcode(random),
              m.name(),
              m.id());
          served.add(providerId, m.id());
          gp.get(a)
              .add(
                  new Location(
                      locationId,
                      providerId,
                      ProviderKind.GP_PRACTICE,
                      a,
                      0.08 * random.nextGaussian()));
          providerId++;
          locationId++;
        }
      }
      // Home-care organisations: a home area by size, and teams in 0–5 more areas of the same
      // province; then every area gets the teams its home-care visits need.
      int[] visits = NationalPlan.allocate(size.visits(), weight, NationalPlan.MIN_VISITS_PER_AREA);
      Map<String, List<Integer>> byProvince = new LinkedHashMap<>();
      for (int a = 0; a < areas; a++) {
        byProvince
            .computeIfAbsent(ref.municipalities().get(a).province(), k -> new ArrayList<>())
            .add(a);
      }
      double[] cumulative = new double[areas];
      double sum = 0;
      for (int a = 0; a < areas; a++) {
        sum += weight[a];
        cumulative[a] = sum;
      }
      int orgs = size.homeCareOrganisations();
      List<List<Integer>> teams = new ArrayList<>();
      List<Integer> home = new ArrayList<>();
      for (int j = 0; j < orgs; j++) {
        double pick = random.nextDouble() * sum;
        int a = 0;
        while (a < areas - 1 && cumulative[a] < pick) {
          a++;
        }
        home.add(a);
        List<Integer> served0 = new ArrayList<>(List.of(a));
        List<Integer> nearby = byProvince.get(ref.municipalities().get(a).province());
        int extra = Math.min(nearby.size() - 1, random.nextInt(6));
        for (int k = 0; k < extra * 3 && served0.size() < extra + 1; k++) {
          int other = nearby.get(random.nextInt(nearby.size()));
          if (!served0.contains(other)) {
            served0.add(other);
          }
        }
        teams.add(served0);
      }
      int[] teamCount = new int[areas];
      teams.forEach(t -> t.forEach(a -> teamCount[a]++));
      for (int a = 0; a < areas; a++) {
        int need = Math.min(orgs, NationalPlan.splitVisits(visits[a], practices[a])[1]);
        List<Integer> nearby = byProvince.get(ref.municipalities().get(a).province());
        int tries = 0;
        while (teamCount[a] < need) {
          // Prefer an organisation at home in the same province; after many tries, any.
          int j = random.nextInt(orgs);
          boolean sameProvince =
              ref.municipalities()
                  .get(home.get(j))
                  .province()
                  .equals(ref.municipalities().get(a).province());
          if ((sameProvince || tries++ > 50 * orgs || nearby.size() == 1)
              && !teams.get(j).contains(a)) {
            teams.get(j).add(a);
            teamCount[a]++;
          }
        }
      }
      for (int j = 0; j < orgs; j++) {
        number++;
        Municipality homeArea = ref.municipalities().get(home.get(j));
        String name =
            HOME_CARE_NAMES[random.nextInt(HOME_CARE_NAMES.length)]
                + " "
                + (random.nextBoolean()
                    ? homeArea.name()
                    : HOME_CARE_PLACES[random.nextInt(HOME_CARE_PLACES.length)])
                + String.format(Locale.ROOT, " #%05d ", number)
                + o.marker();
        provider.add(
            providerId,
            name,
            ProviderKind.HOME_CARE.name(),
            codes.nextAgb(ProviderCodes.AGB_HOME_CARE),
            codes.nextKvk(),
            true);
        double offset = 0.08 * random.nextGaussian();
        for (int a : teams.get(j)) {
          Municipality m = ref.municipalities().get(a);
          location.add(
              locationId,
              providerId,
              "Team " + m.name(),
              random.nextInt(3) == 0 ? null : street(random),
              random.nextInt(3) == 0 ? null : postcode(random),
              m.name(),
              m.id());
          served.add(providerId, m.id());
          homeCare
              .get(a)
              .add(
                  new Location(
                      locationId,
                      providerId,
                      ProviderKind.HOME_CARE,
                      a,
                      offset + 0.04 * random.nextGaussian()));
          locationId++;
        }
        providerId++;
      }
      provider.flush();
      location.flush();
      served.flush();
      counts.add(provider);
      counts.add(location);
      counts.add(served);
    }
    return new ProviderPlan(gp, homeCare);
  }

  private static String street(Random random) {
    return STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(180));
  }

  /** A Dutch-looking postcode: 1000–9999 and two letters, never SA, SD or SS. */
  static String postcode(Random random) {
    while (true) {
      String letters = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
      if (!letters.equals("SA") && !letters.equals("SD") && !letters.equals("SS")) {
        return (1000 + random.nextInt(9000)) + letters;
      }
    }
  }

  /** Status of a visit by share: most are published, some still on their way. */
  static VisitStatus status(double u) {
    return u < 0.55
        ? VisitStatus.PUBLISHED
        : u < 0.67
            ? VisitStatus.FINAL
            : u < 0.75
                ? VisitStatus.REPLY_RECEIVED
                : u < 0.83
                    ? VisitStatus.SENT_FOR_REPLY
                    : u < 0.92 ? VisitStatus.FINDINGS_DRAFTED : VisitStatus.IN_PROGRESS;
  }

  private static final String[] TRACER_PROFILES = {
    "Fictief: alleenwonende oudere met hartfalen en beginnende geheugenproblemen; dochter is"
        + " mantelzorger.",
    "Fictief: echtpaar, beiden boven de 85; hij heeft COPD, zij zorgt en valt regelmatig.",
    "Fictief: oudere met diabetes en slechtziendheid, woont alleen, zoon op afstand.",
    "Fictief: oudere met dementie in een vroeg stadium; buurvrouw en nicht helpen.",
    "Fictief: oudere na een heupfractuur terug thuis, gebruikt tien geneesmiddelen.",
    "Fictief: oudere met de ziekte van Parkinson, partner is overbelast."
  };

  private static void study(
      Connection c,
      Options o,
      Reference ref,
      long studyId,
      long[] areaIds,
      double[] weight,
      ProviderPlan providers,
      Random random,
      List<Visit> visits,
      List<Tracer> tracers,
      Counts counts)
      throws SQLException {
    int areas = ref.municipalities().size();
    LocalDateTime created = STARTS_ON.minusDays(14).atTime(9, 0);
    try (RowWriter study =
        new RowWriter(
            c,
            "study",
            "id",
            "title",
            "starts_on",
            "ends_on",
            "framework_version_id",
            "demo",
            "created_at",
            "created_by")) {
      study.add(
          studyId,
          o.title(),
          STARTS_ON,
          ENDS_ON,
          ref.frameworkVersionId(),
          true,
          created,
          COORDINATOR);
      study.flush();
      counts.add(study);
    }
    long areaId = nextId(c, "study_area");
    try (RowWriter area = new RowWriter(c, "study_area", "id", "study_id", "municipality_id");
        RowWriter inspector = new RowWriter(c, "study_inspector", "study_id", "user_id")) {
      inspector.add(studyId, ref.inspectorId());
      for (int a = 0; a < areas; a++) {
        areaIds[a] = areaId++;
        area.add(areaIds[a], studyId, ref.municipalities().get(a).id());
      }
      area.flush();
      inspector.flush();
      counts.add(area);
      counts.add(inspector);
    }
    int[] perArea =
        NationalPlan.allocate(o.size().visits(), weight, NationalPlan.MIN_VISITS_PER_AREA);
    long visitId = nextId(c, "visit");
    long transitionId = nextId(c, "visit_transition");
    long days = java.time.temporal.ChronoUnit.DAYS.between(STARTS_ON, LAST_VISIT);
    try (RowWriter visit =
            new RowWriter(
                c,
                "visit",
                "id",
                "study_id",
                "study_area_id",
                "location_id",
                "visit_date",
                "status",
                "created_at",
                "created_by");
        RowWriter visitInspector = new RowWriter(c, "visit_inspector", "visit_id", "user_id");
        RowWriter transition =
            new RowWriter(
                c,
                "visit_transition",
                "id",
                "visit_id",
                "from_status",
                "to_status",
                "changed_at",
                "changed_by",
                "role")) {
      visitInspector.after(visit);
      transition.after(visit);
      for (int a = 0; a < areas; a++) {
        List<Location> gp = new ArrayList<>(providers.gp().get(a));
        List<Location> hc = new ArrayList<>(providers.homeCare().get(a));
        java.util.Collections.shuffle(gp, random);
        java.util.Collections.shuffle(hc, random);
        int[] split = NationalPlan.splitVisits(perArea[a], gp.size());
        List<Location> chosen = new ArrayList<>(gp.subList(0, split[0]));
        chosen.addAll(hc.subList(0, Math.min(split[1], hc.size())));
        // The area's fieldwork falls in a few weeks somewhere in the period.
        LocalDate areaStart = STARTS_ON.plusDays(random.nextLong(Math.max(1, days - 40)));
        for (Location location : chosen) {
          LocalDate date = weekday(areaStart.plusDays(random.nextInt(35)));
          VisitStatus status = status(random.nextDouble());
          LocalDateTime at = date.minusDays(21).atTime(9, random.nextInt(60));
          visit.add(
              visitId, studyId, areaIds[a], location.id(), date, status.name(), at, COORDINATOR);
          visitInspector.add(visitId, ref.inspectorId());
          VisitStatus from = null;
          for (VisitStatus step : VisitStatus.values()) {
            if (step == VisitStatus.CANCELLED || step.ordinal() > status.ordinal()) {
              break;
            }
            boolean lead = step == VisitStatus.PLANNED || step.ordinal() > 2;
            LocalDateTime when =
                step == VisitStatus.PLANNED
                    ? at
                    : date.atTime(8, 30)
                        .plusDays(7L * (step.ordinal() - 1))
                        .plusMinutes(random.nextInt(480));
            transition.add(
                transitionId++,
                visitId,
                from == null ? null : from.name(),
                step.name(),
                when,
                lead ? COORDINATOR : INSPECTOR,
                lead ? "COORDINATOR" : "INSPECTOR");
            from = step;
          }
          visits.add(new Visit(visitId, areaIds[a], a, location, date, status));
          visitId++;
        }
      }
      visit.flush();
      visitInspector.flush();
      transition.flush();
      counts.add(visit);
      counts.add(visitInspector);
      counts.add(transition);
    }
    long tracerId = nextId(c, "tracer");
    String lastPseudonym = null;
    try (RowWriter tracer =
            new RowWriter(
                c,
                "tracer",
                "id",
                "study_id",
                "study_area_id",
                "pseudonym",
                "age_band",
                "profile",
                "created_at",
                "created_by");
        RowWriter tracerProvider =
            new RowWriter(c, "tracer_provider", "tracer_id", "provider_id")) {
      tracerProvider.after(tracer);
      for (int a = 0; a < areas; a++) {
        List<Location> gp = providers.gp().get(a);
        List<Location> hc = providers.homeCare().get(a);
        for (int t = 0; t < o.size().tracersPerArea(); t++) {
          String pseudonym =
              Pseudonyms.next(
                  Pseudonyms.TRACER_PREFIX,
                  lastPseudonym == null ? List.of() : List.of(lastPseudonym));
          lastPseudonym = pseudonym;
          double u = random.nextDouble();
          AgeBand band =
              u < 0.6 ? AgeBand.FROM_85 : u < 0.95 ? AgeBand.FROM_75_TO_84 : AgeBand.FROM_65_TO_74;
          Location practice = gp.get(random.nextInt(gp.size()));
          Location team = hc.isEmpty() ? null : hc.get(random.nextInt(hc.size()));
          List<Long> ids = new ArrayList<>(List.of(practice.providerId()));
          if (team != null) {
            ids.add(team.providerId());
          }
          LocalDateTime at = STARTS_ON.plusDays(random.nextInt(60)).atTime(10, 0);
          tracer.add(
              tracerId,
              studyId,
              areaIds[a],
              pseudonym,
              band.name(),
              TRACER_PROFILES[random.nextInt(TRACER_PROFILES.length)],
              at,
              INSPECTOR);
          for (long id : ids) {
            tracerProvider.add(tracerId, id);
          }
          double offset =
              team == null ? practice.offset() : (practice.offset() + team.offset()) / 2;
          tracers.add(new Tracer(tracerId, areaIds[a], a, pseudonym, band, ids, offset));
          tracerId++;
        }
      }
      tracer.flush();
      tracerProvider.flush();
      counts.add(tracer);
      counts.add(tracerProvider);
    }
  }

  private static LocalDate weekday(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY
        ? date.plusDays(2)
        : day == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
  }

  private static final RespondentRole[] GP_MORE = {
    RespondentRole.HUISARTS,
    RespondentRole.HUISARTS,
    RespondentRole.HUISARTS,
    RespondentRole.POH,
    RespondentRole.POH,
    RespondentRole.POH,
    RespondentRole.APOTHEKER,
    RespondentRole.SPECIALIST_OUDERENGENEESKUNDE,
    RespondentRole.GEMEENTE_WIJKTEAM
  };
  private static final RespondentRole[] HOME_CARE_MORE = {
    RespondentRole.WIJKVERPLEEGKUNDIGE,
    RespondentRole.WIJKVERPLEEGKUNDIGE,
    RespondentRole.WIJKVERPLEEGKUNDIGE,
    RespondentRole.WIJKVERPLEEGKUNDIGE,
    RespondentRole.VERZORGENDE,
    RespondentRole.CASEMANAGER,
    RespondentRole.CASEMANAGER,
    RespondentRole.BESTUURDER
  };

  private static final String[] GOOD_NOTES = {
    "Fictief: vaste overlegmomenten, iedereen kent elkaar bij naam.",
    "Fictief: afspraken staan op papier en worden nageleefd.",
    "Fictief: de oudere weet wie het aanspreekpunt is.",
    "Fictief: het zorgplan is gedeeld en actueel."
  };
  private static final String[] WEAK_NOTES = {
    "Fictief: overleg vooral als er iets misgaat.",
    "Fictief: de mantelzorger geeft zelf informatie door tussen zorgverleners.",
    "Fictief: onduidelijk wie de regie heeft.",
    "Fictief: geen gedeeld medicatieoverzicht."
  };

  /** The pseudonym counters of one study: the last one handed out per prefix. */
  private static final class PseudonymCounter {
    private final Map<String, String> last = new HashMap<>();

    String next(RespondentRole role) {
      String prefix = Pseudonyms.prefix(role);
      String previous = last.get(prefix);
      String next = Pseudonyms.next(prefix, previous == null ? List.of() : List.of(previous));
      last.put(prefix, next);
      return next;
    }
  }

  private static void interviews(
      Connection c,
      Options o,
      Reference ref,
      long studyId,
      double[] quality,
      List<Visit> visits,
      List<Tracer> tracers,
      Random random,
      Map<String, Long> firstAnswer,
      Counts counts)
      throws SQLException {
    // Tracer interviews first (their number is drawn), the rest spread over the visits.
    List<List<RespondentRole>> tracerRoles = new ArrayList<>();
    int tracerInterviews = 0;
    for (int t = 0; t < tracers.size(); t++) {
      List<RespondentRole> roles = new ArrayList<>(List.of(RespondentRole.OUDERE));
      if (random.nextDouble() < 0.85) {
        roles.add(RespondentRole.MANTELZORGER);
      }
      roles.add(random.nextDouble() < 0.6 ? RespondentRole.HUISARTS : RespondentRole.POH);
      roles.add(RespondentRole.WIJKVERPLEEGKUNDIGE);
      if (random.nextDouble() < 0.35) {
        roles.add(RespondentRole.CASEMANAGER);
      }
      tracerRoles.add(roles);
      tracerInterviews += roles.size();
    }
    int atVisits = Math.max(visits.size(), o.size().interviews() - tracerInterviews);
    double[] ones = new double[visits.size()];
    java.util.Arrays.fill(ones, 1);
    int[] perVisit = NationalPlan.allocate(atVisits, ones, 1);
    // allocate() hands the remainder to the first visits; shuffle which visits get one more.
    for (int i = perVisit.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = perVisit[i];
      perVisit[i] = perVisit[j];
      perVisit[j] = tmp;
    }
    PseudonymCounter pseudonyms = new PseudonymCounter();
    long interviewId = nextId(c, "interview");
    long answerId = nextId(c, "interview_answer");
    try (RowWriter interview =
            new RowWriter(
                c,
                "interview",
                "id",
                "study_id",
                "visit_id",
                "tracer_id",
                "respondent_role",
                "pseudonym",
                "age_band",
                "held_on",
                "completed",
                "created_at",
                "created_by");
        RowWriter answer =
            new RowWriter(
                c,
                "interview_answer",
                "id",
                "interview_id",
                "question_id",
                "answer_value",
                "note",
                "updated_at",
                "updated_by")) {
      answer.after(interview);
      for (int v = 0; v < visits.size(); v++) {
        Visit visit = visits.get(v);
        boolean gp = visit.location().kind() == ProviderKind.GP_PRACTICE;
        double good =
            NationalPlan.clamp(quality[visit.area()] + visit.location().offset(), 0.05, 0.95);
        for (int i = 0; i < perVisit[v]; i++) {
          RespondentRole role =
              i == 0
                  ? (gp ? RespondentRole.HUISARTS : RespondentRole.WIJKVERPLEEGKUNDIGE)
                  : i == 1
                      ? (gp ? RespondentRole.POH : RespondentRole.WIJKVERPLEEGKUNDIGE)
                      : (gp ? GP_MORE : HOME_CARE_MORE)
                          [random.nextInt(gp ? GP_MORE.length : HOME_CARE_MORE.length)];
          boolean completed = visit.status() != VisitStatus.IN_PROGRESS || random.nextBoolean();
          LocalDateTime at = visit.date().atTime(9 + i, random.nextInt(60));
          interview.add(
              interviewId,
              studyId,
              visit.id(),
              null,
              role.name(),
              pseudonyms.next(role),
              null,
              visit.date(),
              completed,
              at,
              INSPECTOR);
          answerId =
              answers(
                  answer,
                  ref,
                  role,
                  interviewId,
                  answerId,
                  "V" + visit.id(),
                  good,
                  completed ? 0.95 : 0.6,
                  at,
                  random,
                  firstAnswer);
          interviewId++;
        }
      }
      for (int t = 0; t < tracers.size(); t++) {
        Tracer tracer = tracers.get(t);
        double good = NationalPlan.clamp(quality[tracer.area()] + tracer.offset(), 0.05, 0.95);
        LocalDate heldOn = weekday(STARTS_ON.plusDays(60 + random.nextInt(300)));
        for (RespondentRole role : tracerRoles.get(t)) {
          AgeBand band =
              role == RespondentRole.OUDERE
                  ? tracer.ageBand()
                  : role == RespondentRole.MANTELZORGER
                      ? (random.nextBoolean() ? AgeBand.UNDER_65 : AgeBand.FROM_65_TO_74)
                      : null;
          LocalDateTime at = heldOn.atTime(10, random.nextInt(60));
          interview.add(
              interviewId,
              studyId,
              null,
              tracer.id(),
              role.name(),
              pseudonyms.next(role),
              band == null ? null : band.name(),
              heldOn,
              true,
              at,
              INSPECTOR);
          answerId =
              answers(
                  answer,
                  ref,
                  role,
                  interviewId,
                  answerId,
                  "T" + tracer.id(),
                  good,
                  0.93,
                  at,
                  random,
                  firstAnswer);
          interviewId++;
        }
      }
      interview.flush();
      answer.flush();
      counts.add(interview);
      counts.add(answer);
    }
  }

  /** Answers every question for the role with probability {@code answered}; returns the next id. */
  private static long answers(
      RowWriter answer,
      Reference ref,
      RespondentRole role,
      long interviewId,
      long answerId,
      String scopeKey,
      double good,
      double answered,
      LocalDateTime at,
      Random random,
      Map<String, Long> firstAnswer)
      throws SQLException {
    int minute = 0;
    for (Question q : ref.questionsByRole().getOrDefault(role, List.of())) {
      if (random.nextDouble() >= answered) {
        continue;
      }
      boolean ok = random.nextDouble() < good;
      String value = value(q, ok, random);
      String note =
          q.type() == AnswerType.OPEN || random.nextDouble() < 0.08
              ? (ok ? GOOD_NOTES : WEAK_NOTES)[random.nextInt(4)]
              : null;
      answer.add(answerId, interviewId, q.id(), value, note, at.plusMinutes(++minute), INSPECTOR);
      firstAnswer.putIfAbsent(scopeKey + "/" + q.normId(), answerId);
      answerId++;
    }
    return answerId;
  }

  /** A valid answer value for the question (AnswerRules), leaning good or weak. */
  static String value(Question q, boolean good, Random random) {
    return switch (q.type()) {
      case OPEN -> null;
      case YES_NO -> good ? "yes" : "no";
      case SINGLE_CHOICE -> {
        int n = q.options().size();
        int half = Math.max(1, n / 2);
        yield q.options().get(good ? random.nextInt(half) : half + random.nextInt(n - half));
      }
      case MULTIPLE_CHOICE -> {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
          if (random.nextDouble() < (good ? 0.6 : 0.25)) {
            chosen.add(q.options().get(i));
          }
        }
        if (chosen.isEmpty()) {
          chosen.add(q.options().get(good ? 0 : q.options().size() - 1));
        }
        yield String.join(",", chosen);
      }
      case SCALE -> {
        int min = q.min() == null ? 1 : q.min();
        int max = q.max() == null ? 5 : q.max();
        yield Integer.toString(good ? max - random.nextInt(2) : min + random.nextInt(2));
      }
      case NUMBER -> {
        int min = q.min() == null ? 0 : q.min();
        int max = q.max() == null ? 100 : q.max();
        double f = good ? 0.15 * random.nextDouble() : 0.3 + 0.7 * random.nextDouble();
        yield Integer.toString((int) Math.round(min + (max - min) * f));
      }
    };
  }

  private static final String[] MOTIVATIONS = {
    "Fictief (gegenereerd): werkafspraken ingezien en in de praktijk gezien.",
    "Fictief (gegenereerd): de afspraken zijn bekend maar niet overal vastgelegd.",
    "Fictief (gegenereerd): afspraken ontbreken grotendeels of zijn onbekend bij medewerkers.",
    "Fictief (gegenereerd): er zijn geen afspraken; betrokkenen werken langs elkaar heen."
  };

  private static void findings(
      Connection c,
      Reference ref,
      long studyId,
      double[] quality,
      double[] missing,
      List<Visit> visits,
      List<Tracer> tracers,
      Random random,
      Map<String, Long> firstAnswer,
      Counts counts)
      throws SQLException {
    long findingId = nextId(c, "finding");
    long evidenceId = nextId(c, "finding_evidence");
    int levels = ref.levels().size();
    try (RowWriter finding =
            new RowWriter(
                c,
                "finding",
                "id",
                "study_id",
                "study_area_id",
                "visit_id",
                "tracer_id",
                "scope_key",
                "norm_id",
                "rating_level_id",
                "motivation",
                "updated_at",
                "updated_by");
        RowWriter findingProvider =
            new RowWriter(c, "finding_provider", "finding_id", "provider_id");
        RowWriter evidence =
            new RowWriter(
                c,
                "finding_evidence",
                "id",
                "finding_id",
                "position",
                "kind",
                "answer_id",
                "description")) {
      findingProvider.after(finding);
      evidence.after(finding);
      for (Visit visit : visits) {
        double missingShare =
            missing[visit.area()] + (visit.status() == VisitStatus.IN_PROGRESS ? 0.15 : 0);
        for (Norm norm : ref.norms()) {
          if (norm.level() != NormLevel.AREA) {
            continue;
          }
          String scope = "V" + visit.id();
          double latent =
              quality[visit.area()]
                  + visit.location().offset()
                  + norm.difficulty()
                  + 0.15 * random.nextGaussian();
          Level level =
              random.nextDouble() < missingShare
                  ? ref.notAssessed()
                  : ref.levels().get(NationalPlan.level(latent, levels));
          writeFinding(
              finding,
              findingProvider,
              evidence,
              findingId,
              evidenceId,
              studyId,
              visit.areaId(),
              visit.id(),
              null,
              scope,
              norm,
              level,
              ref,
              List.of(visit.location().providerId()),
              firstAnswer,
              visit.date().plusDays(3).atTime(14, random.nextInt(60)));
          evidenceId += 1;
          findingId++;
        }
      }
      for (Tracer tracer : tracers) {
        for (Norm norm : ref.norms()) {
          if (norm.level() != NormLevel.CLIENT) {
            continue;
          }
          String scope = "T" + tracer.id();
          double latent =
              quality[tracer.area()]
                  + tracer.offset()
                  + norm.difficulty()
                  + 0.15 * random.nextGaussian();
          Level level =
              random.nextDouble() < missing[tracer.area()]
                  ? ref.notAssessed()
                  : ref.levels().get(NationalPlan.level(latent, levels));
          writeFinding(
              finding,
              findingProvider,
              evidence,
              findingId,
              evidenceId,
              studyId,
              tracer.areaId(),
              null,
              tracer.id(),
              scope,
              norm,
              level,
              ref,
              tracer.providerIds(),
              firstAnswer,
              STARTS_ON.plusDays(400).atTime(15, random.nextInt(60)));
          evidenceId += 1;
          findingId++;
        }
      }
      finding.flush();
      findingProvider.flush();
      evidence.flush();
      counts.add(finding);
      counts.add(findingProvider);
      counts.add(evidence);
    }
  }

  private static void writeFinding(
      RowWriter finding,
      RowWriter findingProvider,
      RowWriter evidence,
      long findingId,
      long evidenceId,
      long studyId,
      long areaId,
      Long visitId,
      Long tracerId,
      String scope,
      Norm norm,
      Level level,
      Reference ref,
      List<Long> providerIds,
      Map<String, Long> firstAnswer,
      LocalDateTime at)
      throws SQLException {
    String motivation =
        level.notAssessed()
            ? "Fictief (gegenereerd): niet beoordeeld; geen gesprek of stukken over deze norm."
            : MOTIVATIONS[Math.min(MOTIVATIONS.length - 1, ref.levels().indexOf(level))];
    finding.add(
        findingId,
        studyId,
        areaId,
        visitId,
        tracerId,
        scope,
        norm.id(),
        level.id(),
        motivation,
        at,
        INSPECTOR);
    for (long providerId : providerIds) {
      findingProvider.add(findingId, providerId);
    }
    Long answer = level.notAssessed() ? null : firstAnswer.get(scope + "/" + norm.id());
    if (answer != null) {
      evidence.add(evidenceId, findingId, 1, "ANSWER", answer, "");
    } else {
      evidence.add(
          evidenceId,
          findingId,
          1,
          "OBSERVATION",
          null,
          "Fictief (gegenereerd): waarneming tijdens het bezoek.");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Ids, lookup, delete, hash

  /**
   * The next id of a table: one above the highest, read with a lock so that nobody inserts past it
   * until this transaction ends.
   */
  static long nextId(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table + " FOR UPDATE")) {
      r.next();
      return r.getLong(1) + 1;
    }
  }

  static Optional<Long> studyId(Connection c, String title) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM study WHERE title = ?")) {
      s.setString(1, title);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
      }
    }
  }

  private static boolean providersExist(Connection c, Options o) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT COUNT(*) FROM care_provider WHERE demo = TRUE AND name LIKE ?")) {
      s.setString(1, "% " + o.marker());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }

  /**
   * Deletes a generated study (by its title) and the providers this seed and size generated (by the
   * marker in their names), children first. Runs in the caller's transaction.
   */
  public static void delete(Connection c, Options o) throws SQLException {
    Optional<Long> study = studyId(c, o.title());
    if (study.isPresent()) {
      long id = study.get();
      for (String sql :
          List.of(
              "DELETE FROM result_override_event WHERE study_id = ?",
              "DELETE FROM result_override WHERE study_id = ?",
              "DELETE FROM finding WHERE study_id = ?",
              "DELETE a FROM interview_answer a JOIN interview i ON i.id = a.interview_id"
                  + " WHERE i.study_id = ?",
              "DELETE FROM interview WHERE study_id = ?",
              "DELETE FROM tracer WHERE study_id = ?",
              "DELETE t FROM visit_transition t JOIN visit v ON v.id = t.visit_id"
                  + " WHERE v.study_id = ?",
              "DELETE vi FROM visit_inspector vi JOIN visit v ON v.id = vi.visit_id"
                  + " WHERE v.study_id = ?",
              "DELETE FROM visit WHERE study_id = ?",
              "DELETE FROM study WHERE id = ?")) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
          s.setLong(1, id);
          s.executeUpdate();
        }
      }
    }
    String like = "% " + o.marker();
    for (String sql :
        List.of(
            "DELETE pa FROM provider_area pa JOIN care_provider p ON p.id = pa.provider_id"
                + " WHERE p.demo = TRUE AND p.name LIKE ?",
            "DELETE l FROM provider_location l JOIN care_provider p ON p.id = l.provider_id"
                + " WHERE p.demo = TRUE AND p.name LIKE ?",
            "DELETE FROM care_provider WHERE demo = TRUE AND name LIKE ?")) {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, like);
        s.executeUpdate();
      }
    }
  }

  /**
   * A SHA-256 over the key columns of everything the study holds, without database ids: providers
   * and locations, areas, visits, tracers, interviews, answers and findings, in a fixed order. Two
   * runs with the same seed on the same database give the same hash.
   */
  public static String contentHash(Connection c, long studyId) throws SQLException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    List<String> queries =
        List.of(
            "SELECT s.title, s.starts_on, s.ends_on FROM study s WHERE s.id = ?",
            "SELECT m.cbs_code, a.district_code FROM study_area a JOIN municipality m ON m.id ="
                + " a.municipality_id WHERE a.study_id = ? ORDER BY m.cbs_code, a.district_code",
            "SELECT DISTINCT p.name, p.kind, p.agb_code, p.kvk_number, l.name, l.street,"
                + " l.postcode, l.city FROM visit v JOIN provider_location l ON l.id ="
                + " v.location_id JOIN care_provider p ON p.id = l.provider_id WHERE v.study_id"
                + " = ? ORDER BY p.name, l.name",
            "SELECT m.cbs_code, p.name, l.name, v.visit_date, v.status, v.created_at FROM visit v"
                + " JOIN study_area a ON a.id = v.study_area_id JOIN municipality m ON m.id ="
                + " a.municipality_id JOIN provider_location l ON l.id = v.location_id JOIN"
                + " care_provider p ON p.id = l.provider_id WHERE v.study_id = ? ORDER BY"
                + " p.name, l.name, v.visit_date",
            "SELECT p.name, v.visit_date, t.from_status, t.to_status, t.changed_at, t.changed_by"
                + " FROM visit_transition t JOIN visit v ON v.id = t.visit_id JOIN"
                + " provider_location l ON l.id = v.location_id JOIN care_provider p ON p.id ="
                + " l.provider_id WHERE v.study_id = ? ORDER BY p.name, v.visit_date,"
                + " t.changed_at, t.to_status",
            "SELECT t.pseudonym, m.cbs_code, t.age_band, t.profile, (SELECT GROUP_CONCAT(p.name"
                + " ORDER BY p.name SEPARATOR '|') FROM tracer_provider tp JOIN care_provider p"
                + " ON p.id = tp.provider_id WHERE tp.tracer_id = t.id) FROM tracer t JOIN"
                + " study_area a ON a.id = t.study_area_id JOIN municipality m ON m.id ="
                + " a.municipality_id WHERE t.study_id = ? ORDER BY t.pseudonym",
            "SELECT i.pseudonym, i.respondent_role, i.age_band, i.held_on, i.completed,"
                + " COALESCE(CONCAT(p.name, ' ', v.visit_date), t.pseudonym) FROM interview i"
                + " LEFT JOIN visit v ON v.id = i.visit_id LEFT JOIN provider_location l ON l.id"
                + " = v.location_id LEFT JOIN care_provider p ON p.id = l.provider_id LEFT JOIN"
                + " tracer t ON t.id = i.tracer_id WHERE i.study_id = ? ORDER BY i.pseudonym",
            "SELECT i.pseudonym, q.code, a.answer_value, a.note, a.updated_at FROM"
                + " interview_answer a JOIN interview i ON i.id = a.interview_id JOIN"
                + " framework_question q ON q.id = a.question_id WHERE i.study_id = ? ORDER BY"
                + " i.pseudonym, q.code",
            "SELECT COALESCE(CONCAT(p.name, ' ', v.visit_date), t.pseudonym), n.code, r.code,"
                + " f.motivation, f.updated_at, (SELECT GROUP_CONCAT(CONCAT(e.kind, ':',"
                + " COALESCE(ei.pseudonym, ''), ':', COALESCE(eq.code, ''), ':', e.description)"
                + " ORDER BY e.position SEPARATOR '|') FROM finding_evidence e LEFT JOIN"
                + " interview_answer ea ON ea.id = e.answer_id LEFT JOIN interview ei ON ei.id ="
                + " ea.interview_id LEFT JOIN framework_question eq ON eq.id = ea.question_id"
                + " WHERE e.finding_id = f.id), (SELECT COUNT(*) FROM finding_provider fp WHERE"
                + " fp.finding_id = f.id) FROM finding f JOIN framework_norm n ON n.id ="
                + " f.norm_id JOIN framework_rating_level r ON r.id = f.rating_level_id LEFT JOIN"
                + " visit v ON v.id = f.visit_id LEFT JOIN provider_location l ON l.id ="
                + " v.location_id LEFT JOIN care_provider p ON p.id = l.provider_id LEFT JOIN"
                + " tracer t ON t.id = f.tracer_id WHERE f.study_id = ? ORDER BY 1, n.code");
    try (Statement session = c.createStatement()) {
      session.execute("SET SESSION group_concat_max_len = 1048576");
    }
    for (String sql : queries) {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setLong(1, studyId);
        try (ResultSet r = s.executeQuery()) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              row.append(r.getString(i)).append('\u001f');
            }
            digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      digest.update((byte) 0x1e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
