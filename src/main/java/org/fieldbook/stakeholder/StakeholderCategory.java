package org.fieldbook.stakeholder;

import java.util.Locale;

/** The kind of actor a stakeholder is. */
public enum StakeholderCategory {
    CITY_LEADERSHIP, CITY_DEPARTMENT, ELECTED_COUNCIL, CIVIL_SOCIETY, MIGRANT_ASSOCIATION, EDUCATION, POLICE_JUSTICE,
    BUSINESS, MEDIA, RELIGIOUS_CULTURAL, ACADEMIC, RESIDENT, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StakeholderCategory of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
