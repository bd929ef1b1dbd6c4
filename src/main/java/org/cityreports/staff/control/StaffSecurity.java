package org.cityreports.staff.control;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in for the staff area: our own form at /staff/login (which calls SecurityContext.authenticate),
 * checked against {@link StaffIdentityStore}. web.xml says which paths need which role.
 */
@ApplicationScoped
@DeclareRoles({"editor", "reviewer", "admin"})
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/staff/login", errorPage = "", useForwardToLogin = false))
public class StaffSecurity {
}
