#!/usr/bin/env python3
"""Writes FICTIONAL sample statistics for demos (not real ICC data)."""
import json, random, sys
random.seed(2026)
AREAS = ["commitment", "education", "neighbourhoods", "public_services", "business", "cultural_social_life",
         "public_space", "mediation", "language", "media", "international_outlook", "intelligence_competence",
         "welcoming", "leadership_citizenship", "anti_discrimination", "participation", "interaction"]
def L(en, fr): return {"en": en, "fr": fr}
def group(gid, dim, label, n, shift, **bounds):
    areas = {}
    for a in AREAS:
        mean = round(min(95, max(15, random.gauss(58 + shift, 12))), 1)
        areas[a] = {"mean": mean, "max": round(min(100, mean + random.uniform(15, 35)), 1),
                    "count": n if a not in ("participation", "interaction") else n // 2}
    overall_mean = round(sum(v["mean"] for v in areas.values()) / len(areas), 1)
    g = {"id": gid, "dimension": dim, "label": label, **bounds,
         "overall": {"mean": overall_mean, "max": round(min(100, overall_mean + 25), 1), "count": n}, "areas": areas}
    if dim == "all":
        g["distribution"] = sorted((round(min(98, max(12, random.gauss(overall_mean, 13))), 1) for _ in range(n)), reverse=True)
    return g
doc = {"id": "demo-fictional-sample-2026", "fictional": True,
       "description": L("FICTIONAL sample statistics made up for the Fieldbook demo; not ICC data.",
                        "Statistiques d'échantillon FICTIVES inventées pour la démonstration de Fieldbook ; ce ne sont pas des données ICC."),
       "groups": [group("all", "all", L("All cities (fictional)", "Toutes les villes (fictif)"), 140, 0),
                  group("pop_under_200k", "population", L("Under 200,000 inhabitants", "Moins de 200 000 habitants"), 92, -3, populationMax=200000),
                  group("pop_200k_plus", "population", L("200,000 inhabitants or more", "200 000 habitants ou plus"), 48, 5, populationMin=200000),
                  group("fb_under_15", "diversity", L("Under 15% foreign-born", "Moins de 15 % de personnes nées à l'étranger"), 71, -4, foreignBornMax=15),
                  group("fb_15_plus", "diversity", L("15% foreign-born or more", "15 % ou plus de personnes nées à l'étranger"), 69, 4, foreignBornMin=15)]}
for out in sys.argv[1:]:
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
