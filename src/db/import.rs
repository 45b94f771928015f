//! The SQL of the platform imports (`platform_import`): the staging table the file is
//! copied into, and the set-based statements that merge it into the platform tables, all run
//! inside the import's transaction.

use crate::error::Result;
use chrono::{DateTime, NaiveDate, Utc};
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::Type;
use tokio_postgres::Transaction;

/// The staging table of each kind of export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Accounts,
    Logs,
    Surveys,
}

/// Creates the staging table (dropped at commit) and opens the binary COPY into it; the rows
/// are `(line, ...the columns)` in the order of the table.
pub async fn open_stage(tx: &Transaction<'_>, stage: Stage) -> Result<BinaryCopyInWriter> {
    let (stage_sql, types): (&str, Vec<Type>) = match stage {
        Stage::Accounts => (
            "CREATE TEMP TABLE rgpd_stage (line bigint, pseudonym text, email text, first_name text, last_name text,
                 role text, created_at timestamptz, last_activity_at timestamptz) ON COMMIT DROP",
            vec![Type::INT8, Type::TEXT, Type::TEXT, Type::TEXT, Type::TEXT, Type::TEXT, Type::TIMESTAMPTZ, Type::TIMESTAMPTZ],
        ),
        Stage::Logs => (
            "CREATE TEMP TABLE rgpd_stage (line bigint, pseudonym text, occurred_at timestamptz, ip inet, geo text,
                 request text, user_agent text) ON COMMIT DROP",
            vec![Type::INT8, Type::TEXT, Type::TIMESTAMPTZ, Type::INET, Type::TEXT, Type::TEXT, Type::TEXT],
        ),
        Stage::Surveys => (
            "CREATE TEMP TABLE rgpd_stage (line bigint, email text, submitted_at timestamptz, consent_at timestamptz,
                 answers jsonb) ON COMMIT DROP",
            vec![Type::INT8, Type::TEXT, Type::TIMESTAMPTZ, Type::TIMESTAMPTZ, Type::JSONB],
        ),
    };
    tx.batch_execute(stage_sql).await?;
    let sink = tx
        .copy_in("COPY rgpd_stage FROM STDIN (FORMAT binary)")
        .await?;
    Ok(BinaryCopyInWriter::new(sink, &types))
}

/// The first staged account (line, pseudonym) whose pseudonym belongs to another account.
pub async fn pseudonym_of_another(tx: &Transaction<'_>) -> Result<Option<(i64, String)>> {
    let r = tx
        .query_opt(
            "SELECT s.line, s.pseudonym FROM rgpd_stage s JOIN accounts a ON a.pseudonym = s.pseudonym
              WHERE lower(a.email) <> lower(s.email) ORDER BY s.line LIMIT 1",
            &[],
        )
        .await?;
    Ok(r.map(|r| (r.get(0), r.get(1))))
}

/// Unstages the people erased since the export (Art. 17) who show no activity after the
/// erasure; how many.
pub async fn unstage_erased_accounts(tx: &Transaction<'_>) -> Result<i64> {
    Ok(tx
        .execute(
            "DELETE FROM rgpd_stage s
              WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE lower(a.email) = lower(s.email))
                AND EXISTS (SELECT 1 FROM rights_requests r
                             WHERE r.\"right\" = 'erasure' AND r.status = 'fulfilled'
                               AND lower(r.subject_email) = lower(s.email)
                               AND coalesce(s.last_activity_at, s.created_at, '-infinity') <= coalesce(r.closed_at, r.received_at))",
            &[],
        )
        .await? as i64)
}

/// Staged accounts that are restricted (Art. 18): left as they are.
pub async fn count_restricted_accounts(tx: &Transaction<'_>) -> Result<i64> {
    Ok(tx
        .query_one(
            "SELECT count(*) FROM rgpd_stage s JOIN accounts a ON lower(a.email) = lower(s.email) WHERE a.restricted_at IS NOT NULL",
            &[],
        )
        .await?
        .get(0))
}

/// Updates the existing accounts from the staged ones (see `platform_import`); how many changed.
pub async fn update_accounts(tx: &Transaction<'_>) -> Result<i64> {
    Ok(tx
        .execute(
            "UPDATE accounts a SET
                    pseudonym = s.pseudonym, email = s.email,
                    first_name = coalesce(s.first_name, a.first_name), last_name = coalesce(s.last_name, a.last_name),
                    role = coalesce(s.role, a.role),
                    created_at = least(a.created_at, s.created_at),
                    last_activity_at = greatest(a.last_activity_at, s.last_activity_at)
               FROM rgpd_stage s
              WHERE lower(a.email) = lower(s.email) AND a.restricted_at IS NULL
                AND (a.pseudonym, a.email, a.first_name, a.last_name, a.role, a.created_at, a.last_activity_at)
                    IS DISTINCT FROM
                    (s.pseudonym, s.email, coalesce(s.first_name, a.first_name), coalesce(s.last_name, a.last_name),
                     coalesce(s.role, a.role), least(a.created_at, s.created_at), greatest(a.last_activity_at, s.last_activity_at))",
            &[],
        )
        .await? as i64)
}

/// Inserts the staged accounts that do not exist yet; how many.
pub async fn insert_accounts(tx: &Transaction<'_>, now: DateTime<Utc>) -> Result<i64> {
    Ok(tx
        .execute(
            "INSERT INTO accounts (pseudonym, email, first_name, last_name, role, created_at, last_activity_at)
             SELECT pseudonym, email, first_name, last_name, coalesce(role, 'user'), coalesce(created_at, $1),
                    coalesce(last_activity_at, created_at, $1)
               FROM rgpd_stage s
              WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE lower(a.email) = lower(s.email))",
            &[&now],
        )
        .await? as i64)
}

/// The first staged log line (line, pseudonym) whose pseudonym is no account's.
pub async fn unknown_pseudonym(tx: &Transaction<'_>) -> Result<Option<(i64, String)>> {
    let r = tx
        .query_opt(
            "SELECT s.line, s.pseudonym FROM rgpd_stage s LEFT JOIN accounts a ON a.pseudonym = s.pseudonym
              WHERE s.pseudonym IS NOT NULL AND a.id IS NULL ORDER BY s.line LIMIT 1",
            &[],
        )
        .await?;
    Ok(r.map(|r| (r.get(0), r.get(1))))
}

/// The first and last day of the staged log lines (none when the file is empty).
pub async fn staged_log_days(
    tx: &Transaction<'_>,
) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let r = tx
        .query_one(
            "SELECT min(occurred_at)::date, max(occurred_at)::date FROM rgpd_stage",
            &[],
        )
        .await?;
    Ok((r.get(0), r.get(1)))
}

/// Whether stored connection logs fall within the staged lines' time range.
pub async fn stored_logs_overlap(tx: &Transaction<'_>) -> Result<bool> {
    Ok(tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM connection_logs WHERE occurred_at BETWEEN (SELECT min(occurred_at) FROM rgpd_stage)
                                                                     AND (SELECT max(occurred_at) FROM rgpd_stage))",
            &[],
        )
        .await?
        .get(0))
}

/// Inserts the staged log lines, without those already stored when `dedup` (an index probe per
/// line); how many.
pub async fn insert_logs(tx: &Transaction<'_>, dedup: bool) -> Result<u64> {
    let dedup = if dedup {
        "WHERE NOT EXISTS (SELECT 1 FROM connection_logs c
                            WHERE c.occurred_at = s.occurred_at AND c.account_id IS NOT DISTINCT FROM a.id
                              AND c.ip IS NOT DISTINCT FROM s.ip AND c.request IS NOT DISTINCT FROM s.request)"
    } else {
        ""
    };
    Ok(tx
        .execute(
            &format!(
                "INSERT INTO connection_logs (account_id, occurred_at, ip, geo, request, user_agent)
                 SELECT a.id, s.occurred_at, s.ip, s.geo, s.request, s.user_agent
                   FROM rgpd_stage s LEFT JOIN accounts a ON a.pseudonym = s.pseudonym {dedup}"
            ),
            &[],
        )
        .await?)
}

/// Moves the last activity of the accounts of the staged lines forward; how many.
pub async fn raise_activity(tx: &Transaction<'_>) -> Result<u64> {
    Ok(tx
        .execute(
            "UPDATE accounts a SET last_activity_at = m.latest
               FROM (SELECT a2.id, max(s.occurred_at) AS latest FROM rgpd_stage s JOIN accounts a2 ON a2.pseudonym = s.pseudonym
                      GROUP BY a2.id) m
              WHERE a.id = m.id AND a.last_activity_at < m.latest",
            &[],
        )
        .await?)
}

/// The survey's id, the survey created if new.
pub async fn survey_id(tx: &Transaction<'_>, slug: &str, now: DateTime<Utc>) -> Result<i64> {
    Ok(tx
        .query_one(
            "WITH ins AS (INSERT INTO surveys (slug, title, created_at) VALUES ($1, $1, $2) ON CONFLICT (slug) DO NOTHING RETURNING id)
             SELECT id FROM ins UNION ALL SELECT id FROM surveys WHERE slug = $1 LIMIT 1",
            &[&slug, &now],
        )
        .await?
        .get(0))
}

/// Unstages the responses submitted before `cutoff`; how many.
pub async fn unstage_responses_before(tx: &Transaction<'_>, cutoff: DateTime<Utc>) -> Result<i64> {
    Ok(tx
        .execute("DELETE FROM rgpd_stage WHERE submitted_at < $1", &[&cutoff])
        .await? as i64)
}

/// Unstages the responses given before the person withdrew consent or had their data erased;
/// how many.
pub async fn unstage_withdrawn_responses(tx: &Transaction<'_>) -> Result<i64> {
    Ok(tx
        .execute(
            "DELETE FROM rgpd_stage s WHERE s.email IS NOT NULL AND EXISTS
               (SELECT 1 FROM rights_requests r
                 WHERE r.\"right\" IN ('withdrawal', 'erasure') AND r.status = 'fulfilled'
                   AND lower(r.subject_email) = lower(s.email)
                   AND s.submitted_at <= coalesce(r.closed_at, r.received_at))",
            &[],
        )
        .await? as i64)
}

/// Inserts the staged responses not stored yet; how many.
pub async fn insert_responses(tx: &Transaction<'_>, survey_id: i64) -> Result<i64> {
    Ok(tx
        .execute(
            "INSERT INTO survey_responses (survey_id, email, consent_at, submitted_at, answers)
             SELECT $1, s.email, s.consent_at, s.submitted_at, s.answers FROM rgpd_stage s
              WHERE NOT EXISTS (SELECT 1 FROM survey_responses r
                                 WHERE r.survey_id = $1 AND r.submitted_at = s.submitted_at
                                   AND lower(r.email) IS NOT DISTINCT FROM lower(s.email) AND r.answers = s.answers)",
            &[&survey_id],
        )
        .await? as i64)
}

/// A staged response past the retention, with what identifies its respondent (the account of
/// its email, if any): it is imported anonymised (issue 15).
pub struct StagedExpired {
    pub line: i64,
    pub answers: serde_json::Value,
    pub own: crate::anonymise::OwnWords,
}

/// The staged responses submitted before `cutoff`.
pub async fn staged_expired(
    tx: &Transaction<'_>,
    cutoff: DateTime<Utc>,
) -> Result<Vec<StagedExpired>> {
    let rows = tx
        .query(
            "SELECT s.line, s.answers, s.email, a.pseudonym, a.first_name, a.last_name
               FROM rgpd_stage s
               LEFT JOIN accounts a ON s.email IS NOT NULL AND lower(a.email) = lower(s.email)
              WHERE s.submitted_at < $1",
            &[&cutoff],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|r| StagedExpired {
            line: r.get(0),
            answers: r.get(1),
            own: crate::anonymise::own_words([r.get(2), r.get(3), r.get(4), r.get(5)]),
        })
        .collect())
}

/// Inserts the staged responses submitted before `cutoff` in their anonymised form, as
/// `surveys anonymise` writes it: no email, no consent time, the submission cut to its month
/// (Paris), the scrubbed answers (`lines`/`answers`: those that changed), `anonymised_at`, ids
/// drawn in random order. A response already stored (identifiable, or anonymised with the same
/// month and answers) is not stored again. Unstages them all; returns (staged, inserted).
pub async fn insert_expired_anonymised(
    tx: &Transaction<'_>,
    survey_id: i64,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
    lines: &[i64],
    answers: &[serde_json::Value],
) -> Result<(i64, i64)> {
    let inserted: i64 = tx
        .query_one(
            "WITH u AS (SELECT * FROM unnest($4::bigint[], $5::jsonb[]) AS u (line, answers)),
                  src AS (SELECT s.email, s.submitted_at, s.answers AS original,
                                 coalesce(u.answers, s.answers) AS answers,
                                 date_trunc('month', s.submitted_at, 'Europe/Paris') AS month
                            FROM rgpd_stage s LEFT JOIN u ON u.line = s.line
                           WHERE s.submitted_at < $2),
                  ins AS (INSERT INTO survey_responses (survey_id, email, consent_at, submitted_at, answers, anonymised_at)
                          SELECT $1, NULL, NULL, src.month, src.answers, $3 FROM src
                           WHERE NOT EXISTS (SELECT 1 FROM survey_responses r
                                              WHERE r.survey_id = $1 AND r.submitted_at = src.submitted_at
                                                AND lower(r.email) IS NOT DISTINCT FROM lower(src.email)
                                                AND r.answers = src.original)
                             AND NOT EXISTS (SELECT 1 FROM survey_responses r
                                              WHERE r.survey_id = $1 AND r.anonymised_at IS NOT NULL
                                                AND r.email IS NULL AND r.submitted_at = src.month
                                                AND r.answers = src.answers)
                           ORDER BY random()
                          RETURNING 1)
             SELECT count(*) FROM ins",
            &[&survey_id, &cutoff, &now, &lines, &answers],
        )
        .await?
        .get(0);
    let staged = unstage_responses_before(tx, cutoff).await?;
    Ok((staged, inserted))
}
