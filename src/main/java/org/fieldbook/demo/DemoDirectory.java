package org.fieldbook.demo;

import static org.fieldbook.stakeholder.StakeholderCategory.ACADEMIC;
import static org.fieldbook.stakeholder.StakeholderCategory.BUSINESS;
import static org.fieldbook.stakeholder.StakeholderCategory.CITY_DEPARTMENT;
import static org.fieldbook.stakeholder.StakeholderCategory.CITY_LEADERSHIP;
import static org.fieldbook.stakeholder.StakeholderCategory.CIVIL_SOCIETY;
import static org.fieldbook.stakeholder.StakeholderCategory.EDUCATION;
import static org.fieldbook.stakeholder.StakeholderCategory.ELECTED_COUNCIL;
import static org.fieldbook.stakeholder.StakeholderCategory.MEDIA;
import static org.fieldbook.stakeholder.StakeholderCategory.MIGRANT_ASSOCIATION;
import static org.fieldbook.stakeholder.StakeholderCategory.OTHER;
import static org.fieldbook.stakeholder.StakeholderCategory.POLICE_JUSTICE;
import static org.fieldbook.stakeholder.StakeholderCategory.RELIGIOUS_CULTURAL;
import static org.fieldbook.stakeholder.StakeholderCategory.RESIDENT;

import java.util.List;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;

/** The demo city's stakeholder directory: invented people and organisations, one entry per key. */
final class DemoDirectory {
    /** One directory entry; {@code key} is how the programme refers to it. */
    record Entry(String key, String person, String organisation, String role, StakeholderCategory category,
                 boolean consent) {
        Stakeholder toStakeholder(String cityId) {
            String mailbox = mailbox(person.isEmpty() ? organisation : person);
            String email = mailbox.isEmpty() ? "" : mailbox + "@example.org";
            String phone = "+00 555 01 " + String.format("%02d", Math.abs(key.hashCode()) % 100);
            return new Stakeholder(null, cityId, person, organisation, role, category, email, phone, consent);
        }

        /** "Hélène Vasseur-N'Diaye" → "helene.vasseur.n.diaye": accents folded, not dropped (no "h.l.ne"). */
        static String mailbox(String name) {
            String folded = java.text.Normalizer.normalize(name.replace("ı", "i").replace("ø", "o").replace("Ø", "O")
                    .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ł", "l").replace("Ł", "L"),
                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            return folded.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
        }
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("mayor", "Hélène Vasseur-N'Diaye", "Ville de Vellmar-sur-Lys", "Mayor", CITY_LEADERSHIP, true),
            new Entry("deputy", "Karim Benali", "Ville de Vellmar-sur-Lys", "Deputy mayor for social cohesion", CITY_LEADERSHIP, true),
            new Entry("coordinator", "Sophie Lemaître", "Mission interculturelle", "ICC coordinator", CITY_DEPARTMENT, true),
            new Entry("education_dept", "Joaquim Pereira da Costa", "Direction de l'éducation", "Head of education department", CITY_DEPARTMENT, true),
            new Entry("hr", "Anne-Laure Dubreuil", "Direction des ressources humaines", "HR director", CITY_DEPARTMENT, false),
            new Entry("housing", "Mehmet Yıldırım", "Office municipal de l'habitat", "Housing and urban renewal officer", CITY_DEPARTMENT, true),
            new Entry("welcome", "Zoé Marchetti", "Guichet d'accueil des nouveaux arrivants", "Head of welcome office", CITY_DEPARTMENT, true),
            new Entry("councillor_opp", "François Delmotte", "Conseil municipal", "Opposition councillor", ELECTED_COUNCIL, true),
            new Entry("councillor_youth", "Aïcha Traoré", "Conseil municipal", "Councillor for youth", ELECTED_COUNCIL, true),
            new Entry("ngo_solidarite", "Bérénice Fontaine", "Lys Solidarité", "Coordinator", CIVIL_SOCIETY, true),
            new Entry("ngo_women", "", "Femmes du Monde Vellmar", "Women's association", CIVIL_SOCIETY, false),
            new Entry("assoc_eritrea", "Yonas Tesfaye", "Communauté érythréenne de la Lys", "President", MIGRANT_ASSOCIATION, false),
            new Entry("assoc_portugal", "Fátima Gonçalves", "Associação Cultural Lusitana", "Secretary", MIGRANT_ASSOCIATION, true),
            new Entry("assoc_lysien", "Gwénaël Kerbrat", "Union des Lysiens", "Spokesperson of the Lysien minority", MIGRANT_ASSOCIATION, true),
            new Entry("school_head", "Nadia El Amrani", "Collège Jean-Moulin", "Head teacher", EDUCATION, true),
            new Entry("teacher", "Lucas Ferreira", "Collège Jean-Moulin", "Teacher, French as a second language", EDUCATION, false),
            new Entry("police", "Commandant Éric Vandamme", "Police municipale", "Head of municipal police", POLICE_JUSTICE, true),
            new Entry("mediator", "Samira Haddad", "Service de médiation de quartier", "Neighbourhood mediator", POLICE_JUSTICE, false),
            new Entry("chamber", "Pierre-Yves Castelain", "Chambre de commerce de la Lys", "Director", BUSINESS, true),
            new Entry("employer", "Leila Moreau-Kaya", "Transports Lys Logistique", "HR manager", BUSINESS, false),
            new Entry("newspaper", "Julien Decroix", "L'Écho de la Lys", "Editor-in-chief", MEDIA, true),
            new Entry("radio", "Oksana Melnyk", "Radio Confluences", "Community radio presenter", MEDIA, true),
            new Entry("mosque", "Imam Youssef Rahmani", "Mosquée de Saint-Aubert", "Imam", RELIGIOUS_CULTURAL, true),
            new Entry("church", "Père Dominique Lefebvre", "Paroisse Notre-Dame-de-la-Lys", "Parish priest", RELIGIOUS_CULTURAL, true),
            new Entry("culture", "Chloé Nguyen", "Maison des Cultures", "Programme director", RELIGIOUS_CULTURAL, true),
            new Entry("researcher", "Prof. Amadou Diallo", "Université de la Lys", "Sociologist, migration studies", ACADEMIC, true),
            new Entry("statistics", "Ingrid Søndergaard", "Observatoire urbain", "Statistician", ACADEMIC, false),
            new Entry("resident_tanneries", "Rosa Martínez", "", "Resident, Les Tanneries tenants' group", RESIDENT, false),
            new Entry("resident_youth", "Ilyes Bouzid", "", "Youth worker and resident", RESIDENT, true),
            new Entry("ombudsman", "Marie-Thérèse Loiseau", "Défenseure locale des droits", "Local ombudsperson", OTHER, true));

    private DemoDirectory() {
    }
}
