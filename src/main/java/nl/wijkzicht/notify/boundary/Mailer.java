package nl.wijkzicht.notify.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.lang.System.Logger.Level;
import java.util.Date;
import java.util.Optional;
import nl.wijkzicht.notify.control.MailSettings;
import org.eclipse.microprofile.config.Config;

/**
 * Sends one mail through Jakarta Mail (Payara Micro ships Angus Mail), configured by the
 * environment ({@link MailSettings}). Not configured: mail is off, said once in the log, and {@link
 * #enabled()} is false so nothing is queued. Called only by {@link OutboxSender}, never inside a
 * database transaction.
 */
@ApplicationScoped
public class Mailer {

  private static final System.Logger LOGGER = System.getLogger(Mailer.class.getName());

  /** The display name of the sender. */
  static final String SENDER_NAME = "Wijkzicht";

  @Inject private Config config;

  private Optional<MailSettings> settings = Optional.empty();
  private Session session;

  @PostConstruct
  void configure() {
    MailSettings.Result result =
        MailSettings.from(
            value("wijkzicht.smtp.host"),
            value("wijkzicht.smtp.port"),
            value("wijkzicht.smtp.tls"),
            value("wijkzicht.smtp.user"),
            value("wijkzicht.smtp.password"),
            value("wijkzicht.smtp.from"));
    settings = result.settings();
    if (settings.isEmpty()) {
      LOGGER.log(
          result.misconfigured() ? Level.WARNING : Level.INFO,
          "Mail is off: {0}. In-app notifications work as usual.",
          result.reason());
      return;
    }
    session = Session.getInstance(settings.get().sessionProperties());
    LOGGER.log(Level.INFO, "Mail is on: {0}.", settings.get());
  }

  private String value(String name) {
    return config.getOptionalValue(name, String.class).orElse(null);
  }

  /** Whether mail is configured; when not, nothing is queued. */
  public boolean enabled() {
    return settings.isPresent();
  }

  /** Sends a plain-text mail (UTF-8) to one recipient; fails with the server's answer. */
  public void send(String recipient, String subject, String body) throws MessagingException {
    MailSettings smtp =
        settings.orElseThrow(() -> new MessagingException("mail is not configured"));
    MimeMessage message = new MimeMessage(session);
    try {
      message.setFrom(new InternetAddress(smtp.from(), SENDER_NAME, "UTF-8"));
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("UTF-8 unsupported", e);
    }
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
    message.setSubject(subject, "UTF-8");
    message.setText(body, "UTF-8");
    message.setSentDate(new Date());
    message.setHeader("Auto-Submitted", "auto-generated");
    if (smtp.authenticates()) {
      Transport.send(message, smtp.user(), smtp.password());
    } else {
      Transport.send(message);
    }
  }
}
