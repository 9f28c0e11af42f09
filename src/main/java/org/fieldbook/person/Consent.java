package org.fieldbook.person;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;

/**
 * A person who did not agree to be named is never named in what leaves Fieldbook (the profile report, the INDEX
 * analysis report and its good-practice pointers, the verification workbook): every text of such an output goes
 * through {@link #withheld}, which replaces their name, surname, e-mail and phone wherever an expert typed them by
 * "[name withheld]" in the output's language. Quotes are attributed to "a participant" by the writers themselves.
 */
public final class Consent {
    private Consent() {
    }

    /** "[name withheld]" or its French, from this package's strings (never the machine's locale). */
    public static String mark(String language) {
        return org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.PERSON, language).get("consent.withheld");
    }

    /** The hashes of every person in the workspace who did not agree to be named (trashed records included). */
    public static Set<String> withheldHashes(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        for (String[] p : Sql.list(c, "SELECT person, email, phone FROM stakeholder WHERE named_consent=0",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
            out.addAll(NameHashes.of(p[0], p[1], p[2]));
        }
        return out;
    }

    /** A text filter for one output in {@code language}: the names of people who did not agree to be named are withheld. */
    public static UnaryOperator<String> withheld(Database db, String language) {
        Set<String> hashes = db.read(Consent::withheldHashes);
        String mark = mark(language);
        return text -> NameHashes.scrub(text, hashes, mark);
    }
}
