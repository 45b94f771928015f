//! The figures of `report`: each retention rule's rows on both sides of its limit, and the
//! journal's last runs. One query per rule.

use crate::error::Result;
use chrono::{DateTime, NaiveDate, Utc};
use tokio_postgres::Client;

/// Rows within the limit, past it, the oldest one's date, and those that pass it before the
/// horizon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figures {
    pub within: i64,
    pub past: i64,
    pub oldest: Option<DateTime<Utc>>,
    pub due_next: i64,
}

fn figures(r: &tokio_postgres::Row) -> Figures {
    Figures {
        within: r.get(0),
        past: r.get(1),
        oldest: r.get(2),
        due_next: r.get(3),
    }
}

/// Accounts by last activity (`cut` now, `cut_later` at the horizon), with the restricted ones
/// (kept, Art. 18) and those past the limit already warned for their current period.
pub async fn accounts(
    db: &Client,
    cut: DateTime<Utc>,
    cut_later: DateTime<Utc>,
) -> Result<(Figures, i64, i64)> {
    let r = db
        .query_one(
            "SELECT count(*) FILTER (WHERE last_activity_at >= $1 OR restricted_at IS NOT NULL),
                    count(*) FILTER (WHERE last_activity_at < $1 AND restricted_at IS NULL),
                    min(last_activity_at),
                    count(*) FILTER (WHERE last_activity_at >= $1 AND last_activity_at < $2 AND restricted_at IS NULL),
                    count(*) FILTER (WHERE restricted_at IS NOT NULL),
                    count(*) FILTER (WHERE last_activity_at < $1 AND restricted_at IS NULL AND EXISTS
                        (SELECT 1 FROM notifications n WHERE n.account_id = accounts.id AND n.status = 'sent'
                            AND n.period_start = accounts.last_activity_at))
               FROM accounts",
            &[&cut, &cut_later],
        )
        .await?;
    Ok((figures(&r), r.get(4), r.get(5)))
}

/// A log table (`connection_logs`, `audience_events`) by `occurred_at`.
pub async fn logs(
    db: &Client,
    table: &str,
    cut: DateTime<Utc>,
    cut_later: DateTime<Utc>,
) -> Result<Figures> {
    let r = db
        .query_one(
            &format!(
                "SELECT count(*) FILTER (WHERE occurred_at >= $1), count(*) FILTER (WHERE occurred_at < $1),
                        min(occurred_at), count(*) FILTER (WHERE occurred_at >= $1 AND occurred_at < $2)
                   FROM {}",
                super::quote_ident(table)
            ),
            &[&cut, &cut_later],
        )
        .await?;
    Ok(figures(&r))
}

/// Survey responses still holding an email, by submission; with the anonymised ones kept.
pub async fn survey_emails(
    db: &Client,
    cut: DateTime<Utc>,
    cut_later: DateTime<Utc>,
) -> Result<(Figures, i64)> {
    let r = db
        .query_one(
            "SELECT count(*) FILTER (WHERE submitted_at >= $1), count(*) FILTER (WHERE submitted_at < $1),
                    min(submitted_at), count(*) FILTER (WHERE submitted_at >= $1 AND submitted_at < $2),
                    (SELECT count(*) FROM survey_responses WHERE anonymised_at IS NOT NULL)
               FROM survey_responses WHERE anonymised_at IS NULL",
            &[&cut, &cut_later],
        )
        .await?;
    Ok((figures(&r), r.get(4)))
}

/// Open rights requests by deadline (`past` = overdue); `oldest` is the oldest receipt.
pub async fn open_requests(db: &Client, today: NaiveDate, later: NaiveDate) -> Result<Figures> {
    let r = db
        .query_one(
            "SELECT count(*) FILTER (WHERE coalesce(extended_due_at, due_at) >= $1),
                    count(*) FILTER (WHERE coalesce(extended_due_at, due_at) < $1),
                    min(received_at),
                    count(*) FILTER (WHERE coalesce(extended_due_at, due_at) >= $1 AND coalesce(extended_due_at, due_at) < $2)
               FROM rights_requests WHERE status = 'open'",
            &[&today, &later],
        )
        .await?;
    Ok(figures(&r))
}

/// Bounced warnings (`failed`) of the accounts' current inactivity period (README, "Bounced
/// warnings"): `within` = waiting for the bounce lead, `past` = deletable now (the lead passed
/// since the failed attempt, `bounced_before`, and the inactivity limit passed, `cut`),
/// `oldest` = the oldest failed attempt, `due_next` = deletable before the horizon. Also: how
/// many had their address corrected since (a new warning is due, never deleted on the bounce),
/// and the ids (at most 20) of those deletable now.
pub async fn bounced(
    db: &Client,
    bounced_before: DateTime<Utc>,
    bounced_before_later: DateTime<Utc>,
    cut: DateTime<Utc>,
    cut_later: DateTime<Utc>,
) -> Result<(Figures, i64, Vec<i64>)> {
    let sql = format!(
        "WITH b AS (
           SELECT a.id, {corrected} AS corrected,
                  NOT {corrected} AND coalesce(n.failed_at <= $1, false) AND a.last_activity_at < $3 AS now_due,
                  NOT {corrected} AND coalesce(n.failed_at <= $2, false) AND a.last_activity_at < $4 AS later_due,
                  n.failed_at
             FROM notifications n
             JOIN accounts a ON a.id = n.account_id AND a.last_activity_at = n.period_start
            WHERE n.kind = 'inactivity_warning' AND n.status = 'failed' AND a.restricted_at IS NULL)
         SELECT count(*) FILTER (WHERE NOT corrected AND NOT now_due),
                count(*) FILTER (WHERE now_due),
                min(failed_at),
                count(*) FILTER (WHERE later_due AND NOT now_due),
                count(*) FILTER (WHERE corrected),
                coalesce((array_agg(id ORDER BY id) FILTER (WHERE now_due))[1:20], '{{}}')
           FROM b",
        corrected = super::accounts::ADDRESS_CORRECTED
    );
    let r = db
        .query_one(
            &sql,
            &[&bounced_before, &bounced_before_later, &cut, &cut_later],
        )
        .await?;
    Ok((figures(&r), r.get(4), r.get(5)))
}

/// A job's last runs in the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastRun {
    pub job: String,
    pub last_success: Option<DateTime<Utc>>,
    pub last_run: Option<DateTime<Utc>>,
    pub last_outcome: Option<String>,
}

/// The last runs of `jobs`, in that order (a job never run has empty fields). A run's
/// `started` row is not an outcome: a run still going counts from its end.
pub async fn last_runs(db: &Client, jobs: &[&str]) -> Result<Vec<LastRun>> {
    let rows = db
        .query(
            "SELECT command, max(at) FILTER (WHERE outcome = 'ok'), max(at), (array_agg(outcome ORDER BY id DESC))[1]
               FROM audit_log WHERE command = ANY($1) AND outcome <> 'started' GROUP BY command",
            &[&jobs],
        )
        .await?;
    Ok(jobs
        .iter()
        .map(|job| {
            let row = rows.iter().find(|r| r.get::<_, &str>(0) == *job);
            LastRun {
                job: job.to_string(),
                last_success: row.and_then(|r| r.get(1)),
                last_run: row.and_then(|r| r.get(2)),
                last_outcome: row.and_then(|r| r.get(3)),
            }
        })
        .collect())
}
