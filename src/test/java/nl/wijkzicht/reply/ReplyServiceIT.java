package nl.wijkzicht.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotAllowedException;
import nl.wijkzicht.database.DataSourceConfiguration;
import nl.wijkzicht.fieldwork.entity.EvidenceKind;
import nl.wijkzicht.reply.boundary.ReplyService;
import nl.wijkzicht.reply.boundary.ReplyViews.ReplyData;
import nl.wijkzicht.reply.boundary.ReplyViews.ReplyPage;
import nl.wijkzicht.reply.boundary.ReplyViews.SharedEvidence;
import nl.wijkzicht.reply.control.AttachmentStore;
import nl.wijkzicht.reply.control.ReplyDeadlines;
import nl.wijkzicht.reply.entity.RemarkKind;
import nl.wijkzicht.reply.entity.ReplyStatus;
import nl.wijkzicht.security.boundary.AccessLogBacklog;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessLogQuery;
import nl.wijkzicht.security.control.Actor;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.study.entity.VisitTransition;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import nl.wijkzicht.testsupport.TestData.Replying;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The right of reply on MariaDB: the whole flow (read shared evidence only, draft, remark,
 * attachments, submit, visit moved by the provider, staff read), refusals that leave nothing
 * half-saved (after the deadline, a second submit, a finding of another visit, a file that is not a
 * PDF/PNG/JPEG by content, a file over the limit), the coordinator's reopening, and two tabs
 * (twelve, here) submitting at once.
 */
@ExtendWith(ArquillianExtension.class)
class ReplyServiceIT {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
  };
  static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject private ReplyService replies;
  @Inject private VisitService visits;
  @Inject private TestData testData;
  @Inject private AttachmentStore store;
  @Inject private AccessLogService accessLog;
  @Inject private AccessLogBacklog backlog;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Resource private jakarta.enterprise.concurrent.ManagedExecutorService executor;

  private Actor provider(Replying r) {
    return testData.actor(r.providerUser());
  }

  @Test
  void theProviderReadsSharedEvidenceOnlyRepliesAndSubmitsAndStaffReadTheReply() throws Exception {
    Replying r = testData.replying(null);
    Actor provider = provider(r);
    long visitId = r.visit().getId();

    ReplyPage page = replies.page(provider, visitId);
    assertThat(page.isOpen()).isTrue();
    assertThat(page.deadline()).isEqualTo(r.visit().getReplyDeadline()).isNotNull();
    assertThat(page.workingDaysLeft()).isEqualTo(10);
    assertThat(page.findings()).hasSize(2);
    assertThat(page.findings().get(0).evidence())
        .containsExactly(
            new SharedEvidence(EvidenceKind.OBSERVATION, TestData.SHARED_OBSERVATION),
            new SharedEvidence(EvidenceKind.ANSWER, TestData.SHARED_QUOTE));
    assertThat(page.findings().get(1).evidence()).isEmpty();
    assertThat(page.toString())
        .doesNotContain(TestData.INTERNAL_OBSERVATION)
        .doesNotContain(TestData.ANSWER_NOTE)
        .doesNotContain(r.interview().getPseudonym());
    assertThat(page.reply()).isNull();
    assertThat(replies.providerVisits(provider))
        .singleElement()
        .satisfies(v -> assertThat(v.id()).isEqualTo(visitId))
        .satisfies(v -> assertThat(v.isOpen()).isTrue());

    ReplyData draft = replies.saveDraft(provider, visitId, null, "Eerste opzet.");
    assertThat(draft.status()).isEqualTo(ReplyStatus.DRAFT);
    draft =
        replies.addRemark(provider, visitId, r.finding1(), RemarkKind.FACTUAL_ERROR, "Klopt niet.");
    long remarkId = draft.remarks().get(0).id();
    draft = replies.attach(provider, visitId, remarkId, "C:\\fotos\\bewijs.png", in(PNG));
    draft = replies.attach(provider, visitId, null, "brief.pdf", in(PDF));
    var png = draft.remarks().get(0).attachments().get(0);
    assertThat(png.name()).isEqualTo("bewijs.png");
    assertThat(png.contentType()).isEqualTo("image/png");
    assertThat(png.size()).isEqualTo(PNG.length);
    assertThat(png.sha256()).isEqualTo(sha256(PNG));
    assertThat(draft.attachments())
        .singleElement()
        .satisfies(a -> assertThat(a.contentType()).isEqualTo("application/pdf"));

    // A draft is the provider's own: staff do not see it.
    assertThat(replies.page(testData.lead(), visitId).reply()).isNull();
    assertThatThrownBy(() -> replies.download(testData.lead(), png.id()))
        .isInstanceOf(NotAllowedException.class);

    ReplyData submitted =
        replies.submit(provider, visitId, draft.version(), "Onze algemene reactie.");
    assertThat(submitted.status()).isEqualTo(ReplyStatus.SUBMITTED);
    assertThat(submitted.submittedAt()).isBeforeOrEqualTo(Instant.now());
    assertThat(submitted.submittedBy()).isEqualTo(r.providerUser());
    Visit visit = visits.get(testData.lead(), visitId);
    assertThat(visit.getStatus()).isEqualTo(VisitStatus.REPLY_RECEIVED);
    VisitTransition last = visit.getTransitions().get(visit.getTransitions().size() - 1);
    assertThat(last.getTo()).isEqualTo(VisitStatus.REPLY_RECEIVED);
    assertThat(last.getChangedBy()).isEqualTo(r.providerUser());
    assertThat(last.getRole()).isEqualTo("PROVIDER");

    ReplyPage staff = replies.page(testData.inspector(), visitId);
    assertThat(staff.reply().generalText()).isEqualTo("Onze algemene reactie.");
    assertThat(staff.remarksOn(r.finding1()))
        .singleElement()
        .satisfies(m -> assertThat(m.kind()).isEqualTo(RemarkKind.FACTUAL_ERROR));
    var download = replies.download(testData.inspector(), png.id());
    Path file = store.file(download.storedName()).orElseThrow();
    assertThat(download.storedName()).matches("[0-9a-f-]{36}");
    assertThat(file.getParent()).isEqualTo(store.directory());
    assertThat(Files.readAllBytes(file)).isEqualTo(PNG);

    // A second submit, and any change afterwards, is refused with the moment of the first.
    assertThatThrownBy(() -> replies.submit(provider, visitId, submitted.version(), null))
        .isInstanceOfSatisfying(
            NotAllowedException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("reply.submitted"));
    assertThatThrownBy(() -> replies.saveDraft(provider, visitId, submitted.version(), "x"))
        .isInstanceOf(NotAllowedException.class);
    assertThat(replies.page(provider, visitId).reply().generalText())
        .isEqualTo("Onze algemene reactie.");
  }

  @Test
  void afterTheDeadlineNothingIsSavedUntilACoordinatorReopens() {
    Replying r = testData.replying(null);
    Actor provider = provider(r);
    long visitId = r.visit().getId();
    LocalDate today = ReplyDeadlines.today(Instant.now());

    testData.setReplyDeadline(visitId, today);
    assertThat(replies.saveDraft(provider, visitId, null, "Op de laatste dag.").status())
        .as("the deadline day itself still counts")
        .isEqualTo(ReplyStatus.DRAFT);
    long version = replies.page(provider, visitId).reply().version();

    testData.setReplyDeadline(visitId, today.minusDays(1));
    assertThat(replies.page(provider, visitId).isOpen()).isFalse();
    assertThatThrownBy(() -> replies.saveDraft(provider, visitId, version, "Te laat."))
        .isInstanceOfSatisfying(
            NotAllowedException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("reply.deadline_passed"));
    assertThatThrownBy(
            () -> replies.addRemark(provider, visitId, r.finding1(), RemarkKind.DISAGREE, "x"))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> replies.submit(provider, visitId, version, null))
        .isInstanceOf(NotAllowedException.class);
    assertThat(replies.page(provider, visitId).reply().generalText())
        .isEqualTo("Op de laatste dag.");

    // Only a study lead reopens, with a deadline today or later and a reason.
    long visitVersion = visits.get(testData.lead(), visitId).getVersion();
    assertThatThrownBy(
            () ->
                replies.reopen(
                    testData.inspector(), visitId, visitVersion, today.plusDays(3), "Ziekte"))
        .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.isDenial()).isTrue());
    assertThatThrownBy(
            () -> replies.reopen(testData.lead(), visitId, visitVersion, today.minusDays(1), " "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(p -> p.field())
                    .containsExactly("deadline", "reason"));
    replies.reopen(
        testData.lead(), visitId, visitVersion, today.plusDays(3), "Ziekte bij de aanbieder");
    assertThat(visits.get(testData.lead(), visitId).getReplyDeadline())
        .isEqualTo(today.plusDays(3));
    assertThat(replies.page(testData.lead(), visitId).reopenings())
        .singleElement()
        .satisfies(o -> assertThat(o.getOldDeadline()).isEqualTo(today.minusDays(1)))
        .satisfies(o -> assertThat(o.getReason()).isEqualTo("Ziekte bij de aanbieder"))
        .satisfies(o -> assertThat(o.getReopenedBy()).isEqualTo("demo-coordinator"));
    assertThat(replies.saveDraft(provider, visitId, version, "Na heropenen.").generalText())
        .isEqualTo("Na heropenen.");
  }

  @Test
  void aRemarkOnAFindingOfAnotherVisitAndAnotherProvidersVisitAreRefused() throws Exception {
    Replying mine = testData.replying(null);
    Replying theirs = testData.replying(null);
    Actor provider = provider(mine);
    long visitId = mine.visit().getId();

    assertThatThrownBy(
            () ->
                replies.addRemark(
                    provider, visitId, theirs.finding1(), RemarkKind.DISAGREE, "Niet eens."))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("finding"))
                    .satisfies(
                        p -> assertThat(p.key()).isEqualTo("reply.remark.finding.other_visit")));
    assertThat(replies.page(provider, visitId).reply()).as("nothing half-saved").isNull();

    long theirVisit = theirs.visit().getId();
    long deniedBefore = denied(mine.providerUser(), "Visit", theirVisit);
    assertThatThrownBy(() -> replies.page(provider, theirVisit))
        .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.isDenial()).isTrue());
    assertThatThrownBy(() -> replies.saveDraft(provider, theirVisit, null, "Inbraak"))
        .isInstanceOf(NotAllowedException.class);
    backlog.awaitWritten(Duration.ofSeconds(20));
    assertThat(denied(mine.providerUser(), "Visit", theirVisit)).isEqualTo(deniedBefore + 1);
    assertThat(replies.page(provider(theirs), theirVisit).reply()).isNull();
  }

  @Test
  void onlyPdfPngAndJpegByContentAndNothingOverTheLimitIsStored() throws Exception {
    Replying r = testData.replying(null);
    Actor provider = provider(r);
    long visitId = r.visit().getId();
    List<String> before = files();

    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    assertThatThrownBy(() -> replies.attach(provider, visitId, null, "rapport.pdf", in(exe)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getProblems().get(0).key()).isEqualTo("reply.attachment.type"));
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    assertThatThrownBy(() -> replies.attach(provider, visitId, null, "bijlage.pdf", in(zip)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> replies.attach(provider, visitId, null, "leeg.pdf", in(new byte[0])))
        .isInstanceOf(InvalidInputException.class);
    // One byte over the limit (10 MiB): refused while it is written, the part written removed.
    InputStream tooLarge =
        new java.io.SequenceInputStream(
            in(PDF), in(new byte[(int) (10L * 1024 * 1024) - PDF.length + 1]));
    assertThatThrownBy(() -> replies.attach(provider, visitId, null, "groot.pdf", tooLarge))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getProblems().get(0).key()).isEqualTo("reply.attachment.too_large"));
    assertThat(files()).as("no file or part left behind").isEqualTo(before);
    Optional<ReplyData> reply = Optional.ofNullable(replies.page(provider, visitId).reply());
    assertThat(reply.map(d -> d.attachments().size()).orElse(0)).isZero();

    // A JPEG is fine; exactly the limit too.
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    assertThat(replies.attach(provider, visitId, null, "foto.jpg", in(jpeg)).attachments())
        .singleElement()
        .satisfies(a -> assertThat(a.contentType()).isEqualTo("image/jpeg"));
  }

  @Test
  void twelveTabsSubmittingAtOnceOneWinsAndTheVisitMovesOnce() throws Exception {
    Replying r = testData.replying(null);
    Actor provider = provider(r);
    long visitId = r.visit().getId();
    long version = replies.saveDraft(provider, visitId, null, "Reactie.").version();

    int tabs = 12;
    List<Object> outcomes = new ArrayList<>();
    {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < tabs; i++) {
        Callable<Object> submit =
            () -> {
              go.await();
              try {
                return replies.submit(provider, visitId, version, null);
              } catch (RuntimeException e) {
                return e;
              }
            };
        futures.add(executor.submit(submit));
      }
      go.countDown();
      for (Future<Object> f : futures) {
        outcomes.add(f.get(120, TimeUnit.SECONDS));
      }
    }
    assertThat(outcomes.stream().filter(o -> o instanceof ReplyData).count())
        .as("exactly one submit wins")
        .isEqualTo(1);
    assertThat(outcomes)
        .filteredOn(o -> !(o instanceof ReplyData))
        .allSatisfy(
            o ->
                assertThat(o)
                    .isInstanceOfAny(ConcurrentChangeException.class, NotAllowedException.class));
    Visit visit = visits.get(testData.lead(), visitId);
    assertThat(visit.getTransitions().stream().filter(t -> t.getTo() == VisitStatus.REPLY_RECEIVED))
        .hasSize(1);
    // No pool connection left behind by the refused ones.
    assertThat(
            nl.wijkzicht.testsupport.PoolCheck.free(
                dataSource, DataSourceConfiguration.MAX_POOL_SIZE))
        .isEqualTo("free=" + DataSourceConfiguration.MAX_POOL_SIZE);
  }

  private long denied(String username, String type, long id) {
    return accessLog.count(
        new AccessLogQuery(
            Optional.of(username),
            Optional.empty(),
            Optional.of(AccessOutcome.DENIED),
            Optional.of(type),
            Optional.of(Long.toString(id)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  private List<String> files() throws Exception {
    try (Stream<Path> list = Files.list(store.directory())) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
