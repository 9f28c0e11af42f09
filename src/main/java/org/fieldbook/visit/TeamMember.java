package org.fieldbook.visit;

/** One person on a visit team: an expert or the Council of Europe representative. */
public record TeamMember(String name, String role) {
    public static final String EXPERT = "expert";
    public static final String REPRESENTATIVE = "representative";
}
