#!/usr/bin/env python3
"""Generates tests/corpus/answers.jsonl: French free-text survey answers of the shapes
respondents write, every personal-data span annotated (type, text, character offsets), about 30 %
with none. Seeded: the same run gives the same file. Usage: python3 tests/corpus/generate.py

The values are invented (no real person): names from common French first names and surnames,
valid-looking IBAN/NIR/card numbers computed with their check digits, addresses from typical
street names of the region.
"""
import json
import random
import string
from pathlib import Path

R = random.Random(15)

FIRST = ["Théo", "Léa", "Hugo", "Manon", "Lucas", "Camille", "Inès", "Jules", "Chloé", "Nathalie",
         "Sylvie", "Isabelle", "Philippe", "Pascal", "Élodie", "Sébastien", "Céline", "Mathieu",
         "Aurélie", "Julien", "Sandrine", "Nicolas", "Hélène", "Françoise", "Jean-Pierre",
         "Marie-Claire", "Gaëlle", "Yannick", "Maëlys", "Noah", "Karim", "Fatima", "Mohamed",
         "Nadia", "Sofiane", "Yasmine", "Thierry", "Christophe", "Valérie", "Laurence", "Bruno",
         "Martine", "Gérard", "Monique", "Antoine", "Émilie", "Romain", "Pauline", "Kevin", "Océane"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "Mercier", "Dupont", "Lambert", "Bonnet",
        "Martinez", "Fabre", "Rouquette", "Cazals", "Vidal", "Bousquet", "Roumagnac", "Teyssier",
        "Castagné", "Barthe", "Puech", "Lefèvre", "Benali", "Nguyen", "Da Silva", "Ferreira"]
COMMUNES = [("31000", "Toulouse"), ("34000", "Montpellier"), ("30000", "Nîmes"),
            ("66000", "Perpignan"), ("34500", "Béziers"), ("81000", "Albi"),
            ("11000", "Carcassonne"), ("65000", "Tarbes"), ("12000", "Rodez"), ("46000", "Cahors"),
            ("32000", "Auch"), ("09000", "Foix"), ("48000", "Mende"), ("82000", "Montauban"),
            ("81100", "Castres"), ("34200", "Sète"), ("11100", "Narbonne"), ("31300", "Toulouse"),
            ("34070", "Montpellier"), ("31770", "Colomiers"), ("31130", "Balma")]
STREETS = ["rue de la République", "avenue Jean-Jaurès", "chemin des Vignes", "rue Victor Hugo",
           "boulevard Gambetta", "impasse des Lilas", "allée des Pins", "place du Capitole",
           "route de Narbonne", "rue du 8 Mai 1945", "avenue de Lattre de Tassigny",
           "chemin de la Crabe", "rue des Écoles", "rue de la paix", "avenue des Minimes",
           "rue Pasteur", "quai de Tounis", "rue Alsace-Lorraine", "lotissement Les Mimosas",
           "résidence Le Parc", "rue du Faubourg Bonnefoy", "chemin du Moulin", "rue des lilas",
           "boulevard de Strasbourg", "avenue Foch", "rue Saint-Rome", "place de l'Église"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
PROVIDERS = ["laposte.net", "orange.fr", "free.fr", "gmail.com", "hotmail.fr", "yahoo.fr",
             "wanadoo.fr", "sfr.fr", "outlook.fr", "live.fr", "icloud.com", "protonmail.com"]

OPINIONS = [
    "Très bon service, merci !", "Le site est lent le matin.", "Les jeux de données transport sont incomplets.",
    "Interface claire, je trouve ce que je cherche.", "Il manque les horaires des bus du réseau Tisséo.",
    "La carte des lycées est très utile pour mon association.", "Les fichiers CSV s'ouvrent mal dans Excel.",
    "Je consulte surtout les données de Météo-France et de l'Insee.", "Merci pour l'accès « open data ».",
    "Les données sur la qualité de l'air à Toulouse ne sont pas à jour.", "Bravo pour le travail accompli.",
    "La recherche par commune ne fonctionne pas pour Saint-Gaudens.", "Le téléchargement échoue au-delà de 50 Mo.",
    "J'utilise l'API pour un projet étudiant à l'université de Montpellier.",
    "Plus de données sur le tourisme en Occitanie seraient bienvenues.",
    "Le portail de la Région est bien mieux qu'avant.", "Pas assez de jeux sur l'agriculture bio.",
    "Le formulaire de contact de la mairie ne marche pas.", "Difficile de trouver les données de la SNCF sur les TER.",
    "Je travaille pour France Travail et ces statistiques nous aident.", "RAS.",
    "Documentation de l'API trop succincte.", "Les graphiques sont jolis mais lents à charger.",
    "Il faudrait pouvoir filtrer par département (Hérault, Gard, Aude).",
    "Les données du budget 2025 sont enfin en ligne, merci.", "Note : 4/5, peut mieux faire.",
    "La rue Victor Hugo n'apparaît pas dans le jeu des voies.", "Claire et rapide, l'interface me plaît.",
    "Rose des vents et météo : rien sur le vent à Sète.", "Le lycée Pierre de Fermat manque dans la liste.",
    "Pourquoi la version 1.2.3.4 du jeu n'est plus disponible ?", "Code postal 31000 mal géolocalisé.",
    "Rendez-vous manqué le 12/03/2025 à 10:30 avec l'équipe open data.", "Les arrêts de la ligne A du métro sont décalés.",
    "Je suis Toulousain et je trouve le site pratique.", "Le stade Ernest-Wallon n'est pas dans les équipements sportifs.",
    "Pierre angulaire de notre projet : vos données sur l'eau.", "En France, peu de régions publient autant.",
    "La médiathèque José Cabanis prête des ordinateurs pour consulter le portail.",
    "Noël approche, pensez aux données sur les marchés de Noël.", "Le jeu « Lycées d'Occitanie » a des doublons.",
    "Je suis étudiante en géographie.", "Nous sommes une petite commune de l'Aveyron.",
    "Voir https://data.laregion.fr/explore/dataset/lycees-occitanie/ pour l'exemple.",
    "La page www.laregion.fr/transports est à jour, pas le jeu de données.",
    "Les SIRET des entreprises (ex. 12345678901234) sont tronqués.", "Budget 2025 : 1 234 567 € selon le fichier.",
    "Le TER Toulouse-Albi est souvent en retard, les données le montrent.",
    "Mon association culturelle utilise vos cartes pour ses balades.", "La mairie de Balma a relayé l'enquête.",
    "Merci à toute l'équipe, c'est super.", "Je n'ai rien à ajouter.", "Trop de jargon technique.",
    "Service client injoignable le vendredi.", "Les données de Météo-France sont précieuses pour les agriculteurs.",
]

def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))

def mod97(s):
    r = 0
    for c in s:
        r = (r * 10 + int(c)) % 97
    return r

def iban():
    bank = digits(10) + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(11)) + digits(2)
    conv = "".join(str(int(c, 36)) for c in bank + "FR00")
    check = 98 - mod97(conv)
    raw = f"FR{check:02d}{bank}"
    if R.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw

def nir():
    sex = R.choice("12")
    yy = f"{R.randint(40, 99):02d}"
    mm = f"{R.randint(1, 12):02d}"
    dep = R.choice(["31", "34", "30", "66", "81", "11", "65", "12", "46", "75", "69"])
    com = digits(3)
    order = digits(3)
    body = sex + yy + mm + dep + com + order
    key = 97 - int(body) % 97
    shape = R.random()
    if shape < 0.4:
        return body + f"{key:02d}"
    if shape < 0.8:
        return f"{sex} {yy} {mm} {dep} {com} {order} {key:02d}"
    return body

def card():
    prefix = R.choice(["4", "5" + str(R.randint(1, 5)), "4970"])
    body = prefix + digits(15 - len(prefix))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    num = body + str((10 - total % 10) % 10)
    return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.7 else num

def ip():
    if R.random() < 0.6:
        return ".".join(str(R.randint(1, 254)) for _ in range(4))
    groups = [f"{R.randint(0, 0xffff):x}" for _ in range(8)]
    if R.random() < 0.5:
        return "2001:db8::" + ":".join(groups[:2])
    return ":".join(groups)

def plate():
    letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
    a = R.choice(letters[:-4]) + R.choice(letters)
    b = R.choice(letters) + R.choice(letters)
    n = f"{R.randint(1, 999):03d}"
    return R.choice([f"{a}-{n}-{b}", f"{a} {n} {b}", f"{a}{n}{b}",
                     f"{R.randint(1, 9999)} {R.choice(letters)}{R.choice(letters)}{R.choice(letters)} {R.choice(['31', '34', '81', '11', '66'])}"])

def phone():
    n = "0" + R.choice("1234567") + digits(8)
    g = [n[i:i + 2] for i in range(0, 10, 2)]
    shape = R.randint(0, 7)
    if shape == 0:
        return " ".join(g)
    if shape == 1:
        return ".".join(g)
    if shape == 2:
        return n
    if shape == 3:
        return "+33 " + n[1] + " " + " ".join(g[1:])
    if shape == 4:
        return "+33 (0)" + n[1] + " " + " ".join(g[1:])
    if shape == 5:
        return "(0)" + n[1] + " " + " ".join(g[1:])
    if shape == 6:
        return "-".join(g)
    return "0033 " + n[1] + " " + " ".join(g[1:])

def plain(s):
    return s.translate(str.maketrans("éèêëàâäîïôöûüçÉÈÀÇ", "eeeeaaaiioouucEEAC")).lower().replace(" ", "")

def email(first, last):
    local = R.choice([f"{plain(first)}.{plain(last)}", f"{plain(first)[0]}.{plain(last)}",
                      f"{plain(first)}{R.randint(1, 99)}", f"{plain(last)}.{plain(first)}"])
    dom = R.choice(PROVIDERS)
    d1, d2 = dom.rsplit(".", 1)
    shape = R.randint(0, 7)
    if shape <= 2:
        return f"{local}@{dom}"
    if shape == 3:
        return f"{local} arobase {d1} point {d2}"
    if shape == 4:
        return f"{local} [at] {d1} [dot] {d2}"
    if shape == 5:
        return f"{local} chez {dom}"
    if shape == 6:
        return f"{local} @ {d1} . {d2}"
    return f"{local}(at){dom}"

def url(first, last):
    f, l = plain(first), plain(last)
    return R.choice([f"http://{f}{l}.free.fr/", f"http://monsite.free.fr/{l}/index.html",
                     f"https://{f}{l}.wordpress.com", f"https://{l}.github.io/projets",
                     f"https://{f}-{l}.blogspot.com/2024/05/balade.html", f"{f}{l}.wordpress.com",
                     f"www.facebook.com/{f}.{l}", f"https://www.linkedin.com/in/{f}-{l}-{R.randint(10, 99)}",
                     f"{l}.github.io", f"https://{f}{l}.wixsite.com/photos", f"facebook.com/{f}.{l}{R.randint(1, 99)}",
                     f"https://twitter.com/{f}{l}"])

def street():
    num = str(R.randint(1, 180)) + R.choice(["", "", "", " bis", " ter", "bis"])
    s = f"{num} {R.choice(STREETS)}"
    if R.random() < 0.5:
        cp, c = R.choice(COMMUNES)
        s += R.choice([" ", ", "]) + f"{cp} {c}"
    return s

def birth():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2005)
    return R.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}",
                     f"{d:02d}.{m:02d}.{y}", f"1er {MONTHS[m - 1]} {y}"])

def person():
    return R.choice(FIRST), R.choice(LAST)

# A template: a list of pieces, each a literal or (type, value).
def pii_pieces(kind, first, last, own):
    T = lambda t, v: (t, v)
    if kind == "phone":
        return R.choice([["Vous pouvez me rappeler au ", T("phone", phone()), "."],
                         ["Mon numéro : ", T("phone", phone()), " (après 18 h)."],
                         ["tel ", T("phone", phone())],
                         ["Joignable au ", T("phone", phone()), " ou par courrier."],
                         ["Appelez le secrétariat au ", T("phone", phone()), ", merci."]])
    if kind == "email":
        return R.choice([["Écrivez-moi : ", T("email", email(first, last)), "."],
                         ["mon mail ", T("email", email(first, last)), " si besoin"],
                         ["Pour une réponse : ", T("email", email(first, last))],
                         ["Contact : ", T("email", email(first, last)), " merci"]])
    if kind == "url":
        return R.choice([["Mes cartes sont sur ", T("url", url(first, last)), "."],
                         ["Voir mon blog ", T("url", url(first, last))],
                         ["J'ai publié une analyse ici : ", T("url", url(first, last)), " (avis bienvenus)."],
                         ["Mon profil : ", T("url", url(first, last))]])
    if kind == "address":
        return R.choice([["J'habite au ", T("address", street()), " et le bus ne passe plus."],
                         ["Envoyez le courrier au ", T("address", street()), "."],
                         ["Les travaux devant le ", T("address", street()), " bloquent l'accès."],
                         ["Adresse : ", T("address", street())],
                         ["Je réside ", T("address", street()), ", quartier mal desservi."],
                         ["j'habite ", T("address", R.choice(STREETS)), " depuis dix ans"],
                         ["livraison au ", T("address", street().upper() if R.random() < 0.3 else street()), " svp"]])
    if kind == "iban":
        return R.choice([["Pour le remboursement, mon IBAN : ", T("iban", iban()), "."],
                         ["IBAN ", T("iban", iban()), " (compte joint)"],
                         ["Virement possible sur ", T("iban", iban())]])
    if kind == "nir":
        return R.choice([["Mon numéro de sécu est ", T("nir", nir()), "."],
                         ["N° sécurité sociale : ", T("nir", nir())],
                         ["la CPAM a mon numéro ", T("nir", nir()), " mais rien ne bouge"]])
    if kind == "card":
        return R.choice([["J'ai payé avec la carte ", T("card", card()), " et rien reçu."],
                         ["Carte bancaire ", T("card", card()), " débitée deux fois !"]])
    if kind == "ip":
        return R.choice([["Mon adresse IP ", T("ip", ip()), " est bloquée par votre pare-feu."],
                         ["Erreur 403 depuis ", T("ip", ip()), " ce matin."],
                         ["Connexion refusée (IP : ", T("ip", ip()), ")."]])
    if kind == "plate":
        return R.choice([["Ma voiture ", T("plate", plate()), " a été verbalisée au parking relais."],
                         ["Immatriculation ", T("plate", plate()), ", badge refusé."],
                         ["le véhicule ", T("plate", plate()), " stationne toujours sur la piste cyclable"]])
    if kind == "birthdate":
        b = birth()
        return R.choice([["Je suis ", R.choice(["née", "né"]), " le ", T("birthdate", b), ", retraitée."],
                         ["Date de naissance : ", T("birthdate", b)],
                         ["né le ", T("birthdate", b), " à Rodez"],
                         ["(née le ", T("birthdate", b), ")"]])
    if kind == "name":
        f2, l2 = person()
        return R.choice([
            ["Merci à ", R.choice(["M. ", "Mme ", "Madame ", "Monsieur ", "Dr "]), T("name", l2), " du guichet."],
            ["Mon ", R.choice(["fils ", "mari ", "voisin ", "collègue "]), T("name", f2), " utilise aussi le site."],
            ["Ma ", R.choice(["fille ", "femme ", "voisine ", "collègue "]), T("name", f2), " m'a conseillé le portail."],
            ["Je m'appelle ", T("name", f"{f2} {l2}"), " et je suis agricultrice."],
            ["Bonjour, je suis ", T("name", f"{f2} {l2}"), ", enseignant."],
            ["Très bonne aide de ", T("name", f2), " au téléphone."],
            ["Votre agent ", T("name", f"{f2} {l2}"), " a été très patient."],
            ["Le Dr ", T("name", l2), " m'a parlé de vos données de santé."],
            ["SIG", "Cordialement,\n", T("name", f"{f2} {l2}")],
            ["SIG", "Merci. ", T("name", f"{f2[0]}. {l2}")],
            ["SIG", "Bonne journée, ", T("name", f"{f2} {l2}")],
            ["Demandez à ", T("name", f"{f2} {l2}"), " de la mairie."],
            ["mon ", R.choice(["fils ", "frère ", "neveu "]), T("name", plain(f2)), " a trouvé le site tout seul"],
            ["merci à ", T("name", plain(f2)), " pour son aide"],
            [T("name", f"{f2} {l2.upper()}"), " a répondu à ma question, merci."],
            ["Vu avec ", T("name", f"{f2} {l2}"), " hier."],
            ["SIG", "-- ", T("name", f"{f2} {l2.upper()}")],
        ])
    if kind == "own":
        # The respondent's own name, as written in the text (sometimes without accents).
        w = R.choice([f"{first} {last}", first, last, plain(first).capitalize(), f"{plain(first)} {plain(last)}"])
        return R.choice([["SIG", "Signé ", T("name", w), "."], ["C'est ", T("name", w), " qui vous écrit."],
                         ["", T("name", w), " ici : le site est lent."], ["SIG", "Merci, ", T("name", w)]])
    raise ValueError(kind)

KINDS = ["phone", "email", "url", "address", "iban", "nir", "card", "ip", "plate", "birthdate", "name", "own"]
WEIGHTS = [10, 10, 8, 12, 6, 6, 4, 5, 5, 7, 15, 8]

def build(pieces):
    text, spans = "", []
    for p in pieces:
        if isinstance(p, tuple):
            t, v = p
            spans.append({"type": t, "text": v, "start": len(text), "end": len(text) + len(v)})
            text += v
        else:
            text += p
    return text, spans

def answer(i):
    first, last = person()
    own = None
    r = R.random()
    if r < 0.25:
        own = {"email": f"{plain(first)}.{plain(last)}@{R.choice(PROVIDERS)}", "first_name": first, "last_name": last,
               "pseudonym": f"{plain(first)[0]}{plain(last)}{R.randint(1, 99)}"}
    elif r < 0.45:
        own = {"email": f"{plain(first)}.{plain(last)}@{R.choice(PROVIDERS)}"}
    elif r < 0.55:
        # Addresses made of ordinary words: they must not erase those words from the text.
        own = {"email": R.choice(["association.culturelle@", "mairie.balma@", "france.x@", "contact.transports@",
                                  "info.tourisme@", "service.jeunesse@"]) + "example.org"}
    pieces = []
    if R.random() < 0.7:
        pieces += [R.choice(OPINIONS), " "]
    if R.random() < 0.30:
        # No personal data: one to three ordinary sentences.
        pieces = [R.choice(OPINIONS)]
        for _ in range(R.randint(0, 2)):
            pieces += [" ", R.choice(OPINIONS)]
        if own and "@example.org" in own["email"]:
            pieces += [" ", R.choice(["Notre association culturelle anime le quartier.",
                                      "La mairie relaie vos données.", "Les prévisions de Météo-France sont fiables.",
                                      "Le service jeunesse utilise les cartes.", "L'office de tourisme aussi.",
                                      "Les transports en commun manquent."])]
    else:
        n = 1 if R.random() < 0.75 else 2
        sig = None
        for k in R.choices(KINDS, WEIGHTS, k=n):
            if k == "own" and not (own and own.get("first_name")):
                k = "name"
            p = pii_pieces(k, first, last, own)
            if p[0] == "SIG":
                sig = p[1:]
            else:
                pieces += p + [" "]
        if R.random() < 0.4:
            pieces += [R.choice(OPINIONS), " "]
        if sig:
            pieces += sig
    text, spans = build(pieces)
    text = text.strip()
    return {"id": i, "text": text, "own": own, "spans": spans}

def main():
    out = Path(__file__).with_name("answers.jsonl")
    rows = [answer(i) for i in range(1, 1201)]
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    none = sum(1 for r in rows if not r["spans"])
    print(f"{len(rows)} answers, {none} without personal data ({100 * none / len(rows):.0f} %), "
          f"{sum(len(r['spans']) for r in rows)} spans -> {out}")

if __name__ == "__main__":
    main()
