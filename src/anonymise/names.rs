//! Names of people: after a title (« M. Garcia », « Mme Durand », « Dr Petit »), a
//! self-introduction (« je m'appelle… », « je suis Jean… »), a family or work tie (« mon fils
//! Théo », « ma collègue Inès »), in a signature at the end; a first name of the INSEE list
//! when its context says it is one (capitalised inside a sentence, or followed by a capitalised
//! surname); and the respondent's own names, matched without case or accents.

use super::{fold, Found, Kind, OwnWords};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// INSEE, Fichier des prénoms (1900–2021), Licence Ouverte 2.0: see data/SOURCES in the README.
const PRENOMS: &str = include_str!("../../data/prenoms-insee-1900-2021.txt");

/// First names that are also ordinary words or places, capitalised in running text as often as
/// not (« France », « Paris », « Noël », « Le », « Mai »): never taken as names on their own.
const ORDINARY: &[&str] = &[
    "aime",
    "aimee",
    "albi",
    "amour",
    "ange",
    "art",
    "aurore",
    "automne",
    "avril",
    "azur",
    "belle",
    "bienvenu",
    "bonne",
    "chance",
    "ciel",
    "cristal",
    "cyan",
    "de",
    "diamant",
    "divine",
    "elle",
    "esperance",
    "fidele",
    "fleur",
    "florence",
    "fortune",
    "france",
    "gloire",
    "grace",
    "harmonie",
    "honore",
    "janvier",
    "jolie",
    "justice",
    "la",
    "le",
    "liberte",
    "lilas",
    "lion",
    "loup",
    "lourdes",
    "lune",
    "ma",
    "mai",
    "mars",
    "modeste",
    "nancy",
    "neige",
    "noel",
    "ocean",
    "or",
    "ours",
    "parfait",
    "paris",
    "patience",
    "perle",
    "placide",
    "pole",
    "prosper",
    "prudence",
    "reine",
    "sa",
    "si",
    "sol",
    "soleil",
    "son",
    "tu",
    "valence",
    "victoire",
    "vivant",
    "mac",
    "lio",
    "pasteur",
    "voltaire",
    "zola",
    "jaures",
    "constance",
    "printemps",
    "princesse",
    "dauphine",
    "colombe",
    "olive",
    "prune",
    "cerise",
    "jade",
    "iris",
    "ambre",
    "merci",
    "bravo",
    "salut",
    "bonjour",
    "madame",
    "monsieur",
    "celeste",
    "desire",
    "gemma",
    "melodie",
    "saphir",
    "rubis",
    "marguerite",
    "violette",
    "capucine",
    "clemence",
    "felicite",
    "lys",
    "avent",
    "toussaint",
    "paques",
    "pentecote",
    "orange",
    "free",
    "google",
    "apple",
    "est",
    "ouest",
    "nord",
    "sud",
    "ete",
    "hiver",
    "ce",
    "ces",
    "cet",
    "mon",
    "mes",
    "ton",
    "ta",
    "tes",
    "un",
    "une",
    "les",
    "des",
    "du",
    "au",
    "aux",
    "et",
    "ou",
    "en",
    "par",
    "pour",
    "sur",
    "avec",
    "sans",
    "tres",
    "bien",
    "tout",
    "plus",
    "nous",
    "vous",
    "ils",
    "elles",
    "aude",
    "iban",
    "saint",
    "sainte",
];

/// Titles: never part of the name they introduce.
const TITLES: &[&str] = &[
    "m",
    "mm",
    "mr",
    "mme",
    "mmes",
    "mlle",
    "mlles",
    "dr",
    "pr",
    "me",
    "madame",
    "monsieur",
    "mademoiselle",
    "docteur",
    "docteure",
    "maitre",
    "professeur",
    "professeure",
];

/// Words after which a capitalised run names a place, a street or an institution, not a person
/// (« rue Victor Hugo », « lycée Pierre de Fermat », « Saint-Martin »).
const PLACE_WORDS: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "bd",
    "place",
    "quai",
    "allee",
    "allees",
    "impasse",
    "chemin",
    "route",
    "cours",
    "square",
    "pont",
    "parc",
    "jardin",
    "jardins",
    "stade",
    "gymnase",
    "salle",
    "espace",
    "centre",
    "hopital",
    "clinique",
    "lycee",
    "college",
    "ecole",
    "universite",
    "institut",
    "faculte",
    "musee",
    "mediatheque",
    "bibliotheque",
    "theatre",
    "cinema",
    "gare",
    "station",
    "arret",
    "aeroport",
    "port",
    "residence",
    "cite",
    "quartier",
    "maison",
    "piscine",
    "saint",
    "sainte",
    "st",
    "ste",
    "fondation",
    "association",
    "prix",
    "rond-point",
    "metro",
    "ligne",
    "campus",
    "esplanade",
    "promenade",
    "boulodrome",
    "complexe",
    "eglise",
    "cathedrale",
    "basilique",
    "chateau",
    "domaine",
    "halle",
    "halles",
    "marche",
    "zone",
    "za",
    "zi",
    "zac",
    "lotissement",
    "hameau",
    "collectif",
    "groupe",
    "cabinet",
    "pharmacie",
    "librairie",
    "restaurant",
    "hotel",
    "cafe",
    "bar",
    "salon",
    "avenues",
    "rues",
];

/// Words at the start of a sentence that are capitalised only because they start it.
const OPENERS: &[&str] = &[
    "merci",
    "bonjour",
    "bonsoir",
    "bravo",
    "salut",
    "cordialement",
    "bonne",
    "bon",
    "tres",
    "super",
    "encore",
    "vraiment",
    "enfin",
    "alors",
    "donc",
    "mais",
    "et",
    "ou",
    "pour",
    "avec",
    "sans",
    "chez",
    "selon",
    "grace",
    "signe",
    "pas",
    "plus",
    "oui",
    "non",
    "hello",
    "coucou",
    "attention",
    "dommage",
    "moi",
    "nous",
    "vous",
    "ici",
    "depuis",
    "comme",
    "quand",
    "si",
    "voila",
    "voici",
    "ps",
    "nb",
    "re",
    "a",
    "de",
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
];

static GAZETTEER: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let ordinary: HashSet<&str> = ORDINARY.iter().copied().collect();
    PRENOMS
        .lines()
        .map(fold)
        .filter(|n| n.chars().count() >= 3 && !ordinary.contains(n.as_str()))
        .collect()
});

fn re(p: &str) -> Regex {
    Regex::new(p).unwrap_or_else(|e| panic!("scrubber pattern: {e}"))
}

/// Titles: the next capitalised words are a name, whatever they are.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(?-u:\b)(?i:madame|monsieur|mademoiselle|docteure?|maître|maitre|professeure?|messieurs|mesdames)|(?-u:\b)(?:MM\.|M\.|Mr\.?|Mme\.?|Mmes\.?|Mlle\.?|Mlles\.?|Dr\.?|Pr\.?|Me|Mr))[ \u{a0}]+",
    )
});

/// Self-introductions and signatures introduced by a word.
static INTRO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:je m['’]appelle|je me nomme|je me prénomme|moi c['’]est|mon nom est|mon nom c['’]est|mon nom :|mon prénom est|mon prenom est|mon prénom :|nom :|prénom :|signé|signée|je suis|c['’]est)[ \u{a0}]+",
    )
});

/// Family and work ties: « mon fils Théo », « ma voisine, Mme X », « notre conseillère Julie ».
static TIE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:mon|ma|mes|notre|nos|son|sa|ses|votre|vos|leur|leurs|la|le|l['’]|une|un)[ \u{a0}]+(?:fils|fille|filles|mari|femme|épouse|epouse|époux|epoux|frère|frere|frères|sœur|soeur|sœurs|soeurs|père|pere|mère|mere|conjoint|conjointe|compagnon|compagne|collègue|collegue|collègues|voisin|voisine|voisins|ami|amie|amis|neveu|nièce|niece|petit-fils|petite-fille|petits-enfants|cousin|cousine|enfant|enfants|grand-mère|grand-mere|grand-père|grand-pere|mamie|papi|oncle|tante|filleul|filleule|beau-frère|belle-sœur|belle-soeur|gendre|belle-fille|copain|copine|conseiller|conseillère|conseillere|agent|agente|technicien|technicienne|interlocuteur|interlocutrice|stagiaire|responsable|assistante|assistant|animateur|animatrice|bibliothécaire|employé|employée|médecin|infirmière|infirmier)(?:[ \u{a0}]+(?:aîné|aînée|aine|ainee|cadet|cadette|de[ \u{a0}]+[0-9]+[ \u{a0}]+ans))?[ \u{a0}]*,?[ \u{a0}]+",
    )
});

/// Thanks and mentions of someone: a first name of the list may follow, in any case.
static THANKS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:merci(?:[ \u{a0}]+beaucoup)?[ \u{a0}]+(?:à|a)|remercie|remercier|remercions|grâce[ \u{a0}]+à|bravo[ \u{a0}]+à|demandez[ \u{a0}]+à|vu[ \u{a0}]+avec|parlé[ \u{a0}]+(?:à|avec)|merci)[ \u{a0}]+",
    )
});

/// Formulas that close a message before a signature.
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:cordialement|bien à vous|bien a vous|salutations|bien cordialement|merci d'avance|merci|à bientôt|a bientot|bonne journée|bonne soirée|amicalement|sincèrement)[ \t\u{a0}]*[,.!]?[ \t\u{a0}]*\n?[ \t\u{a0}]*$",
    )
});

/// A word of the text: letters and digits, hyphens inside (« Jean-Jaurès »).
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
}

pub(super) fn tokens(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if c == '-'
            && start.is_some()
            && iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric())
        {
        } else if let Some(s) = start.take() {
            out.push(Tok { start: s, end: i });
        }
    }
    if let Some(s) = start {
        out.push(Tok {
            start: s,
            end: text.len(),
        });
    }
    out
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit())
}

/// A capitalised word that may be a name in running text: not an acronym (« SNCF », « IBAN »),
/// not a title.
fn name_like(w: &str) -> bool {
    capitalised(w)
        && !(w.chars().count() >= 2 && w.chars().all(|c| !c.is_lowercase()))
        && !TITLES.contains(&fold(w).as_str())
}

/// A first name of the list, on its own or each part of a compound (« Jean-Marc »).
pub(super) fn first_name(w: &str) -> bool {
    let f = fold(w);
    GAZETTEER.contains(&f)
}

/// Only spaces between two positions (the words are neighbours).
fn spaced(text: &str, a: usize, b: usize) -> bool {
    a <= b && b - a <= 3 && text[a..b].chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// True when the word at `t` starts a sentence (or the text).
fn sentence_start(text: &str, t: Tok) -> bool {
    let before = text[..t.start].trim_end_matches([' ', '\t', '\u{a0}', '\u{202f}']);
    match before.chars().next_back() {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!'
                | '?'
                | '\n'
                | '\r'
                | '…'
                | ':'
                | '«'
                | '"'
                | '('
                | '-'
                | '–'
                | '—'
                | '•'
                | '*'
                | ';'
        ),
    }
}

/// The run of names starting at token `i`: the capitalised words that follow it, with the
/// particles between them (« Jean de La Fontaine »), up to `max` words; returns the index after.
fn name_run(text: &str, toks: &[Tok], i: usize, max: usize) -> usize {
    let mut j = i + 1;
    let mut taken = 1;
    while j < toks.len() && taken < max {
        let w = &text[toks[j].start..toks[j].end];
        let glued = spaced(text, toks[j - 1].end, toks[j].start);
        if !glued {
            break;
        }
        if capitalised(w) && !PLACE_WORDS.contains(&fold(w).as_str()) {
            j += 1;
            taken += 1;
            continue;
        }
        // A particle followed by a capitalised word.
        if matches!(
            w,
            "de" | "du" | "des" | "van" | "von" | "da" | "di" | "ben" | "el"
        ) && j + 1 < toks.len()
            && spaced(text, toks[j].end, toks[j + 1].start)
            && capitalised(&text[toks[j + 1].start..toks[j + 1].end])
        {
            j += 2;
            taken += 1;
            continue;
        }
        break;
    }
    j
}

/// The index of the first token starting at or after byte `pos`.
fn token_at(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.start < pos)
}

pub(super) fn names(text: &str, own: &OwnWords, out: &mut Vec<Found>) {
    let has_upper = text.chars().any(char::is_uppercase);
    if !has_upper && own.is_empty() {
        return;
    }
    let toks = tokens(text);
    if toks.is_empty() {
        return;
    }
    let mut is_name = vec![false; toks.len()];
    let mark = |from: usize, to: usize, is_name: &mut Vec<bool>| {
        for n in is_name.iter_mut().take(to).skip(from) {
            *n = true;
        }
    };
    if has_upper {
        // After a title: any capitalised words (an initial too: « M. J. Martin »).
        for m in TITLE.find_iter(text) {
            let mut i = token_at(&toks, m.end());
            if i >= toks.len() || toks[i].start != m.end() {
                continue;
            }
            let w = &text[toks[i].start..toks[i].end];
            if w.chars().count() == 1 && text[toks[i].end..].starts_with('.') && i + 1 < toks.len()
            {
                mark(i, i + 1, &mut is_name);
                i += 1;
            }
            let w = &text[toks[i].start..toks[i].end];
            if capitalised(w) && !OPENERS.contains(&fold(w).as_str()) {
                let j = name_run(text, &toks, i, 3);
                mark(i, j, &mut is_name);
            }
        }
        for m in TIE.find_iter(text) {
            let i = token_at(&toks, m.end());
            if i >= toks.len() || toks[i].start != m.end() {
                continue;
            }
            let w = &text[toks[i].start..toks[i].end];
            // « mon fils Théo », and « mon fils théo » for a first name of the list.
            if (capitalised(w) || first_name(w)) && !PLACE_WORDS.contains(&fold(w).as_str()) {
                let mut j = name_run(text, &toks, i, 3);
                mark(i, j, &mut is_name);
                // « mes enfants Léa et Hugo »
                while j + 1 < toks.len()
                    && &text[toks[j].start..toks[j].end] == "et"
                    && capitalised(&text[toks[j + 1].start..toks[j + 1].end])
                {
                    let k = name_run(text, &toks, j + 1, 3);
                    mark(j + 1, k, &mut is_name);
                    j = k;
                }
            }
        }
    }
    // « merci à aurélie », « grâce à Théo »: a first name of the list, whatever its case.
    for m in THANKS.find_iter(text) {
        let i = token_at(&toks, m.end());
        if i < toks.len() && toks[i].start == m.end() {
            let w = &text[toks[i].start..toks[i].end];
            if first_name(w) {
                let j = name_run(text, &toks, i, 3);
                mark(i, j, &mut is_name);
            }
        }
    }
    for m in INTRO.find_iter(text) {
        let i = token_at(&toks, m.end());
        if i >= toks.len() || toks[i].start != m.end() {
            continue;
        }
        let w = &text[toks[i].start..toks[i].end];
        let intro = m.as_str().to_lowercase();
        let weak = intro.starts_with("je suis") || intro.starts_with('c');
        let ok = if weak {
            // « je suis Jean Dupont », not « je suis Toulousain ».
            capitalised(w) && first_name(w)
        } else {
            (capitalised(w) || first_name(w)) && !OPENERS.contains(&fold(w).as_str())
        };
        if ok {
            let j = name_run(text, &toks, i, 3);
            mark(i, j, &mut is_name);
        }
    }
    if has_upper {
        signature(text, &toks, &mut is_name);
        // First names of the list in running text.
        let mut i = 0;
        while i < toks.len() {
            let w = &text[toks[i].start..toks[i].end];
            if !name_like(w) || is_name[i] {
                i += 1;
                continue;
            }
            // A run of capitalised words; one after a place word is a place.
            let mut j = i + 1;
            while j < toks.len()
                && spaced(text, toks[j - 1].end, toks[j].start)
                && (name_like(&text[toks[j].start..toks[j].end])
                    || (first_name(&text[toks[j - 1].start..toks[j - 1].end])
                        && capitalised(&text[toks[j].start..toks[j].end])
                        && !TITLES.contains(&fold(&text[toks[j].start..toks[j].end]).as_str())))
            {
                j += 1;
            }
            let after_place = i > 0 && text[toks[i - 1].end..toks[i].start].trim().is_empty() && {
                let prev = fold(&text[toks[i - 1].start..toks[i - 1].end]);
                // « la Rose des vents », « le Lion d'or »: an article makes it a thing.
                PLACE_WORDS.contains(&prev.as_str())
                    || matches!(
                        prev.as_str(),
                        "la" | "le"
                            | "les"
                            | "un"
                            | "une"
                            | "des"
                            | "du"
                            | "au"
                            | "aux"
                            | "ce"
                            | "cette"
                            | "ces"
                    )
            };
            if after_place {
                i = j;
                continue;
            }
            let mut s = i;
            let start = sentence_start(text, toks[i]);
            if start && !first_name(w) {
                s += 1;
            }
            // Cut the run at a place word (« Jean Moulin » in « Lycée Jean Moulin » is gone
            // already; « Marie Centre » is not a name).
            let mut e = s;
            while e < j && !PLACE_WORDS.contains(&fold(&text[toks[e].start..toks[e].end]).as_str())
            {
                e += 1;
            }
            if s < e {
                let any_first = (s..e).any(|k| first_name(&text[toks[k].start..toks[k].end]));
                let run_start = s == i && start;
                if any_first && (!run_start || e - s >= 2) {
                    // A first name at the start of a sentence followed by an opener-like word
                    // (« Claire Interface ») still needs a capitalised surname: kept as is.
                    mark(s, e.min(s + 4), &mut is_name);
                }
            }
            i = j;
        }
    }
    own_names(text, &toks, own, &mut is_name);
    // A surname or first name found by its context is removed everywhere it is capitalised.
    let found: HashSet<String> = toks
        .iter()
        .zip(&is_name)
        .filter(|(_, n)| **n)
        .map(|(t, _)| fold(&text[t.start..t.end]))
        .filter(|f| f.chars().count() >= 3 && !ORDINARY.contains(&f.as_str()))
        .collect();
    if !found.is_empty() {
        for (k, t) in toks.iter().enumerate() {
            let w = &text[t.start..t.end];
            if !is_name[k] && capitalised(w) && found.contains(&fold(w)) {
                is_name[k] = true;
            }
        }
    }
    for (k, t) in toks.iter().enumerate() {
        // A marker already in the text (« [nom] ») is not a name.
        if is_name[k] && !(text[..t.start].ends_with('[') && text[t.end..].starts_with(']')) {
            out.push(Found::new(t.start, t.end, Kind::Name));
        }
    }
}

/// A signature at the very end: one to three capitalised words (or « J. Martin ») after a
/// closing formula, a line break or a dash, or starting with a first name of the list.
fn signature(text: &str, toks: &[Tok], is_name: &mut [bool]) {
    let tail = text.trim_end_matches(|c: char| c.is_whitespace() || c == '.' || c == '!');
    let n = toks.len();
    // The last words, capitalised, glued together.
    let mut i = n;
    while i > 0 && n - i < 3 {
        let t = toks[i - 1];
        if t.end > tail.len() || !tail[t.end..].trim().is_empty() && i == n {
            break;
        }
        let w = &text[t.start..t.end];
        if !capitalised(w) {
            break;
        }
        if i < n && !spaced(text, t.end, toks[i].start) {
            // « J. Martin »: an initial and its dot.
            let between = &text[t.end..toks[i].start];
            if !(w.chars().count() == 1 && between.trim() == ".") {
                break;
            }
        }
        i -= 1;
    }
    if i == n || tail.is_empty() || toks[n - 1].end < tail.len() {
        return;
    }
    let first = &text[toks[i].start..toks[i].end];
    let before = &text[..toks[i].start];
    let trimmed = before.trim_end_matches([' ', '\t', '\u{a0}']);
    let newline = trimmed.ends_with('\n') || trimmed.ends_with(['-', '–', '—']);
    let closing = CLOSING.is_match(trimmed.trim_end_matches(','))
        || trimmed.ends_with(',') && CLOSING.is_match(trimmed);
    let sentence = before.trim_end().is_empty()
        || before
            .trim_end()
            .ends_with(['.', '!', '?', ',', '\n', '-', '–', '—']);
    if !sentence {
        return;
    }
    let initial = first.chars().count() == 1;
    let words: Vec<String> = (i..n)
        .map(|k| fold(&text[toks[k].start..toks[k].end]))
        .collect();
    if words
        .iter()
        .any(|w| OPENERS.contains(&w.as_str()) || ORDINARY.contains(&w.as_str()))
    {
        return;
    }
    let signed = closing
        || newline
        || initial
        || (first_name(first) && (n - i >= 2 || before.trim_end().ends_with([',', '-', '–', '—'])));
    if signed && !before.trim().is_empty() {
        for n in &mut is_name[i..n] {
            *n = true;
        }
    }
}

/// The respondent's own names: an account's names and pseudonym wherever they appear; a word of
/// the email address only where it looks like a name (capitalised, next to another of their
/// names, or holding a digit), never an ordinary word (« association », « mairie »).
fn own_names(text: &str, toks: &[Tok], own: &OwnWords, is_name: &mut [bool]) {
    if own.is_empty() {
        return;
    }
    #[derive(Clone, Copy, PartialEq)]
    enum Hit {
        No,
        Strong,
        Weak,
    }
    let hits: Vec<Hit> = toks
        .iter()
        .map(|t| {
            let f = fold(&text[t.start..t.end]);
            let parts = || f.split('-').filter(|p| p.chars().count() >= 3);
            if own.strong.contains(&f) || parts().any(|p| own.strong.contains(p)) {
                Hit::Strong
            } else if own.weak.contains(&f) || parts().any(|p| own.weak.contains(p)) {
                Hit::Weak
            } else {
                Hit::No
            }
        })
        .collect();
    for (k, h) in hits.iter().enumerate() {
        let w = &text[toks[k].start..toks[k].end];
        let ok = match h {
            Hit::No => false,
            Hit::Strong => true,
            Hit::Weak => {
                let near = |j: usize| {
                    hits[j] != Hit::No && spaced(text, toks[j.min(k)].end, toks[j.max(k)].start)
                };
                capitalised(w)
                    || w.chars().any(|c| c.is_ascii_digit())
                    || (k > 0 && near(k - 1))
                    || (k + 1 < toks.len() && near(k + 1))
            }
        };
        if ok {
            is_name[k] = true;
        }
    }
}
