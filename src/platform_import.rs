//! Platform exports (accounts, connection logs, survey responses) into the platform tables:
//! each file is validated line by line while it streams through binary COPY into a temporary
//! staging table, then merged with one set-based statement, all in one transaction, so that a
//! bad line imports nothing.

use crate::cancel::Cancel;
use crate::csvin::CsvInput;
use crate::db::import::{self as sql, Stage};
use crate::error::{AppError, Result};
use crate::output::mask_email;
use crate::policy::parse_time;
use chrono::{DateTime, Utc};
use futures_util::pin_mut;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Rows between two looks at the cancel token (and two progress updates).
const CHUNK: i64 = 4096;

/// What kind of export a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Accounts,
    Logs,
    Surveys,
}

impl Kind {
    /// The columns a file may have; the first ones listed in `required` must be there.
    fn columns(self) -> &'static [&'static str] {
        match self {
            Kind::Accounts => &[
                "pseudonym",
                "email",
                "first_name",
                "last_name",
                "role",
                "created_at",
                "last_activity_at",
            ],
            Kind::Logs => &[
                "pseudonym",
                "occurred_at",
                "ip",
                "geo",
                "request",
                "user_agent",
            ],
            Kind::Surveys => &["email", "submitted_at", "consent_at"],
        }
    }
    fn required(self) -> &'static [&'static str] {
        match self {
            Kind::Accounts => &["pseudonym", "email"],
            Kind::Logs => &["occurred_at"],
            Kind::Surveys => &["submitted_at"],
        }
    }
    pub fn job(self) -> &'static str {
        match self {
            Kind::Accounts => "accounts import",
            Kind::Logs => "logs import",
            Kind::Surveys => "surveys import",
        }
    }
}

/// Where each known column sits in the file; for surveys, the question columns too.
struct Layout {
    at: HashMap<&'static str, usize>,
    questions: Vec<(usize, String)>,
}

fn layout(kind: Kind, input: &CsvInput) -> Result<Layout> {
    let mut at = HashMap::new();
    let mut questions = Vec::new();
    let mut unknown = Vec::new();
    for (i, h) in input.headers.iter().enumerate() {
        let norm = h.trim().to_lowercase();
        match kind.columns().iter().find(|c| **c == norm) {
            Some(c) => {
                if at.insert(*c, i).is_some() {
                    return Err(AppError::usage(format!(
                        "`{}`: column `{c}` appears twice in the header",
                        input.name
                    )));
                }
            }
            None if kind == Kind::Surveys => {
                let q = h.trim().to_string();
                if q.is_empty() {
                    return Err(AppError::usage(format!(
                        "`{}`: column {} has an empty header",
                        input.name,
                        i + 1
                    )));
                }
                questions.push((i, q));
            }
            None => unknown.push(h.clone()),
        }
    }
    if !unknown.is_empty() {
        return Err(AppError::usage(format!(
            "`{}`: unknown column{} {}",
            input.name,
            if unknown.len() > 1 { "s" } else { "" },
            unknown
                .iter()
                .map(|u| format!("`{u}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .hint(format!(
            "accepted columns: {}; nothing was imported",
            kind.columns().join(", ")
        )));
    }
    let missing: Vec<_> = kind
        .required()
        .iter()
        .filter(|c| !at.contains_key(*c))
        .collect();
    if !missing.is_empty() {
        return Err(AppError::usage(format!(
            "`{}`: missing column{} {}",
            input.name,
            if missing.len() > 1 { "s" } else { "" },
            missing
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .hint(format!(
            "the header must name at least: {}",
            kind.required().join(", ")
        )));
    }
    Ok(Layout { at, questions })
}

/// One record's fields, with line-and-column errors.
struct Fields<'a> {
    rec: &'a csv::StringRecord,
    layout: &'a Layout,
    name: &'a str,
    line: u64,
}

impl<'a> Fields<'a> {
    fn text(&self, col: &str) -> Option<&'a str> {
        self.layout
            .at
            .get(col)
            .and_then(|&i| self.rec.get(i))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
    fn err(&self, col: &str, what: String) -> AppError {
        AppError::failure(format!(
            "`{}` line {}, column `{col}`: {what}",
            self.name, self.line
        ))
    }
    fn required(&self, col: &str) -> Result<&'a str> {
        self.text(col).ok_or_else(|| {
            self.err(col, "empty value".into())
                .hint("this column is required; nothing was imported")
        })
    }
    fn time(&self, col: &str) -> Result<Option<DateTime<Utc>>> {
        match self.text(col) {
            None => Ok(None),
            Some(s) => parse_time(s).map(Some).ok_or_else(|| {
                self.err(col, format!("invalid timestamp `{s}`"))
                    .hint("use RFC 3339 (2026-01-31T10:00:00Z), `YYYY-MM-DD HH:MM:SS` (Paris time) or `YYYY-MM-DD`; nothing was imported")
            }),
        }
    }
    fn email(&self, col: &str) -> Result<Option<String>> {
        match self.text(col) {
            None => Ok(None),
            Some(s) => {
                if crate::output::looks_like_email(s) {
                    Ok(Some(s.to_string()))
                } else {
                    Err(self
                        .err(col, format!("invalid email `{}`", mask_email(s)))
                        .hint("nothing was imported"))
                }
            }
        }
    }
}

/// What the caller says about one import.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// The survey's slug (surveys only).
    pub survey: Option<&'a str>,
    /// Surveys: import responses past the retention identifiable (for `surveys anonymise`)
    /// instead of anonymised.
    pub keep_expired: bool,
    /// Surveys: which answers are free text, scrubbed when a response past the retention is
    /// imported anonymised (every string when None).
    pub free_text: Option<&'a crate::anonymise::FreeText>,
}

#[derive(Debug, Default)]
pub struct Outcome {
    pub counts: Map<String, Value>,
    pub warnings: Vec<String>,
    /// The newest activity date the file carried (accounts: `last_activity_at`, logs:
    /// `occurred_at`), recorded as the freshness of the activity data (`activity_imports`).
    pub newest_activity: Option<DateTime<Utc>>,
}

/// Imports one file inside `tx`; the caller commits (or rolls back for a dry run). Stops with
/// `Err(Interrupted)` between two chunks of rows once `cancel` is set (the caller's transaction
/// then imports nothing).
#[allow(clippy::too_many_arguments)]
pub async fn import(
    tx: &tokio_postgres::Transaction<'_>,
    kind: Kind,
    input: &mut CsvInput,
    opts: Options<'_>,
    now: DateTime<Utc>,
    progress: &indicatif::ProgressBar,
    policy: &crate::policy::Policy,
    cancel: &Cancel,
) -> Result<Outcome> {
    let layout = layout(kind, input)?;
    let stage = match kind {
        Kind::Accounts => Stage::Accounts,
        Kind::Logs => Stage::Logs,
        Kind::Surveys => Stage::Surveys,
    };
    let writer = sql::open_stage(tx, stage).await?;
    pin_mut!(writer);
    let mut seen_email: HashMap<String, u64> = HashMap::new();
    let mut seen_pseudo: HashMap<String, u64> = HashMap::new();
    let mut rows: i64 = 0;
    let mut newest: Option<DateTime<Utc>> = None;
    let name = input.name.clone();
    loop {
        let Some(rec) = input.next_record()? else {
            break;
        };
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let f = Fields {
            rec,
            layout: &layout,
            name: &name,
            line,
        };
        let line_i = line as i64;
        match kind {
            Kind::Accounts => {
                let pseudonym = f.required("pseudonym")?.to_string();
                let email = f.email("email")?.ok_or_else(|| {
                    f.err("email", "empty value".into())
                        .hint("nothing was imported")
                })?;
                if let Some(first) = seen_email.insert(email.to_lowercase(), line) {
                    return Err(f
                        .err(
                            "email",
                            format!("`{}` already appears on line {first}", mask_email(&email)),
                        )
                        .hint("an account appears once per file; nothing was imported"));
                }
                if let Some(first) = seen_pseudo.insert(pseudonym.clone(), line) {
                    return Err(f
                        .err(
                            "pseudonym",
                            format!("`{pseudonym}` already appears on line {first}"),
                        )
                        .hint("nothing was imported"));
                }
                // No role in the file: a new account is a `user`, an existing one keeps its role.
                let role = f.text("role").map(str::to_lowercase);
                if let Some(role) = role
                    .as_deref()
                    .filter(|r| !["user", "producer", "admin"].contains(r))
                {
                    return Err(f
                        .err("role", format!("invalid role `{role}`"))
                        .hint("use user, producer or admin; nothing was imported"));
                }
                let created = f.time("created_at")?;
                let last = f.time("last_activity_at")?;
                newest = newest.max(last);
                let first_name = f.text("first_name");
                let last_name = f.text("last_name");
                writer
                    .as_mut()
                    .write(&[
                        &line_i,
                        &pseudonym,
                        &email,
                        &first_name,
                        &last_name,
                        &role,
                        &created,
                        &last,
                    ])
                    .await?;
            }
            Kind::Logs => {
                let pseudonym = f.text("pseudonym");
                let occurred = f.time("occurred_at")?.ok_or_else(|| {
                    f.err("occurred_at", "empty value".into())
                        .hint("nothing was imported")
                })?;
                newest = newest.max(Some(occurred));
                let ip: Option<std::net::IpAddr> = match f.text("ip") {
                    None => None,
                    Some(s) => Some(s.parse().map_err(|_| {
                        f.err("ip", format!("invalid IP address `{s}`"))
                            .hint("nothing was imported")
                    })?),
                };
                let (geo, request, ua) = (f.text("geo"), f.text("request"), f.text("user_agent"));
                writer
                    .as_mut()
                    .write(&[&line_i, &pseudonym, &occurred, &ip, &geo, &request, &ua])
                    .await?;
            }
            Kind::Surveys => {
                let email = f.email("email")?;
                let submitted = f.time("submitted_at")?.ok_or_else(|| {
                    f.err("submitted_at", "empty value".into())
                        .hint("nothing was imported")
                })?;
                let consent = f.time("consent_at")?;
                let mut answers = Map::new();
                for (i, q) in &layout.questions {
                    if let Some(v) = rec.get(*i).map(str::trim).filter(|v| !v.is_empty()) {
                        answers.insert(q.clone(), Value::String(v.to_string()));
                    }
                }
                let answers = Value::Object(answers);
                writer
                    .as_mut()
                    .write(&[&line_i, &email, &submitted, &consent, &answers])
                    .await?;
            }
        }
        rows += 1;
        if rows % CHUNK == 0 {
            progress.set_position(input.stats.bytes());
            progress.set_message(format!("{rows} rows"));
            cancel.check()?;
        }
    }
    writer.as_mut().finish().await?;
    progress.set_position(input.stats.bytes());
    let mut out = Outcome {
        newest_activity: newest.filter(|_| kind != Kind::Surveys),
        ..Outcome::default()
    };
    out.counts.insert("rows_read".into(), rows.into());
    match kind {
        Kind::Accounts => merge_accounts(tx, now, &name, &mut out).await?,
        Kind::Logs => merge_logs(tx, &name, &mut out).await?,
        Kind::Surveys => {
            let cutoff = (!opts.keep_expired).then(|| policy.survey_email_cutoff(now));
            let slug = opts
                .survey
                .ok_or_else(|| AppError::internal("surveys import without a survey slug"))?;
            merge_surveys(tx, slug, now, cutoff, opts.free_text, &mut out).await?
        }
    }
    Ok(out)
}

async fn merge_accounts(
    tx: &tokio_postgres::Transaction<'_>,
    now: DateTime<Utc>,
    name: &str,
    out: &mut Outcome,
) -> Result<()> {
    // A pseudonym that belongs to another account (another email) is a conflict, not an update.
    if let Some((line, p)) = sql::pseudonym_of_another(tx).await? {
        return Err(AppError::failure(format!(
            "`{name}` line {line}, column `pseudonym`: `{p}` already belongs to another account"
        ))
        .hint("pseudonyms are unique; nothing was imported"));
    }
    // An old export must not bring back a person erased since (Art. 17): their rows are skipped
    // unless the export shows activity after the erasure (they registered again).
    let erased = sql::unstage_erased_accounts(tx).await?;
    if erased > 0 {
        out.warnings.push(format!(
            "{erased} account(s) erased since this export (Art. 17) were not imported again"
        ));
    }
    out.counts.insert("skipped_erased".into(), erased.into());
    let restricted = sql::count_restricted_accounts(tx).await?;
    // Upsert by email, in two statements so that the update sees the file's own values: a
    // column the file lacks (or an empty cell) never erases what the account has, activity only
    // moves forward (an older export never makes an account look more inactive, and a file
    // without activity dates never makes one look active), restricted accounts (Art. 18) are
    // left as they are.
    let updated = sql::update_accounts(tx).await?;
    let inserted = sql::insert_accounts(tx, now).await?;
    let read = out
        .counts
        .get("rows_read")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    out.counts.insert("inserted".into(), inserted.into());
    out.counts.insert("updated".into(), updated.into());
    out.counts.insert(
        "unchanged".into(),
        (read - inserted - updated - restricted - erased).into(),
    );
    out.counts
        .insert("skipped_restricted".into(), restricted.into());
    Ok(())
}

async fn merge_logs(
    tx: &tokio_postgres::Transaction<'_>,
    name: &str,
    out: &mut Outcome,
) -> Result<()> {
    if let Some((line, p)) = sql::unknown_pseudonym(tx).await? {
        return Err(AppError::failure(format!("`{name}` line {line}, column `pseudonym`: unknown account `{p}`"))
            .hint("import the accounts first, or leave the pseudonym empty for an anonymous visit; nothing was imported"));
    }
    let mut created = 0;
    if let (Some(lo), Some(hi)) = sql::staged_log_days(tx).await? {
        created = crate::db::ensure_month_partitions(
            tx.client(),
            "connection_logs",
            lo - chrono::Days::new(1),
            hi + chrono::Days::new(1),
        )
        .await?;
    }
    // The same line imported twice (a re-run, overlapping exports) is not stored twice. The
    // check costs an index probe per line, so it is only made when stored rows overlap the
    // file's time range (not for the usual "since yesterday" export).
    let overlap = sql::stored_logs_overlap(tx).await?;
    let inserted = sql::insert_logs(tx, overlap).await?;
    let touched = sql::raise_activity(tx).await?;
    let read = out
        .counts
        .get("rows_read")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    out.counts
        .insert("inserted".into(), (inserted as i64).into());
    out.counts
        .insert("duplicates_skipped".into(), (read - inserted as i64).into());
    out.counts
        .insert("accounts_activity_raised".into(), (touched as i64).into());
    out.counts
        .insert("partitions_created".into(), created.into());
    Ok(())
}

async fn merge_surveys(
    tx: &tokio_postgres::Transaction<'_>,
    slug: &str,
    now: DateTime<Utc>,
    cutoff: Option<DateTime<Utc>>,
    free_text: Option<&crate::anonymise::FreeText>,
    out: &mut Outcome,
) -> Result<()> {
    let survey_id = sql::survey_id(tx, slug, now).await?;
    // An old export must not bring back what the notice says is gone: the responses of people
    // who withdrew their consent are not stored again, and those past the retention are stored
    // only anonymised (the notice keeps them « à des fins statistiques »), as `surveys
    // anonymise` would have left them.
    // Responses given before the person withdrew consent or had their data erased.
    let withdrawn = sql::unstage_withdrawn_responses(tx).await?;
    let (past, past_inserted) = match cutoff {
        Some(cutoff) => {
            let all = crate::anonymise::FreeText {
                columns: vec![],
                quasi_identifiers: vec![],
            };
            let ft = free_text.unwrap_or(&all);
            let (mut lines, mut answers) = (Vec::new(), Vec::new());
            let mut scrubbed = 0u64;
            for r in sql::staged_expired(tx, cutoff).await? {
                if let Some((a, n)) = crate::anonymise::scrub_answers(&r.answers, ft, &r.own) {
                    lines.push(r.line);
                    answers.push(a);
                    scrubbed += n;
                }
            }
            out.counts.insert("values_scrubbed".into(), scrubbed.into());
            sql::insert_expired_anonymised(tx, survey_id, cutoff, now, &lines, &answers).await?
        }
        None => (0, 0),
    };
    let inserted = sql::insert_responses(tx, survey_id).await?;
    let read = out
        .counts
        .get("rows_read")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    out.counts.insert("inserted".into(), inserted.into());
    out.counts.insert(
        "duplicates_skipped".into(),
        (read - inserted - past_inserted - withdrawn).into(),
    );
    out.counts
        .insert("anonymised_past_retention".into(), past_inserted.into());
    out.counts
        .insert("skipped_withdrawn".into(), withdrawn.into());
    if let Some(cutoff) = cutoff.filter(|_| past > 0) {
        out.warnings.push(format!(
            "{past} response(s) submitted before {} (past the survey retention) were imported anonymised ({past_inserted} new): no email, free text scrubbed, date cut to the month",
            crate::policy::show_date(cutoff)
        ));
    }
    if withdrawn > 0 {
        out.warnings.push(format!(
            "{withdrawn} response(s) of people who withdrew their consent were not imported"
        ));
    }
    Ok(())
}
