//! The shape of the code (docs/ARCHITECTURE.md), checked on the sources: arrows only point
//! down, the module graph has no cycle, and SQL lives in `src/db/`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut v = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut v);
    v.sort();
    v
}

/// `src/db/accounts.rs` -> `db`; `src/lib.rs` -> `lib`.
fn top_module(path: &Path) -> String {
    let rel = path
        .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
        .unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The code of a file without its `#[cfg(test)]` module and comments (tests may reach up).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => &text[..],
    };
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The crate's top modules a file refers to (`crate::x`, `use crate::{x, y}`).
fn references(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(inner) = rest.strip_prefix('{') {
            let end = inner.find('}').unwrap_or(inner.len());
            for part in inner[..end].split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

const TOP: [&str; 3] = ["main", "lib", "cli"];
const LOWER: [&str; 13] = [
    "anonymise",
    "cancel",
    "csvin",
    "dataset",
    "db",
    "env_vars",
    "error",
    "export",
    "mail",
    "output",
    "platform_import",
    "policy",
    "settings",
];

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in sources() {
        let m = top_module(&f);
        let refs = references(&code(&f));
        g.entry(m.clone()).or_default().extend(
            refs.into_iter()
                // `crate::Ctx` is `commands::Ctx` re-exported.
                .map(|r| {
                    if r == "Ctx" {
                        "commands".to_string()
                    } else {
                        r
                    }
                })
                .filter(|r| *r != m),
        );
    }
    g
}

#[test]
fn arrows_only_point_down() {
    let g = graph();
    let mut wrong = Vec::new();
    for (m, refs) in &g {
        let forbidden: &[&str] = if TOP.contains(&m.as_str()) {
            &[]
        } else if m == "commands" {
            &["cli", "lib", "main"]
        } else if m == "ops" {
            &["cli", "commands", "lib", "main"]
        } else {
            assert!(
                LOWER.contains(&m.as_str()),
                "module `{m}` has no layer: add it to docs/ARCHITECTURE.md and to this test"
            );
            &["cli", "commands", "ops", "lib", "main"]
        };
        for r in refs {
            if forbidden.contains(&r.as_str()) {
                wrong.push(format!("{m} -> {r}"));
            }
        }
    }
    assert!(wrong.is_empty(), "arrows pointing up: {wrong:?}");
}

#[test]
fn the_module_graph_has_no_cycle() {
    let g = graph();
    fn visit(
        g: &BTreeMap<String, BTreeSet<String>>,
        m: &str,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == m) {
            let mut cycle = path[i..].to_vec();
            cycle.push(m.to_string());
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for r in g.get(m).into_iter().flatten() {
            if g.contains_key(r) {
                if let Some(c) = visit(g, r, path, done) {
                    return Some(c);
                }
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in g.keys() {
        if let Some(c) = visit(&g, m, &mut Vec::new(), &mut done) {
            panic!("import cycle: {}", c.join(" -> "));
        }
    }
}

#[test]
fn sql_lives_in_src_db() {
    let db = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("db");
    let mut found = Vec::new();
    for f in sources().into_iter().filter(|f| !f.starts_with(&db)) {
        for (n, line) in code(&f).lines().enumerate() {
            // Our SQL is written in capitals; messages are not.
            let l = line;
            for kw in [
                "\"SELECT ",
                "\"INSERT INTO",
                "\"UPDATE ",
                "\"DELETE FROM",
                "\"CREATE ",
                "\"DROP ",
                "\"ALTER ",
                "\"COPY ",
                "\"WITH ",
                "\"SET ",
                "\"BEGIN",
                "\"LOCK ",
                "\"TRUNCATE",
            ] {
                if l.contains(kw) {
                    found.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "SQL outside src/db/:\n{}",
        found.join("\n")
    );
}
