package org.cityreports.staff.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import org.cityreports.staff.entity.StaffAccount;

import java.security.Principal;
import java.util.Optional;

/** The signed-in member of staff, loaded once per request. */
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext security;

    @Inject
    StaffIdentityStore accounts;

    private Optional<StaffAccount> account;

    public Optional<StaffAccount> find() {
        if (account == null) {
            Principal caller = security.getCallerPrincipal();
            account = caller == null ? Optional.empty() : accounts.find(caller.getName());
        }
        return account;
    }

    /** @throws NotAuthorizedException when nobody is signed in. */
    public StaffAccount get() {
        return find().orElseThrow(() -> new NotAuthorizedException("Sign in first"));
    }
}
