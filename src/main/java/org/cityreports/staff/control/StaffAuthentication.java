package org.cityreports.staff.control;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cityreports.staff.entity.Role;
import org.cityreports.staff.entity.StaffAccount;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sign-in for the staff area with Jakarta Security. Our form at /staff/login hands the typed
 * name and password to {@code SecurityContext.authenticate}, checked against
 * {@link StaffIdentityStore}; the session then keeps only the user name, and every request
 * looks the account up again.
 *
 * <p>Why not the built-in form mechanisms: they keep the signed-in caller in the server's own
 * session state, which another instance behind the load balancer does not restore with its
 * roles; a user name in the session replicates like any attribute, and a disabled account or a
 * changed role takes effect on the next request.
 */
@ApplicationScoped
@DeclareRoles({"editor", "reviewer", "admin"})
public class StaffAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/staff/login";
    /** The session attribute naming the signed-in member of staff. */
    static final String SIGNED_IN = "cityreports.staff.username";
    /** The request attribute holding the account this request was authenticated as. */
    static final String ACCOUNT = "cityreports.staff.account";
    /** The page a visitor asked for before being sent to sign in, to return to afterwards. */
    static final String CONTINUE_TO = "cityreports.staff.continueTo";

    /**
     * A signed-in session ends after this long without a request: 30 minutes, or
     * {@code CITYREPORTS_SESSION_IDLE_SECONDS} (the export/import check uses a short one to prove it).
     */
    static final int IDLE_SECONDS = Optional.ofNullable(System.getenv("CITYREPORTS_SESSION_IDLE_SECONDS"))
            .map(Integer::parseInt)
            .orElse(30 * 60);

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    StaffIdentityStore accounts;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                HttpSession session = request.getSession();
                session.setAttribute(SIGNED_IN, result.getCallerPrincipal().getName());
                session.setMaxInactiveInterval(IDLE_SECONDS);
            }
            return context.notifyContainerAboutLogin(result); // SEND_FAILURE when not valid
        }
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SIGNED_IN);
        if (username instanceof String name) {
            Optional<StaffAccount> account = accounts.find(name).filter(StaffAccount::isEnabled);
            if (account.isPresent()) {
                request.setAttribute(ACCOUNT, account.get()); // CurrentStaff needs not look it up again
                Set<String> groups =
                        account.get().getRoles().stream().map(Role::roleName).collect(Collectors.toSet());
                return context.notifyContainerAboutLogin(name, groups);
            }
            session.removeAttribute(SIGNED_IN); // the account was disabled or removed meanwhile
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession()
                        .setAttribute(CONTINUE_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** Where to go after signing in: the staff page asked for before, else the staff home. */
    public static String continueTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object asked = session == null ? null : session.getAttribute(CONTINUE_TO);
        if (session != null) {
            session.removeAttribute(CONTINUE_TO);
        }
        // only a page of the staff area, never a URL planted from elsewhere
        return asked instanceof String path && path.startsWith("/staff/") && !path.startsWith("//") ? path : "/staff";
    }
}
