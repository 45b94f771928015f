//! The clock model (README, "Clocks and records").
//!
//! What the journal, the register and the notifications record as "when" is the real time.
//! `--as-of` (or `RGPDCTL_AS_OF`) changes which rules are due, for `--dry-run` and read-only
//! commands; a run that writes may use it only on a database marked by
//! `db migrate --simulated-clock` (a test or demo database), whose records then carry the
//! simulated clock and whose reports, exports and mails say it is a simulation.

use super::Env;
use crate::db::{clock, Db};
use crate::error::{AppError, Result};
use crate::policy::show_time;

/// Refuses a run that writes (`what`, not a dry run) under a simulated clock on a real
/// database, before any change.
pub async fn guard_write(env: &Env, db: &Db, what: &str, dry_run: bool) -> Result<()> {
    if dry_run || !env.settings.as_of_given || clock::simulated(&**db).await? {
        return Ok(());
    }
    Err(refusal(env, what))
}

/// The refusal of `guard_write` (also for a database not migrated yet).
pub fn refusal(env: &Env, what: &str) -> AppError {
    AppError::usage(format!(
        "--as-of {} (or RGPDCTL_AS_OF) is for --dry-run and read-only commands here: `{what}` writes, and on this database its records carry the real time",
        show_time(env.now())
    ))
    .hint("drop --as-of and unset RGPDCTL_AS_OF (a cron environment must not set it) to run now; add --dry-run to see what would be due then")
    .hint("a test or demo database is one created with `rgpdctl db migrate --simulated-clock`")
}

/// Whether this database is a simulated-clock one (for the « [SIMULATION] » markers).
pub async fn simulated(db: &Db) -> Result<bool> {
    clock::simulated(&**db).await
}
