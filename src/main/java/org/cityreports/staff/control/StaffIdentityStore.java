package org.cityreports.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.cityreports.staff.entity.Role;
import org.cityreports.staff.entity.StaffAccount;

import java.util.Optional;
import java.util.stream.Collectors;

/** Jakarta Security's view of our STAFF_ACCOUNT table: checks a password, names the caller's roles. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<StaffAccount> account = find(credential.getCaller());
        if (account.isEmpty() || !account.get().isEnabled()) {
            passwords.matchNothing(credential.getPasswordAsString());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.matches(credential.getPasswordAsString(), account.get().getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                account.get().getUsername(),
                account.get().getRoles().stream().map(Role::roleName).collect(Collectors.toSet()));
    }

    Optional<StaffAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}
