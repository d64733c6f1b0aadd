package nl.wijkzicht.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The one authentication mechanism (two lead to login loops, see docs/architecture.md): a custom
 * Faces login form, /login.xhtml, checked by {@link DatabaseIdentityStore}. Which page needs which
 * role is decided by the authorisation filter with {@link nl.wijkzicht.security.control.PageRules},
 * not by web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMIN", "COORDINATOR", "INSPECTOR", "PROVIDER"})
@ApplicationScoped
public class SecurityConfiguration {}
