//! `enforce`: the nightly pass. Runs every retention job in a fixed order with the same clock,
//! each under its own lock and journal rows, the whole pass under the `enforce` lock (a second
//! `enforce` started meanwhile exits 75 at once); a failing job does not stop the others; the
//! outcome is the worst of the jobs (0 all fine, 75 only retryable failures, 1 otherwise).

use super::job::{self, JobReport, Spec};
use super::{accounts, logs, surveys, Env};
use crate::db::Db;
use crate::error::{AppError, ErrorKind, Result};
use serde_json::{json, Value};
use std::time::Instant;

pub const JOB: &str = "enforce";

/// The jobs, in the order they run: logs first (cheapest, most data), accounts last (the purge
/// must see the warnings sent just before).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobName {
    LogsPurge,
    SurveysAnonymise,
    AccountsWarn,
    AccountsPurge,
}

impl JobName {
    pub const ORDER: [JobName; 4] = [
        JobName::LogsPurge,
        JobName::SurveysAnonymise,
        JobName::AccountsWarn,
        JobName::AccountsPurge,
    ];
    pub fn label(self) -> &'static str {
        match self {
            JobName::LogsPurge => logs::JOB,
            JobName::SurveysAnonymise => surveys::JOB,
            JobName::AccountsWarn => accounts::WARN_JOB,
            JobName::AccountsPurge => accounts::PURGE_JOB,
        }
    }
}

/// Which jobs, dry or not. `Default`: all of them, for real.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EnforceOptions {
    pub dry_run: bool,
    /// Only these (empty: all).
    pub only: Vec<JobName>,
    /// Not these.
    pub skip: Vec<JobName>,
}

impl EnforceOptions {
    /// The jobs to run, in their order; an empty selection is a usage error.
    pub fn jobs(&self) -> Result<Vec<JobName>> {
        let jobs: Vec<JobName> = JobName::ORDER
            .into_iter()
            .filter(|j| self.only.is_empty() || self.only.contains(j))
            .filter(|j| !self.skip.contains(j))
            .collect();
        if jobs.is_empty() {
            return Err(AppError::usage("no job left to run after --only / --skip"));
        }
        Ok(jobs)
    }
}

/// One job's outcome in the pass.
#[derive(Debug)]
pub struct JobResult {
    pub job: JobName,
    pub status: &'static str,
    pub counts: Value,
    pub duration_ms: u128,
    pub error: Option<AppError>,
}

/// The pass: each job's result, and the problem (the worst of them) if any.
#[derive(Debug)]
pub struct EnforceReport {
    pub dry_run: bool,
    pub results: Vec<JobResult>,
    pub problem: Option<AppError>,
    /// The journal's head after the pass's outcome row (none for a dry run).
    pub head: Option<String>,
}

/// Runs one job with its documented default options.
async fn run_one(env: &Env, db: &mut Db, job: JobName, dry_run: bool) -> Result<JobReport> {
    match job {
        JobName::LogsPurge => {
            let opts = logs::PurgeOptions {
                dry_run,
                ..Default::default()
            };
            logs::purge(env, db, &opts).await
        }
        JobName::SurveysAnonymise => {
            let opts = surveys::AnonymiseOptions {
                dry_run,
                ..Default::default()
            };
            surveys::anonymise(env, db, &opts, None).await
        }
        JobName::AccountsWarn => {
            let opts = accounts::WarnOptions {
                dry_run,
                ..Default::default()
            };
            accounts::warn(env, db, &opts).await
        }
        JobName::AccountsPurge => {
            let opts = accounts::PurgeOptions {
                dry_run,
                ..Default::default()
            };
            accounts::purge(env, db, &opts).await
        }
    }
}

/// Runs the jobs in order on their own connection; never stops at a failure (but at a signal).
pub async fn run_jobs(env: &Env, jobs: &[JobName], dry_run: bool) -> Vec<JobResult> {
    let mut db: Option<Db> = None;
    let mut results = Vec::new();
    for &job in jobs {
        let start = Instant::now();
        if let Err(e) = env.cancel.check() {
            results.push(JobResult {
                job,
                status: "not run",
                counts: json!({}),
                duration_ms: 0,
                error: Some(e),
            });
            continue;
        }
        // A job that lost the connection must not doom the next ones: reconnect if needed.
        let conn = match db.take().filter(|d| !d.is_closed()) {
            Some(d) => Ok(d),
            None => env.db().await,
        };
        let mut conn = match conn {
            Ok(d) => d,
            Err(e) => {
                results.push(JobResult {
                    job,
                    status: status_of(&e),
                    counts: json!({}),
                    duration_ms: start.elapsed().as_millis(),
                    error: Some(e),
                });
                continue;
            }
        };
        let outcome = run_one(env, &mut conn, job, dry_run).await;
        db = Some(conn);
        let (status, counts, error) = match outcome {
            Ok(report) => {
                let status = report.problem.as_ref().map_or("ok", status_of);
                (status, Value::Object(report.counts), report.problem)
            }
            Err(e) => (status_of(&e), json!({}), Some(e)),
        };
        results.push(JobResult {
            job,
            status,
            counts,
            duration_ms: start.elapsed().as_millis(),
            error,
        });
    }
    results
}

fn status_of(e: &AppError) -> &'static str {
    match e.kind {
        ErrorKind::Temporary => "retry",
        ErrorKind::Interrupted(_) => "interrupted",
        _ => "failed",
    }
}

/// 0 when every job is fine, 75 when the only failures are retryable, 1 otherwise; a signal
/// wins over all.
pub fn worst(results: &[JobResult]) -> Option<AppError> {
    if let Some(e) = results
        .iter()
        .filter_map(|r| r.error.as_ref())
        .find(|e| matches!(e.kind, ErrorKind::Interrupted(_)))
    {
        if let ErrorKind::Interrupted(code) = e.kind {
            return Some(crate::cancel::interrupted(code));
        }
    }
    let labels = |status: &str| -> Vec<&str> {
        results
            .iter()
            .filter(|r| r.status == status)
            .map(|r| r.job.label())
            .collect()
    };
    let (failed, retry) = (labels("failed"), labels("retry"));
    if !failed.is_empty() {
        return Some(AppError::failure(format!(
            "enforce: {} failed{}",
            failed.join(", "),
            if retry.is_empty() {
                String::new()
            } else {
                format!("; {} to retry", retry.join(", "))
            }
        )));
    }
    if !retry.is_empty() {
        return Some(AppError::temporary(format!(
            "enforce: {} to retry later",
            retry.join(", ")
        )));
    }
    None
}

/// The pass under the runner: the `enforce` lock for its whole length, its own started and
/// outcome rows (counts: each job's status), each job under its own lock and rows.
pub async fn enforce(env: &Env, db: &mut Db, opts: &EnforceOptions) -> Result<EnforceReport> {
    let jobs = opts.jobs()?;
    let spec = Spec {
        name: JOB,
        dry_run: opts.dry_run,
        parameters: json!({"jobs": jobs.iter().map(|j| j.label()).collect::<Vec<_>>()}),
    };
    let mut results = Vec::new();
    let mut problem = None;
    job::run(env, db, spec, async |_run, _db, report| {
        results = run_jobs(env, &jobs, opts.dry_run).await;
        for r in &results {
            report.set(r.job.label(), r.status);
        }
        problem = worst(&results);
        match &problem {
            Some(p) if matches!(p.kind, ErrorKind::Interrupted(_)) => {
                Err(crate::cancel::interrupted(match p.kind {
                    ErrorKind::Interrupted(c) => c,
                    _ => crate::error::exit::SIGTERM,
                }))
            }
            Some(p) => {
                report.problem = Some(AppError::new(p.kind, p.message.clone()));
                Ok(())
            }
            None => Ok(()),
        }
    })
    .await
    .map(|r| EnforceReport {
        dry_run: opts.dry_run,
        results,
        problem,
        head: r.head.map(|h| h.hash),
    })
}
