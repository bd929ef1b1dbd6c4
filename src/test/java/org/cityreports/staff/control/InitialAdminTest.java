package org.cityreports.staff.control;

import org.cityreports.persistence.TestDatabase;
import org.cityreports.staff.entity.Role;
import org.cityreports.staff.entity.StaffAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitialAdminTest {

    @TempDir
    Path dir;

    private TestDatabase db;

    /** Hashing is the container's (Pbkdf2PasswordHash); here a readable stand-in shows what was hashed. */
    private static final Passwords VISIBLE_HASHES = new Passwords() {
        @Override
        public String hash(String password) {
            return "hash:" + password;
        }
    };

    @BeforeEach
    void open() {
        db = new TestDatabase(dir).migrate().open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void withoutAConfiguredPasswordTheAdminGetsAOneTimePasswordInAFileOnlyItsOwnerReads() throws IOException {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger(InitialAdmin.class.getName());
        log.addHandler(capture);
        try {
            create(null);
        } finally {
            log.removeHandler(capture);
        }
        StaffAccount admin = admin();
        Path file = dir.resolve("data/initial-admin-password");
        String password = Files.readString(file).strip();
        assertEquals(20, password.length());
        assertEquals("hash:" + password, admin.getPasswordHash());
        assertTrue(admin.isMustChangePassword());
        assertTrue(admin.has(Role.ADMIN));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(logged.stream().anyMatch(line -> line.contains(file.toString())), "the log says where: " + logged);
        assertTrue(logged.stream().noneMatch(line -> line.contains(password)), "server logs are files others may read");
    }

    @Test
    void theOneTimePasswordFileIsNamedUntilTheAdminChoosesAPassword() {
        create(null);
        Path data = dir.resolve("data");
        assertEquals(
                data.resolve("initial-admin-password"),
                oneTimePasswordFile(data).orElseThrow());
        db.inTransaction(em -> em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", "admin")
                .getSingleResult()
                .changePassword("hash:chosen"));
        assertTrue(oneTimePasswordFile(data).isEmpty());
    }

    private Optional<Path> oneTimePasswordFile(Path data) {
        List<Optional<Path>> found = new ArrayList<>();
        db.inTransaction(em -> {
            InitialAdmin initialAdmin = new InitialAdmin();
            initialAdmin.em = em;
            found.add(initialAdmin.oneTimePasswordFile(data));
        });
        return found.get(0);
    }

    @Test
    void aConfiguredPasswordIsUsedAndNoFileIsWritten() {
        create("from-the-environment");
        assertEquals("hash:from-the-environment", admin().getPasswordHash());
        assertFalse(admin().isMustChangePassword());
        assertFalse(Files.exists(dir.resolve("data/initial-admin-password")));
    }

    @Test
    void nothingHappensOnceAnyAccountExists() {
        create("first");
        create("second");
        assertEquals("hash:first", admin().getPasswordHash());
        assertEquals(1L, db.count("SELECT COUNT(a) FROM StaffAccount a"));
    }

    private void create(String configuredPassword) {
        db.inTransaction(em -> {
            InitialAdmin initialAdmin = new InitialAdmin();
            initialAdmin.em = em;
            initialAdmin.passwords = VISIBLE_HASHES;
            initialAdmin.createIfNoAccounts(configuredPassword, dir.resolve("data"));
        });
    }

    private StaffAccount admin() {
        StaffAccount[] admin = new StaffAccount[1];
        db.inTransaction(em -> admin[0] = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", "admin")
                .getSingleResult());
        return admin[0];
    }
}
