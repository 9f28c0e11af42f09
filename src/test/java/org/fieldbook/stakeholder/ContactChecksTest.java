package org.fieldbook.stakeholder;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContactChecksTest {
    @Test
    void emailAddresses() {
        for (String ok : new String[] {"", "  ", "rosa.martinez@ville.example", "hélène@mairie.fr", "a.b+c@x.co.uk"}) {
            assertTrue(ContactChecks.emailOk(ok), ok);
        }
        for (String bad : new String[] {"call me", "rosa@", "@ville.fr", "rosa@ville", "rosa martinez@ville.fr", "a@b@c.fr", "rosa@ville."}) {
            assertFalse(ContactChecks.emailOk(bad), bad);
        }
    }

    @Test
    void phoneNumbers() {
        for (String ok : new String[] {"", "+33 3 88 41 20 00", "+33 (0)3 88 41 20 00", "03.88.41.20.00", "0388-412000", "+00 555 01 42"}) {
            assertTrue(ContactChecks.phoneOk(ok), ok);
        }
        for (String bad : new String[] {"call me", "ask Marie", "12345", "+33 3 88 41 20 00 ext. 4", "n/a"}) {
            assertFalse(ContactChecks.phoneOk(bad), bad);
        }
    }
}
