package nl.wijkzicht.security.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.boundary.SecondFactorService;
import nl.wijkzicht.security.boundary.UserService;
import nl.wijkzicht.security.control.Organisation;
import nl.wijkzicht.security.entity.AppUser;
import nl.wijkzicht.security.entity.Role;
import nl.wijkzicht.web.Messages;
import org.primefaces.PrimeFaces;

/** /admin/users.xhtml: accounts, create, edit role/organisation/enabled, reset password. */
@Named
@ViewScoped
public class UserAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserService users;
  @Inject private CurrentUser currentUser;
  @Inject private SecondFactorService secondFactor;

  private List<AppUser> accounts;
  private List<Organisation> providers;
  private java.util.Map<Long, String> providerNames;
  private java.util.Set<Long> withSecondFactor = java.util.Set.of();

  private Long editId;
  private String username;
  private String displayName;
  private Role role = Role.INSPECTOR;
  private Long providerId;
  private boolean enabled = true;
  private String email;
  private String temporaryPassword;
  private String temporaryFor;

  @PostConstruct
  void init() {
    reload();
    providers = users.organisations(currentUser.actor());
    providerNames =
        providers.stream()
            .collect(java.util.stream.Collectors.toMap(Organisation::id, Organisation::name));
  }

  private void reload() {
    accounts = users.list(currentUser.actor());
    withSecondFactor = secondFactor.enrolledIds(currentUser.actor());
  }

  /** Does the account have a second factor? */
  public boolean hasSecondFactor(AppUser user) {
    return withSecondFactor.contains(user.getId());
  }

  /** Resets an account's second factor (lost phone): it enrols again at its next login. Logged. */
  public void resetSecondFactor(AppUser user) {
    try {
      secondFactor.reset(currentUser.actor(), user.getId());
      Messages.info("admin_users.message.second_factor_reset", user.getUsername());
      reload();
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public void startCreate() {
    editId = null;
    username = null;
    displayName = null;
    role = Role.INSPECTOR;
    providerId = null;
    enabled = true;
    email = null;
  }

  public void startEdit(AppUser user) {
    editId = user.getId();
    username = user.getUsername();
    displayName = user.getDisplayName();
    role = user.getRole();
    providerId = user.getProviderId();
    enabled = user.isEnabled();
    email = user.getEmail();
  }

  public void save() {
    try {
      if (editId == null) {
        showTemporary(
            username,
            users.create(currentUser.actor(), username, displayName, role, providerId, email));
        Messages.info("admin_users.message.created", username);
      } else {
        users.update(currentUser.actor(), editId, displayName, role, providerId, enabled, email);
        Messages.info("admin_users.message.saved", username);
      }
      PrimeFaces.current().executeScript("PF('userDialog').hide()");
      reload();
    } catch (WijkzichtException e) {
      Messages.error(e);
      PrimeFaces.current().ajax().update("usersForm:dialogMessages");
    }
  }

  public void resetPassword(AppUser user) {
    try {
      showTemporary(user.getUsername(), users.resetPassword(currentUser.actor(), user.getId()));
      reload();
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  private void showTemporary(String forUser, String password) {
    temporaryFor = forUser;
    temporaryPassword = password;
    PrimeFaces.current().ajax().update("usersForm:temporaryDialog");
    PrimeFaces.current().executeScript("PF('temporaryDialog').show()");
  }

  public void forgetTemporary() {
    temporaryPassword = null;
    temporaryFor = null;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public boolean isProviderRole() {
    return role == Role.PROVIDER;
  }

  public List<AppUser> getAccounts() {
    return accounts;
  }

  /** The name of the organisation of a provider account ("" for other roles). */
  public String providerName(nl.wijkzicht.security.entity.AppUser user) {
    return user.getProviderId() == null ? "" : providerNames.getOrDefault(user.getProviderId(), "");
  }

  public List<Organisation> getProviders() {
    return providers;
  }

  public boolean isEditing() {
    return editId != null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Long getProviderId() {
    return providerId;
  }

  public void setProviderId(Long providerId) {
    this.providerId = providerId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public String getTemporaryFor() {
    return temporaryFor;
  }
}
