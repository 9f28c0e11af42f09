package org.fieldbook.bench;

import java.util.List;
import java.util.Random;

/**
 * Realistic note text for the benchmark, in several languages with accents: sentences built from
 * opener × subject × finding fragments plus names, places and numbers, 200–800 characters long.
 */
final class BenchTexts {
    /** Fragments of one language. */
    private record Language(List<String> openers, List<String> subjects, List<String> findings) {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language(List.of("During the meeting with", "At the site visit,", "According to", "In the round table,", "As explained by",
                    "Several residents told us that", "The head of department said that", "We observed that"),
                    List.of("the welcome office", "the municipal police", "the neighbourhood mediators", "the school principals",
                            "the chamber of commerce", "the women's association", "the local newspaper", "the youth council",
                            "the library team", "the housing office", "the participatory budget committee", "the interfaith council"),
                    List.of("has no data on the origin of its users, so impact cannot be measured.",
                            "runs language cafés every week, well attended by newcomers and long-term residents.",
                            "reports discrimination in access to housing and to the labour market.",
                            "has trained staff in intercultural competence, but managers did not take part.",
                            "organises a yearly festival where minority artists share the stage.",
                            "would like a clearer anti-discrimination strategy with an independent monitoring body.",
                            "noticed that schools in the harbour district are far less mixed than the district itself.",
                            "sees the participatory budget as the only channel where foreign residents have a real say.")),
            new Language(List.of("Lors de la réunion avec", "Pendant la visite du quartier,", "D'après", "À la table ronde,",
                    "Comme l'a expliqué", "Plusieurs habitantes ont raconté que", "La directrice a précisé que", "Nous avons constaté que"),
                    List.of("le guichet d'accueil", "la police municipale", "les médiateurs de quartier", "les chefs d'établissement",
                            "la chambre de commerce", "l'association des femmes", "le journal local", "le conseil des jeunes",
                            "l'équipe de la médiathèque", "l'office de l'habitat", "le comité du budget participatif", "le conseil interreligieux"),
                    List.of("ne dispose d'aucune donnée sur l'origine des usagers ; l'impact reste impossible à mesurer.",
                            "anime chaque semaine des cafés des langues où se côtoient nouveaux arrivants et habitants de longue date.",
                            "signale des discriminations dans l'accès au logement et à l'emploi, surtout pour les jeunes diplômés.",
                            "a formé ses agents à la compétence interculturelle, mais l'encadrement n'a pas suivi la formation.",
                            "organise une fête annuelle où les artistes des minorités partagent la scène principale.",
                            "souhaite une stratégie de lutte contre les discriminations, avec un observatoire indépendant.",
                            "remarque que les écoles du quartier du port sont bien moins mixtes que le quartier lui-même.",
                            "voit dans le budget participatif le seul lieu où les résidents étrangers pèsent vraiment.")),
            new Language(List.of("Beim Treffen mit", "Bei der Quartiersbegehung", "Laut", "Am runden Tisch", "Wie erklärt von",
                    "Mehrere Bewohnerinnen berichteten, dass", "Die Amtsleiterin betonte, dass", "Wir stellten fest, dass"),
                    List.of("das Willkommensbüro", "die Stadtpolizei", "die Quartiersmediation", "die Schulleitungen", "die Handelskammer",
                            "der Frauenverein", "die Lokalzeitung", "der Jugendrat", "das Bibliotheksteam", "das Wohnungsamt",
                            "der Bürgerhaushalt", "der interreligiöse Rat"),
                    List.of("keine Daten über die Herkunft der Nutzerinnen und Nutzer erhebt; die Wirkung bleibt unklar.",
                            "jede Woche ein Sprachcafé für Neuzugewanderte und Alteingesessene veranstaltet.",
                            "Diskriminierung beim Zugang zu Wohnungen und Arbeitsplätzen meldet.",
                            "interkulturelle Schulungen anbietet, an denen Führungskräfte kaum teilnehmen.",
                            "ein jährliches Straßenfest organisiert, bei dem Künstlerinnen aus Minderheiten auftreten.",
                            "eine Antidiskriminierungsstrategie mit unabhängiger Beobachtungsstelle fordert.",
                            "die Schulen im Hafenviertel weniger gemischt sind als das Viertel selbst.")),
            new Language(List.of("Nell'incontro con", "Durante la visita al quartiere,", "Secondo", "Alla tavola rotonda,",
                    "Come spiegato da", "Diverse residenti hanno raccontato che", "La dirigente ha sottolineato che"),
                    List.of("lo sportello di accoglienza", "la polizia locale", "i mediatori di quartiere", "i dirigenti scolastici",
                            "la camera di commercio", "l'associazione delle donne", "il giornale locale", "la consulta dei giovani",
                            "la biblioteca civica", "l'ufficio casa", "il bilancio partecipativo"),
                    List.of("non raccoglie dati sull'origine degli utenti, quindi l'impatto non è misurabile.",
                            "organizza ogni settimana un caffè linguistico molto frequentato da nuovi arrivati.",
                            "segnala discriminazioni nell'accesso alla casa e al lavoro.",
                            "ha formato il personale alla competenza interculturale, ma non i dirigenti.",
                            "promuove una festa annuale in cui gli artisti delle minoranze salgono sul palco principale.",
                            "chiede una strategia contro le discriminazioni con un osservatorio indipendente.")),
            new Language(List.of("En la reunión con", "Durante la visita al barrio,", "Según", "En la mesa redonda,", "Como explicó",
                    "Varias vecinas contaron que", "La jefa de servicio señaló que"),
                    List.of("la oficina de acogida", "la policía municipal", "los mediadores vecinales", "los directores de colegio",
                            "la cámara de comercio", "la asociación de mujeres", "el periódico local", "el consejo de la juventud",
                            "la biblioteca municipal", "la oficina de vivienda", "el presupuesto participativo"),
                    List.of("no recoge datos sobre el origen de los usuarios, así que el impacto no se puede medir.",
                            "organiza cada semana un café de idiomas donde se encuentran recién llegados y vecinos de siempre.",
                            "denuncia discriminación en el acceso a la vivienda y al empleo.",
                            "formó a su personal en competencia intercultural, pero no a los cargos directivos.",
                            "celebra una fiesta anual en la que artistas de las minorías comparten escenario.",
                            "pide una estrategia contra la discriminación con un observatorio independiente.")));

    static final List<String> FIRST_NAMES = List.of("Hélène", "José", "Zoë", "Çağla", "Łukasz", "Amélie", "Søren", "Inês", "Mehmet",
            "Aïcha", "Jürgen", "Noémie", "Björn", "Dolores", "Yannick", "Fatoumata", "Grégoire", "Ioana", "Kemal", "Oksana",
            "Raphaël", "Sinéad", "Tomás", "Wojciech", "Élodie", "Andrés", "Ana", "Karim", "Léa", "Nikolaos");
    static final List<String> LAST_NAMES = List.of("Dubois", "Müller", "García", "Rossi", "Yılmaz", "Nowak", "Ferreira", "Lefèvre",
            "Benali", "Kovačević", "O'Connor", "Schröder", "Martínez", "Haddad", "Diallo", "Nguyen", "Petrović", "Andersen",
            "Moreau", "Santos", "Popescu", "Kowalski", "Traoré", "Lindqvist", "Bianchi", "Åström", "Doğan", "Renée", "Vidal", "Ibáñez");
    static final List<String> PLACES = List.of("Les Tanneries", "Saint-Aubert", "Hafenviertel", "Quartiere Sant'Anna", "Barrio del Carmen",
            "Old Town", "Plateau-Nord", "Riverside", "Görlitzer Straße", "Place du Marché", "Via Garibaldi", "Calle Mayor");

    private BenchTexts() {
    }

    static String personName(Random r) {
        return FIRST_NAMES.get(r.nextInt(FIRST_NAMES.size())) + " " + LAST_NAMES.get(r.nextInt(LAST_NAMES.size()));
    }

    /** A note of 200–800 characters in the given language (0..4), sometimes with a name, a place and a figure. */
    static String note(Random r, int language) {
        Language lang = LANGUAGES.get(Math.floorMod(language, LANGUAGES.size()));
        int target = 200 + r.nextInt(601);
        StringBuilder sb = new StringBuilder(target + 200);
        while (sb.length() < target) {
            if (sb.length() > 0) {
                sb.append(r.nextInt(6) == 0 ? "\n\n" : " ");
            }
            sb.append(lang.openers().get(r.nextInt(lang.openers().size()))).append(' ');
            if (r.nextInt(3) == 0) {
                sb.append(personName(r)).append(" (").append(PLACES.get(r.nextInt(PLACES.size()))).append("), ");
            }
            sb.append(lang.subjects().get(r.nextInt(lang.subjects().size()))).append(' ')
                    .append(lang.findings().get(r.nextInt(lang.findings().size())));
            if (r.nextInt(4) == 0) {
                sb.append(" (").append(5 + r.nextInt(95)).append(" %, ").append(2015 + r.nextInt(11)).append(")");
            }
        }
        if (sb.length() > 800) {
            int cut = sb.lastIndexOf(" ", 797);
            sb.setLength(cut > 200 ? cut : 797);
            sb.append("…");
        }
        return sb.toString();
    }

    static int languages() {
        return LANGUAGES.size();
    }
}
