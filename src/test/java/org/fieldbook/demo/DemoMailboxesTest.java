package org.fieldbook.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo's e-mail addresses keep names with accents whole ("helene", not "h.l.ne") and are all different. */
class DemoMailboxesTest {
    @Test
    void accentedNamesKeepTheirLetters() {
        assertEquals("helene.vasseur.n.diaye", DemoDirectory.Entry.mailbox("Hélène Vasseur-N'Diaye"));
        assertEquals("mehmet.yildirim", DemoDirectory.Entry.mailbox("Mehmet Yıldırım"));
        Set<String> seen = new HashSet<>();
        for (DemoDirectory.Entry e : DemoDirectory.ENTRIES) {
            String email = e.toStakeholder("city").email();
            if (email.isEmpty()) {
                continue;
            }
            assertTrue(email.matches("[a-z0-9]+(\\.[a-z0-9]+)*@example\\.org"), email);
            assertTrue(seen.add(email), "twice: " + email);
            String name = e.person().isEmpty() ? e.organisation() : e.person();
            for (String part : name.split("[\\s'-]+")) {
                String letters = Normalizer.normalize(part.replace("ø", "o").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                        .replace("ł", "l"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                        .toLowerCase(Locale.ROOT).replace("ı", "i").replaceAll("[^a-z0-9]", "");
                if (letters.length() > 1) {
                    assertTrue(("." + email.substring(0, email.indexOf('@')) + ".").contains("." + letters + "."),
                            part + " whole in " + email);
                }
            }
        }
    }
}
