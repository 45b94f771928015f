//! Column names from a CSV header: unique, non-empty, and within PostgreSQL's identifier length.
//!
//! Names are kept as written (accents, case, punctuation: they are always quoted with
//! `db::quote_ident`), except that line breaks and runs of blanks become one space.

use std::collections::HashSet;

/// PostgreSQL truncates identifiers to 63 bytes (NAMEDATALEN - 1).
const MAX_IDENT_BYTES: usize = 63;

/// The column names for `headers`, in order.
pub fn column_names(headers: &[String]) -> Vec<String> {
    // PostgreSQL's system columns cannot be redefined: a header named so gets a suffix.
    let mut used: HashSet<String> = ["tableoid", "xmin", "cmin", "xmax", "cmax", "ctid"]
        .into_iter()
        .map(String::from)
        .collect();
    let mut out = Vec::with_capacity(headers.len());
    for (i, h) in headers.iter().enumerate() {
        let clean = h
            .trim_start_matches('\u{feff}')
            .split(|c: char| c.is_whitespace() || c.is_control())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let base = if clean.is_empty() {
            format!("column_{}", i + 1)
        } else {
            truncate(&clean, MAX_IDENT_BYTES).to_string()
        };
        let mut name = base.clone();
        let mut n = 2;
        while used.contains(&name) {
            let suffix = format!("_{n}");
            name = format!(
                "{}{suffix}",
                truncate(&base, MAX_IDENT_BYTES - suffix.len())
            );
            n += 1;
        }
        used.insert(name.clone());
        out.push(name);
    }
    out
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(h: &[&str]) -> Vec<String> {
        column_names(&h.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn empty_duplicate_and_multiline_names() {
        assert_eq!(
            names(&["a", "", "a", "a_2", "Type de\ncontrôle", "  "]),
            [
                "a",
                "column_2",
                "a_2",
                "a_2_2",
                "Type de contrôle",
                "column_6"
            ]
        );
        assert_eq!(names(&["\u{feff}id"]), ["id"]);
        assert_eq!(
            names(&["ctid", "xmin", "XMIN"]),
            ["ctid_2", "xmin_2", "XMIN"]
        );
        assert_eq!(
            names(&["\"; DROP TABLE accounts; --"]),
            ["\"; DROP TABLE accounts; --"]
        );
    }

    #[test]
    fn long_names_fit_and_stay_unique() {
        let long = "é".repeat(40);
        let n = names(&[&long, &long]);
        assert!(n.iter().all(|s| s.len() <= 63), "{n:?}");
        assert_ne!(n[0], n[1]);
        assert!(n[1].ends_with("_2"));
    }
}
