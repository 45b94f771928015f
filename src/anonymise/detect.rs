//! The pattern detectors: each finds candidate spans with a regular expression (linear in the
//! text length: the `regex` crate never backtracks) and keeps those that pass the format's own
//! validation (mod-97, NIR key, Luhn, address parsing) or the context around them.

use super::{Found, Kind};
use regex::Regex;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

// Spaces as typed in French text: ordinary, no-break and narrow no-break spaces, tabs.
pub(super) const SP: &str = r"[ \t\u{a0}\u{202f}]";

fn re(p: &str) -> Regex {
    // The patterns are constants, checked by the unit tests: a failure is a bug in this file.
    Regex::new(p).unwrap_or_else(|e| panic!("scrubber pattern: {e}"))
}

/// Email addresses, plain (`jean.dupont+x@mail.example.fr`, `mailto:`, a stray space around
/// `@`) or disguised (`jean [at] example [dot] fr`, `jean(at)example.fr`, `jean arobase
/// example point fr`, `j.martin @ free . fr`, `prenom.nom chez laposte.net`).
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    let local = r"[\w.%+'\-]+";
    let label = r"[\w\-]+";
    let at = format!(
        r"(?:{SP}?@{SP}?|{SP}*[\[({{<]{SP}*(?:at|@|arobase){SP}*[\])}}>]{SP}*|{SP}+(?:at|arobase){SP}+)"
    );
    let dot = format!(
        r"(?:\.|{SP}*[\[({{<]{SP}*(?:dot|point|\.){SP}*[\])}}>]{SP}*|{SP}+(?:dot|point){SP}+)"
    );
    // Spaces around the dots only before a known top-level domain (a sentence may follow).
    let tld = r"(?:fr|com|net|org|eu|be|ch|io|info|biz|de|uk|es|it|lu|ca)";
    let spaced = format!(r"{local}{SP}*@{SP}*{label}(?:{SP}*\.{SP}*{label})*?{SP}*\.{SP}*{tld}");
    // « chez » for @ only when the local part looks like an address (a dot, _, - or a digit).
    let chez =
        format!(r"[\w%+'\-]*[._\-\d][\w.%+'\-]*{SP}+chez{SP}+{label}(?:\.{label})*\.\p{{L}}{{2,}}");
    re(&format!(
        r"(?i)(?:mailto:)?(?:{spaced}|{chez}|{local}{at}{label}(?:{dot}{label})*{dot}\p{{L}}{{2,}})(?-u:\b)"
    ))
});

/// Phone numbers: French (`06 12 34 56 78`, `06.12.34.56.78`, `0612345678`, `+33 6 12 34 56
/// 78`, `+33 (0)6 ...`, `(0)5 61 ...`, `0033 6 ...`, groups of any size) and any international
/// `+CC` number.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    let sep = r"[ \t\u{a0}\u{202f}.\-/]{0,3}";
    re(&format!(
        r"(?:(?:\+|(?-u:\b)00){SP}*33{sep}(?:\({SP}*0{SP}*\){sep})?[1-9](?:{sep}[0-9]){{8}}|\({SP}*0{SP}*\){sep}[1-9](?:{sep}[0-9]){{8}}|(?-u:\b)0[1-9](?:{sep}[0-9]){{8}}|\+[1-9](?:[ \t\u{{a0}}\u{{202f}}.\-/()]{{0,3}}[0-9]){{7,14}})(?-u:\b)"
    ))
});

/// Web addresses with a scheme or `www.`; only those that point at a person are removed.
pub(super) static URL: LazyLock<Regex> =
    LazyLock::new(|| re(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>"«»]+"#));

/// Links written without a scheme (`jdupont.github.io`, `monsite.free.fr/cv`).
static BARE_URL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)(?-u:\b)(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:fr|com|net|org|io|eu|info|be|ch|me|app|blog|site|co|ee)(?-u:\b)(?:/[^\s<>"«»]*)?"#,
    )
});

/// IBAN candidates: a country, two check digits, then letters and digits in groups.
static IBAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[A-Z]{2}[0-9]{2}(?:[ \u{a0}\-]?[A-Z0-9]){10,30}"));

/// NIR (French social-security number): sex, year, month, department (2A/2B for Corsica),
/// commune, order, and the optional two-digit key; spaces anywhere between the groups.
static NIR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)[12][ \u{a0}.]?[0-9]{2}[ \u{a0}.]?(?:0[1-9]|1[0-2]|[2-9][0-9])[ \u{a0}.]?(?:[0-9]{2}|2[ABab])[ \u{a0}.]?[0-9]{3}[ \u{a0}.]?[0-9]{3}(?:[ \u{a0}.]?[0-9]{2})?(?-u:\b)",
    )
});

/// Card numbers: 13 to 19 digits, in groups separated by spaces or dashes.
static CARD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[3-6][0-9](?:[ \u{a0}\-]?[0-9]){11,17}(?-u:\b)"));

static IPV4: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?-u:\b)"));
static IPV6: LazyLock<Regex> =
    LazyLock::new(|| re(r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%[0-9A-Za-z]+)?"));

/// French plates, SIV (`AB-123-CD`, `AB 123 CD`, `AB123CD`: no I, O or U) and the older FNI
/// (`123 ABC 31`).
static PLATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:[A-HJ-NP-TV-Z]{2}(?:-[0-9]{3}-|[ \u{a0}][0-9]{3}[ \u{a0}]|[0-9]{3})[A-HJ-NP-TV-Z]{2}|[0-9]{1,4}[ \u{a0}][A-HJ-NP-Z]{2,3}[ \u{a0}](?:0[1-9]|[1-8][0-9]|9[0-5]|2[AB]))(?-u:\b)",
    )
});

const MONTHS: &str = r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv\.?|févr\.?|fevr\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|déc\.?|dec\.?)";

/// A date of birth: a date after « né(e) le », « née en », « date de naissance », « DDN ».
static BIRTH: LazyLock<Regex> = LazyLock::new(|| {
    let date = format!(
        r"(?:[0-3]?[0-9](?:er)?[/.\-][01]?[0-9][/.\-](?:[0-9]{{4}}|[0-9]{{2}})|(?:1er|[0-3]?[0-9]){SP}+{MONTHS}{SP}+[0-9]{{4}})"
    );
    re(&format!(
        r"(?i)(?:\bnée?s?{SP}+(?:le{SP}+)?|\bnée?s?{SP}+en{SP}+|\bdate{SP}+de{SP}+naissance{SP}*:?{SP}*|\bddn{SP}*:?{SP}*|\bnaissance{SP}*:{SP}*)({date}|{MONTHS}{SP}+[0-9]{{4}})"
    ))
});

const STREET_TYPES: &str = r"(?:rue|ruelle|avenue|av\.?|boulevard|bd|bld|chemin|ch\.|impasse|imp\.?|allée|allee|allées|place|pl\.|route|rte|quai|cours|square|sq\.|lotissement|lot\.|résidence|residence|lieu-dit|lieudit|hameau|faubourg|fbg|passage|voie|sentier|promenade|esplanade|rond-point|traverse|montée|montee|clos|domaine|cité|cite|parvis|chaussée|venelle|carrefour)";

/// The head of a postal address: a number (« 3 ter », « 12bis », « 24, ») and a street type.
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?-u:\b)(?:[0-9]{{1,4}}(?:{SP}?(?:bis|ter|quater|[abt])(?-u:\b))?,?{SP}+|(?:j['’]habite|habitant|habitante|domicilié|domiciliée|domicile|demeurant|résidant|résidante|résident|adresse{SP}*:){SP}+(?:au{SP}+|à{SP}+la{SP}+|dans{SP}+la{SP}+|en{SP}+|l['’])?){STREET_TYPES}\b\.?"
    ))
});

/// A postcode and its commune after a street (« 34000 Montpellier », « 31 000 Toulouse
/// Cedex 9 »).
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^,?{SP}*(?:[0-9]{{5}}|[0-9]{{2}}{SP}[0-9]{{3}}){SP}+\p{{Lu}}[\p{{L}}'’]*(?:-\p{{Lu}}[\p{{L}}'’]*|-(?:sur|sous|de|du|des|en|la|le|les|lès|lez)-\p{{Lu}}[\p{{L}}'’]*)*(?:{SP}+(?i:cedex)(?:{SP}+[0-9]{{1,2}})?)?"
    ))
});

/// Words that may join the words of a street name (« rue de la Paix », « chemin des Vignes »).
const STREET_LINKS: &[&str] = &["de", "du", "des", "la", "le", "les", "l", "d", "au", "aux"];

/// The `regex` crate's `\b` around digits is ASCII here: a candidate must not continue a longer
/// number or word.
fn standalone(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
}

pub(super) fn emails(text: &str, out: &mut Vec<Found>) {
    for m in EMAIL.find_iter(text) {
        out.push(Found::new(m.start(), m.end(), Kind::Email));
    }
}

pub(super) fn phones(text: &str, out: &mut Vec<Found>) {
    for m in PHONE.find_iter(text) {
        out.push(Found::new(m.start(), m.end(), Kind::Phone));
    }
}

/// A URL match without the punctuation that ends the sentence around it.
pub(super) fn trim_url(m: &str) -> &str {
    m.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\''])
}

pub(super) fn urls(text: &str, out: &mut Vec<Found>) {
    let mut with_scheme = Vec::new();
    if text.contains("://")
        || text
            .as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"www."))
    {
        for m in URL.find_iter(text) {
            with_scheme.push((m.start(), m.end()));
            let url = trim_url(m.as_str());
            if super::personal_url(url) {
                out.push(Found::new(m.start(), m.start() + url.len(), Kind::Url));
            }
        }
    }
    for m in BARE_URL.find_iter(text) {
        if with_scheme
            .iter()
            .any(|&(s, e)| m.start() < e && s < m.end())
        {
            continue;
        }
        // The domain of an email address is not a link.
        if text[..m.start()].ends_with(['@', '.', '-', '_']) {
            continue;
        }
        let url = trim_url(m.as_str());
        if super::personal_url(url) {
            out.push(Found::new(m.start(), m.start() + url.len(), Kind::Url));
        }
    }
}

/// Expected IBAN lengths of the countries most often met here; another country's IBAN is
/// accepted at any length from 15 to 34 that passes mod-97.
fn iban_length(country: &str) -> Option<usize> {
    Some(match country {
        "FR" | "MC" | "IT" | "SM" => 27,
        "DE" | "GB" | "IE" => 22,
        "BE" => 16,
        "ES" => 24,
        "CH" | "LI" => 21,
        "LU" => 20,
        "NL" => 18,
        "PT" => 25,
        "AD" => 24,
        "AT" => 20,
        "DK" | "FI" => 18,
        "NO" => 15,
        "PL" => 28,
        "SE" => 24,
        _ => return None,
    })
}

/// The ISO 13616 check: the rearranged IBAN, letters as 10..35, is 1 modulo 97.
pub fn iban_valid(iban: &[u8]) -> bool {
    if iban.len() < 15 || iban.len() > 34 {
        return false;
    }
    let mut r: u32 = 0;
    for &c in iban[4..].iter().chain(&iban[..4]) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return false,
        };
        r = if v >= 10 {
            (r * 100 + v) % 97
        } else {
            (r * 10 + v) % 97
        };
    }
    r == 1
}

pub(super) fn ibans(text: &str, out: &mut Vec<Found>) {
    for m in IBAN.find_iter(text) {
        // The characters and where each ends in the text.
        let mut chars = Vec::new();
        for (i, c) in m.as_str().char_indices() {
            if c.is_ascii_alphanumeric() {
                chars.push((c as u8, m.start() + i + 1));
            }
        }
        let bytes: Vec<u8> = chars.iter().map(|c| c.0).collect();
        let lengths: Vec<usize> = match iban_length(&m.as_str()[..2]) {
            Some(l) => vec![l],
            None => (15..=bytes.len().min(34)).rev().collect(),
        };
        for l in lengths {
            if l <= bytes.len() && iban_valid(&bytes[..l]) {
                let end = chars[l - 1].1;
                if standalone(text, m.start(), end) {
                    out.push(Found::new(m.start(), end, Kind::Iban));
                }
                break;
            }
        }
    }
}

/// The NIR's key: 97 minus the 13-digit number modulo 97 (Corsica's 2A and 2B count as 19 and
/// 18).
pub fn nir_valid(digits: &str) -> bool {
    let d = digits
        .to_ascii_uppercase()
        .replace("2A", "19")
        .replace("2B", "18");
    if d.len() != 15 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return d.len() == 13 && d.bytes().all(|b| b.is_ascii_digit());
    }
    let (n, key) = d.split_at(13);
    let n: u64 = n.parse().unwrap_or(0);
    let key: u64 = key.parse().unwrap_or(0);
    97 - n % 97 == key
}

pub(super) fn nirs(text: &str, out: &mut Vec<Found>) {
    for m in NIR.find_iter(text) {
        let digits: String = m
            .as_str()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        if nir_valid(&digits) && standalone(text, m.start(), m.end()) {
            out.push(Found::new(m.start(), m.end(), Kind::Nir));
        }
    }
}

pub fn luhn_valid(digits: &[u8]) -> bool {
    let mut sum = 0;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut d = u32::from(d - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

pub(super) fn cards(text: &str, out: &mut Vec<Found>) {
    for m in CARD.find_iter(text) {
        let digits: Vec<u8> = m.as_str().bytes().filter(u8::is_ascii_digit).collect();
        if matches!(digits.len(), 13..=19)
            && digits.iter().any(|&d| d != digits[0])
            && luhn_valid(&digits)
            && standalone(text, m.start(), m.end())
        {
            out.push(Found::new(m.start(), m.end(), Kind::Card));
        }
    }
}

pub(super) fn ips(text: &str, out: &mut Vec<Found>) {
    if text.contains('.') {
        for m in IPV4.find_iter(text) {
            // The few bytes before it (a char boundary: the match starts with a digit).
            let from = text[..m.start()]
                .char_indices()
                .rev()
                .nth(12)
                .map_or(0, |(i, _)| i);
            let before = text[from..m.start()].to_ascii_lowercase();
            let after = &text[m.end()..];
            // « version 1.2.3.4 », « v1.2.3.4 », a longer dotted number: not an address.
            if before.trim_end().ends_with("version")
                || before.ends_with('v')
                || before.ends_with('.')
                || after.starts_with(|c: char| {
                    c == '.' && after[1..].starts_with(|d: char| d.is_ascii_digit())
                })
            {
                continue;
            }
            if m.as_str().parse::<Ipv4Addr>().is_ok() {
                out.push(Found::new(m.start(), m.end(), Kind::Ip));
            }
        }
    }
    if text.bytes().filter(|&b| b == b':').count() >= 2 {
        for m in IPV6.find_iter(text) {
            let s = m.as_str();
            if s.len() < 6 || !standalone(text, m.start(), m.end()) {
                continue;
            }
            let addr = s.split('%').next().unwrap_or(s);
            if addr.parse::<Ipv6Addr>().is_ok() {
                out.push(Found::new(m.start(), m.end(), Kind::Ip));
            }
        }
    }
}

pub(super) fn plates(text: &str, out: &mut Vec<Found>) {
    for m in PLATE.find_iter(text) {
        let s = m.as_str();
        if s.starts_with("SS") || s.contains("000") {
            continue;
        }
        out.push(Found::new(m.start(), m.end(), Kind::Plate));
    }
}

pub(super) fn birth_dates(text: &str, out: &mut Vec<Found>) {
    for c in BIRTH.captures_iter(text) {
        if let Some(d) = c.get(1) {
            out.push(Found::new(d.start(), d.end(), Kind::BirthDate));
        }
    }
}

/// Street addresses: the number and street type, the street's name (its first word, then the
/// capitalised words and the links between them), then a postcode and commune if they follow.
pub(super) fn addresses(text: &str, out: &mut Vec<Found>) {
    for m in ADDRESS.find_iter(text) {
        // Where the address starts: at the number, or after the context words.
        let head = m.as_str();
        let start = match head.find(|c: char| c.is_ascii_digit()) {
            Some(0) => m.start(),
            _ => {
                let lower = head.to_lowercase();
                let street = STREET_WORD_START.find(&lower).map_or(0, |s| s.start());
                m.start() + street.min(head.len())
            }
        };
        let mut end = m.end();
        let mut named = false;
        let mut upper = false;
        let mut after_link = false;
        let mut after_digit = false;
        let mut pos = m.end();
        loop {
            let rest = &text[pos..];
            let ws = rest.len() - rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']).len();
            let word_start = pos + ws;
            let rest = &text[word_start..];
            let wlen = rest
                .char_indices()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
                .map_or(rest.len(), |(i, _)| i);
            if wlen == 0 {
                break;
            }
            let word = &rest[..wlen];
            let mut next = word_start + wlen;
            // « l'Église », « d'Occitanie »: the elided article joins the next word.
            let elided = text[next..].starts_with(['\'', '’']);
            let lower = word.to_lowercase();
            let digit = word.starts_with(|c: char| c.is_ascii_digit());
            let all_caps = word.chars().all(|c| !c.is_lowercase());
            let capital = word.starts_with(char::is_uppercase) && (upper || !all_caps || wlen == 1);
            if STREET_LINKS.contains(&lower.as_str()) {
                // A capitalised link after the name starts the next sentence (« … Pins Les … »).
                if named && word.starts_with(char::is_uppercase) && !upper {
                    break;
                }
                if elided {
                    next += text[next..].chars().next().map_or(0, char::len_utf8);
                }
                // A link only counts if a word follows it.
                after_link = true;
                pos = next;
                continue;
            }
            if !named {
                named = true;
                upper = all_caps && wlen > 1 && !digit;
            } else {
                // A capitalised article or pronoun starts the next sentence (« … 1945 Je … »).
                let function = matches!(
                    lower.as_str(),
                    "je" | "il"
                        | "elle"
                        | "nous"
                        | "vous"
                        | "on"
                        | "en"
                        | "et"
                        | "mais"
                        | "pour"
                        | "merci"
                        | "ce"
                        | "cette"
                        | "un"
                        | "une"
                        | "pas"
                        | "tres"
                        | "très"
                        | "bravo"
                        | "depuis"
                        | "quartier"
                );
                // Further words: after a link or a number (« du 8 Mai 1945 »), a first name
                // (« Victor Hugo »), or one not followed by a lowercase word (« Faubourg
                // Bonnefoy, »): « … Parc Erreur 403 depuis » is the next sentence.
                let follows = text[next..].trim_start_matches([' ', '\u{a0}']);
                let then_lower = follows.starts_with(char::is_lowercase);
                let then_digit = follows.starts_with(|c: char| c.is_ascii_digit())
                    && POSTCODE.find(&text[next..]).is_none();
                let ok = (capital || digit)
                    && !function
                    && (after_link
                        || after_digit
                        || digit
                        || upper
                        || super::names::first_name(word)
                        || !(then_lower || then_digit));
                if !ok {
                    break;
                }
            }
            after_link = false;
            after_digit = digit;
            end = next;
            pos = next;
        }
        if !named {
            continue;
        }
        if let Some(p) = POSTCODE.find(&text[end..]) {
            end += p.end();
        }
        out.push(Found::new(start, end, Kind::Address));
    }
}

static STREET_WORD_START: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)(?-u:\b){STREET_TYPES}\b")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        assert!(iban_valid(b"FR1420041010050500013M02606"));
        assert!(!iban_valid(b"FR1420041010050500013M02607"));
        assert!(iban_valid(b"DE89370400440532013000"));
        assert!(nir_valid("269054958815780"));
        assert!(!nir_valid("269054958815781"));
        assert!(nir_valid("2690549588157"));
        assert!(luhn_valid(b"4970101234567899") || !luhn_valid(b"4970101234567890"));
        assert!(luhn_valid(b"4111111111111111"));
        assert!(!luhn_valid(b"4111111111111112"));
    }
}
