package nl.wijkzicht.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.framework.boundary.FrameworkService;
import nl.wijkzicht.framework.control.FrameworkDiff;
import nl.wijkzicht.framework.control.FrameworkImportReport;
import nl.wijkzicht.framework.control.FrameworkImportResult;
import nl.wijkzicht.framework.control.FrameworkImportResult.Status;
import nl.wijkzicht.framework.entity.FrameworkDefinition;
import nl.wijkzicht.framework.entity.FrameworkVersion;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Importing, storing and reading frameworks in a real Payara Micro on a real MariaDB. */
@ExtendWith(ArquillianExtension.class)
class FrameworkServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private FrameworkService service;
  @Inject private UserService users;

  @Test
  void importsTheShippedFrameworksAtStartUp() {
    assertThat(service.versions())
        .extracting(FrameworkVersion::getCode)
        .contains(
            "samenwerking-huisarts-wijkverpleging",
            "handreiking-kwetsbare-ouderen-thuis",
            "rivm-netwerken-integrale-ouderenzorg");
    FrameworkVersion version =
        service.findVersion("samenwerking-huisarts-wijkverpleging", "1.0").orElseThrow();
    assertThat(version.getThemes())
        .extracting(t -> t.getCode())
        .containsExactly("CC", "IZ", "MZ", "VL");
    assertThat(version.getNormCount()).isEqualTo(12);
    assertThat(version.getLevels()).hasSize(5);
    assertThat(version.getContentHash()).hasSize(64);
  }

  @Test
  void importingAgainChangesNothing() {
    FrameworkImportReport report = service.importAll(actor("demo-beheerder"));
    assertThat(report.results())
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(Status.UNCHANGED));
  }

  @Test
  void onlyAnAdministratorMayImport() {
    assertThatThrownBy(() -> service.importAll(actor("demo-coordinator")))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> service.importAll(Actor.ANONYMOUS))
        .isInstanceOf(NotAllowedException.class);
  }

  private Actor actor(String username) {
    return UserService.actorOf(users.findByUsername(username).orElseThrow());
  }

  @Test
  void storesTheFileAndReadsItBackUnchanged() {
    String code = code();
    FrameworkImportResult result =
        service.importFile(code + "/1.0.yaml", framework(code, "1.0", "Norm een"));
    assertThat(result.status()).isEqualTo(Status.IMPORTED);
    FrameworkVersion stored = service.findVersion(code, "1.0").orElseThrow();
    FrameworkDefinition definition = service.definition(stored.getId());
    assertThat(definition.themes().get(0).norms().get(0).title().nl()).isEqualTo("Norm een");
    assertThat(stored.getThemes().get(0).getNorms().get(0).getQuestions().get(0).getRoles())
        .containsExactly(RespondentRole.HUISARTS);
    assertThat(
            service.interviewGuide(
                stored.getId(), RespondentRole.HUISARTS, java.util.Locale.forLanguageTag("nl")))
        .startsWith('%', 'P', 'D', 'F');
  }

  @Test
  void refusesAChangedFileWithTheSameVersionAndKeepsTheStoredOne() {
    String code = code();
    assertThat(service.importFile(code + "/1.0.yaml", framework(code, "1.0", "Norm een")).status())
        .isEqualTo(Status.IMPORTED);
    FrameworkVersion before = service.findVersion(code, "1.0").orElseThrow();

    assertThat(service.importFile(code + "/1.0.yaml", framework(code, "1.0", "Norm een")).status())
        .isEqualTo(Status.UNCHANGED);
    assertThat(
            service
                .importFile(code + "/1.0.yaml", framework(code, "1.0", "Norm stilletjes gewijzigd"))
                .status())
        .isEqualTo(Status.REFUSED_CHANGED);

    service.markInUse(before.getId());
    assertThat(
            service
                .importFile(code + "/1.0.yaml", framework(code, "1.0", "Norm stilletjes gewijzigd"))
                .status())
        .isEqualTo(Status.REFUSED_IN_USE);

    FrameworkVersion after = service.findVersion(code, "1.0").orElseThrow();
    assertThat(after.getContentHash()).isEqualTo(before.getContentHash());
    assertThat(after.getImportedAt()).isEqualTo(before.getImportedAt());
    assertThat(service.definition(after.getId()).norms().findFirst().orElseThrow().title().nl())
        .isEqualTo("Norm een");
    assertThat(service.versions(code)).hasSize(1);
  }

  @Test
  void storesANewVersionBesideTheOldAndComparesThem() {
    String code = code();
    service.importFile(code + "/1.0.yaml", framework(code, "1.0", "Norm een"));
    FrameworkImportResult result =
        service.importFile(code + "/1.1.yaml", framework(code, "1.1", "Norm een, herzien"));
    assertThat(result.status()).isEqualTo(Status.IMPORTED);

    List<FrameworkVersion> versions = service.versions(code);
    assertThat(versions).extracting(FrameworkVersion::getVersion).containsExactly("1.1", "1.0");
    List<FrameworkDiff.Change> changes =
        service.diff(versions.get(1).getId(), versions.get(0).getId());
    assertThat(changes)
        .extracting(c -> c.kind() + " " + c.element() + " " + c.code())
        .containsExactly("CHANGED NORM N1");
  }

  @Test
  void storesNothingOfABrokenFile() {
    String code = code();
    String broken =
        framework(code, "1.0", "Norm een").replace("roles: [huisarts]", "roles: [dokter]");
    FrameworkImportResult result = service.importFile(code + "/1.0.yaml", broken);
    assertThat(result.status()).isEqualTo(Status.INVALID);
    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Onbekende respondentrol \"dokter\""));
    assertThat(service.versions(code)).isEmpty();
  }

  private static String code() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String framework(String code, String version, String normTitle) {
    return """
        code: %s
        version: "%s"
        title: {nl: Testkader}
        languages: [nl]
        source: {nl: Testbestand; geen officiële tekst.}
        rating_scale:
          levels:
            - {code: goed, label: {nl: Goed}, colour: "#2e7d32"}
            - {code: slecht, label: {nl: Slecht}, colour: "#c62828"}
          not_assessed: {code: nb, label: {nl: Niet beoordeeld}, colour: "#9e9e9e"}
        roll_up:
          rule: worst
        themes:
          - code: T1
            title: {nl: Thema een}
            norms:
              - code: N1
                title: {nl: "%s"}
                level: area
                questions:
                  - code: Q1
                    text: {nl: Vraag een?}
                    roles: [huisarts]
                    type: yes_no
        """
        .formatted(code, version, normTitle);
  }
}
