package nl.wijkzicht.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks usernames and passwords against the accounts in MariaDB; the group is the account's role.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @Inject private UserService users;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    UserService.Login login = users.login(credential.getCaller(), credential.getPasswordAsString());
    if (login.result() != LoginResult.SUCCESS) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(login.username(), Set.of(login.role().group()));
  }
}
