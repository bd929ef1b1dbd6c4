package org.cityreports.staff.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.cityreports.domain.NotSignedIn;
import org.cityreports.staff.entity.StaffAccount;

import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in member of staff, loaded once per request: StaffAuthentication has usually loaded
 * the account already to name its roles, and leaves it in the request.
 */
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext security;

    @Inject
    StaffIdentityStore accounts;

    @Inject
    HttpServletRequest request;

    private Optional<StaffAccount> account;

    public Optional<StaffAccount> find() {
        if (account == null) {
            Principal caller = security.getCallerPrincipal();
            if (caller == null) {
                account = Optional.empty();
            } else if (request.getAttribute(StaffAuthentication.ACCOUNT) instanceof StaffAccount loaded
                    && loaded.getUsername().equals(caller.getName())) {
                account = Optional.of(loaded);
            } else {
                account = accounts.find(caller.getName());
            }
        }
        return account;
    }

    /** @throws NotSignedIn when nobody is signed in. */
    public StaffAccount get() {
        return find().orElseThrow(() -> new NotSignedIn("Sign in first"));
    }
}
