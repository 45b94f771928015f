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
}

/// The hash of a row: SHA-256 over the previous hash and the row's fields in a fixed form.
/// JSON is written with sorted keys (serde_json's default map), as read back from jsonb.
pub fn row_hash(
    prev: &str,
    at: DateTime<Utc>,
    actor: &str,
    command: &str,
    parameters: &Value,
    counts: &Value,
    outcome: &str,
) -> String {
    let mut h = Sha256::new();
    for part in [
        prev,
        &at.timestamp_micros().to_string(),
        actor,
        command,
        &parameters.to_string(),
        &counts.to_string(),
        outcome,
    ] {
        h.update(part.as_bytes());
        h.update([0x1f]);
    }
    hex::encode(h.finalize())
}

/// Appends one row. The chain is extended under a transaction-level advisory lock so that two
/// concurrent runs never fork it.
pub async fn record(
    db: &mut tokio_postgres::Client,
    at: DateTime<Utc>,
    actor: &str,
    command: &str,
    parameters: &Value,
    counts: &Value,
    outcome: &str,
) -> Result<i64> {
    let at = DateTime::<Utc>::from_timestamp_micros(at.timestamp_micros()).unwrap_or(at);
    let tx = db.transaction().await?;
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended('rgpdctl audit_log', 0))",
        &[],
    )
    .await?;
    let prev: String = tx
        .query_opt("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1", &[])
        .await?
        .map(|r| r.get(0))
        .unwrap_or_else(|| GENESIS.to_string());
    // Round-trip through jsonb's canonical form so that verification hashes the same text.
    let row = tx
        .query_one("SELECT $1::jsonb, $2::jsonb", &[parameters, counts])
        .await?;
    let (parameters, counts): (Value, Value) = (row.get(0), row.get(1));
    let hash = row_hash(&prev, at, actor, command, &parameters, &counts, outcome);
    let id: i64 = tx
        .query_one(
            "INSERT INTO audit_log (at, actor, command, parameters, counts, outcome, prev_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            &[&at, &actor, &command, &parameters, &counts, &outcome, &prev, &hash],
        )
        .await?
        .get(0);
    tx.commit().await?;
    Ok(id)
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
            r.at,
            &r.actor,
            &r.command,
            &r.parameters,
            &r.counts,
            &r.outcome,
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
