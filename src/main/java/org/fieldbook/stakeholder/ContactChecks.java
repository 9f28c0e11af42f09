package org.fieldbook.stakeholder;

import java.util.regex.Pattern;

/**
 * What an e-mail address or a phone number typed for a stakeholder must look like. Both may be empty. An e-mail
 * address has one {@code @} with a name before it and a domain with a dot after it, and no spaces; a phone number has
 * at least six digits and only digits, spaces, {@code + ( ) . - /} (so "call me" or "ask Marie" is refused, while
 * "+33 (0)3 88 41 20 00" passes).
 */
public final class ContactChecks {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]+");

    private ContactChecks() {
    }

    public static boolean emailOk(String value) {
        String v = value == null ? "" : value.strip();
        return v.isEmpty() || EMAIL.matcher(v).matches();
    }

    public static boolean phoneOk(String value) {
        String v = value == null ? "" : value.strip();
        return v.isEmpty() || (PHONE.matcher(v).matches() && v.chars().filter(Character::isDigit).count() >= 6);
    }
}
