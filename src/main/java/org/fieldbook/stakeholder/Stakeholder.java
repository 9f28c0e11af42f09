package org.fieldbook.stakeholder;

/**
 * A person and/or organisation in a city's directory; {@code revision} is the stored revision it was read at (0: not
 * read from the store).
 */
public record Stakeholder(String id, String cityId, String person, String organisation, String role,
                          StakeholderCategory category, String email, String phone, boolean namedConsent, long revision) {
    /** A stakeholder not read from the store (revision 0). */
    public Stakeholder(String id, String cityId, String person, String organisation, String role,
                       StakeholderCategory category, String email, String phone, boolean namedConsent) {
        this(id, cityId, person, organisation, role, category, email, phone, namedConsent, 0);
    }

    public Stakeholder {
        person = person == null ? "" : person.trim();
        organisation = organisation == null ? "" : organisation.trim();
        role = role == null ? "" : role.trim();
        email = email == null ? "" : email.trim();
        phone = phone == null ? "" : phone.trim();
        category = category == null ? StakeholderCategory.OTHER : category;
        if (person.isEmpty() && organisation.isEmpty()) {
            throw new IllegalArgumentException("A stakeholder needs a person's name or an organisation");
        }
    }

    public Stakeholder withId(String newId) {
        return new Stakeholder(newId, cityId, person, organisation, role, category, email, phone, namedConsent, revision);
    }

    public Stakeholder withRevision(long newRevision) {
        return new Stakeholder(id, cityId, person, organisation, role, category, email, phone, namedConsent, newRevision);
    }

    /** "Person (Organisation)", or whichever of the two is known. */
    public String displayName() {
        if (person.isEmpty()) {
            return organisation;
        }
        return organisation.isEmpty() ? person : person + " (" + organisation + ")";
    }
}
