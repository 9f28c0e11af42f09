#!/usr/bin/env python3
"""Writes the SAMPLE questionnaire definition (not the official ICC INDEX) used for demos and tests."""
import json, sys

def L(en, fr): return {"en": en, "fr": fr}
YES, NO = L("Yes", "Oui"), L("No", "Non")
def yn(pts=2): return "yes_no", [{"id": "yes", "label": YES, "points": pts}, {"id": "no", "label": NO, "points": 0}]
def ync(): return "single_choice", [{"id": "yes", "label": YES, "points": 2},
    {"id": "under_consideration", "label": L("Under consideration", "À l'étude"), "points": 1},
    {"id": "no", "label": NO, "points": 0}]
def graded(): return "single_choice", [{"id": "largely", "label": L("Largely", "Largement"), "points": 3},
    {"id": "partly", "label": L("Partly", "En partie"), "points": 2},
    {"id": "rarely", "label": L("Rarely", "Rarement"), "points": 1},
    {"id": "not_at_all", "label": L("Not at all", "Pas du tout"), "points": 0}]
def pct(): return "percentage", [{"from": 0, "to": 10, "points": 0, "label": L("0–10%", "0–10 %")},
    {"from": 10, "to": 30, "points": 1, "label": L("10–30%", "10–30 %")},
    {"from": 30, "to": 100, "points": 2, "label": L("over 30%", "plus de 30 %")}]

AREAS = [
 ("commitment", "Commitment", "Engagement", None, 2.0, False),
 ("education", "Education", "Éducation", "intercultural_lens", 1.0, False),
 ("neighbourhoods", "Neighbourhoods", "Quartiers", "intercultural_lens", 1.0, False),
 ("public_services", "Public services", "Services publics", "intercultural_lens", 1.0, False),
 ("business", "Business and the labour market", "Entreprises et marché du travail", "intercultural_lens", 1.0, False),
 ("cultural_social_life", "Cultural and social life", "Vie culturelle et sociale", "intercultural_lens", 1.0, False),
 ("public_space", "Public space", "Espace public", "intercultural_lens", 1.0, False),
 ("mediation", "Mediation and conflict resolution", "Médiation et résolution des conflits", None, 1.0, False),
 ("language", "Language", "Langue", None, 1.0, False),
 ("media", "Media and communication", "Médias et communication", None, 1.0, False),
 ("international_outlook", "International outlook", "Ouverture internationale", None, 1.0, False),
 ("intelligence_competence", "Intercultural intelligence and competence", "Intelligence et compétences interculturelles", None, 1.0, False),
 ("welcoming", "Welcoming newcomers", "Accueil des nouveaux arrivants", None, 1.0, False),
 ("leadership_citizenship", "Leadership and citizenship", "Leadership et citoyenneté", None, 1.5, False),
 ("anti_discrimination", "Anti-discrimination", "Lutte contre les discriminations", None, 1.5, False),
 ("participation", "Participation", "Participation", None, 1.0, True),
 ("interaction", "Interaction", "Interaction", None, 1.0, True),
]

# (area, kind, en, fr, help_en, help_fr, extra)
Q = [
 ("commitment", yn(), "Has the city council adopted a formal public statement that it is an intercultural city?",
  "Le conseil municipal a-t-il adopté une déclaration publique officielle affirmant que la ville est interculturelle ?",
  "E.g. a council resolution or a signed declaration; give its date.", "Par ex. une délibération du conseil ou une déclaration signée ; indiquez sa date.", {}),
 ("commitment", ync(), "Does the city have an intercultural strategy and action plan?",
  "La ville dispose-t-elle d'une stratégie et d'un plan d'action interculturels ?",
  "Name the document and the years it covers.", "Nommez le document et les années couvertes.", {}),
 ("commitment", yn(), "Is there a budget allocated to the intercultural strategy?",
  "Un budget est-il alloué à la stratégie interculturelle ?",
  "Give the amount or the budget line.", "Indiquez le montant ou la ligne budgétaire.", {}),
 ("commitment", ync(), "Is there a cross-department body that coordinates intercultural work?",
  "Existe-t-il un organe transversal qui coordonne le travail interculturel ?",
  "E.g. a steering group meeting every quarter.", "Par ex. un comité de pilotage trimestriel.", {}),
 ("commitment", ("free_text", None), "Give an example of how the council communicates its intercultural commitment.",
  "Donnez un exemple de la manière dont le conseil communique son engagement interculturel.",
  "A speech, campaign or web page, with its reference.", "Un discours, une campagne ou une page web, avec sa référence.", {"maxPoints": 1}),

 ("education", graded(), "Do the pupils of the city's primary schools reflect the diversity of the population?",
  "Les élèves des écoles primaires reflètent-ils la diversité de la population ?",
  "Compare school intake with district statistics.", "Comparez les effectifs scolaires aux statistiques des quartiers.", {}),
 ("education", graded(), "Does the teaching staff reflect the diversity of the pupils?",
  "Le personnel enseignant reflète-t-il la diversité des élèves ?", "", "", {}),
 ("education", ync(), "Do schools involve parents with a migrant background in school life?",
  "Les écoles associent-elles les parents issus de l'immigration à la vie scolaire ?",
  "E.g. parent mediators, translated meetings.", "Par ex. médiateurs de parents, réunions traduites.", {}),
 ("education", yn(), "Does the city support intercultural projects in schools?",
  "La ville soutient-elle des projets interculturels dans les écoles ?", "", "", {}),

 ("neighbourhoods", pct(), "What share of the city's districts is ethnically mixed (no group above 80%)?",
  "Quelle part des quartiers de la ville est mixte (aucun groupe au-delà de 80 %) ?",
  "Percentage of districts, from the latest census.", "Pourcentage des quartiers, selon le dernier recensement.", {}),
 ("neighbourhoods", ync(), "Does the city have a policy to increase the diversity of residents in districts?",
  "La ville a-t-elle une politique visant à accroître la diversité des habitants des quartiers ?", "", "", {}),
 ("neighbourhoods", graded(), "Does the city encourage residents of different origins to meet in their district?",
  "La ville encourage-t-elle les habitants d'origines différentes à se rencontrer dans leur quartier ?",
  "E.g. street parties, community centres.", "Par ex. fêtes de quartier, centres sociaux.", {}),

 ("public_services", graded(), "Does the city administration's staff reflect the composition of the population?",
  "Le personnel de l'administration municipale reflète-t-il la composition de la population ?", "", "", {}),
 ("public_services", yn(), "Does the city have a recruitment plan for a diverse workforce?",
  "La ville a-t-elle un plan de recrutement favorisant un personnel diversifié ?", "", "", {}),
 ("public_services", ("multiple_choice", [
     {"id": "funerals", "label": L("Funeral and burial services", "Services funéraires"), "points": 1},
     {"id": "meals", "label": L("School meals", "Restauration scolaire"), "points": 1},
     {"id": "sports", "label": L("Sports facilities", "Équipements sportifs"), "points": 1},
     {"id": "health", "label": L("Health and care", "Santé et soins"), "points": 1}]),
  "Which services are adapted to the needs of residents of different cultures?",
  "Quels services sont adaptés aux besoins des habitants de cultures différentes ?",
  "Tick every service that applies.", "Cochez chaque service concerné.", {"maxPoints": 3}),
 ("public_services", ("number", None), "How many city staff have had intercultural training in the last year?",
  "Combien d'agents municipaux ont suivi une formation interculturelle l'an dernier ?",
  "A fact question; it does not count in the rate.", "Question factuelle ; elle ne compte pas dans le taux.", {"minValue": 0, "integer": True}),

 ("business", yn(), "Is there a business umbrella organisation that promotes diversity in the labour market?",
  "Existe-t-il une organisation patronale qui promeut la diversité sur le marché du travail ?", "", "", {}),
 ("business", ync(), "Does the city take action to encourage businesses of migrants to move beyond ethnic markets?",
  "La ville agit-elle pour aider les entreprises de migrants à dépasser les marchés communautaires ?", "", "", {}),
 ("business", yn(), "Does the city favour diverse suppliers in public procurement?",
  "La ville favorise-t-elle des fournisseurs divers dans ses marchés publics ?", "", "", {}),
 ("business", pct(), "What share of new business start-ups are led by people with a migrant background?",
  "Quelle part des créations d'entreprise est portée par des personnes issues de l'immigration ?", "", "", {}),

 ("cultural_social_life", yn(), "Does the city use interculturalism as a criterion when funding associations?",
  "La ville utilise-t-elle l'interculturalité comme critère de financement des associations ?", "", "", {}),
 ("cultural_social_life", graded(), "Does the city organise events that bring together people of different origins?",
  "La ville organise-t-elle des événements qui réunissent des personnes d'origines différentes ?",
  "E.g. festivals, sports, arts.", "Par ex. festivals, sport, arts.", {}),
 ("cultural_social_life", ync(), "Does the city support public debate on diversity and living together?",
  "La ville soutient-elle le débat public sur la diversité et le vivre-ensemble ?", "", "", {}),

 ("public_space", graded(), "Are public spaces designed with the diversity of their users in mind?",
  "Les espaces publics sont-ils conçus en tenant compte de la diversité de leurs usagers ?", "", "", {}),
 ("public_space", yn(), "Are residents of different origins consulted on new public spaces?",
  "Les habitants de différentes origines sont-ils consultés sur les nouveaux espaces publics ?", "", "", {}),
 ("public_space", ("free_text", None), "Describe a public space that one group has taken over and what the city did.",
  "Décrivez un espace public approprié par un groupe et ce que la ville a fait.", "", "", {"maxPoints": 1}),

 ("mediation", ync(), "Does the city have a professional service for mediating intercultural conflicts?",
  "La ville dispose-t-elle d'un service professionnel de médiation des conflits interculturels ?", "", "", {}),
 ("mediation", graded(), "Does the city work with religious groups to prevent conflicts?",
  "La ville travaille-t-elle avec les groupes religieux pour prévenir les conflits ?", "", "", {}),
 ("mediation", ("number", None), "How many cases did the mediation service handle last year?",
  "Combien de cas le service de médiation a-t-il traités l'an dernier ?", "", "",
  {"minValue": 0, "integer": True, "bands": [{"from": 0, "to": 0, "points": 0}, {"from": 1, "to": 49, "points": 1},
                                              {"from": 50, "to": 1000000, "points": 2}]}),

 ("language", yn(), "Does the city offer courses in the local language for newcomers?",
  "La ville propose-t-elle des cours de langue locale aux nouveaux arrivants ?", "", "", {}),
 ("language", ync(), "Does the city support the teaching of minority and migrant languages?",
  "La ville soutient-elle l'enseignement des langues minoritaires et de la migration ?", "", "", {}),
 ("language", graded(), "Does the city give positive visibility to migrant languages?",
  "La ville valorise-t-elle les langues des migrants ?", "E.g. multilingual signs, readings.", "Par ex. panneaux multilingues, lectures.", {}),

 ("media", yn(), "Does the city have a communication strategy that shows diversity as an advantage?",
  "La ville a-t-elle une stratégie de communication présentant la diversité comme un atout ?", "", "", {}),
 ("media", ync(), "Does the city support minority-language media?",
  "La ville soutient-elle les médias en langues minoritaires ?", "", "", {}),
 ("media", graded(), "Does the city monitor how local media portray minorities?",
  "La ville suit-elle la façon dont les médias locaux représentent les minorités ?", "", "", {}),

 ("international_outlook", yn(), "Does the city have a policy to develop international economic and cultural ties?",
  "La ville a-t-elle une politique de développement des liens économiques et culturels internationaux ?", "", "", {}),
 ("international_outlook", ync(), "Does the city work with the diaspora groups of its residents?",
  "La ville coopère-t-elle avec les diasporas de ses habitants ?", "", "", {}),
 ("international_outlook", yn(), "Does the city help international students to stay after their studies?",
  "La ville aide-t-elle les étudiants internationaux à rester après leurs études ?", "", "", {}),

 ("intelligence_competence", yn(), "Does the city collect statistics on diversity to inform its policies?",
  "La ville recueille-t-elle des statistiques sur la diversité pour orienter ses politiques ?", "", "", {}),
 ("intelligence_competence", ync(), "Does the city survey residents' perception of migrants and minorities?",
  "La ville enquête-t-elle sur la perception des migrants et des minorités par les habitants ?", "", "", {}),
 ("intelligence_competence", graded(), "Is intercultural competence part of staff training?",
  "La compétence interculturelle fait-elle partie de la formation du personnel ?", "", "", {}),

 ("welcoming", ync(), "Does the city have a welcome office or desk for newcomers?",
  "La ville dispose-t-elle d'un bureau ou guichet d'accueil pour les nouveaux arrivants ?", "", "", {}),
 ("welcoming", yn(), "Is there a welcome pack with practical information in several languages?",
  "Existe-t-il un kit d'accueil avec des informations pratiques en plusieurs langues ?", "", "", {}),
 ("welcoming", graded(), "Do city services coordinate their support for newcomers?",
  "Les services municipaux coordonnent-ils leur accompagnement des nouveaux arrivants ?", "", "", {}),
 ("welcoming", ("free_text", None), "Give an example of a public welcome for newcomers.",
  "Donnez un exemple d'accueil public des nouveaux arrivants.", "E.g. a ceremony at city hall.", "Par ex. une cérémonie à l'hôtel de ville.", {"maxPoints": 1}),

 ("leadership_citizenship", yn(), "Can foreign residents vote in local elections?",
  "Les résidents étrangers peuvent-ils voter aux élections locales ?", "", "", {}),
 ("leadership_citizenship", ync(), "Is there a consultative body representing migrants and minorities?",
  "Existe-t-il un organe consultatif représentant les migrants et les minorités ?", "", "", {}),
 ("leadership_citizenship", pct(), "What share of city councillors have a migrant or minority background?",
  "Quelle part des conseillers municipaux est issue de l'immigration ou d'une minorité ?", "", "", {}),

 ("anti_discrimination", ync(), "Is there a body that monitors discrimination in the city?",
  "Existe-t-il un organe qui suit les discriminations dans la ville ?", "", "", {}),
 ("anti_discrimination", yn(), "Does the city run anti-discrimination campaigns?",
  "La ville mène-t-elle des campagnes contre les discriminations ?", "", "", {}),
 ("anti_discrimination", graded(), "Does the city check its own rules for discriminatory effects?",
  "La ville examine-t-elle ses propres règles pour en détecter les effets discriminatoires ?", "", "", {}),
 ("anti_discrimination", ("number", None), "How many discrimination complaints were recorded last year?",
  "Combien de plaintes pour discrimination ont été enregistrées l'an dernier ?",
  "A fact question; it does not count in the rate.", "Question factuelle ; elle ne compte pas dans le taux.", {"minValue": 0, "integer": True, "optional": True}),

 ("participation", ync(), "Are residents of all origins involved in preparing city policies?",
  "Les habitants de toutes origines sont-ils associés à l'élaboration des politiques municipales ?", "", "", {}),
 ("participation", graded(), "Do participation bodies reflect the diversity of the population?",
  "Les instances de participation reflètent-elles la diversité de la population ?", "", "", {}),
 ("participation", pct(), "What share of participatory budget proposals come from minority groups?",
  "Quelle part des propositions du budget participatif vient de groupes minoritaires ?", "", "", {"optional": True}),

 ("interaction", graded(), "Do residents of different origins interact in everyday life?",
  "Les habitants d'origines différentes interagissent-ils au quotidien ?", "", "", {}),
 ("interaction", yn(), "Does the city fund projects that build trust between groups?",
  "La ville finance-t-elle des projets qui renforcent la confiance entre les groupes ?", "", "", {}),
 ("interaction", ("free_text", None), "Give an example of a place where people of different origins meet.",
  "Donnez un exemple d'un lieu où se rencontrent des personnes d'origines différentes.", "", "", {"maxPoints": 1}),
]

def main(out):
    areas = [{"id": a, "order": i + 1, "title": L(en, fr), "weight": w, "optional": opt, "group": g}
             for i, (a, en, fr, g, w, opt) in enumerate(AREAS)]
    questions, counts = [], {}
    for area, (qtype, opts), en, fr, hen, hfr, extra in Q:
        counts[area] = counts.get(area, 0) + 1
        q = {"id": f"{area}.{counts[area]}", "area": area, "text": L(en, fr), "type": qtype,
             "optional": bool(extra.pop("optional", False))}
        if hen:
            q["help"] = L(hen, hfr)
        if qtype == "percentage":
            q["bands"] = opts
        elif opts:
            q["options"] = opts
        q.update(extra)
        questions.append(q)
    d = {"id": "icc-index-revised-sample-1", "edition": "revised (2019) — SAMPLE",
         "title": L("SAMPLE questionnaire written for Fieldbook — not the official ICC INDEX",
                    "Questionnaire d'EXEMPLE écrit pour Fieldbook — ce n'est pas l'INDEX officiel des Cités interculturelles"),
         "sample": True, "languages": ["en", "fr"], "areas": areas, "questions": questions}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main(sys.argv[1])
