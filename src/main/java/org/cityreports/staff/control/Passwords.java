package org.cityreports.staff.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.security.SecureRandom;
import java.util.Map;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA512, 210 000 iterations, per OWASP).
 * Each hash keeps its own iteration count, so a stored password is checked with the count it was
 * made with whatever the setting is now.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;

    static final int ITERATIONS = 210_000;
    /**
     * Fewer iterations for new hashes, for the test suites only: a suite makes about 260 hashes,
     * at about 0.18 s each on one core here 47 s of every server's run. Never below 1 024.
     */
    static final String ITERATIONS_VARIABLE = "CITYREPORTS_PASSWORD_ITERATIONS";

    static final int MIN_ITERATIONS = 1_024; // Soteria (both servers) refuses fewer
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Compared against when a name is unknown, so that a wrong name takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations(System.getenv(ITERATIONS_VARIABLE))),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash(random());
    }

    static int iterations(String configured) {
        if (configured == null || configured.isBlank()) {
            return ITERATIONS;
        }
        return Math.max(MIN_ITERATIONS, Integer.parseInt(configured.strip()));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time a real check would, for an unknown name. */
    public void matchNothing(String password) {
        matches(password == null ? "" : password, decoy);
    }

    /** A one-time password: 20 characters without look-alikes (0/O, 1/l). */
    public static String random() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
