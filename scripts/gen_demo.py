#!/usr/bin/env python3
"""Generates the demo platform's exports (deterministic): accounts, connection logs, survey
responses, as the platform would export them. Usage: gen_demo.py OUT_DIR AS_OF_DATE"""
import csv, datetime as dt, os, random, sys

out, as_of = sys.argv[1], dt.datetime.fromisoformat(sys.argv[2])
rng = random.Random(20261122)
os.makedirs(out, exist_ok=True)

FIRST = ["Camille", "Léa", "Manon", "Chloé", "Inès", "Jade", "Louise", "Zoé", "Élodie", "Anaïs", "Hugo", "Lucas",
         "Louis", "Gabriel", "Arthur", "Jules", "Raphaël", "Théo", "Noé", "Maël", "Jérôme", "François", "Océane",
         "Benoît", "Gaëlle", "Loïc", "Mathéo", "Sébastien", "Nadia", "Karim", "Yasmine", "Thuy", "Pierre-Émile"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martínez", "Castañeda",
        "N'Diaye", "Le Goff", "d'Artagnan", "Ségala", "Rouquette", "Vidal", "Cazals", "Fabre", "Maurel"]
DOMAINS = ["laposte.net", "orange.fr", "gmail.com", "free.fr", "toulouse.fr", "montpellier3m.fr", "univ-tlse3.fr"]
COMMUNES = ["Toulouse", "Montpellier", "Nîmes", "Perpignan", "Béziers", "Albi", "Carcassonne", "Tarbes", "Rodez", "Cahors"]
AGES = ["18-25", "26-35", "36-50", "51-65", "65+"]
REQUESTS = ["/explore/dataset/lycees-occitanie", "/api/records/1.0/search?dataset=transports", "/login",
            "/explore/dataset/budget-region/export", "/account/subscriptions", "/api/v2/catalog/datasets"]
UAS = ["Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", "Mozilla/5.0 (Windows NT 10.0) Chrome/126.0",
       "curl/8.5.0", "python-requests/2.32"]

def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")

accounts = []
with open(os.path.join(out, "accounts.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["pseudonym", "email", "first_name", "last_name", "role", "created_at", "last_activity_at"])
    for i in range(3000):
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        pseudo = f"{fn.lower()}.{ln.lower().replace(' ', '').replace(chr(39), '')}{i}"
        email = f"{pseudo}@{rng.choice(DOMAINS)}"
        created = as_of - dt.timedelta(days=rng.randint(400, 3 * 365 + 200))
        last = created + dt.timedelta(days=rng.randint(0, max(1, (as_of - created).days)))
        role = rng.choices(["user", "producer", "admin"], [90, 9, 1])[0]
        accounts.append((pseudo, last))
        w.writerow([pseudo, email, fn, ln, role, ts(created), ts(last)])

with open(os.path.join(out, "logs.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["pseudonym", "occurred_at", "ip", "geo", "request", "user_agent"])
    for _ in range(40000):
        t = as_of - dt.timedelta(seconds=rng.randint(0, 14 * 30 * 86400))
        pseudo = ""
        if rng.random() < 0.6:
            p, last = rng.choice(accounts)
            if last >= t:
                pseudo = p
        ip = f"{rng.choice([82, 90, 176, 2])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        w.writerow([pseudo, ts(t), ip, rng.choice(COMMUNES), rng.choice(REQUESTS), rng.choice(UAS)])

FREE = ["Très bon service, merci !", "Le site est lent le matin.", "Rappelez-moi au 06 12 34 56 78 svp",
        "Contact : {email}", "RAS", "Les jeux de données transport sont incomplets.", "+33 6 98 76 54 32 pour en parler",
        "Voir https://data.laregion.fr/profile/{pseudo}", "Interface claire 😀", "Merci pour l'accès « open data »."]
with open(os.path.join(out, "survey.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["email", "submitted_at", "consent_at", "commune", "tranche_age", "note", "commentaire"])
    for i in range(1500):
        pseudo, _ = rng.choice(accounts)
        email = f"{pseudo}@{rng.choice(DOMAINS)}"
        t = as_of - dt.timedelta(seconds=rng.randint(0, 2 * 365 * 86400))
        comment = rng.choice(FREE).format(email=email, pseudo=pseudo)
        w.writerow([email, ts(t), ts(t), rng.choice(COMMUNES), rng.choice(AGES), rng.randint(1, 5), comment])
print(f"generated demo exports in {out}", file=sys.stderr)
