package nl.wijkzicht.demo.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import nl.wijkzicht.database.DataSourceConfiguration;
import nl.wijkzicht.demo.national.NationalPlan.Size;
import nl.wijkzicht.demo.national.NationalStudyGenerator.Options;
import nl.wijkzicht.demo.national.NationalStudyGenerator.Result;
import nl.wijkzicht.fieldwork.control.Pseudonyms;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The national study generator at a small size (3 municipalities, volumes scaled) on the test
 * MariaDB, which already holds the demo data: the counts, a finding for every norm per scope, the
 * schema's and the application's rules, and the same content for the same seed.
 */
@ExtendWith(ArquillianExtension.class)
class NationalStudyGeneratorIT {

  private static final Size SIZE = Size.scaledTo(3);

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  private static Connection connection() throws Exception {
    DataSource dataSource = InitialContext.doLookup(DataSourceConfiguration.JNDI_NAME);
    return dataSource.getConnection();
  }

  @Test
  void refusedOutsideDemoModeAndSaysWhy() throws Exception {
    try (Connection c = connection()) {
      assertThat(NationalStudyGenerator.refusal(false, c))
          .hasValueSatisfying(
              reason -> assertThat(reason).startsWith("Refused").contains("demo mode"));
      // The test server runs in demo mode: its database holds the demo accounts and framework.
      assertThat(NationalStudyGenerator.refusal(true, c)).isEmpty();
    }
  }

  @Test
  void generatesASmallStudyWithEveryNormRatedPerScopeAndTheSameContentForTheSameSeed()
      throws Exception {
    Options options = new Options(14_014, SIZE, true);
    Options other = new Options(14_015, SIZE, true);
    try (Connection c = connection()) {
      long demoStudies = count(c, "SELECT COUNT(*) FROM study WHERE demo = TRUE");
      Result first = NationalStudyGenerator.generate(c, options, line -> {});
      long study = first.studyId();
      try {
        assertThat(first.title()).contains("seed 14014").contains("3 gemeenten");
        assertThat(count(c, "SELECT COUNT(*) FROM study_area WHERE study_id = ?", study))
            .isEqualTo(3);
        assertThat(count(c, "SELECT COUNT(*) FROM visit WHERE study_id = ?", study))
            .isEqualTo(SIZE.visits())
            .isEqualTo(first.rows().get("visit"));
        assertThat(count(c, "SELECT COUNT(*) FROM tracer WHERE study_id = ?", study))
            .isEqualTo(3L * SIZE.tracersPerArea());
        assertThat(count(c, "SELECT COUNT(*) FROM interview WHERE study_id = ?", study))
            .isEqualTo(SIZE.interviews());
        long answers =
            count(
                c,
                "SELECT COUNT(*) FROM interview_answer a JOIN interview i ON i.id = a.interview_id"
                    + " WHERE i.study_id = ?",
                study);
        assertThat(answers).isEqualTo(first.rows().get("interview_answer")).isGreaterThan(2_000);
        long providers =
            count(
                c, "SELECT COUNT(*) FROM care_provider WHERE name LIKE ?", "% " + options.marker());
        assertThat(providers).isEqualTo(SIZE.gpPractices() + SIZE.homeCareOrganisations());

        // A finding for every area-level norm per visit and every client-level norm per tracer;
        // none for another norm, scope or study area.
        assertThat(
                count(
                    c,
                    "SELECT COUNT(*) FROM visit v JOIN study s ON s.id = v.study_id"
                        + " JOIN framework_theme t ON t.framework_version_id ="
                        + " s.framework_version_id JOIN framework_norm n ON n.theme_id = t.id AND"
                        + " n.norm_level = 'AREA' LEFT JOIN finding f ON f.visit_id = v.id AND"
                        + " f.norm_id = n.id AND f.scope_key = CONCAT('V', v.id) AND"
                        + " f.study_area_id = v.study_area_id WHERE v.study_id = ? AND f.id IS"
                        + " NULL",
                    study))
            .as("visit × area norm without a finding")
            .isZero();
        assertThat(
                count(
                    c,
                    "SELECT COUNT(*) FROM tracer r JOIN study s ON s.id = r.study_id"
                        + " JOIN framework_theme t ON t.framework_version_id ="
                        + " s.framework_version_id JOIN framework_norm n ON n.theme_id = t.id AND"
                        + " n.norm_level = 'CLIENT' LEFT JOIN finding f ON f.tracer_id = r.id AND"
                        + " f.norm_id = n.id AND f.scope_key = CONCAT('T', r.id) AND"
                        + " f.study_area_id = r.study_area_id WHERE r.study_id = ? AND f.id IS"
                        + " NULL",
                    study))
            .as("tracer × client norm without a finding")
            .isZero();
        long normsArea = normCount(c, "AREA");
        long normsClient = normCount(c, "CLIENT");
        assertThat(count(c, "SELECT COUNT(*) FROM finding WHERE study_id = ?", study))
            .isEqualTo(SIZE.visits() * normsArea + 3L * SIZE.tracersPerArea() * normsClient);
        // "Niet beoordeeld" occurs, but as a minority.
        long notAssessed =
            count(
                c,
                "SELECT COUNT(*) FROM finding f JOIN framework_rating_level r ON r.id ="
                    + " f.rating_level_id WHERE f.study_id = ? AND r.not_assessed = TRUE",
                study);
        long findings = count(c, "SELECT COUNT(*) FROM finding WHERE study_id = ?", study);
        assertThat(notAssessed).isPositive().isLessThan(findings / 4);
        // Every rated level of the scale occurs, the ratings come from the study's framework.
        assertThat(
                count(
                    c,
                    "SELECT COUNT(DISTINCT f.rating_level_id) FROM finding f JOIN study s ON s.id"
                        + " = f.study_id JOIN framework_rating_level r ON r.id = f.rating_level_id"
                        + " AND r.framework_version_id = s.framework_version_id WHERE s.id = ?",
                    study))
            .isEqualTo(5);

        // Every answer answers a question asked of the interview's role.
        assertThat(
                count(
                    c,
                    "SELECT COUNT(*) FROM interview_answer a JOIN interview i ON i.id ="
                        + " a.interview_id LEFT JOIN framework_question_role qr ON"
                        + " qr.question_id = a.question_id AND qr.role = i.respondent_role WHERE"
                        + " i.study_id = ? AND qr.role IS NULL",
                    study))
            .isZero();
        // Evidence quoting an answer quotes one from the finding's own visit or tracer.
        assertThat(
                count(
                    c,
                    "SELECT COUNT(*) FROM finding_evidence e JOIN finding f ON f.id ="
                        + " e.finding_id JOIN interview_answer a ON a.id = e.answer_id JOIN"
                        + " interview i ON i.id = a.interview_id WHERE f.study_id = ? AND NOT"
                        + " (i.visit_id <=> f.visit_id AND i.tracer_id <=> f.tracer_id)",
                    study))
            .isZero();
        // Each visit goes to a location in its own municipality.
        assertThat(
                count(
                    c,
                    "SELECT COUNT(*) FROM visit v JOIN study_area a ON a.id = v.study_area_id"
                        + " JOIN provider_location l ON l.id = v.location_id WHERE v.study_id = ?"
                        + " AND l.municipality_id <> a.municipality_id",
                    study))
            .isZero();
        // Pseudonyms follow fieldwork.control.Pseudonyms: role prefix, a number, unique.
        for (String[] row :
            rows(c, "SELECT respondent_role, pseudonym FROM interview WHERE study_id = ?", study)) {
          assertThat(row[1])
              .matches(Pseudonyms.prefix(RespondentRole.valueOf(row[0])) + "-\\d{2,}");
        }
        assertThat(rows(c, "SELECT pseudonym FROM tracer WHERE study_id = ?", study))
            .allSatisfy(row -> assertThat(row[0]).matches("C-\\d{2,}"));
        // AGB codes and KvK numbers: eight digits (unique by the schema's keys).
        assertThat(
                count(
                    c,
                    "SELECT COUNT(*) FROM care_provider WHERE name LIKE ? AND (agb_code NOT"
                        + " REGEXP '^[0-9]{8}$' OR kvk_number NOT REGEXP '^[1-9][0-9]{7}$')",
                    "% " + options.marker()))
            .isZero();

        // The title is unique: without replace, a second run is refused.
        assertThatThrownBy(
                () ->
                    NationalStudyGenerator.generate(
                        c, new Options(options.seed(), SIZE, false), line -> {}))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("exists");

        // Same seed again (replacing the first run): the same content. Another seed: other content.
        Result again = NationalStudyGenerator.generate(c, options, line -> {});
        assertThat(again.contentHash()).isEqualTo(first.contentHash());
        assertThat(again.rows()).isEqualTo(first.rows());
        study = again.studyId();
        Result different = NationalStudyGenerator.generate(c, other, line -> {});
        assertThat(different.contentHash()).isNotEqualTo(first.contentHash());

        // The demo data it ran beside is untouched.
        assertThat(count(c, "SELECT COUNT(*) FROM study WHERE demo = TRUE"))
            .isEqualTo(demoStudies + 2);
      } finally {
        // Leave the shared test database as it was for the other tests.
        c.setAutoCommit(false);
        NationalStudyGenerator.delete(c, options);
        NationalStudyGenerator.delete(c, other);
        c.commit();
        c.setAutoCommit(true);
      }
      assertThat(NationalStudyGenerator.studyId(c, options.title())).isEmpty();
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM care_provider WHERE name LIKE ?",
                  "% " + options.marker()))
          .isZero();
    }
  }

  private static long normCount(Connection c, String level) throws SQLException {
    return count(
        c,
        "SELECT COUNT(*) FROM framework_norm n JOIN framework_theme t ON t.id = n.theme_id JOIN"
            + " framework_version v ON v.id = t.framework_version_id JOIN framework f ON f.id ="
            + " v.framework_id WHERE f.code = ? AND v.version = ? AND n.norm_level = ?",
        NationalStudyGenerator.FRAMEWORK,
        NationalStudyGenerator.FRAMEWORK_VERSION,
        level);
  }

  private static long count(Connection c, String sql, Object... parameters) throws SQLException {
    return Long.parseLong(rows(c, sql, parameters).get(0)[0]);
  }

  private static List<String[]> rows(Connection c, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        List<String[]> rows = new ArrayList<>();
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          String[] row = new String[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = r.getString(i + 1);
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }
}
