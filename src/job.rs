//! LEGACY, being replaced by `ops::job::run` (one lifecycle); removed once no command uses it.
//! What every retention job shares: its lock, its audit row, its summary.
//!
//! A job runs as `Job::start` (takes the job lock unless dry run) -> work -> `Job::finish`
//! (writes the audit row unless dry run, releases the lock). `enforce` runs the same jobs.

use crate::db::{lock::JobLock, Db};
use crate::error::{AppError, ErrorKind, Result};
use crate::Ctx;
use serde_json::{Map, Value};

pub use crate::ops::job::JobReport;

pub struct Job {
    pub name: &'static str,
    pub dry_run: bool,
    parameters: Value,
    lock: Option<JobLock>,
}

impl Job {
    /// Takes the job lock (not for a dry run, which writes nothing). `parameters` must hold no
    /// personal data: it goes to the audit journal.
    pub async fn start(
        ctx: &Ctx,
        db: &Db,
        name: &'static str,
        dry_run: bool,
        parameters: Value,
    ) -> Result<Job> {
        // A clock in the future would delete data before the notice's time, and stamp the
        // journal with a date that has not come: planning ahead is what --dry-run is for.
        let real_now = chrono::Utc::now();
        if !dry_run
            && ctx.settings.as_of_given
            && !ctx.settings.allow_future
            && ctx.now() > real_now + chrono::Duration::hours(1)
        {
            return Err(AppError::usage(format!(
                "--as-of {} is in the future: `{name}` would act before its time",
                crate::policy::show_time(ctx.now())
            ))
            .hint("add --dry-run to see what will be due then; --allow-future (RGPDCTL_ALLOW_FUTURE) for a test database"));
        }
        let lock = if dry_run {
            None
        } else {
            Some(JobLock::acquire(db, name).await?)
        };
        Ok(Job {
            name,
            dry_run,
            parameters,
            lock,
        })
    }

    /// Writes the audit row (outcome `ok`, `partial`, `retry` or `failed: ...`) and releases the lock.
    pub async fn finish(
        mut self,
        ctx: &Ctx,
        db: &mut Db,
        counts: &Map<String, Value>,
        outcome: &str,
    ) -> Result<()> {
        if !self.dry_run {
            ctx.audit(
                db,
                self.name,
                &self.parameters,
                &Value::Object(counts.clone()),
                outcome,
            )
            .await?;
        }
        if let Some(l) = self.lock.take() {
            l.release(db).await?;
        }
        Ok(())
    }

    /// Runs `finish` with the report's counts and outcome, prints the summary, and turns a
    /// problem into the command's error.
    pub async fn conclude(self, ctx: &Ctx, db: &mut Db, report: JobReport) -> Result<()> {
        self.finish(ctx, db, &report.counts, report.outcome())
            .await?;
        ctx.printer
            .summary(report.job, report.dry_run, &Value::Object(report.counts))?;
        match report.problem {
            Some(p) => Err(p),
            None => Ok(()),
        }
    }

    /// Ends the run with the work's result: the audit row of the report's outcome, or of the
    /// failure; the result is handed back.
    pub async fn settle(
        self,
        ctx: &Ctx,
        db: &mut Db,
        result: Result<JobReport>,
    ) -> Result<JobReport> {
        match result {
            Ok(report) => {
                self.finish(ctx, db, &report.counts, report.outcome())
                    .await?;
                Ok(report)
            }
            Err(e) => {
                self.fail(ctx, db, &e).await;
                Err(e)
            }
        }
    }

    /// Records a failed run (best effort: the database may be what failed).
    pub async fn fail(self, ctx: &Ctx, db: &mut Db, err: &AppError) {
        // The message may quote a value from the input: only the kind goes to the journal.
        let outcome = match err.kind {
            ErrorKind::Temporary => "failed: temporary",
            ErrorKind::Interrupted(_) => "failed: interrupted",
            _ => "failed",
        };
        let _ = self.finish(ctx, db, &Map::new(), outcome).await;
    }
}
