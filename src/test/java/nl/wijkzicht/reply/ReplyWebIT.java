package nl.wijkzicht.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkzicht.demo.DemoDataLoader;
import nl.wijkzicht.testsupport.Browser;
import nl.wijkzicht.testsupport.Deployments;
import nl.wijkzicht.testsupport.TestData;
import nl.wijkzicht.testsupport.TestSupportClient;
import nl.wijkzicht.testsupport.TestSupportClient.Replying;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reply pages over HTTP: two providers see only their own visits, replies and attachments
 * (every page and attachment URL of the other: 403, logged DENIED), staff see the provider view and
 * the submitted reply; uploads are checked by content and size (a 200 MB upload refused from its
 * length before it is read); downloads are attachments with nosniff.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReplyWebIT {

  private static final Pattern ATTACHMENT = Pattern.compile("reply/attachment\\?id=(\\d+)");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private URI uri() {
    String url = base.toExternalForm();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  private Browser login(String user, String password) throws Exception {
    Browser browser = new Browser(uri());
    HttpResponse<String> response = browser.login(user, password);
    assertThat(response.statusCode()).as("login " + user).isEqualTo(302);
    return browser;
  }

  private long denied(String username) {
    String answer = TestSupportClient.get(uri(), "op=denied&username=" + username);
    return Long.parseLong(answer.replace("denied=", "").strip());
  }

  @Test
  void twoProvidersSeeOnlyTheirOwnVisitsRepliesAndAttachments() throws Exception {
    Replying a = TestSupportClient.replying(uri(), false);
    Replying b = TestSupportClient.replying(uri(), false);
    Browser providerA = login(a.user(), TestData.PROVIDER_PASSWORD);
    Browser providerB = login(b.user(), TestData.PROVIDER_PASSWORD);

    String page = "reply/visit.xhtml?id=" + a.visit();
    String own = providerA.get(page).body();
    assertThat(own)
        .contains(TestData.SHARED_OBSERVATION)
        .contains(TestData.SHARED_QUOTE)
        .doesNotContain(TestData.INTERNAL_OBSERVATION)
        .doesNotContain(TestData.ANSWER_NOTE)
        .doesNotContain("HA-")
        .contains("werkdagen");
    HttpResponse<String> uploaded =
        providerA.postMultipart(
            "reply/visit.xhtml",
            uploadFields(),
            "uploadForm:file",
            "verslag.pdf",
            "application/pdf",
            ReplyServiceIT.PDF);
    assertThat(uploaded.statusCode()).isEqualTo(200);
    Matcher attachment = ATTACHMENT.matcher(uploaded.body());
    assertThat(attachment.find()).as("the attachment is listed").isTrue();
    String attachmentUrl = "reply/attachment?id=" + attachment.group(1);

    HttpResponse<byte[]> download = providerA.download(attachmentUrl);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(ReplyServiceIT.PDF);
    assertThat(download.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment;")
        .contains("verslag.pdf");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

    // B: the index lists only B's visit; every URL of A's is 403 and logged as DENIED.
    String index = providerB.get("reply/index.xhtml").body();
    assertThat(index).contains("reply/visit.xhtml?id=" + b.visit());
    assertThat(index).doesNotContain("reply/visit.xhtml?id=" + a.visit() + "\"");
    long before = denied(b.user());
    assertThat(providerB.get(page).statusCode()).isEqualTo(403);
    assertThat(providerB.download(attachmentUrl).statusCode()).isEqualTo(403);
    assertThat(providerB.get("study/visit.xhtml?id=" + a.visit()).statusCode()).isEqualTo(403);
    assertThat(
            providerB
                .get(
                    "study/finding.xhtml?kind=VISIT&id="
                        + a.visit()
                        + "&study="
                        + a.study()
                        + "&norm=CC.1")
                .statusCode())
        .isEqualTo(403);
    assertThat(denied(b.user())).isGreaterThanOrEqualTo(before + 4);
    // Unknown ids: 404.
    assertThat(providerB.get("reply/visit.xhtml?id=999999999").statusCode()).isEqualTo(404);
    assertThat(providerB.download("reply/attachment?id=999999999").statusCode()).isEqualTo(404);
    assertThat(providerB.download("reply/attachment?id=abc").statusCode()).isEqualTo(404);
    // Signed out: the login page.
    assertThat(new Browser(uri()).download(attachmentUrl).statusCode()).isEqualTo(302);

    // Staff: the inspector on the team sees the provider's view, but not the draft's attachment.
    Browser inspector = login("demo-inspecteur", DemoDataLoader.DEMO_PASSWORD);
    assertThat(inspector.get(page).body()).contains(TestData.SHARED_OBSERVATION);
    assertThat(inspector.download(attachmentUrl).statusCode()).isEqualTo(403);
  }

  @Test
  void uploadsAreCheckedByContentAndSize() throws Exception {
    Replying a = TestSupportClient.replying(uri(), false);
    Browser provider = login(a.user(), TestData.PROVIDER_PASSWORD);
    String page = "reply/visit.xhtml?id=" + a.visit();

    provider.get(page);
    byte[] exe = new byte[2048];
    exe[0] = 'M';
    exe[1] = 'Z';
    HttpResponse<String> renamed =
        provider.postMultipart(
            "reply/visit.xhtml",
            uploadFields(),
            "uploadForm:file",
            "rapport.pdf",
            "application/pdf",
            exe);
    assertThat(renamed.body())
        .contains("geen PDF, PNG of JPEG")
        .doesNotContain("reply/attachment?id=");

    // Just over the limit but inside what the filter lets through: refused by the page.
    provider.get(page);
    byte[] large = new byte[10 * 1024 * 1024 + 10];
    System.arraycopy(ReplyServiceIT.PDF, 0, large, 0, ReplyServiceIT.PDF.length);
    HttpResponse<String> tooLarge =
        provider.postMultipart(
            "reply/visit.xhtml",
            uploadFields(),
            "uploadForm:file",
            "groot.pdf",
            "application/pdf",
            large);
    assertThat(tooLarge.body()).contains("groter dan 10 MB").doesNotContain("reply/attachment?id=");

    // 200 MB announced: 413 from the length alone, before the body is read.
    assertThat(rawUpload(200L * 1024 * 1024)).startsWith("HTTP/1.1 413");
    // The page still works afterwards.
    assertThat(provider.get(page).statusCode()).isEqualTo(200);
  }

  @Test
  void staffSeeTheSubmittedReplyOnTheVisitPage() throws Exception {
    Replying a = TestSupportClient.replying(uri(), false);
    Browser provider = login(a.user(), TestData.PROVIDER_PASSWORD);
    String page = "reply/visit.xhtml?id=" + a.visit();
    provider.get(page);
    Map<String, String> remark = new LinkedHashMap<>();
    remark.put("jakarta.faces.partial.ajax", "true");
    remark.put("jakarta.faces.source", "remarkForm:addRemark");
    remark.put("jakarta.faces.partial.execute", "remarkForm");
    remark.put("jakarta.faces.partial.render", "remarkForm findingsForm");
    remark.put("remarkForm", "remarkForm");
    remark.put("remarkForm:finding_input", Long.toString(a.finding1()));
    remark.put("remarkForm:kind", "DISAGREE");
    remark.put("remarkForm:remarkText", "Wij zijn het niet eens met dit oordeel.");
    remark.put("remarkForm:addRemark", "remarkForm:addRemark");
    HttpResponse<String> added = provider.post("reply/visit.xhtml", remark);
    assertThat(added.body()).contains("Wij zijn het niet eens met dit oordeel.");

    Map<String, String> submit = new LinkedHashMap<>();
    submit.put("replyForm", "replyForm");
    submit.put("replyForm:generalText", "Dank voor het bezoek.");
    submit.put("replyForm:confirmSubmit", "");
    HttpResponse<String> submitted = provider.post("reply/visit.xhtml", submit);
    assertThat(submitted.statusCode()).as("submitted, then the page again").isEqualTo(302);
    assertThat(provider.get(page).body())
        .contains("Reactie verzonden op")
        .contains("Dank voor het bezoek.")
        .doesNotContain("replyForm:generalText");

    Browser lead = login("demo-coordinator", DemoDataLoader.DEMO_PASSWORD);
    String visit = lead.get("study/visit.xhtml?id=" + a.visit()).body();
    assertThat(visit)
        .contains("Reactie van de zorgaanbieder")
        .contains("Dank voor het bezoek.")
        .contains("Niet eens met het oordeel")
        .contains("Wij zijn het niet eens met dit oordeel.")
        .contains("Reactie ontvangen");
  }

  private static Map<String, String> uploadFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("uploadForm", "uploadForm");
    fields.put("uploadForm:attachTo", "0");
    fields.put("uploadForm:upload", "");
    return fields;
  }

  /** Announces a multipart body of {@code length} bytes, sends 1 KiB of it, reads the answer. */
  private String rawUpload(long length) throws Exception {
    URI target = uri().resolve("reply/visit.xhtml");
    try (Socket socket = new Socket(target.getHost(), target.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + target.getRawPath()
                  + " HTTP/1.1\r\nHost: "
                  + target.getHost()
                  + ":"
                  + target.getPort()
                  + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                  + length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[1024]);
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(64);
      return new String(head, StandardCharsets.ISO_8859_1);
    }
  }
}
