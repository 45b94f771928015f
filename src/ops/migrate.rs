//! `db migrate`: the pending schema migrations, then the log partitions around today.
//!
//! Under the job runner like every job, once the journal has what the runner needs (V8). On a
//! database older than that (or empty) the runner's tables come with the migrations themselves:
//! the run then takes the lock, migrates, and writes its one outcome row afterwards — `failed`
//! too, as long as the journal exists.

use super::job::{self, JobReport, Spec};
use super::Env;
use crate::db::audit::{self, Entry};
use crate::db::clock;
use crate::db::lock::JobLock;
use crate::db::migrate::{self as m, Journal, MigrationState};
use crate::db::{ensure_month_partitions, Db, PARTITIONED_TABLES};
use crate::error::{AppError, Result};
use chrono::{Datelike, Months};
use serde_json::{json, Value};

pub const JOB: &str = "db migrate";

pub const DEFAULT_MONTHS_AHEAD: u32 = 3;

/// The options of `db migrate`; `Default` is the documented default (the command line's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrateOptions {
    /// Months of log partitions to create ahead of the current one.
    pub months_ahead: u32,
    /// Mark the database as a test/demo one, whose runs may use a simulated clock (only on an
    /// empty database or one already marked).
    pub simulated_clock: bool,
}

impl Default for MigrateOptions {
    fn default() -> Self {
        MigrateOptions {
            months_ahead: DEFAULT_MONTHS_AHEAD,
            simulated_clock: false,
        }
    }
}

/// What a migration run did: the job's counts, and the migrations applied now (in order).
#[derive(Debug)]
pub struct MigrateReport {
    pub report: JobReport,
    pub applied: Vec<MigrationState>,
    /// The database is (now) a simulated-clock one.
    pub simulated: bool,
}

pub async fn migrate(env: &Env, db: &mut Db, opts: &MigrateOptions) -> Result<MigrateReport> {
    let spec = Spec {
        name: JOB,
        dry_run: false,
        parameters: if opts.simulated_clock {
            json!({"months_ahead": opts.months_ahead, "simulated_clock": true})
        } else {
            json!({"months_ahead": opts.months_ahead})
        },
    };
    let was_simulated = clock::simulated(&**db).await?;
    // Marking it now: only a database without real runs (the journal empty) may be marked.
    let marking = opts.simulated_clock && !was_simulated;
    if marking {
        let rows = clock::journal_rows(&**db).await?;
        if rows > 0 {
            return Err(AppError::usage(format!(
                "--simulated-clock refused: this database holds real runs ({rows} journal rows); its records must keep the real time"
            ))
            .hint("a test or demo database is marked when it is created: `rgpdctl db migrate --simulated-clock` on an empty database"));
        }
    }
    let mut applied = Vec::new();
    let report = if m::journal(db).await? == Journal::Ready && !marking {
        job::run(env, db, spec, async |run, db, report| {
            work(env, db, opts, report, &mut applied).await?;
            run.checkpoint(db, report).await
        })
        .await?
    } else {
        bootstrap(env, db, &spec, opts, &mut applied).await?
    };
    Ok(MigrateReport {
        report,
        applied,
        simulated: was_simulated || opts.simulated_clock,
    })
}

/// The migrations, then the partitions of the months around "now", so that today's logs never
/// land in the default partition.
async fn work(
    env: &Env,
    db: &mut Db,
    opts: &MigrateOptions,
    report: &mut JobReport,
    applied: &mut Vec<MigrationState>,
) -> Result<()> {
    *applied = m::migrate(db).await?;
    report.set("migrations_applied", applied.len());
    env.cancel.check()?;
    let today = env.now().date_naive();
    let this_month = today
        .with_day(1)
        .ok_or_else(|| AppError::internal(format!("{today} has no first day")))?;
    let from = this_month - Months::new(1);
    let to = this_month + Months::new(opts.months_ahead);
    let mut created = 0;
    for t in PARTITIONED_TABLES {
        created += ensure_month_partitions(db, t, from, to).await?;
    }
    report.set("partitions_created", created);
    Ok(())
}

/// A database without the runner's journal (empty, or before V8): the lock, the work, and one
/// outcome row at the end (best effort after a failure: the journal may not exist).
async fn bootstrap(
    env: &Env,
    db: &mut Db,
    spec: &Spec,
    opts: &MigrateOptions,
    applied: &mut Vec<MigrationState>,
) -> Result<JobReport> {
    if !opts.simulated_clock {
        super::clock::guard_write(env, db, JOB, false).await?;
    }
    super::job::refuse_future_clock(env, spec)?;
    let lock = JobLock::acquire(db, JOB).await?;
    let mut report = JobReport::new(JOB, false);
    let mut result = work(env, db, opts, &mut report, applied).await;
    if result.is_ok() && opts.simulated_clock {
        // Before the journal's first row, so that it is stamped with the simulated clock.
        result = clock::mark_simulated(&**db, env.now()).await;
    }
    let outcome = match &result {
        Ok(()) => report.outcome(),
        Err(e) if matches!(e.kind, crate::error::ErrorKind::Temporary) => "failed: temporary",
        Err(e) if matches!(e.kind, crate::error::ErrorKind::Interrupted(_)) => "interrupted",
        Err(_) => "failed",
    };
    let counts = Value::Object(report.counts.clone());
    let parameters = super::job::with_deviation(env, &spec.parameters);
    let written = match m::journal(db).await {
        Ok(Journal::Missing) => Err(AppError::failure("the journal does not exist yet")),
        Ok(_) => audit::record_row(
            db,
            &Entry {
                at: env.now(),
                actor: &env.settings.actor,
                command: JOB,
                parameters: &parameters,
                counts: &counts,
                outcome,
                run_id: None,
            },
        )
        .await
        .map(|head| {
            super::job::append_head_file(env, &head);
            report.set(crate::output::JOURNAL_HEAD, head.hash);
        }),
        Err(e) => Err(e),
    };
    if !db.is_closed() {
        let _ = lock.release(db).await;
    }
    match (result, written) {
        (Err(e), Err(w)) => {
            env.events.warn(&format!(
                "this failed run is not in the journal: {}",
                w.with_causes()
            ));
            Err(e)
        }
        (Err(e), Ok(())) => Err(e),
        (Ok(()), Err(w)) => Err(w),
        (Ok(()), Ok(())) => Ok(report),
    }
}
