package nl.wijkzicht.devserver;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The start command's mail server: GreenMail with SMTP (where Wijkzicht sends) and IMAP (where a
 * mail program reads each address's mailbox; any password), both on localhost only. Lists every
 * mail it receives (recipient and subject) on the console.
 */
final class DemoMail implements AutoCloseable {

  private final GreenMail greenMail;
  private final ScheduledExecutorService lister;
  private int listed;

  private DemoMail(GreenMail greenMail) {
    this.greenMail = greenMail;
    this.lister =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "demo-mail-list");
              t.setDaemon(true);
              return t;
            });
    lister.scheduleWithFixedDelay(this::listNew, 2, 2, TimeUnit.SECONDS);
  }

  static DemoMail start(int smtpPort, int imapPort) {
    GreenMail server =
        new GreenMail(
                new ServerSetup[] {
                  new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                  new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    server.start();
    return new DemoMail(server);
  }

  private synchronized void listNew() {
    MimeMessage[] received = greenMail.getReceivedMessages();
    for (; listed < received.length; listed++) {
      try {
        System.out.println(
            "[wijkzicht] mail to "
                + Arrays.toString(received[listed].getRecipients(Message.RecipientType.TO))
                + ": "
                + received[listed].getSubject());
      } catch (MessagingException e) {
        System.out.println("[wijkzicht] mail received (unreadable: " + e.getMessage() + ")");
      }
    }
  }

  @Override
  public void close() {
    lister.shutdownNow();
    greenMail.stop();
  }
}
