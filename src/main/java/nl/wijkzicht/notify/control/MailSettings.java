package nl.wijkzicht.notify.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * How to reach the SMTP server, from the environment ({@code WIJKZICHT_SMTP_HOST}, {@code _PORT},
 * {@code _TLS} none/starttls/tls, {@code _USER}, {@code _PASSWORD}, {@code _FROM}): either usable
 * settings or the reason mail is off (no host: off on purpose; a host with a bad port, TLS mode or
 * missing sender: off with a complaint). Pure, unit-tested; the password never appears in {@link
 * #toString()}.
 */
public record MailSettings(
    String host, int port, Tls tls, String user, String password, String from) {

  /** Transport security towards the SMTP server. */
  public enum Tls {
    /** Plain SMTP (a relay on the same host or network, or a test server). */
    NONE,
    /** Plain connection upgraded with STARTTLS, required (refused if the server cannot). */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    TLS
  }

  /** Settings, or why there are none. */
  public record Result(Optional<MailSettings> settings, String reason, boolean misconfigured) {}

  /**
   * Reads the raw values (each may be null or blank). A missing host means mail is off; anything
   * else wrong means it is off and the configuration should be fixed.
   */
  public static Result from(
      String host, String port, String tls, String user, String password, String from) {
    if (blank(host)) {
      return new Result(Optional.empty(), "WIJKZICHT_SMTP_HOST is not set", false);
    }
    Tls mode;
    try {
      mode = blank(tls) ? Tls.NONE : Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return off("WIJKZICHT_SMTP_TLS must be none, starttls or tls, not '" + tls.strip() + "'");
    }
    int number;
    if (blank(port)) {
      number =
          switch (mode) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case TLS -> 465;
          };
    } else {
      try {
        number = Integer.parseInt(port.strip());
      } catch (NumberFormatException e) {
        return off("WIJKZICHT_SMTP_PORT is not a number: '" + port.strip() + "'");
      }
      if (number < 1 || number > 65535) {
        return off("WIJKZICHT_SMTP_PORT is out of range: " + number);
      }
    }
    if (blank(from) || !from.strip().matches("[^@\\s<>\"]+@[^@\\s<>\"]+")) {
      return off("WIJKZICHT_SMTP_FROM must be the sender's address, e.g. wijkzicht@example.nl");
    }
    if (!blank(user) && password == null) {
      return off("WIJKZICHT_SMTP_USER is set without WIJKZICHT_SMTP_PASSWORD");
    }
    return new Result(
        Optional.of(
            new MailSettings(
                host.strip(),
                number,
                mode,
                blank(user) ? null : user.strip(),
                blank(user) ? null : password,
                from.strip())),
        "",
        false);
  }

  private static Result off(String reason) {
    return new Result(Optional.empty(), reason, true);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public boolean authenticates() {
    return user != null;
  }

  /**
   * The Jakarta Mail session properties: short timeouts (a slow server must not hold the sender for
   * long), STARTTLS required when asked for, server identity checked for TLS.
   */
  public Properties sessionProperties() {
    String protocol = tls == Tls.TLS ? "smtps" : "smtp";
    String p = "mail." + protocol + ".";
    Properties props = new Properties();
    props.put("mail.transport.protocol", protocol);
    props.put(p + "host", host);
    props.put(p + "port", Integer.toString(port));
    props.put(p + "connectiontimeout", "10000");
    props.put(p + "timeout", "20000");
    props.put(p + "writetimeout", "20000");
    props.put(p + "auth", Boolean.toString(authenticates()));
    if (tls == Tls.STARTTLS) {
      props.put(p + "starttls.enable", "true");
      props.put(p + "starttls.required", "true");
    }
    if (tls != Tls.NONE) {
      props.put(p + "ssl.checkserveridentity", "true");
    }
    return props;
  }

  @Override
  public String toString() {
    return "smtp "
        + host
        + ":"
        + port
        + " tls="
        + tls.name().toLowerCase(Locale.ROOT)
        + (authenticates() ? " user=" + user : "")
        + " from="
        + from;
  }
}
