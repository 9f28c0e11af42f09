package org.fieldbook.stakeholder.ui;

import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The directory filter folds accents and case and needs every word, as search does. */
class StakeholderFilterTest {
    private final Stakeholder helene = new Stakeholder("1", "c", "Hélène Weiss", "Conseil des résidents étrangers", "Présidente",
            StakeholderCategory.CIVIL_SOCIETY, "helene.weiss@example.org", "", true);

    @Test
    void accentsAndCaseAreFolded() {
        assertTrue(StakeholdersPane.matches(helene, "helene"));
        assertTrue(StakeholdersPane.matches(helene, "HÉLÈNE"));
        assertTrue(StakeholdersPane.matches(helene, "residents etrangers"));
        assertTrue(StakeholdersPane.matches(helene, "weiss presidente"));
        assertFalse(StakeholdersPane.matches(helene, "helene dubois"));
    }
}
