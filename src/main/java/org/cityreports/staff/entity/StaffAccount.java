package org.cityreports.staff.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cityreports.city.entity.City;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A member of staff who signs in to the data-entry area. */
@Entity
@Table(name = "STAFF_ACCOUNT")
@NamedQuery(name = StaffAccount.BY_USERNAME, query = "SELECT a FROM StaffAccount a WHERE a.username = :username")
@NamedQuery(name = StaffAccount.COUNT, query = "SELECT COUNT(a) FROM StaffAccount a")
public class StaffAccount {

    public static final String BY_USERNAME = "StaffAccount.byUsername";
    public static final String COUNT = "StaffAccount.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(min = 3, max = 40, message = "{staff.username.size}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{staff.username.pattern}")
    @Column(name = "USERNAME", nullable = false, length = 40)
    private String username;

    @NotBlank
    @Size(max = 80)
    @Column(name = "DISPLAY_NAME", nullable = false, length = 80)
    private String displayName;

    @NotBlank
    @Column(name = "PASSWORD_HASH", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled = true;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_ROLE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "STAFF_CITY",
            joinColumns = @JoinColumn(name = "ACCOUNT_ID"),
            inverseJoinColumns = @JoinColumn(name = "CITY_ID"))
    private Set<City> cities = new HashSet<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected StaffAccount() {
        // for JPA
    }

    public StaffAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = false;
    }

    /** A one-time password someone else chose: the owner must replace it at first sign-in. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** An editor works on the reports of the cities assigned to them. */
    public void assign(City city) {
        cities.add(Objects.requireNonNull(city));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Admins and reviewers see every city's reports; an editor those of the cities assigned to them. */
    public boolean mayView(City city) {
        return has(Role.ADMIN) || has(Role.REVIEWER) || mayEdit(city);
    }

    /** Editors change the reports of their cities; admins any city's, to help out. */
    public boolean mayEdit(City city) {
        return has(Role.ADMIN) || has(Role.EDITOR) && cities.contains(city);
    }

    /** Reviewers publish submitted reports or send them back. */
    public boolean mayReview() {
        return has(Role.REVIEWER);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<City> getCities() {
        return Collections.unmodifiableSet(cities);
    }
}
