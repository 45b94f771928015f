//! Embedded, versioned schema migrations (refinery), applied under an advisory lock.

use crate::error::{AppError, Result};
use chrono::{DateTime, Utc};

refinery::embed_migrations!("migrations");

pub const HISTORY_TABLE: &str = "rgpdctl_schema_history";

pub fn runner() -> refinery::Runner {
    let mut r = migrations::runner().set_grouped(true);
    r.set_migration_table_name(HISTORY_TABLE);
    r
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct MigrationState {
    pub version: i64,
    pub name: String,
    pub applied_on: Option<DateTime<Utc>>,
}

/// Applies what is pending; returns the versions applied now.
pub async fn migrate(client: &mut tokio_postgres::Client) -> Result<Vec<MigrationState>> {
    let report = runner().run_async(client).await.map_err(refinery_error)?;
    Ok(report
        .applied_migrations()
        .iter()
        .map(|m| MigrationState {
            version: m.version() as i64,
            name: m.name().to_string(),
            applied_on: None,
        })
        .collect())
}

/// Every embedded migration with its application time, if applied.
pub async fn status(client: &mut tokio_postgres::Client) -> Result<Vec<MigrationState>> {
    let exists: bool = client
        .query_one("SELECT to_regclass($1) IS NOT NULL", &[&HISTORY_TABLE])
        .await?
        .get(0);
    let applied = if exists {
        runner()
            .get_applied_migrations_async(client)
            .await
            .map_err(refinery_error)?
    } else {
        Vec::new()
    };
    Ok(runner()
        .get_migrations()
        .iter()
        .map(|m| {
            let done = applied.iter().find(|a| a.version() == m.version());
            MigrationState {
                version: m.version() as i64,
                name: m.name().to_string(),
                applied_on: done.and_then(|a| a.applied_on()).map(|t| {
                    DateTime::<Utc>::from_timestamp(t.unix_timestamp(), t.nanosecond())
                        .unwrap_or_default()
                }),
            }
        })
        .collect())
}

fn refinery_error(e: refinery::Error) -> AppError {
    AppError::failure(format!("migration failed: {e}")).hint("nothing of the failed migration was applied; fix the cause and re-run `rgpdctl db migrate`")
}

/// How far the journal's own schema is: the job runner needs `audit_log.run_id` and
/// `job_progress` (V8). `db migrate` is the one job that may run before they exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Journal {
    /// No `audit_log` yet (an empty database).
    Missing,
    /// `audit_log` without the runner's columns and tables (before V8).
    WithoutRuns,
    /// What the runner needs is there.
    Ready,
}

pub async fn journal(client: &tokio_postgres::Client) -> Result<Journal> {
    let row = client
        .query_one(
            "SELECT to_regclass('audit_log') IS NOT NULL,
                    EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('audit_log')
                              AND attname = 'run_id' AND NOT attisdropped)
                    AND to_regclass('job_progress') IS NOT NULL",
            &[],
        )
        .await?;
    Ok(match (row.get(0), row.get(1)) {
        (false, _) => Journal::Missing,
        (true, false) => Journal::WithoutRuns,
        (true, true) => Journal::Ready,
    })
}
