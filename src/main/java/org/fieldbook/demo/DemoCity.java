package org.fieldbook.demo;

import java.time.LocalDate;
import java.util.List;
import org.fieldbook.visit.City;
import org.fieldbook.visit.TeamMember;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitMode;
import org.fieldbook.visit.VisitStatus;

/** The fictional demo city and its visit: facts, dates and team. Every name here is invented. */
final class DemoCity {
    static final String NAME = "Vellmar-sur-Lys (fictional demo city)";
    static final String COUNTRY = "Demoland (fictional)";

    private DemoCity() {
    }

    static City city() {
        return new City(null, NAME, COUNTRY, 182_400L, 21.4, 13.8, 6.2,
                "French (official), Arabic, Portuguese, Turkish, Tigrinya, Romanian, Lysien (regional minority language)",
                """
                **Demo data — this city does not exist.** Former textile town on the river Lys, with a university \
                and a logistics port. Arrivals in three waves: Portuguese and Italian workers in the 1960s, \
                North African families in the 1970s–80s, and since 2015 people from Syria, Eritrea and Ukraine. \
                The Lysien-speaking minority lives mostly in the old town and in Saint-Aubert.

                The city joined the Intercultural Cities network in 2022 and answered the INDEX questionnaire \
                (revised edition) in 2024; this visit checks those answers.""");
    }

    /** A two-day in-person visit that started yesterday and ends today, so it is under way. */
    static Visit visit(String cityId, LocalDate firstDay) {
        return new Visit(null, cityId, firstDay, firstDay.plusDays(1), VisitMode.IN_PERSON, VisitStatus.UNDER_WAY, team());
    }

    static List<TeamMember> team() {
        return List.of(new TeamMember("Dr Inès Kowalczyk-Barros", TeamMember.EXPERT),
                new TeamMember("Tomás Ó Briain", TeamMember.EXPERT),
                new TeamMember("Mariam Delacroix-Essafi", TeamMember.REPRESENTATIVE));
    }
}
