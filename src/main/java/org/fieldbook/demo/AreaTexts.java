package org.fieldbook.demo;

import java.util.List;
import java.util.Map;

/**
 * What the demo team hears and sees, per INDEX area: observations, a good practice, a concern, a quote,
 * a recommendation idea and a follow-up. {@code {n}} and {@code {p}} are filled with numbers by
 * {@link NoteComposer} so that repeated use of a sentence still reads differently.
 */
final class AreaTexts {
    /** The sentences for one area. */
    record Pool(List<String> observations, String goodPractice, String concern, String quote, String recommendation,
                String followUp) {
    }

    static final Map<String, Pool> POOLS = Map.ofEntries(
            Map.entry("commitment", new Pool(List.of(
                    "The council adopted the intercultural statement in {year}, by a large majority; the opposition abstained.",
                    "The action plan 2024–2027 has {n} measures, but only about a third have a named lead and a budget line."),
                    "The mayor opens every council year with a public report on the intercultural plan, with figures.",
                    "The budget for the intercultural mission is {p}% of the social cohesion budget and has not grown since the plan was adopted.",
                    "L'interculturel, ce n'est pas un service de plus, c'est une façon de travailler pour toute la mairie.",
                    "Tie each measure of the action plan to a department, a budget line and one indicator the council reviews yearly.",
                    "Ask the coordinator for the council resolution of {year} and the minutes of the last steering group.")),
            Map.entry("education", new Pool(List.of(
                    "About {p}% of pupils at Collège Jean-Moulin speak another language than French at home; the head teacher counted {n} languages.",
                    "Schools in Les Tanneries are much less mixed than the neighbourhood itself: families with means choose private schools."),
                    "A parents' café in three languages meets every Friday morning at the college; fathers now come too.",
                    "No teacher of foreign origin in the three colleges we heard about; recruitment is national, the city has little say.",
                    "Les parents viennent quand on les accueille dans leur langue, même seulement pour le premier mot.",
                    "Extend the parents' café model to primary schools and train school secretaries in intercultural reception.",
                    "Get the school-mix figures by district from the education department (INDEX question on school diversity).")),
            Map.entry("neighbourhoods", new Pool(List.of(
                    "Les Tanneries: {n} social housing units, renovation under way; residents describe it as « quartier de passage ».",
                    "Saint-Aubert and the old town are mixed; the new districts on the plateau are almost entirely middle-class and white."),
                    "The renovation project hires a resident liaison in each block, chosen by the tenants.",
                    "The housing allocation committee does not track outcomes by origin, so segregation cannot be measured.",
                    "On nous a refait les façades, mais personne ne nous a demandé ce qu'on voulait dans la cour.",
                    "Use the renovation of Les Tanneries to create shared spaces designed with residents, and measure mixing before and after.",
                    "Request the map of housing allocations by district ({year}–now) from the housing office.")),
            Map.entry("public_services", new Pool(List.of(
                    "The city administration has {n} staff; HR could not say how many have a migrant background and does not intend to ask.",
                    "Forms at the citizen service desk exist in French only; staff use a phone interpreting service about {n} times a month."),
                    "The social services keep a pool of {n} community interpreters, paid per hour and trained by the university.",
                    "Service design does not involve users of foreign origin; complaints are the only feedback channel.",
                    "We do not count origins; we serve citizens, full stop.",
                    "Run an anonymous staff diversity survey and set a target for the reception desks that serve the public most.",
                    "Follow up with HR on the recruitment campaign in Les Tanneries mentioned by the deputy mayor.")),
            Map.entry("business", new Pool(List.of(
                    "The port and logistics sector employ many newcomers, mostly in temporary jobs through agencies.",
                    "The chamber of commerce counts {n} businesses run by people of foreign origin, about {p}% of its members."),
                    "Transports Lys Logistique pairs each new driver with a mentor and pays for French courses during working hours.",
                    "Diplomas from outside the EU are rarely recognised; engineers work as warehouse staff for years.",
                    "Diversity is not charity for us: we cannot find drivers, and half our best drivers learnt French here.",
                    "Create a diversity charter with the chamber of commerce and a fast track for diploma recognition.",
                    "Ask the chamber for the list of signatories of the 2023 hiring pledge and the results so far.")),
            Map.entry("cultural_social_life", new Pool(List.of(
                    "The Maison des Cultures programmes {n} events a year; about a third are co-produced with community associations.",
                    "Sports clubs are the main place where young people of all backgrounds meet; the football club has {n} members."),
                    "The city's cultural grants give extra points to projects run jointly by two associations of different backgrounds.",
                    "Community festivals stay within each community; the big city festival has almost no minority artists on stage.",
                    "La culture, ici, c'est ce qui se passe dans les cuisines et les clubs de foot, pas seulement au théâtre.",
                    "Require intercultural co-production for part of the festival budget and count mixed audiences.",
                    "Get the list of grants to associations for {year} with the joint-project criterion.")),
            Map.entry("public_space", new Pool(List.of(
                    "The Place du Marché is busy and mixed on Saturdays; on weekday evenings mainly young men gather there.",
                    "The new park along the Lys has no benches in the shade and no toilets; families of the plateau do not come."),
                    "The riverside was redesigned in participatory workshops in {year}; {n} residents took part, in five languages.",
                    "Women said they avoid the station square after dark; lighting was promised two years ago.",
                    "La place, elle est à tout le monde le samedi, et à personne le mardi soir.",
                    "Run a night walk with women's groups before the next public-space works and publish what changes.",
                    "Check whether the lighting plan for the station square is in the {year} budget.")),
            Map.entry("mediation", new Pool(List.of(
                    "The neighbourhood mediation service has {n} mediators for the whole city; they handled about {p}0 cases last year.",
                    "Conflicts reported are mostly about noise, parking and use of courtyards; few are described as intercultural."),
                    "Mediators are trained together with municipal police officers, and they hold joint office hours in Les Tanneries.",
                    "The mediation service has no mandate for conflicts inside the administration or with public services.",
                    "Quand la police arrive, c'est déjà trop tard ; nous, on arrive avant.",
                    "Give the mediation service a city-wide mandate, including conflicts involving public services, and report yearly.",
                    "Request the mediation service's annual report and its case categories.")),
            Map.entry("language", new Pool(List.of(
                    "Free French courses: {n} places, waiting list of about {p} people; evening classes are always full.",
                    "Lysien is taught in two primary schools; street signs in the old town are bilingual since {year}."),
                    "The library lends books in {n} languages and runs a « bébés lecteurs » group in Arabic, Tigrinya and French.",
                    "Mother-tongue classes for Arabic and Portuguese depend on foreign consulates; the city does not support them.",
                    "Ma fille parle portugais à la maison, français à l'école et lysien au foot. C'est une richesse, pas un problème.",
                    "Recognise plurilingualism in the language policy: support mother-tongue classes and add daytime French courses with childcare.",
                    "Get the waiting-list figures for French courses and the library's language statistics.")),
            Map.entry("media", new Pool(List.of(
                    "L'Écho de la Lys has no journalist of foreign origin; stories about Les Tanneries are mostly crime reports.",
                    "Radio Confluences broadcasts in {n} languages with volunteers; its licence is renewed every two years."),
                    "The city's communication service checks its photos and campaigns for diversity, with a simple checklist.",
                    "Social media comments after the 2023 riots were violent; the city has no plan for hate speech online.",
                    "We only go to Les Tanneries when something burns. I know it, and I would like to change it.",
                    "Offer a media training programme for associations and a diversity-in-the-newsroom partnership with the newspaper.",
                    "Ask the communication service for its diversity checklist and the campaign of {year}.")),
            Map.entry("international_outlook", new Pool(List.of(
                    "Twin towns in Portugal, Morocco and Poland; exchanges are mostly school trips and official visits.",
                    "The university has {n} international students; few stay in the city after graduating."),
                    "The port authority and the city run a joint « welcome package » for foreign investors that mentions the ICC membership.",
                    "The international relations office is one person, not linked to the intercultural mission.",
                    "Nos diasporas sont notre réseau international, mais personne ne les a jamais invitées à en parler.",
                    "Involve diaspora associations in twinning and trade missions, and help graduates stay (jobs, housing).",
                    "Check the twinning agreements and whether diaspora associations were consulted.")),
            Map.entry("intelligence_competence", new Pool(List.of(
                    "The urban observatory publishes district statistics, but not by country of birth below city level.",
                    "{n} city staff followed the intercultural competence training since {year}; it is optional and not for managers."),
                    "The observatory and the university run a yearly survey on how residents perceive diversity ({n} respondents).",
                    "Senior managers have not been trained; decisions on services are taken without diversity data.",
                    "On a beaucoup de chiffres, mais on ne les croise jamais avec la diversité.",
                    "Make intercultural competence training part of management training and publish the perception survey every year.",
                    "Ask the observatory for the latest perception survey and the questionnaire used.")),
            Map.entry("welcoming", new Pool(List.of(
                    "The welcome office opened in {year}; it sees about {n} newcomers a month, half of them from EU countries.",
                    "Newcomers get a welcome pack in six languages with a city map, school enrolment and health contacts."),
                    "Volunteer « buddies » from the associations accompany newcomers during their first three months.",
                    "Asylum seekers are housed outside the city by the state and are not reached by the welcome office.",
                    "The first week decides everything. If nobody says hello, you stay a stranger for years.",
                    "Extend the welcome office to asylum seekers housed nearby and evaluate the buddy programme.",
                    "Get the welcome office's monthly figures and the content of the welcome pack.")),
            Map.entry("leadership_citizenship", new Pool(List.of(
                    "{n} of the {p} council members have a migrant background; none of them holds a senior portfolio.",
                    "Foreign residents from outside the EU cannot vote in local elections (national law)."),
                    "A foreign residents' advisory council meets four times a year and gives an opinion on the budget.",
                    "The advisory council's opinions are rarely answered; members feel their work is decorative.",
                    "On nous consulte, c'est bien. On aimerait savoir ce que vous faites de nos avis.",
                    "Answer every opinion of the advisory council in writing and open party lists to candidates of diverse backgrounds.",
                    "Ask for the advisory council's opinions of {year} and the replies of the council.")),
            Map.entry("anti_discrimination", new Pool(List.of(
                    "The local ombudsperson received {n} discrimination complaints last year, mostly about housing and access to night clubs.",
                    "Many people we met did not know where to report discrimination."),
                    "The ombudsperson runs yearly « testing » of estate agencies with the university and publishes the results.",
                    "The city has no anti-discrimination strategy and no monitoring of its own hiring and services.",
                    "Quand on a un nom comme le mien, on envoie trois fois plus de CV. Tout le monde le sait.",
                    "Adopt an anti-discrimination plan with monitoring of the city's own recruitment and a visible reporting point.",
                    "Get the ombudsperson's yearly report and the results of the {year} testing campaign.")),
            Map.entry("participation", new Pool(List.of(
                    "The participatory budget gives €{n}000 a year to residents' projects; Les Tanneries won {p} projects.",
                    "Associations of migrants are consulted, but through their leaders; young people and women are hardly heard."),
                    "Voting for the participatory budget is open from age 12 and to all residents, whatever their nationality.",
                    "Consultations happen in the evening, in French, at city hall: the same {n} people come every time.",
                    "Je vote pour le budget participatif, mais pas pour le maire. C'est déjà ça.",
                    "Hold consultations in the districts, at different hours, with interpretation and childcare.",
                    "Ask for turnout of the participatory budget by district and age.")),
            Map.entry("interaction", new Pool(List.of(
                    "At the World Café, {n} tables; residents mixed well once the facilitators moved people between tables.",
                    "People of different origins meet at work and in sport, rarely at home."),
                    "The « Repas de la Lys » invites residents to cook together once a month in a different district; {n} people came last time.",
                    "Old residents and newcomers in Saint-Aubert describe each other with stereotypes; no project brings them together.",
                    "I have lived here for twelve years and tonight is the first time I talk with my neighbours from the third floor.",
                    "Fund small interaction projects that bring together people who would not meet otherwise, and evaluate them.",
                    "Ask the culture department how many « Repas de la Lys » took place and in which districts.")));

    /** A neutral pool for an area the demo has no specific text for (e.g. one added by a newer questionnaire). */
    static Pool generic(String title) {
        return new Pool(List.of("The city's answers on " + title + " were discussed; examples are still missing for {n} questions."),
                "A promising initiative on " + title + " was mentioned; details to be collected.",
                "Evidence for " + title + " rests on one interview only.",
                "We are doing more on " + title + " than the questionnaire shows.",
                "Collect documented examples on " + title + " before the profile is drafted.",
                "Ask the coordinator for the documents behind the answers on " + title + ".");
    }

    private AreaTexts() {
    }
}
