package org.cityreports.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cityreports.persistence.DataDirectory;
import org.cityreports.staff.entity.Role;
import org.cityreports.staff.entity.StaffAccount;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * No default password anywhere: on the first start with no accounts, creates {@code admin} with
 * the password from {@code CITYREPORTS_ADMIN_PASSWORD}, or else a random one-time password written
 * to {@code <data dir>/initial-admin-password} (readable by the owner only, never logged: server
 * logs are files others may read), which must be changed at first sign-in.
 */
@ApplicationScoped
public class InitialAdmin {

    public static final String USERNAME = "admin";
    public static final String PASSWORD_VARIABLE = "CITYREPORTS_ADMIN_PASSWORD";
    static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Transactional
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        createIfNoAccounts(System.getenv(PASSWORD_VARIABLE), DataDirectory.path());
    }

    /** Runs in the caller's transaction. */
    public void createIfNoAccounts(String configuredPassword, Path dataDirectory) {
        if (em.createNamedQuery(StaffAccount.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        boolean configured = configuredPassword != null && !configuredPassword.isBlank();
        String password = configured ? configuredPassword : Passwords.random();
        StaffAccount admin =
                new StaffAccount(USERNAME, "Administrator", passwords.hash(password), EnumSet.of(Role.ADMIN));
        if (configured) {
            em.persist(admin);
            LOG.info(() -> "Created account 'admin' with the password from " + PASSWORD_VARIABLE);
            return;
        }
        admin.requirePasswordChange();
        em.persist(admin);
        Path file = writeOwnerOnly(dataDirectory.resolve(PASSWORD_FILE), password);
        LOG.warning(() -> "Created account 'admin' with a one-time password, in " + file
                + " (readable by its owner only); it must be changed at first sign-in");
    }

    /** The file with the first admin's one-time password, while it is still the admin's password. */
    public Optional<Path> oneTimePasswordFile(Path dataDirectory) {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        boolean unchanged = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", USERNAME)
                .getResultStream()
                .anyMatch(StaffAccount::isMustChangePassword);
        return unchanged && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static Path writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(
                    file,
                    content + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
