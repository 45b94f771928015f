//! Scrubbing of free-text survey answers: email addresses, phone numbers, personal URLs and the
//! respondent's own names are replaced by `[supprimé]`; everything else is left as written.
//!
//! Pure functions, no database: `surveys anonymise` and `surveys withdraw` call them on each
//! response's answers before writing the anonymised row.

use regex::Regex;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

/// What a removed value is replaced with.
pub const MARKER: &str = "[supprimé]";

// Spaces as typed in French text: ordinary, no-break and narrow no-break spaces, tabs.
const SP: &str = r"[ \t\u{a0}\u{202f}]";

/// Email addresses, plain (`jean.dupont+x@mail.example.fr`, `mailto:`, a stray space around
/// `@`) or disguised (`jean [at] example [dot] fr`, `jean(at)example.fr`, `jean arobase
/// example point fr`).
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    let local = r"[\w.%+'\-]+";
    let label = r"[\w\-]+";
    let at = format!(
        r"(?:{SP}?@{SP}?|{SP}*[\[({{<]{SP}*(?:at|@|arobase){SP}*[\])}}>]{SP}*|{SP}+(?:at|arobase){SP}+)"
    );
    let dot = format!(
        r"(?:\.|{SP}*[\[({{<]{SP}*(?:dot|point|\.){SP}*[\])}}>]{SP}*|{SP}+(?:dot|point){SP}+)"
    );
    Regex::new(&format!(
        r"(?i)(?:mailto:)?{local}{at}{label}(?:{dot}{label})*{dot}\p{{L}}{{2,}}(?-u:\b)"
    ))
    .expect("email pattern")
});

/// Phone numbers: French (`06 12 34 56 78`, `06.12.34.56.78`, `0612345678`, `+33 6 12 34 56
/// 78`, `+33 (0)6 ...`, `0033 6 ...`, groups of any size) and any international `+CC` number.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    let sep = r"[ \t\u{a0}\u{202f}.\-/]{0,3}";
    Regex::new(&format!(
        r"(?:(?:\+|(?-u:\b)00){SP}*33{sep}(?:\({SP}*0{SP}*\){sep})?[1-9](?:{sep}[0-9]){{8}}|(?-u:\b)0[1-9](?:{sep}[0-9]){{8}}|\+[1-9](?:[ \t\u{{a0}}\u{{202f}}.\-/()]{{0,3}}[0-9]){{7,14}})(?-u:\b)"
    ))
    .expect("phone pattern")
});

/// Web addresses; only those that point at a person are removed (see `personal_url`).
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>"«»]+"#).expect("url pattern")
});

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

/// Scrubs one free-text value. `own_words` are the respondent's own identifiers, lowercased
/// (see `own_words`): each occurrence as a whole word is removed too.
pub fn scrub_text<'a>(text: &'a str, own_words: &HashSet<String>) -> Cow<'a, str> {
    let mut out: Cow<'a, str> = Cow::Borrowed(text);
    if out.contains("://")
        || out
            .as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"www."))
    {
        if let Cow::Owned(s) = URL.replace_all(&out, |c: &regex::Captures| {
            let (url, tail) = trim_url(&c[0]);
            if personal_url(url) {
                format!("{MARKER}{tail}")
            } else {
                c[0].to_string()
            }
        }) {
            out = Cow::Owned(s);
        }
    }
    if let Cow::Owned(s) = EMAIL.replace_all(&out, MARKER) {
        out = Cow::Owned(s);
    }
    // A phone number has at least 9 digits: most answers are skipped without running the regex.
    if out.bytes().filter(u8::is_ascii_digit).count() >= 9 {
        if let Cow::Owned(s) = PHONE.replace_all(&out, MARKER) {
            out = Cow::Owned(s);
        }
    }
    if !own_words.is_empty() {
        if let Some(s) = replace_words(&out, own_words) {
            out = Cow::Owned(s);
        }
    }
    out
}

/// A URL match without the punctuation that ends the sentence around it.
fn trim_url(m: &str) -> (&str, &str) {
    let url = m.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\'']);
    (url, &m[url.len()..])
}

/// Replaces whole words found in `words` (compared lowercased); None when nothing matched.
fn replace_words(text: &str, words: &HashSet<String>) -> Option<String> {
    let mut out = String::new();
    let mut last = 0;
    let mut start: Option<usize> = None;
    let mut changed = false;
    let mut check = |s: usize, e: usize, out: &mut String, last: &mut usize| {
        if words.contains(&text[s..e].to_lowercase()) {
            out.push_str(&text[*last..s]);
            out.push_str(MARKER);
            *last = e;
            changed = true;
        }
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            check(s, i, &mut out, &mut last);
        }
    }
    if let Some(s) = start {
        check(s, text.len(), &mut out, &mut last);
    }
    if !changed {
        return None;
    }
    out.push_str(&text[last..]);
    Some(out)
}

/// The respondent's own identifiers as lowercased words of 3 characters or more: the words of
/// their email's local part, and of their platform pseudonym and names when they have an
/// account.
pub fn own_words<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> HashSet<String> {
    let mut set = HashSet::new();
    for (i, p) in parts.into_iter().enumerate() {
        let Some(p) = p else { continue };
        // The first part is the email: only its local part names the person.
        let p = if i == 0 {
            p.rsplit_once('@').map(|(l, _)| l).unwrap_or("")
        } else {
            p
        };
        for w in p.split(|c: char| !c.is_alphanumeric()) {
            if w.chars().count() >= 3 {
                set.insert(w.to_lowercase());
            }
        }
    }
    set
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
    own: &HashSet<String>,
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
fn scrub_value(v: &mut Value, own: &HashSet<String>) -> u64 {
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
        scrub_text(t, &HashSet::new()).into_owned()
    }

    #[test]
    fn removes_every_email_shape() {
        for (input, want) in [
            ("jean.dupont@example.org", "[supprimé]"),
            (
                "Écrivez à Jean.Dupont+enquete@mail.example.co.uk.",
                "Écrivez à [supprimé].",
            ),
            ("mailto:jean@example.fr", "[supprimé]"),
            ("<jean@example.fr>", "<[supprimé]>"),
            ("élodie.ségala@laposte.net merci", "[supprimé] merci"),
            ("d'artagnan@free.fr", "[supprimé]"),
            ("JEAN@EXAMPLE.FR", "[supprimé]"),
            ("jean @ example.fr", "[supprimé]"),
            ("jean [at] example [dot] fr", "[supprimé]"),
            ("jean(at)example.fr", "[supprimé]"),
            ("jean (at) example (dot) fr", "[supprimé]"),
            ("jean{at}example{dot}fr", "[supprimé]"),
            ("jean at example dot fr", "[supprimé]"),
            ("jean arobase example point fr", "[supprimé]"),
            (
                "contact: jean_d-42@sub.domaine-x.fr;",
                "contact: [supprimé];",
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
                "tél : [supprimé] !",
                "input {input:?}"
            );
        }
        assert_eq!(
            s("Rappelez-moi au 06 12 34 56 78 svp, ou au 0561335050."),
            "Rappelez-moi au [supprimé] svp, ou au [supprimé]."
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
            "Voir [supprimé]."
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
            assert_eq!(s(&format!("({personal})")), "([supprimé])", "{personal}");
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
        assert!(own.contains("jdupont42") && own.contains("dupont") && own.contains("jean"));
        assert_eq!(
            scrub_text("Je suis JEAN Dupont (jdupont42), de Toulouse", &own),
            "Je suis [supprimé] [supprimé] ([supprimé]), de Toulouse"
        );
        // Whole words only.
        assert_eq!(scrub_text("Jeanne et Dupontel", &own), "Jeanne et Dupontel");
        // Words of fewer than three characters are not identifiers.
        assert!(own_words([Some("li.x@example.org")]).is_empty());
        let own = own_words([Some("élodie@example.org")]);
        assert_eq!(scrub_text("Élodie ici", &own), "[supprimé] ici");
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
            "שלום [supprimé] 😀 '; DROP TABLE x; -- [supprimé]"
        );
        let long = "bla ".repeat(25_000) + "jean@example.fr " + &"😀".repeat(1000);
        let out = s(&long);
        assert!(out.contains(MARKER) && !out.contains('@'));
        assert_eq!(
            out.len(),
            long.len() - "jean@example.fr".len() + MARKER.len()
        );
    }

    #[test]
    fn scrubbing_is_idempotent() {
        let once = s("jean@example.fr, 06 12 34 56 78, https://x.com/jean");
        assert_eq!(once, "[supprimé], [supprimé], [supprimé]");
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
        let none = HashSet::new();
        let all_but_qi = FreeText {
            columns: vec![],
            quasi_identifiers: vec!["commune".into()],
        };
        let (out, n) = scrub_answers(&answers, &all_but_qi, &none).unwrap();
        assert_eq!(n, 3);
        assert_eq!(out["commentaire"], "appelez le [supprimé]");
        assert_eq!(out["contact"], "[supprimé]");
        assert_eq!(out["choix"], json!(["a", "[supprimé]"]));
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
}
