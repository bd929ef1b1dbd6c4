package org.cityreports.staff.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordsTest {

    @Test
    void newHashesTakeOwaspsIterationsUnlessTheTestSuitesLowerThemAndNeverBelowSoteriasLeast() {
        assertEquals(210_000, Passwords.iterations(null));
        assertEquals(210_000, Passwords.iterations(" "));
        assertEquals(1_024, Passwords.iterations("1024"));
        assertEquals(1_024, Passwords.iterations("1000"));
        assertEquals(50_000, Passwords.iterations(" 50000 "));
    }
}
