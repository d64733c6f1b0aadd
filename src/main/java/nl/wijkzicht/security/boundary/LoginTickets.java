package nl.wijkzicht.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.wijkzicht.security.entity.Role;

/**
 * The hand-over from a finished login (password, and the second factor where it applies) to Jakarta
 * Security: the login page issues a ticket and at once authenticates with it ({@link
 * TicketCredential}); the identity store redeems it. A ticket is random, lives a few seconds, is
 * used once and never leaves the server, so the only way to become signed in is through every step
 * of the login.
 */
@ApplicationScoped
public class LoginTickets {

  private static final Duration LIFETIME = Duration.ofSeconds(30);

  /** Who a ticket signs in. */
  public record Holder(String username, Role role, Instant expires) {}

  private final Map<String, Holder> tickets = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  public String issue(String username, Role role) {
    Instant now = Instant.now();
    tickets.values().removeIf(h -> h.expires().isBefore(now));
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tickets.put(ticket, new Holder(username, role, now.plus(LIFETIME)));
    return ticket;
  }

  /** The holder, once: a second redemption of the same ticket finds nothing. */
  public Optional<Holder> redeem(String ticket) {
    Holder holder = ticket == null ? null : tickets.remove(ticket);
    return Optional.ofNullable(holder).filter(h -> h.expires().isAfter(Instant.now()));
  }
}
