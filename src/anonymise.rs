//! Scrubbing of free-text survey answers. Each kind of personal data found is replaced by a
//! typed marker, so that the text stays readable and the statistics keep their meaning:
//!
//! | found | marker |
//! |---|---|
//! | email address, plain or disguised | `[courriel]` |
//! | phone number | `[téléphone]` |
//! | link to a personal page | `[lien]` |
//! | postal address (number, street, postcode and commune) | `[adresse]` |
//! | IBAN (mod-97 checked) | `[iban]` |
//! | social-security number (NIR, key checked) | `[nir]` |
//! | card number (Luhn checked) | `[carte]` |
//! | IPv4 or IPv6 address | `[ip]` |
//! | licence plate (SIV, FNI) | `[immatriculation]` |
//! | date of birth | `[date de naissance]` |
//! | name of a person (consecutive names give one marker) | `[nom]` |
//!
//! Everything else is left as written. Pure functions, no database: `surveys anonymise`,
//! `surveys withdraw` and `surveys import` (for responses already past the retention) call them
//! on each response's answers. Every detector is a `regex` (no backtracking) or a single pass
//! over the words: the time is linear in the text length.

mod detect;
mod names;

use serde_json::Value;
use std::borrow::Cow;
use std::collections::HashSet;

pub use detect::{iban_valid, luhn_valid, nir_valid};

/// What a personal value found in a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Email,
    Phone,
    Url,
    Address,
    Iban,
    Nir,
    Card,
    Ip,
    Plate,
    BirthDate,
    Name,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Email,
        Kind::Phone,
        Kind::Url,
        Kind::Address,
        Kind::Iban,
        Kind::Nir,
        Kind::Card,
        Kind::Ip,
        Kind::Plate,
        Kind::BirthDate,
        Kind::Name,
    ];

    /// What replaces it in the text.
    pub fn marker(self) -> &'static str {
        match self {
            Kind::Email => "[courriel]",
            Kind::Phone => "[téléphone]",
            Kind::Url => "[lien]",
            Kind::Address => "[adresse]",
            Kind::Iban => "[iban]",
            Kind::Nir => "[nir]",
            Kind::Card => "[carte]",
            Kind::Ip => "[ip]",
            Kind::Plate => "[immatriculation]",
            Kind::BirthDate => "[date de naissance]",
            Kind::Name => "[nom]",
        }
    }

    /// Its name in the evaluation corpus (`tests/corpus/`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Phone => "phone",
            Kind::Url => "url",
            Kind::Address => "address",
            Kind::Iban => "iban",
            Kind::Nir => "nir",
            Kind::Card => "card",
            Kind::Ip => "ip",
            Kind::Plate => "plate",
            Kind::BirthDate => "birthdate",
            Kind::Name => "name",
        }
    }
}

/// A span of the text (byte offsets) holding personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Found {
    fn new(start: usize, end: usize, kind: Kind) -> Found {
        Found { start, end, kind }
    }
}

/// The respondent's own identifiers, folded (lower case, no accents): `strong` ones (an
/// account's names and pseudonym, the whole local part of the email) are removed wherever they
/// appear as words; `weak` ones (the words of the email's local part) only where they look like
/// a name, and never when they are ordinary words (`association.culturelle@…`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnWords {
    pub strong: HashSet<String>,
    pub weak: HashSet<String>,
}

impl OwnWords {
    pub fn is_empty(&self) -> bool {
        self.strong.is_empty() && self.weak.is_empty()
    }
}

/// Words often found in email addresses that are ordinary words, never the person's name.
const EMAIL_WORDS: &[&str] = &[
    "association",
    "asso",
    "mairie",
    "ville",
    "commune",
    "france",
    "contact",
    "info",
    "infos",
    "accueil",
    "admin",
    "service",
    "services",
    "secretariat",
    "direction",
    "culture",
    "culturelle",
    "culturel",
    "sport",
    "sports",
    "sportif",
    "club",
    "centre",
    "ecole",
    "lycee",
    "college",
    "universite",
    "maison",
    "office",
    "tourisme",
    "transport",
    "transports",
    "mobilite",
    "emploi",
    "travail",
    "sante",
    "social",
    "sociale",
    "solidarite",
    "jeunesse",
    "famille",
    "familles",
    "parents",
    "habitants",
    "quartier",
    "village",
    "nature",
    "environnement",
    "agriculture",
    "commerce",
    "entreprise",
    "societe",
    "groupe",
    "equipe",
    "projet",
    "projets",
    "recherche",
    "data",
    "open",
    "numerique",
    "web",
    "mail",
    "email",
    "courriel",
    "poste",
    "laposte",
    "news",
    "newsletter",
    "presse",
    "journal",
    "musique",
    "art",
    "arts",
    "theatre",
    "cinema",
    "bibliotheque",
    "mediatheque",
    "musee",
    "patrimoine",
    "photo",
    "jardin",
    "velo",
    "gare",
    "meteo",
    "region",
    "departement",
    "conseil",
    "comite",
    "amicale",
    "syndicat",
    "federation",
    "union",
    "collectif",
    "cooperative",
    "fondation",
    "institut",
    "cabinet",
    "agence",
    "atelier",
    "boutique",
    "magasin",
    "ferme",
    "gite",
    "camping",
    "hotel",
    "restaurant",
    "cafe",
    "bar",
    "librairie",
    "pharmacie",
    "cliniqu",
    "hopital",
    "public",
    "publique",
    "national",
    "nationale",
    "regional",
    "regionale",
    "local",
    "locale",
    "nom",
    "prenom",
    "the",
    "and",
    "des",
    "les",
    "pour",
    "par",
    "sur",
    "une",
    "aux",
    "est",
    "ouest",
    "nord",
    "sud",
    "occitanie",
    "toulouse",
    "montpellier",
    "paris",
    "lyon",
    "marseille",
    "bordeaux",
    "nimes",
    "perpignan",
    "beziers",
    "albi",
    "tarbes",
    "rodez",
    "cahors",
    "auch",
    "foix",
    "mende",
    "montauban",
    "carcassonne",
    "narbonne",
    "sete",
    "gmail",
    "hotmail",
    "yahoo",
    "orange",
    "free",
    "wanadoo",
    "outlook",
    "live",
    "noreply",
    "reply",
    "perso",
    "pro",
    "travail",
    "bureau",
    "test",
    "demo",
    "support",
    "aide",
    "help",
    "team",
    "hello",
    "bonjour",
    "abc",
    "xyz",
];

/// Folds a word for comparison: lower case, accents and ligatures removed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        for l in c.to_lowercase() {
            match l {
                'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => out.push('a'),
                'ç' => out.push('c'),
                'è' | 'é' | 'ê' | 'ë' => out.push('e'),
                'ì' | 'í' | 'î' | 'ï' => out.push('i'),
                'ñ' => out.push('n'),
                'ò' | 'ó' | 'ô' | 'ö' | 'õ' => out.push('o'),
                'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
                'ý' | 'ÿ' => out.push('y'),
                'œ' => out.push_str("oe"),
                'æ' => out.push_str("ae"),
                '’' => out.push('\''),
                l => out.push(l),
            }
        }
    }
    out
}

/// The respondent's own identifiers: `parts` are the email, then the platform pseudonym and
/// names when they have an account. Words of fewer than three characters are not identifiers.
pub fn own_words<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> OwnWords {
    let mut own = OwnWords::default();
    for (i, p) in parts.into_iter().enumerate() {
        let Some(p) = p else { continue };
        if i == 0 {
            // The email: only its local part names the person.
            let local = p.rsplit_once('@').map(|(l, _)| l).unwrap_or("");
            let words: Vec<String> = local
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 3)
                .map(fold)
                .collect();
            for w in &words {
                if words.len() == 1 || w.chars().any(|c| c.is_ascii_digit()) {
                    if !EMAIL_WORDS.contains(&w.as_str()) {
                        own.strong.insert(w.clone());
                    }
                } else if !EMAIL_WORDS.contains(&w.as_str()) {
                    own.weak.insert(w.clone());
                }
            }
            continue;
        }
        for w in p.split(|c: char| !c.is_alphanumeric()) {
            if w.chars().count() >= 3 {
                own.strong.insert(fold(w));
            }
        }
    }
    own
}

/// Where a text holds personal data: the spans found by every detector, sorted, overlapping
/// ones merged (the longer kind names the merge).
pub fn find(text: &str, own: &OwnWords) -> Vec<Found> {
    let mut out = Vec::new();
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    detect::urls(text, &mut out);
    if text.contains('@')
        || text.contains(['[', '(', '{', '<'])
        || text.contains(" at ")
        || text.contains("arobase")
        || text.contains("chez")
        || text.contains(" AT ")
    {
        detect::emails(text, &mut out);
    }
    if digits >= 9 {
        detect::phones(text, &mut out);
        detect::nirs(text, &mut out);
        detect::cards(text, &mut out);
        detect::ibans(text, &mut out);
    }
    if digits >= 4 {
        detect::ips(text, &mut out);
    }
    if digits >= 3 {
        detect::plates(text, &mut out);
    }
    if digits >= 1 {
        detect::birth_dates(text, &mut out);
    }
    detect::addresses(text, &mut out);
    names::names(text, own, &mut out);
    merge(text, out)
}

fn merge(text: &str, mut found: Vec<Found>) -> Vec<Found> {
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if let Some(last) = out.last_mut() {
            if f.start < last.end {
                if f.end > last.end {
                    if f.end - f.start > last.end - last.start {
                        last.kind = f.kind;
                    }
                    last.end = f.end;
                }
                continue;
            }
            // « Jean Dupont »: one marker for neighbouring names.
            if f.kind == Kind::Name
                && last.kind == Kind::Name
                && text[last.end..f.start]
                    .chars()
                    .all(|c| c == ' ' || c == '\u{a0}' || c == '-')
            {
                last.end = f.end;
                continue;
            }
        }
        out.push(f);
    }
    out
}

/// Scrubs one free-text value: every span `find` reports is replaced by its kind's marker.
pub fn scrub_text<'a>(text: &'a str, own: &OwnWords) -> Cow<'a, str> {
    let found = find(text, own);
    if found.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for f in found {
        out.push_str(&text[last..f.start]);
        out.push_str(f.kind.marker());
        last = f.end;
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// Sites where any path names or shows a person (a profile, a post).
const SOCIAL_HOSTS: &[&str] = &[
    "facebook.com",
    "fb.com",
    "linkedin.com",
    "twitter.com",
    "x.com",
    "instagram.com",
    "tiktok.com",
    "threads.net",
    "bsky.app",
    "github.com",
    "gitlab.com",
    "wa.me",
    "t.me",
    "snapchat.com",
    "pinterest.com",
    "youtube.com",
    "vimeo.com",
    "flickr.com",
    "sites.google.com",
    "about.me",
    "linktr.ee",
    "pagesperso-orange.fr",
    "perso.wanadoo.fr",
    "perso.orange.fr",
    "mastodon.social",
    "doctolib.fr",
    "leboncoin.fr",
    "malt.fr",
    "viadeo.com",
];

/// Hosts whose sub-domains are personal pages (`monsite.free.fr`, `nom.wordpress.com`,
/// `x.github.io`, `x.blogspot.com`): any sub-domain but `www` is someone's site.
const PERSONAL_HOSTING: &[&str] = &[
    "free.fr",
    "wordpress.com",
    "github.io",
    "gitlab.io",
    "blogspot.com",
    "blogspot.fr",
    "over-blog.com",
    "over-blog.fr",
    "canalblog.com",
    "e-monsite.com",
    "jimdofree.com",
    "jimdo.com",
    "wixsite.com",
    "webnode.fr",
    "webnode.com",
    "tumblr.com",
    "neocities.org",
    "netlify.app",
    "vercel.app",
    "substack.com",
    "skyrock.com",
    "hautetfort.com",
    "eklablog.com",
    "monsite-orange.fr",
    "sitew.fr",
    "pagesperso-orange.fr",
    "carrd.co",
];

/// Path segments after which the next segment names a person.
const PERSONAL_SEGMENTS: &[&str] = &[
    "profile",
    "profiles",
    "profil",
    "profils",
    "user",
    "users",
    "u",
    "utilisateur",
    "utilisateurs",
    "account",
    "accounts",
    "compte",
    "comptes",
    "member",
    "members",
    "membre",
    "membres",
    "people",
    "person",
    "personne",
    "personnes",
    "author",
    "authors",
    "auteur",
    "auteurs",
    "in",
    "pub",
];

/// Query parameters that carry a person.
const PERSONAL_PARAMS: &[&str] = &[
    "email", "e-mail", "mail", "courriel", "user", "username", "user_id", "userid", "uid", "login",
    "name", "nom", "prenom", "prénom", "phone", "tel", "token",
];

/// True when a URL points at a person: credentials in it, a social network page, a profile-like
/// path (`/profile/x`, `/users/x`, `/~x`, `/@x`) or a query naming someone (`?email=`).
pub fn personal_url(url: &str) -> bool {
    let lower = url.to_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    let (before_query, query) = match rest.split_once(['?', '#']) {
        Some((a, q)) => (a, q),
        None => (rest, ""),
    };
    let (authority, path) = before_query.split_once('/').unwrap_or((before_query, ""));
    if authority.contains('@') {
        return true;
    }
    let host = authority.split(':').next().unwrap_or("");
    let host = host.strip_prefix("www.").unwrap_or(host);
    let host = host.strip_prefix("m.").unwrap_or(host);
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if PERSONAL_HOSTING.iter().any(|h| {
        host.strip_suffix(h)
            .and_then(|sub| sub.strip_suffix('.'))
            .is_some_and(|sub| !sub.is_empty() && sub != "www")
    }) {
        return true;
    }
    if SOCIAL_HOSTS
        .iter()
        .any(|h| host == *h || host.ends_with(&format!(".{h}")))
        && !segments.is_empty()
    {
        return true;
    }
    if segments
        .iter()
        .any(|s| s.starts_with('~') || s.starts_with('@') || s.starts_with("%7e"))
    {
        return true;
    }
    if segments
        .windows(2)
        .any(|w| PERSONAL_SEGMENTS.contains(&w[0]))
    {
        return true;
    }
    query.split('&').any(|kv| {
        let k = kv.split('=').next().unwrap_or("");
        PERSONAL_PARAMS.contains(&k)
    })
}

/// Which answer keys hold free text: the survey's configured `free_text` columns, or, when none
/// are configured, every key except the quasi-identifiers (which must stay as they are for the
/// k-anonymity count to describe the stored data).
#[derive(Debug, Clone)]
pub struct FreeText {
    pub columns: Vec<String>,
    pub quasi_identifiers: Vec<String>,
}

impl FreeText {
    pub fn covers(&self, key: &str) -> bool {
        if self.columns.is_empty() {
            !self.quasi_identifiers.iter().any(|q| q == key)
        } else {
            self.columns.iter().any(|c| c == key)
        }
    }
}

/// Scrubs the free-text values of one response's answers. Returns the new answers and how many
/// values changed, or None when nothing changed (the stored value can stay).
pub fn scrub_answers(
    answers: &Value,
    free_text: &FreeText,
    own: &OwnWords,
) -> Option<(Value, u64)> {
    let Value::Object(map) = answers else {
        return None;
    };
    // Most answers have nothing to remove: scrub copies of the covered values, and copy the
    // whole object only when one changed.
    let mut changes = Vec::new();
    let mut changed = 0;
    for (k, v) in map {
        if free_text.covers(k) && !matches!(v, Value::Number(_) | Value::Bool(_) | Value::Null) {
            let mut v = v.clone();
            let n = scrub_value(&mut v, own);
            if n > 0 {
                changed += n;
                changes.push((k.clone(), v));
            }
        }
    }
    if changes.is_empty() {
        return None;
    }
    let mut out = map.clone();
    for (k, v) in changes {
        out.insert(k, v);
    }
    Some((Value::Object(out), changed))
}

/// Scrubs every string inside a value (lists of texts, nested objects); returns how many changed.
fn scrub_value(v: &mut Value, own: &OwnWords) -> u64 {
    match v {
        Value::String(s) => match scrub_text(s, own) {
            Cow::Owned(new) => {
                *s = new;
                1
            }
            Cow::Borrowed(_) => 0,
        },
        Value::Array(a) => a.iter_mut().map(|x| scrub_value(x, own)).sum(),
        Value::Object(m) => m.values_mut().map(|x| scrub_value(x, own)).sum(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn s(t: &str) -> String {
        scrub_text(t, &OwnWords::default()).into_owned()
    }

    #[test]
    fn removes_every_email_shape() {
        for (input, want) in [
            ("jean.dupont@example.org", "[courriel]"),
            (
                "Écrivez à Jean.Dupont+enquete@mail.example.co.uk.",
                "Écrivez à [courriel].",
            ),
            ("mailto:jean@example.fr", "[courriel]"),
            ("<jean@example.fr>", "<[courriel]>"),
            ("élodie.ségala@laposte.net merci", "[courriel] merci"),
            ("d'artagnan@free.fr", "[courriel]"),
            ("JEAN@EXAMPLE.FR", "[courriel]"),
            ("jean @ example.fr", "[courriel]"),
            ("jean [at] example [dot] fr", "[courriel]"),
            ("jean(at)example.fr", "[courriel]"),
            ("jean (at) example (dot) fr", "[courriel]"),
            ("jean{at}example{dot}fr", "[courriel]"),
            ("jean at example dot fr", "[courriel]"),
            ("jean arobase example point fr", "[courriel]"),
            (
                "contact: jean_d-42@sub.domaine-x.fr;",
                "contact: [courriel];",
            ),
        ] {
            assert_eq!(s(input), want, "input {input:?}");
        }
    }

    #[test]
    fn removes_every_french_phone_shape() {
        for input in [
            "06 12 34 56 78",
            "06.12.34.56.78",
            "06-12-34-56-78",
            "06/12/34/56/78",
            "0612345678",
            "06 12 345 678",
            "06\u{a0}12\u{a0}34\u{a0}56\u{a0}78",
            "06\u{202f}12\u{202f}34\u{202f}56\u{202f}78",
            "05 61 33 50 50",
            "09 70 12 34 56",
            "+33 6 12 34 56 78",
            "+33612345678",
            "+33 (0)6 12 34 56 78",
            "+33 (0) 6 12 34 56 78",
            "+33.6.12.34.56.78",
            "0033 6 12 34 56 78",
            "0033612345678",
            "+262 692 12 34 56",
            "+44 20 7946 0958",
        ] {
            assert_eq!(
                s(&format!("tél : {input} !")),
                "tél : [téléphone] !",
                "input {input:?}"
            );
        }
        assert_eq!(
            s("Rappelez-moi au 06 12 34 56 78 svp, ou au 0561335050."),
            "Rappelez-moi au [téléphone] svp, ou au [téléphone]."
        );
    }

    #[test]
    fn leaves_numbers_that_are_not_phones() {
        for keep in [
            "Note : 4/5",
            "Code postal 31000",
            "le 12/03/2025 à 10:30",
            "SIRET 12345678901234",
            "Budget 2025 : 1 234 567 €",
            "06123456789",
            "version 1.2.3.4",
            "50%",
        ] {
            assert_eq!(s(keep), keep);
        }
    }

    #[test]
    fn removes_personal_urls_and_keeps_the_others() {
        assert_eq!(
            s("Voir https://data.laregion.fr/profile/jdupont42."),
            "Voir [lien]."
        );
        for personal in [
            "https://www.facebook.com/jean.dupont",
            "https://fr.linkedin.com/in/jean-dupont-123",
            "https://x.com/jdupont",
            "https://github.com/jdupont",
            "https://mastodon.social/@jdupont",
            "http://perso.example.fr/~jdupont/cv.html",
            "https://example.fr/users/42/settings",
            "https://example.fr/membres/jean-dupont",
            "https://example.fr/search?q=x&email=jean%40example.fr",
            "https://jean:secret@example.fr/",
            "www.facebook.com/jean.dupont",
        ] {
            assert_eq!(s(&format!("({personal})")), "([lien])", "{personal}");
        }
        for keep in [
            "https://data.laregion.fr/explore/dataset/lycees-occitanie/",
            "https://data.laregion.fr/api/records/1.0/search?dataset=transports",
            "www.laregion.fr",
            "https://www.facebook.com/",
        ] {
            assert_eq!(s(keep), keep);
        }
    }

    #[test]
    fn removes_the_respondents_own_names() {
        let own = own_words([
            Some("jean.dupont@example.org"),
            Some("jdupont42"),
            Some("Jean"),
            Some("Dupont"),
        ]);
        assert!(
            own.strong.contains("jdupont42")
                && own.strong.contains("dupont")
                && own.strong.contains("jean")
        );
        // Neighbouring names give one marker.
        assert_eq!(
            scrub_text("Je suis JEAN Dupont (jdupont42), de Toulouse", &own),
            "Je suis [nom] ([nom]), de Toulouse"
        );
        // Whole words only.
        assert_eq!(scrub_text("Jeanne et Dupontel", &own), "Jeanne et Dupontel");
        // Words of fewer than three characters are not identifiers.
        assert!(own_words([Some("li.x@example.org")]).is_empty());
        let own = own_words([Some("élodie@example.org")]);
        assert_eq!(scrub_text("Élodie ici", &own), "[nom] ici");
    }

    #[test]
    fn hostile_text_survives_intact_apart_from_identifiers() {
        for keep in [
            "'; DROP TABLE survey_responses; --",
            "\"quoted\" and 'single' and `back`",
            "Interface claire 😀👍🏽 🇫🇷",
            "مرحبا بكم في المنصة",
            "\u{202e}txet desrever\u{202c}",
            "a\\b\\\\c \u{0}",
            "",
        ] {
            assert_eq!(s(keep), keep);
        }
        assert_eq!(
            s("שלום jean@example.fr 😀 '; DROP TABLE x; -- 0612345678"),
            "שלום [courriel] 😀 '; DROP TABLE x; -- [téléphone]"
        );
        let long = "bla ".repeat(25_000) + "jean@example.fr " + &"😀".repeat(1000);
        let out = s(&long);
        assert!(out.contains("[courriel]") && !out.contains('@'));
        assert_eq!(
            out.len(),
            long.len() - "jean@example.fr".len() + "[courriel]".len()
        );
    }

    #[test]
    fn scrubbing_is_idempotent() {
        let once = s("jean@example.fr, 06 12 34 56 78, https://x.com/jean");
        assert_eq!(once, "[courriel], [téléphone], [lien]");
        assert_eq!(s(&once), once);
    }

    #[test]
    fn only_free_text_columns_are_touched() {
        let answers = json!({
            "commune": "Toulouse",
            "note": 4,
            "note_txt": "5",
            "choix": ["a", "b@c.fr"],
            "commentaire": "appelez le 0612345678",
            "contact": "jean@example.fr"
        });
        let none = OwnWords::default();
        let all_but_qi = FreeText {
            columns: vec![],
            quasi_identifiers: vec!["commune".into()],
        };
        let (out, n) = scrub_answers(&answers, &all_but_qi, &none).unwrap();
        assert_eq!(n, 3);
        assert_eq!(out["commentaire"], "appelez le [téléphone]");
        assert_eq!(out["contact"], "[courriel]");
        assert_eq!(out["choix"], json!(["a", "[courriel]"]));
        assert_eq!(out["note"], 4);
        assert_eq!(out["commune"], "Toulouse");
        let only_comment = FreeText {
            columns: vec!["commentaire".into()],
            quasi_identifiers: vec![],
        };
        let (out, n) = scrub_answers(&answers, &only_comment, &none).unwrap();
        assert_eq!(n, 1);
        assert_eq!(out["contact"], "jean@example.fr");
        assert!(scrub_answers(&json!({"note": 3}), &all_but_qi, &none).is_none());
        assert!(scrub_answers(&json!("not an object"), &all_but_qi, &none).is_none());
    }

    /// The examples of issue 15, each removed with its typed marker.
    #[test]
    fn removes_the_kinds_the_old_scrubber_left() {
        for (input, want) in [
            ("J'habite 3 ter avenue Jean-Jaurès.", "J'habite [adresse]."),
            (
                "au 24 chemin des Vignes 34000 Montpellier, merci",
                "au [adresse], merci",
            ),
            (
                "IBAN FR14 2004 1010 0505 0001 3M02 606 svp",
                "IBAN [iban] svp",
            ),
            ("sécu 269054958815780.", "sécu [nir]."),
            ("sécu 2 69 05 49 588 157 80.", "sécu [nir]."),
            ("carte 4111 1111 1111 1111 débitée", "carte [carte] débitée"),
            ("depuis 192.168.1.20 ce matin", "depuis [ip] ce matin"),
            (
                "depuis 2001:db8::8a2e:370:7334 ce matin",
                "depuis [ip] ce matin",
            ),
            ("voiture AB-123-CD garée", "voiture [immatriculation] garée"),
            ("voiture DB 410 HG garée", "voiture [immatriculation] garée"),
            (
                "née le 3 avril 1969, retraitée",
                "née le [date de naissance], retraitée",
            ),
            ("né le 02/11/1990", "né le [date de naissance]"),
            (
                "merci à M. Garcia du guichet",
                "merci à M. [nom] du guichet",
            ),
            (
                "mon fils Théo adore le site",
                "mon fils [nom] adore le site",
            ),
            ("Je m'appelle Sophie Martin.", "Je m'appelle [nom]."),
            ("voir http://monsite.free.fr/cv.html", "voir [lien]"),
            ("voir https://nom.wordpress.com !", "voir [lien] !"),
            ("voir jdupont.github.io", "voir [lien]"),
            ("voir https://x.blogspot.com/2024/05", "voir [lien]"),
            (
                "écrire à prenom.nom chez laposte.net",
                "écrire à [courriel]",
            ),
            (
                "écrire à j.martin @ free . fr merci",
                "écrire à [courriel] merci",
            ),
            ("tél (0)5 61 00 00 00", "tél [téléphone]"),
            ("Bonne journée,\nClaire Dubois", "Bonne journée,\n[nom]"),
        ] {
            assert_eq!(s(input), want, "input {input:?}");
        }
    }

    #[test]
    fn leaves_what_only_looks_like_personal_data() {
        for keep in [
            "IBAN FR14 2004 1010 0505 0001 3M02 607 (faux)",
            "numéro 269054958815781",
            "carte 4111 1111 1111 1112",
            "la version 1.2.3.4 est sortie",
            "entre 999.1.1.1 et 300.2.2.2",
            "à 10:30:45 précises",
            "la rue Victor Hugo est mal éclairée",
            "La recherche ne marche pas pour Saint-Gaudens.",
            "Les données de Météo-France et de France Travail.",
            "En France, la Rose des vents.",
            "Claire et rapide, l'interface me plaît.",
            "Je suis Toulousain.",
            "le 12/03/2025 à 10:30",
            "Noël approche à Paris.",
            "Il faudrait filtrer par département (Hérault, Gard, Aude).",
            "Le Dr ne répond pas.",
            "https://www.free.fr/ et https://wordpress.com/",
        ] {
            assert_eq!(s(keep), keep);
        }
    }

    /// Words of the respondent's email are their name only where they look like one: an
    /// ordinary word of the address stays (« association », « mairie », « France »).
    #[test]
    fn email_words_that_are_ordinary_words_stay() {
        let own = own_words([Some("association.culturelle@example.org")]);
        let t = "Notre association culturelle aime vos données.";
        assert_eq!(scrub_text(t, &own), t);
        let own = own_words([Some("france.x@example.org")]);
        let t = "Les prévisions de Météo-France et de France Travail.";
        assert_eq!(scrub_text(t, &own), t);
        let own = own_words([Some("mairie.balma@example.org")]);
        assert_eq!(scrub_text("La mairie relaie.", &own), "La mairie relaie.");
        // A name word of the address: removed capitalised, or next to another of them.
        let own = own_words([Some("helene.lefevre@example.org")]);
        assert_eq!(scrub_text("Signé Hélène.", &own), "Signé [nom].");
        assert_eq!(scrub_text("signé helene lefevre", &own), "signé [nom]");
        // An account's names are removed without case or accents.
        let own = own_words([None, None, Some("Hélène"), Some("Lefèvre")]);
        assert_eq!(scrub_text("c'est helene LEFEVRE", &own), "c'est [nom]");
    }

    /// Linear in the text: a 1 MB answer full of candidates takes well under a second.
    #[test]
    fn a_one_megabyte_answer_is_scrubbed_quickly() {
        let unit = "Merci à M. Garcia, 06 12 34 56 78, 12 rue de la Paix 31000 Toulouse, jean@example.fr, 192.168.0.1. ";
        let text = unit.repeat(1_000_000 / unit.len() + 1);
        let t = std::time::Instant::now();
        let out = s(&text);
        let took = t.elapsed();
        assert!(!out.contains("Garcia") && !out.contains('@') && !out.contains("06 12"));
        assert!(
            took < std::time::Duration::from_secs(if cfg!(debug_assertions) { 20 } else { 2 }),
            "{took:?}"
        );
        let plain = "Le site est lent le matin, les données sont incomplètes. ".repeat(18_000);
        assert_eq!(s(&plain), plain);
    }
}
