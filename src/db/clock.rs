//! The clock mode of a database (`clock_mode`, V10): real (the default) or simulated (a test or
//! demo database, marked by `db migrate --simulated-clock`).

use crate::error::Result;
use chrono::{DateTime, Utc};
use tokio_postgres::GenericClient;

/// Whether the database is marked as a simulated-clock (test/demo) database. A database
/// without the table (before V10, or empty) is a real one.
pub async fn simulated(c: &impl GenericClient) -> Result<bool> {
    let has: bool = c
        .query_one("SELECT to_regclass('clock_mode') IS NOT NULL", &[])
        .await?
        .get(0);
    if !has {
        return Ok(false);
    }
    Ok(c.query_one(
        "SELECT EXISTS (SELECT 1 FROM clock_mode WHERE simulated)",
        &[],
    )
    .await?
    .get(0))
}

/// How many rows the journal holds (0 without a journal).
pub async fn journal_rows(c: &impl GenericClient) -> Result<i64> {
    let has: bool = c
        .query_one("SELECT to_regclass('audit_log') IS NOT NULL", &[])
        .await?
        .get(0);
    if !has {
        return Ok(0);
    }
    Ok(c.query_one("SELECT count(*) FROM audit_log", &[])
        .await?
        .get(0))
}

/// Marks the database as a simulated-clock one (idempotent; the mark cannot be removed).
pub async fn mark_simulated(c: &impl GenericClient, at: DateTime<Utc>) -> Result<()> {
    c.execute(
        "INSERT INTO clock_mode (simulated, marked_at) VALUES (true, $1) ON CONFLICT DO NOTHING",
        &[&at],
    )
    .await?;
    Ok(())
}
