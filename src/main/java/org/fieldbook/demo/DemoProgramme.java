package org.fieldbook.demo;

import static org.fieldbook.visit.MeetingFormat.GROUP_SESSION;
import static org.fieldbook.visit.MeetingFormat.MEETING;
import static org.fieldbook.visit.MeetingFormat.PRESS;
import static org.fieldbook.visit.MeetingFormat.PUBLIC_EVENT;
import static org.fieldbook.visit.MeetingFormat.SITE_VISIT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingFormat;

/** The two-day programme of the demo visit: who the team meets, where, and which INDEX areas it is about. */
final class DemoProgramme {
    /** One programme item; {@code attendees} are directory keys, {@code areas} the INDEX areas it informs. */
    record Item(int day, String start, String end, String title, String place, MeetingFormat format,
                List<String> attendees, List<String> areas) {
        Meeting toMeeting(String visitId, LocalDate firstDay) {
            return new Meeting(null, visitId, firstDay.plusDays(day), LocalTime.parse(start), LocalTime.parse(end), title,
                    place, format);
        }
    }

    static final List<Item> ITEMS = List.of(
            new Item(0, "08:45", "09:30", "Welcome and briefing with the ICC coordinator", "Hôtel de ville, salle du Beffroi",
                    MEETING, List.of("coordinator"), List.of("commitment", "intelligence_competence")),
            new Item(0, "09:30", "10:30", "Meeting with the Mayor and the deputy mayor for social cohesion", "Hôtel de ville, bureau du maire",
                    MEETING, List.of("mayor", "deputy", "coordinator"), List.of("commitment", "leadership_citizenship", "international_outlook")),
            new Item(0, "10:45", "12:00", "Cross-department working group on the intercultural strategy", "Hôtel de ville, salle des commissions",
                    GROUP_SESSION, List.of("coordinator", "education_dept", "hr", "housing", "welcome"),
                    List.of("public_services", "intelligence_competence", "commitment")),
            new Item(0, "12:00", "13:00", "Working lunch with council members from majority and opposition", "Restaurant Le Moulin Bleu",
                    MEETING, List.of("councillor_opp", "councillor_youth", "deputy"), List.of("leadership_citizenship", "participation")),
            new Item(0, "13:30", "15:00", "Site visit: Les Tanneries neighbourhood and the Maison des Cultures", "Quartier des Tanneries",
                    SITE_VISIT, List.of("housing", "culture", "resident_tanneries", "resident_youth"),
                    List.of("neighbourhoods", "public_space", "cultural_social_life")),
            new Item(0, "15:15", "16:15", "Collège Jean-Moulin: head teacher, teachers and parents", "Collège Jean-Moulin",
                    GROUP_SESSION, List.of("school_head", "teacher", "education_dept"), List.of("education", "language")),
            new Item(0, "16:30", "17:30", "Round table with migrant and minority associations", "Maison des associations",
                    GROUP_SESSION, List.of("assoc_eritrea", "assoc_portugal", "assoc_lysien", "ngo_women", "ngo_solidarite"),
                    List.of("participation", "anti_discrimination", "language", "welcoming")),
            new Item(0, "18:30", "20:30", "World Café « Vivre ensemble à Vellmar »", "Halle aux Toiles",
                    PUBLIC_EVENT, List.of("resident_tanneries", "resident_youth", "ngo_solidarite", "culture", "councillor_youth", "assoc_portugal"),
                    List.of("interaction", "public_space", "cultural_social_life", "participation")),
            new Item(1, "08:30", "09:15", "Municipal police and the neighbourhood mediation service", "Poste de police municipale",
                    MEETING, List.of("police", "mediator"), List.of("mediation", "anti_discrimination")),
            new Item(1, "09:30", "10:30", "Site visit: welcome office and language courses", "Guichet d'accueil, rue des Remparts",
                    SITE_VISIT, List.of("welcome", "teacher"), List.of("welcoming", "language", "public_services")),
            new Item(1, "10:45", "11:45", "Employers and the chamber of commerce", "Chambre de commerce de la Lys",
                    GROUP_SESSION, List.of("chamber", "employer"), List.of("business", "anti_discrimination")),
            new Item(1, "12:00", "13:00", "Local media: newspaper and community radio", "Radio Confluences studio",
                    MEETING, List.of("newspaper", "radio"), List.of("media")),
            new Item(1, "13:30", "14:30", "Interfaith council and cultural organisations", "Maison des Cultures",
                    GROUP_SESSION, List.of("mosque", "church", "culture"), List.of("cultural_social_life", "mediation", "interaction")),
            new Item(1, "14:45", "15:45", "University researchers and the urban observatory", "Université de la Lys, campus Vauban",
                    MEETING, List.of("researcher", "statistics"), List.of("intelligence_competence", "international_outlook", "business")),
            new Item(1, "16:00", "16:45", "Local ombudsperson on discrimination complaints", "Maison du droit",
                    MEETING, List.of("ombudsman", "ngo_solidarite"), List.of("anti_discrimination", "public_services")),
            new Item(1, "17:00", "18:00", "Press debriefing", "Hôtel de ville, salle de presse",
                    PRESS, List.of("mayor", "newspaper", "radio"), List.of("media", "commitment")));

    private DemoProgramme() {
    }
}
