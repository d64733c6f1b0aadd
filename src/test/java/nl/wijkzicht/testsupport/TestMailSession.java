package nl.wijkzicht.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts an embedded mail server (GreenMail) before the integration tests and stops it after them:
 * SMTP on {@code test.smtp.port}, where the application sends (failsafe hands Payara {@code
 * WIJKZICHT_SMTP_HOST/PORT}), and IMAP on {@code test.imap.port}, where the tests read each
 * recipient's mailbox ({@link TestMailbox}). Any login is accepted, every recipient gets a mailbox
 * of its own. No test mail leaves the machine. Active only in the failsafe run (which sets the
 * ports).
 */
public class TestMailSession implements LauncherSessionListener {

  private GreenMail greenMail;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String smtp = System.getProperty("test.smtp.port");
    String imap = System.getProperty("test.imap.port");
    if (smtp == null || smtp.isBlank() || imap == null || imap.isBlank()) {
      return;
    }
    greenMail =
        new GreenMail(
                new ServerSetup[] {
                  new ServerSetup(Integer.parseInt(smtp), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                  new ServerSetup(Integer.parseInt(imap), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (greenMail != null) {
      greenMail.stop();
    }
  }
}
