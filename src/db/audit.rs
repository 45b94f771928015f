//! The audit journal: one append-only row per run, chained by SHA-256 hashes, never personal data.

use crate::error::Result;
use chrono::{DateTime, Utc};
use serde_json::Value;
use sha2::{Digest, Sha256};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, serde::Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub command: String,
    pub parameters: Value,
    pub counts: Value,
    pub outcome: String,
    pub prev_hash: String,
    pub hash: String,
    /// On an outcome (or `abandoned`) row, the id of its run's `started` row; none on the started
    /// row itself (its own id is the run's), on one-shot commands and on older rows.
    pub run_id: Option<i64>,
}

/// One row to append: what the runner or a one-shot command writes.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub at: DateTime<Utc>,
    pub actor: &'a str,
    pub command: &'a str,
    pub parameters: &'a Value,
    pub counts: &'a Value,
    pub outcome: &'a str,
    pub run_id: Option<i64>,
}

/// The hash of a row: SHA-256 over the previous hash and the row's fields in a fixed form.
/// JSON is written with sorted keys (serde_json's default map), as read back from jsonb. The
/// run id is hashed only when present, so rows written before it existed keep their hashes.
pub fn row_hash(prev: &str, e: &Entry) -> String {
    let mut h = Sha256::new();
    for part in [
        prev,
        &e.at.timestamp_micros().to_string(),
        e.actor,
        e.command,
        &e.parameters.to_string(),
        &e.counts.to_string(),
        e.outcome,
    ] {
        h.update(part.as_bytes());
        h.update([0x1f]);
    }
    if let Some(id) = e.run_id {
        h.update(id.to_string().as_bytes());
        h.update([0x1f]);
    }
    hex::encode(h.finalize())
}

/// Appends one row. The chain is extended under a transaction-level advisory lock so that two
/// concurrent runs never fork it.
pub async fn record(db: &mut tokio_postgres::Client, entry: &Entry<'_>) -> Result<i64> {
    Ok(record_row(db, entry).await?.id)
}

/// What a row appended to the journal is: its id, its time and its hash (the new head).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Head {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub hash: String,
}

/// Appends one row and returns the new head of the chain.
///
/// The clock model: outside a simulated-clock database the row is stamped with the real time,
/// taken under the journal's lock (whatever `entry.at` says: a record never carries another
/// time), and a row dated before the previous one is refused (the system clock went back).
pub async fn record_row(db: &mut tokio_postgres::Client, entry: &Entry<'_>) -> Result<Head> {
    let tx = db.transaction().await?;
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended('rgpdctl audit_log', 0))",
        &[],
    )
    .await?;
    let simulated = crate::db::clock::simulated(&tx).await?;
    let at = if simulated { entry.at } else { Utc::now() };
    let at = DateTime::<Utc>::from_timestamp_micros(at.timestamp_micros()).unwrap_or(at);
    let last = tx
        .query_opt(
            "SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1",
            &[],
        )
        .await?;
    let prev: String = last
        .as_ref()
        .map(|r| r.get(1))
        .unwrap_or_else(|| GENESIS.to_string());
    if let Some(r) = &last {
        let (last_id, last_at): (i64, DateTime<Utc>) = (r.get(0), r.get(2));
        if !simulated && at < last_at {
            return Err(crate::error::AppError::failure(format!(
                "the journal's last row (#{last_id}) is dated {}, after the real time now ({}): journal times never go back",
                crate::policy::show_time(last_at),
                crate::policy::show_time(at)
            ))
            .hint("the system clock went back (check NTP with `timedatectl`); nothing of this record was written"));
        }
    }
    // Round-trip through jsonb's canonical form so that verification hashes the same text.
    let row = tx
        .query_one(
            "SELECT $1::jsonb, $2::jsonb",
            &[entry.parameters, entry.counts],
        )
        .await?;
    let (parameters, counts): (Value, Value) = (row.get(0), row.get(1));
    let canonical = Entry {
        at,
        parameters: &parameters,
        counts: &counts,
        ..entry.clone()
    };
    let hash = row_hash(&prev, &canonical);
    let fields: [&(dyn tokio_postgres::types::ToSql + Sync); 9] = [
        &at,
        &entry.actor,
        &entry.command,
        &parameters,
        &counts,
        &entry.outcome,
        &prev,
        &hash,
        &entry.run_id,
    ];
    // A row without a run names no `run_id` column: `db migrate` journals a failed upgrade of
    // a journal that does not have it yet (before V8).
    let id: i64 = match entry.run_id {
        Some(_) => tx.query_one(
            "INSERT INTO audit_log (at, actor, command, parameters, counts, outcome, prev_hash, hash, run_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            &fields,
        ),
        None => tx.query_one(
            "INSERT INTO audit_log (at, actor, command, parameters, counts, outcome, prev_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            &fields[..8],
        ),
    }
    .await?
    .get(0);
    tx.commit().await?;
    Ok(Head { id, at, hash })
}

/// The last row of the journal (its head), if any.
pub async fn head(db: &tokio_postgres::Client) -> Result<Option<Head>> {
    Ok(db
        .query_opt(
            "SELECT id, at, hash FROM audit_log ORDER BY id DESC LIMIT 1",
            &[],
        )
        .await?
        .map(|r| Head {
            id: r.get(0),
            at: r.get(1),
            hash: r.get(2),
        }))
}

pub fn from_row(r: &tokio_postgres::Row) -> AuditRow {
    AuditRow {
        id: r.get("id"),
        at: r.get("at"),
        actor: r.get("actor"),
        command: r.get("command"),
        parameters: r.get("parameters"),
        counts: r.get("counts"),
        outcome: r.get("outcome"),
        prev_hash: r.get("prev_hash"),
        hash: r.get("hash"),
        run_id: r.try_get("run_id").ok().flatten(),
    }
}

/// Where the chain breaks: the first row whose stored hash or link does not match.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Break {
    pub id: i64,
    pub reason: String,
}

pub fn verify_chain(rows: &[AuditRow]) -> Option<Break> {
    let mut prev = GENESIS.to_string();
    for r in rows {
        if r.prev_hash != prev {
            return Some(Break {
                id: r.id,
                reason: "link to the previous row broken (a row was removed or altered before it)"
                    .into(),
            });
        }
        let h = row_hash(
            &r.prev_hash,
            &Entry {
                at: r.at,
                actor: &r.actor,
                command: &r.command,
                parameters: &r.parameters,
                counts: &r.counts,
                outcome: &r.outcome,
                run_id: r.run_id,
            },
        );
        if h != r.hash {
            return Some(Break {
                id: r.id,
                reason: "row content does not match its hash (altered)".into(),
            });
        }
        prev = r.hash.clone();
    }
    None
}

/// Runs of `command` that wrote their `started` row and no outcome row: killed (SIGKILL, a
/// crash, the machine lost) before they could say how they ended. Oldest first, with the counts
/// they had committed by their last batch.
pub async fn unfinished_runs(
    db: &tokio_postgres::Client,
    command: &str,
) -> Result<Vec<(i64, DateTime<Utc>, Value)>> {
    let rows = db
        .query(
            "SELECT s.id, s.at, coalesce(p.counts, '{}'::jsonb)
               FROM audit_log s LEFT JOIN job_progress p ON p.run_id = s.id
              WHERE s.command = $1 AND s.outcome = 'started'
                AND NOT EXISTS (SELECT 1 FROM audit_log e WHERE e.run_id = s.id AND e.id <> s.id)
              ORDER BY s.id",
            &[&command],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect())
}

/// Saves what a run has committed so far (replaced at each call).
pub async fn save_progress(
    db: &tokio_postgres::Client,
    run_id: i64,
    command: &str,
    counts: &Value,
    at: DateTime<Utc>,
) -> Result<()> {
    db.execute(
        "INSERT INTO job_progress (run_id, command, counts, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (run_id) DO UPDATE SET counts = EXCLUDED.counts, updated_at = EXCLUDED.updated_at",
        &[&run_id, &command, counts, &at],
    )
    .await?;
    Ok(())
}

/// Forgets a run's progress once its outcome row holds the counts.
pub async fn clear_progress(db: &tokio_postgres::Client, run_id: i64) -> Result<()> {
    db.execute("DELETE FROM job_progress WHERE run_id = $1", &[&run_id])
        .await?;
    Ok(())
}

/// The journal rows, optionally since a time and for one command, in order.
pub async fn list(
    db: &tokio_postgres::Client,
    since: Option<DateTime<Utc>>,
    command: Option<&str>,
) -> Result<Vec<AuditRow>> {
    let rows = db
        .query(
            "SELECT * FROM audit_log WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::text IS NULL OR command = $2) ORDER BY id",
            &[&since, &command],
        )
        .await?;
    Ok(rows.iter().map(from_row).collect())
}
