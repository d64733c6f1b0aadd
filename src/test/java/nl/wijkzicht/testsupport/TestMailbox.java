package nl.wijkzicht.testsupport;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Reads a recipient's mailbox on the tests' GreenMail server ({@link TestMailSession}) over IMAP:
 * works in the container (port from {@code WIJKZICHT_TEST_IMAP_PORT}) and in the test JVM (from
 * {@code test.imap.port}). Tests use a new address each, so a mailbox holds only their mail.
 */
public final class TestMailbox {

  /** One received mail. */
  public record Received(String from, String to, String subject, String body) {}

  private TestMailbox() {}

  /** The mails in the address's inbox now. */
  public static List<Received> of(String address) {
    Properties props = new Properties();
    props.put("mail.imap.host", "127.0.0.1");
    props.put("mail.imap.port", port());
    props.put("mail.imap.connectiontimeout", "5000");
    props.put("mail.imap.timeout", "10000");
    Session session = Session.getInstance(props);
    try (Store store = session.getStore("imap")) {
      store.connect(address, address);
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        List<Received> mails = new ArrayList<>();
        for (Message m : inbox.getMessages()) {
          mails.add(
              new Received(
                  join(m.getFrom()),
                  join(m.getRecipients(Message.RecipientType.TO)),
                  m.getSubject(),
                  String.valueOf(m.getContent())));
        }
        return mails;
      } finally {
        inbox.close(false);
      }
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("cannot read the test mailbox of " + address, e);
    }
  }

  /** Waits until the address has at least {@code count} mails (or the time is up); returns them. */
  public static List<Received> await(String address, int count, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    List<Received> mails = of(address);
    while (mails.size() < count && Instant.now().isBefore(end)) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      mails = of(address);
    }
    return mails;
  }

  private static String port() {
    String port = System.getenv("WIJKZICHT_TEST_IMAP_PORT");
    return port != null ? port : System.getProperty("test.imap.port", "23317");
  }

  private static String join(Address[] addresses) {
    return addresses == null
        ? ""
        : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
  }
}
