//! The SQL of the survey jobs: due responses, the k-anonymity count, batches of responses to
//! anonymise and the set-based statement that writes them back, withdrawals, the listing.

use crate::anonymise::{self, FreeText};
use crate::error::{AppError, Result};
use crate::settings::SurveyConfig;
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use tokio_postgres::GenericClient;

/// A survey the job works on, with its configuration.
#[derive(Debug, Clone)]
pub struct Survey {
    pub id: i64,
    pub slug: String,
    pub config: SurveyConfig,
}

impl Survey {
    pub fn free_text(&self) -> FreeText {
        FreeText {
            columns: self.config.free_text.clone(),
            quasi_identifiers: self.config.quasi_identifiers.clone(),
        }
    }
}

/// The surveys of the database (one, with `slug`), each with its configuration (empty when the
/// config file has none for it). An unknown slug is a usage error.
pub async fn surveys(
    db: &impl GenericClient,
    slug: Option<&str>,
    config: &BTreeMap<String, SurveyConfig>,
) -> Result<Vec<Survey>> {
    let rows = db
        .query(
            "SELECT id, slug FROM surveys WHERE $1::text IS NULL OR slug = $1 ORDER BY slug",
            &[&slug],
        )
        .await?;
    if let (Some(s), true) = (slug, rows.is_empty()) {
        return Err(AppError::usage(format!("unknown survey `{s}`"))
            .hint("`rgpdctl surveys list` shows the surveys and their slugs"));
    }
    Ok(rows
        .iter()
        .map(|r| {
            let slug: String = r.get(1);
            Survey {
                id: r.get(0),
                config: config.get(&slug).cloned().unwrap_or_default(),
                slug,
            }
        })
        .collect())
}

/// How many responses of a survey are due (submitted before the cutoff, not anonymised), and
/// the submission dates they span.
#[derive(Debug, Clone, Default)]
pub struct Due {
    pub count: i64,
    pub oldest: Option<DateTime<Utc>>,
    pub newest: Option<DateTime<Utc>>,
}

/// Responses of a person whose account is restricted (Art. 18) are left as they are by the
/// retention job, like everything else of theirs; `r` is the response's alias.
pub const NOT_RESTRICTED: &str = "NOT EXISTS (SELECT 1 FROM accounts x
    WHERE x.restricted_at IS NOT NULL AND r.email IS NOT NULL AND lower(x.email) = lower(r.email))";

/// Due responses of restricted accounts, which the job skips.
pub async fn restricted_due(
    db: &impl GenericClient,
    survey_ids: &[i64],
    cutoff: DateTime<Utc>,
) -> Result<i64> {
    Ok(db
        .query_one(
            &format!(
                "SELECT count(*) FROM survey_responses r
                  WHERE r.survey_id = ANY($1) AND r.anonymised_at IS NULL AND r.submitted_at < $2 AND NOT {NOT_RESTRICTED}"
            ),
            &[&survey_ids, &cutoff],
        )
        .await?
        .get(0))
}

pub async fn due(
    db: &impl GenericClient,
    survey_id: i64,
    cutoff: DateTime<Utc>,
    max_id: i64,
) -> Result<Due> {
    let r = db
        .query_one(
            &format!(
                "SELECT count(*), min(submitted_at), max(submitted_at) FROM survey_responses r
                  WHERE survey_id = $1 AND anonymised_at IS NULL AND submitted_at < $2 AND id <= $3 AND {NOT_RESTRICTED}"
            ),
            &[&survey_id, &cutoff, &max_id],
        )
        .await?;
    Ok(Due {
        count: r.get(0),
        oldest: r.get(1),
        newest: r.get(2),
    })
}

/// The highest response id now: a run works on the responses that exist when it starts.
pub async fn max_id(db: &impl GenericClient) -> Result<i64> {
    Ok(db
        .query_one(
            "SELECT coalesce(max(id), 0)::bigint FROM survey_responses",
            &[],
        )
        .await?
        .get(0))
}

/// The k-anonymity of a survey's anonymised set after the run (responses already anonymised
/// plus those due), over its quasi-identifiers: equivalence classes of equal values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KReport {
    /// Responses in the anonymised set.
    pub responses: i64,
    /// Distinct combinations of quasi-identifier values.
    pub classes: i64,
    /// Size of the smallest class (None when the set is empty).
    pub smallest: Option<i64>,
    /// Combinations with fewer than k responses (0 without a k).
    pub below_k: i64,
}

/// Counts the classes. The values are those stored now: scrubbing never touches a
/// quasi-identifier (see `FreeText::covers`), so they are the values after the run.
pub async fn k_anonymity(
    db: &impl GenericClient,
    survey: &Survey,
    cutoff: DateTime<Utc>,
    max_id: i64,
    k: Option<i64>,
) -> Result<KReport> {
    let qis = &survey.config.quasi_identifiers;
    // Only placeholders are generated here; the key names are bound as values.
    let group = if qis.is_empty() {
        String::new()
    } else {
        let keys: Vec<String> = (0..qis.len())
            .map(|i| format!("answers -> ${}", i + 5))
            .collect();
        format!("GROUP BY {}", keys.join(", "))
    };
    let sql = format!(
        "SELECT coalesce(sum(n), 0)::bigint, count(*) FILTER (WHERE n > 0), min(n) FILTER (WHERE n > 0),
                count(*) FILTER (WHERE n > 0 AND n < $4)
           FROM (SELECT count(*) AS n FROM survey_responses r
                  WHERE survey_id = $1 AND id <= $3
                    AND (anonymised_at IS NOT NULL OR (submitted_at < $2 AND {NOT_RESTRICTED}))
                  {group}) c"
    );
    let k = k.unwrap_or(0);
    let mut params: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> =
        vec![&survey.id, &cutoff, &max_id, &k];
    for q in qis {
        params.push(q);
    }
    let r = db.query_one(&sql, &params).await?;
    Ok(KReport {
        responses: r.get(0),
        classes: r.get(1),
        smallest: r.get(2),
        below_k: r.get(3),
    })
}

/// The configured quasi-identifier and free-text keys that no response of the survey has: most
/// likely a typo in the configuration, which would make the k-anonymity count meaningless.
pub async fn unknown_keys(db: &impl GenericClient, survey: &Survey) -> Result<Vec<String>> {
    let keys: Vec<&String> = survey
        .config
        .quasi_identifiers
        .iter()
        .chain(&survey.config.free_text)
        .collect();
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let rows = db
        .query(
            "SELECT k FROM unnest($2::text[]) AS k
              WHERE EXISTS (SELECT 1 FROM survey_responses WHERE survey_id = $1)
                AND NOT EXISTS (SELECT 1 FROM survey_responses WHERE survey_id = $1 AND answers ? k)",
            &[&survey.id, &keys],
        )
        .await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// One response about to be anonymised, with what identifies its respondent.
#[derive(Debug)]
pub struct Pending {
    pub id: i64,
    /// The row version read (`xmin`): the write applies only if the row is still this version.
    pub version: i64,
    pub survey_id: i64,
    pub answers: Value,
    /// The respondent's own words (email local part, pseudonym, names) to remove from free text.
    pub own: anonymise::OwnWords,
}

const PENDING_COLUMNS: &str =
    "r.id, r.survey_id, r.answers, r.email, a.pseudonym, a.first_name, a.last_name,
        r.xmin::text::bigint
   FROM survey_responses r
   LEFT JOIN accounts a ON r.email IS NOT NULL AND lower(a.email) = lower(r.email)";

fn pending(r: &tokio_postgres::Row) -> Pending {
    let (email, pseudo, first, last): (Option<&str>, Option<&str>, Option<&str>, Option<&str>) =
        (r.get(3), r.get(4), r.get(5), r.get(6));
    Pending {
        id: r.get(0),
        version: r.get(7),
        survey_id: r.get(1),
        answers: r.get(2),
        own: anonymise::own_words([email, pseudo, first, last]),
    }
}

/// The next batch of due responses after `after_id`, in id order. Not locked (that would cost a
/// write per row): each row's version is read with it, and `write_anonymised` skips a row that
/// changed in between.
pub async fn due_batch(
    db: &impl GenericClient,
    survey_ids: &[i64],
    cutoff: DateTime<Utc>,
    after_id: i64,
    max_id: i64,
    limit: i64,
) -> Result<Vec<Pending>> {
    let sql = format!(
        "SELECT {PENDING_COLUMNS}
          WHERE r.anonymised_at IS NULL AND r.submitted_at < $1 AND r.survey_id = ANY($2)
            AND r.id > $3 AND r.id <= $4 AND {NOT_RESTRICTED}
          ORDER BY r.id LIMIT $5"
    );
    let rows = db
        .query(&sql, &[&cutoff, &survey_ids, &after_id, &max_id, &limit])
        .await?;
    Ok(rows.iter().map(pending).collect())
}

/// A person's responses not yet anonymised, locked: those of the account whose email this is
/// (through its address history: an answer given under an address it held before, yes; one
/// given under this address by its previous holder, no), or, when no account has it, of the
/// person without an account known by it (matched case-insensitively).
pub async fn responses_of(
    db: &impl GenericClient,
    email: &str,
    lock: bool,
) -> Result<Vec<Pending>> {
    let sql = format!(
        "SELECT {PENDING_COLUMNS}
          WHERE r.id IN (SELECT rgpd_responses_of(
                           (SELECT id FROM accounts WHERE lower(email) = lower($1)), $1))
            AND r.anonymised_at IS NULL
          ORDER BY r.id {}",
        if lock { "FOR UPDATE OF r" } else { "" }
    );
    let rows = db.query(&sql, &[&email]).await?;
    Ok(rows.iter().map(pending).collect())
}

/// What scrubbing a set of responses gives: the answers that changed, and how many values.
pub struct Scrubbed {
    pub ids: Vec<i64>,
    pub versions: Vec<i64>,
    pub changed_ids: Vec<i64>,
    pub changed_answers: Vec<Value>,
    pub values: u64,
}

pub fn scrub(rows: &[Pending], free_text: &HashMap<i64, FreeText>) -> Scrubbed {
    let mut s = Scrubbed {
        ids: Vec::with_capacity(rows.len()),
        versions: Vec::with_capacity(rows.len()),
        changed_ids: Vec::new(),
        changed_answers: Vec::new(),
        values: 0,
    };
    let all = FreeText {
        columns: vec![],
        quasi_identifiers: vec![],
    };
    for p in rows {
        s.ids.push(p.id);
        s.versions.push(p.version);
        let ft = free_text.get(&p.survey_id).unwrap_or(&all);
        if let Some((answers, n)) = anonymise::scrub_answers(&p.answers, ft, &p.own) {
            s.changed_ids.push(p.id);
            s.changed_answers.push(answers);
            s.values += n;
        }
    }
    s
}

/// Writes the anonymised form of the responses in one statement: a fresh id (from the column's
/// sequence, drawn in random order so that it follows neither the old id nor the submission
/// order), no email, no consent time, the submission time cut to its month (Paris), the scrubbed
/// answers where they changed, `anonymised_at` and, for a withdrawal, `withdrawn_at`. A row
/// changed since it was read (another version) is left as it is: the count returned says so.
pub async fn write_anonymised(
    db: &impl GenericClient,
    s: &Scrubbed,
    anonymised_at: DateTime<Utc>,
    withdrawn_at: Option<DateTime<Utc>>,
) -> Result<u64> {
    Ok(db
        .execute(
            "UPDATE survey_responses r
                SET id = n.new_id, email = NULL, consent_at = NULL,
                    submitted_at = date_trunc('month', r.submitted_at, 'Europe/Paris'),
                    answers = coalesce(u.answers, r.answers),
                    anonymised_at = $4, withdrawn_at = coalesce($5, r.withdrawn_at)
               FROM (SELECT old_id, version,
                            nextval((SELECT pg_get_serial_sequence('survey_responses', 'id'))::regclass) AS new_id
                       FROM (SELECT old_id, version FROM unnest($1::bigint[], $6::bigint[]) AS t (old_id, version)
                              ORDER BY random()) s) n
               LEFT JOIN unnest($2::bigint[], $3::jsonb[]) AS u (id, answers) ON u.id = n.old_id
              WHERE r.id = n.old_id AND r.xmin::text::bigint = n.version AND r.anonymised_at IS NULL",
            &[
                &s.ids,
                &s.changed_ids,
                &s.changed_answers,
                &anonymised_at,
                &withdrawn_at,
                &s.versions,
            ],
        )
        .await?)
}

/// Anonymises one person's responses now, with the retention job's treatment (scrubbed
/// answers, no email or consent time, month only, fresh id); for a withdrawal, an erasure.
/// Returns how many responses and how many answer values were changed.
pub async fn anonymise_person(
    db: &impl GenericClient,
    config: &BTreeMap<String, SurveyConfig>,
    email: &str,
    anonymised_at: DateTime<Utc>,
    withdrawn_at: Option<DateTime<Utc>>,
) -> Result<(u64, u64)> {
    let rows = responses_of(db, email, true).await?;
    if rows.is_empty() {
        return Ok((0, 0));
    }
    let survey_ids: Vec<i64> = rows.iter().map(|r| r.survey_id).collect();
    let mut free_text = HashMap::new();
    for s in surveys(db, None, config).await? {
        if survey_ids.contains(&s.id) {
            free_text.insert(s.id, s.free_text());
        }
    }
    let scrubbed = scrub(&rows, &free_text);
    let n = write_anonymised(db, &scrubbed, anonymised_at, withdrawn_at).await?;
    Ok((n, scrubbed.values))
}

/// Deletes responses (a withdrawal with `--delete`).
pub async fn delete(db: &impl GenericClient, ids: &[i64]) -> Result<u64> {
    Ok(db
        .execute(
            "DELETE FROM survey_responses WHERE id = ANY($1::bigint[])",
            &[&ids],
        )
        .await?)
}

/// Whether the register already holds a fulfilled withdrawal from this email.
pub async fn withdrawal_recorded(db: &impl GenericClient, email: &str) -> Result<bool> {
    Ok(db
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM rights_requests
                             WHERE lower(subject_email) = lower($1) AND \"right\" = 'withdrawal'
                               AND status = 'fulfilled')",
            &[&email],
        )
        .await?
        .get(0))
}

/// Records the withdrawal in the register of rights requests, fulfilled at once.
pub async fn record_withdrawal(
    db: &impl GenericClient,
    email: &str,
    now: DateTime<Utc>,
    due: chrono::NaiveDate,
    note: &str,
) -> Result<i64> {
    Ok(db
        .query_one(
            "INSERT INTO rights_requests (account_id, subject_email, \"right\", received_at, due_at,
                                         status, closed_at, note)
             VALUES ((SELECT id FROM accounts WHERE lower(email) = lower($1)), $1, 'withdrawal', $2,
                     $3, 'fulfilled', $2, $4)
             RETURNING id",
            &[&email, &now, &due, &note],
        )
        .await?
        .get(0))
}

/// One line of `surveys list`.
#[derive(Debug, Clone)]
pub struct Listing {
    pub slug: String,
    pub title: Option<String>,
    pub responses: i64,
    /// Not anonymised yet.
    pub identifiable: i64,
    pub anonymised: i64,
    pub withdrawn: i64,
    /// Identifiable and submitted before the cutoff.
    pub due: i64,
    /// The oldest identifiable submission.
    pub oldest_identifiable: Option<DateTime<Utc>>,
}

/// `surveys list`: per survey, responses identifiable (not anonymised yet), anonymised,
/// withdrawn, due at the cutoff, and the oldest identifiable submission.
pub async fn listing(db: &impl GenericClient, cutoff: DateTime<Utc>) -> Result<Vec<Listing>> {
    let rows = db
        .query(
            "SELECT s.slug, s.title, count(r.id),
                    count(r.id) FILTER (WHERE r.anonymised_at IS NULL),
                    count(r.id) FILTER (WHERE r.anonymised_at IS NOT NULL),
                    count(r.id) FILTER (WHERE r.withdrawn_at IS NOT NULL),
                    count(r.id) FILTER (WHERE r.anonymised_at IS NULL AND r.submitted_at < $1),
                    min(r.submitted_at) FILTER (WHERE r.anonymised_at IS NULL)
               FROM surveys s LEFT JOIN survey_responses r ON r.survey_id = s.id
              GROUP BY s.id ORDER BY s.slug",
            &[&cutoff],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|row| Listing {
            slug: row.get(0),
            title: row.get(1),
            responses: row.get(2),
            identifiable: row.get(3),
            anonymised: row.get(4),
            withdrawn: row.get(5),
            due: row.get(6),
            oldest_identifiable: row.get(7),
        })
        .collect())
}
