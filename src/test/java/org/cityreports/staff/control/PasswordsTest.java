package org.cityreports.staff.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordsTest {

    @Test
    void newHashesTakeOwaspsIterationsUnlessTheTestSuitesLowerThemAndNeverBelowAThousand() {
        assertEquals(210_000, Passwords.iterations(null));
        assertEquals(210_000, Passwords.iterations(" "));
        assertEquals(1_000, Passwords.iterations("1000"));
        assertEquals(1_000, Passwords.iterations("10"));
        assertEquals(50_000, Passwords.iterations(" 50000 "));
    }
}
