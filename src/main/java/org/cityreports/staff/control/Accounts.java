package org.cityreports.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cityreports.city.control.Cities;
import org.cityreports.city.entity.City;
import org.cityreports.domain.FormErrors;
import org.cityreports.staff.entity.Role;
import org.cityreports.staff.entity.StaffAccount;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff accounts as admins manage them. */
@ApplicationScoped
public class Accounts {

    /** A new account and the one-time password its owner signs in with first. */
    public record Created(StaffAccount account, String oneTimePassword) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Cities cities;

    public List<StaffAccount> all() {
        return em.createQuery("SELECT a FROM StaffAccount a ORDER BY a.username", StaffAccount.class)
                .getResultList();
    }

    public java.util.Optional<StaffAccount> byUsername(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** What the rules of accounts (beyond the form's own constraints) find wrong with a request. */
    public FormErrors check(String username, Set<Role> roles, List<String> citySlugs, FormErrors errors) {
        if (username != null && byUsername(username).isPresent()) {
            errors.add("username", "staff.account.username.taken");
        }
        if (roles.contains(Role.EDITOR) && citySlugs.isEmpty()) {
            errors.add("cities", "staff.account.cities.required");
        }
        return errors;
    }

    @Transactional
    public Created create(String username, String displayName, Set<Role> roles, List<String> citySlugs) {
        String oneTime = Passwords.random();
        StaffAccount account = new StaffAccount(username, displayName.strip(), passwords.hash(oneTime), roles);
        account.requirePasswordChange();
        citySlugs.stream()
                .map(cities::bySlug)
                .map(c -> em.find(City.class, c.getId()))
                .forEach(account::assign);
        em.persist(account);
        return new Created(account, oneTime);
    }

    /** Role names as the form sends them ("editor") to roles; unknown names are dropped. */
    public static Set<Role> roles(List<String> names) {
        Set<String> known =
                EnumSet.allOf(Role.class).stream().map(Role::roleName).collect(Collectors.toSet());
        return names.stream()
                .filter(known::contains)
                .map(n -> Role.valueOf(n.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
