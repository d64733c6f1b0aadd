package nl.wijkzicht.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The identity store of the one authentication mechanism. It accepts only a {@link
 * TicketCredential}: the login page checks the password ({@link UserService#login}) and, where it
 * applies, the second factor ({@link SecondFactorService}) itself, then hands over a one-time
 * ticket. A bare username and password are not accepted here, so nothing can skip the second factor
 * by authenticating with a password credential. The group is the account's role.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @Inject private LoginTickets tickets;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof TicketCredential ticket)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return tickets
        .redeem(ticket.ticket())
        .map(h -> new CredentialValidationResult(h.username(), Set.of(h.role().group())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
