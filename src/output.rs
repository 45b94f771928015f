//! The Printer: data to stdout in the chosen format; status, warnings and progress to stderr.

use crate::error::Result;
use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{Map, Value};
use std::io::{IsTerminal, Write};

/// The output format of the data on stdout (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    /// A table for people (stdout), status on stderr
    #[default]
    Table,
    /// One JSON document on stdout
    Json,
    /// CSV with a header on stdout
    Csv,
}

#[derive(Debug, Clone)]
pub struct Printer {
    pub format: Format,
    pub quiet: bool,
    pub verbose: u8,
    stderr_tty: bool,
}

/// Rows of data with named columns, printed as a table, a JSON array of objects, or CSV.
#[derive(Debug, Clone, Default)]
pub struct Records {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Records {
    pub fn new<S: Into<String>>(columns: impl IntoIterator<Item = S>) -> Self {
        Records {
            columns: columns.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }
    pub fn push(&mut self, row: Vec<Value>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }
    pub fn len(&self) -> usize {
        self.rows.len()
    }
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
    fn objects(&self) -> Vec<Value> {
        self.rows
            .iter()
            .map(|r| {
                let mut m = Map::new();
                for (c, v) in self.columns.iter().zip(r) {
                    m.insert(c.clone(), v.clone());
                }
                Value::Object(m)
            })
            .collect()
    }
}

/// A JSON value as a table or CSV cell: strings bare, null empty.
pub fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

impl Printer {
    pub fn new(format: Format, quiet: bool, verbose: u8) -> Self {
        Printer {
            format,
            quiet,
            verbose,
            stderr_tty: std::io::stderr().is_terminal(),
        }
    }

    /// True when people watch stderr: progress bars and prompts make sense.
    pub fn interactive(&self) -> bool {
        self.stderr_tty && !self.quiet
    }

    /// A status line on stderr (hidden by --quiet).
    pub fn status(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", msg.as_ref());
        }
    }

    /// Detail on stderr, shown with -v.
    pub fn detail(&self, msg: impl AsRef<str>) {
        if self.verbose > 0 && !self.quiet {
            eprintln!("{}", msg.as_ref());
        }
    }

    /// A warning on stderr (shown even with --quiet: it asks for attention).
    pub fn warn(&self, msg: impl AsRef<str>) {
        eprintln!("warning: {}", msg.as_ref());
    }

    /// Records on stdout in the chosen format.
    pub fn records(&self, r: &Records) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &Value::Array(r.objects()))?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(&r.columns)?;
                for row in &r.rows {
                    w.write_record(row.iter().map(cell))?;
                }
                w.flush()?;
            }
            Format::Table => {
                if r.rows.is_empty() {
                    return Ok(());
                }
                let mut t = Table::new();
                t.load_preset(UTF8_FULL_CONDENSED)
                    .set_content_arrangement(ContentArrangement::Dynamic);
                t.set_header(&r.columns);
                for row in &r.rows {
                    t.add_row(row.iter().map(cell));
                }
                writeln!(out, "{t}")?;
            }
        }
        Ok(())
    }

    /// Any JSON document on stdout (for `--format json` shapes that are not lists).
    pub fn json(&self, v: &Value) -> Result<()> {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, v)?;
        writeln!(out)?;
        Ok(())
    }

    /// A job's summary: `{"job", "dry_run", "counts"}` in JSON, `key,value` rows in CSV, one
    /// line on stderr and a small table on stdout otherwise.
    pub fn summary(&self, job: &str, dry_run: bool, counts: &Value) -> Result<()> {
        match self.format {
            Format::Json => {
                let mut counts = counts.clone();
                let head = counts.as_object_mut().and_then(|m| m.remove(JOURNAL_HEAD));
                let mut doc = serde_json::json!({"job": job, "dry_run": dry_run, "counts": counts});
                if let (Some(h), Some(m)) = (head, doc.as_object_mut()) {
                    m.insert(JOURNAL_HEAD.into(), h);
                }
                self.json(&doc)
            }
            Format::Csv => {
                let mut r = Records::new(["job", "dry_run", "count", "value"]);
                if let Value::Object(m) = counts {
                    for (k, v) in m {
                        r.push(vec![
                            job.into(),
                            dry_run.into(),
                            k.clone().into(),
                            v.clone(),
                        ]);
                    }
                }
                self.records(&r)
            }
            Format::Table => {
                self.status(summary_line(job, dry_run, counts));
                Ok(())
            }
        }
    }

    /// A progress bar on stderr when it is a terminal; hidden otherwise (cron, pipes).
    pub fn progress(&self, len: Option<u64>, template: &str) -> ProgressBar {
        let pb = match len {
            Some(n) => ProgressBar::new(n),
            None => ProgressBar::no_length(),
        };
        if self.interactive() {
            pb.set_draw_target(ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(template) {
                pb.set_style(style);
            }
        } else {
            pb.set_draw_target(ProgressDrawTarget::hidden());
        }
        pb
    }
}

/// The key of a run's summary that holds the journal's new head hash (not a count: printed
/// last on the summary line, beside `counts` in JSON).
pub const JOURNAL_HEAD: &str = "journal_head";

/// `logs purge (dry run): rows_deleted=12 partitions_dropped=3`
pub fn summary_line(job: &str, dry_run: bool, counts: &Value) -> String {
    let mut line = format!("{job}{}:", if dry_run { " (dry run)" } else { "" });
    if let Value::Object(m) = counts {
        for (k, v) in m.iter().filter(|(k, _)| *k != JOURNAL_HEAD) {
            line.push_str(&format!(" {k}={}", cell(v)));
        }
        if let Some(h) = m.get(JOURNAL_HEAD) {
            line.push_str(&format!(" {JOURNAL_HEAD}={}", cell(h)));
        }
    }
    line
}

/// `jean.dupont@example.org` -> `j***@e***.org`: enough for an admin to recognise, not to copy.
pub fn mask_email(email: &str) -> String {
    let Some((local, domain)) = email.rsplit_once('@') else {
        return "***".into();
    };
    let first = |s: &str| s.chars().next().map(|c| c.to_string()).unwrap_or_default();
    let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
    let tld = if tld.is_empty() {
        String::new()
    } else {
        format!(".{tld}")
    };
    format!("{}***@{}***{}", first(local), first(host), tld)
}

/// Whether `s` looks like an email address: one `@` with something before it, a dot inside the
/// domain (not at its ends), no space or control character, at most 254 bytes. The check that
/// imports, `requests add --email` and `surveys withdraw --email` share.
pub fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    s.len() <= 254
        && !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_emails() {
        assert_eq!(mask_email("jean.dupont@example.org"), "j***@e***.org");
        assert_eq!(mask_email("Élodie@laregion.fr"), "É***@l***.fr");
        assert_eq!(mask_email("nobody"), "***");
        assert_eq!(mask_email("a@localhost"), "a***@l***");
    }

    #[test]
    fn summary_lines_are_one_line() {
        let l = summary_line(
            "logs purge",
            true,
            &serde_json::json!({"rows_deleted": 3, "oldest": null}),
        );
        assert_eq!(l, "logs purge (dry run): oldest= rows_deleted=3");
    }
}
