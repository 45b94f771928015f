//! `enforce`: the nightly pass. Runs every retention job in a fixed order with the same clock,
//! each under its own lock and audit row; a failing job does not stop the others; the exit code
//! is the worst of the jobs (0 all fine, 75 only retryable failures, 1 otherwise).

use crate::db::Db;
use crate::error::{AppError, ErrorKind, Result};
use crate::job::JobReport;
use crate::output::Format;
use crate::output::{summary_line, Records};
use crate::Ctx;
use clap::{Args, ValueEnum};
use serde_json::{json, Value};
use std::time::Instant;

/// The jobs, in the order they run: logs first (cheapest, most data), accounts last (the purge
/// must see the warnings sent just before).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
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
            JobName::LogsPurge => "logs purge",
            JobName::SurveysAnonymise => "surveys anonymise",
            JobName::AccountsWarn => "accounts warn",
            JobName::AccountsPurge => "accounts purge",
        }
    }
}

#[derive(Debug, Args, Default)]
pub struct EnforceArgs {
    /// Show what each job would do; change nothing, send nothing, write no audit row
    #[arg(long)]
    pub dry_run: bool,
    /// Run only these jobs (comma-separated)
    #[arg(long, value_enum, value_delimiter = ',', value_name = "JOB,...")]
    pub only: Vec<JobName>,
    /// Skip these jobs (comma-separated)
    #[arg(long, value_enum, value_delimiter = ',', value_name = "JOB,...")]
    pub skip: Vec<JobName>,
}

/// One job's outcome in the summary.
#[derive(Debug)]
pub struct JobResult {
    pub job: JobName,
    pub status: &'static str,
    pub counts: Value,
    pub duration_ms: u128,
    pub error: Option<AppError>,
}

async fn run_one(ctx: &Ctx, db: &mut Db, job: JobName, dry_run: bool) -> Result<JobReport> {
    match job {
        JobName::LogsPurge => {
            let opts = crate::ops::logs::PurgeOptions {
                dry_run,
                ..Default::default()
            };
            crate::ops::logs::purge(ctx, db, &opts).await
        }
        JobName::SurveysAnonymise => {
            let opts = crate::ops::surveys::AnonymiseOptions {
                dry_run,
                ..Default::default()
            };
            crate::ops::surveys::anonymise(ctx, db, &opts, None).await
        }
        JobName::AccountsWarn => {
            let opts = crate::ops::accounts::WarnOptions {
                dry_run,
                ..Default::default()
            };
            crate::ops::accounts::warn(ctx, db, &opts).await
        }
        JobName::AccountsPurge => {
            let opts = crate::ops::accounts::PurgeOptions {
                dry_run,
                ..Default::default()
            };
            crate::ops::accounts::purge(ctx, db, &opts).await
        }
    }
}

/// Runs the selected jobs in order; never stops at a failure.
pub async fn run_jobs(ctx: &Ctx, jobs: &[JobName], dry_run: bool) -> Vec<JobResult> {
    let mut db: Option<Db> = None;
    let mut results = Vec::new();
    for &job in jobs {
        let start = Instant::now();
        // A job that lost the connection must not doom the next ones: reconnect if needed.
        if db.as_ref().is_none_or(|d| d.is_closed()) {
            db = None;
            match ctx.db().await {
                Ok(d) => db = Some(d),
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
            }
        }
        let outcome = run_one(ctx, db.as_mut().expect("connected above"), job, dry_run).await;
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
    if e.kind == ErrorKind::Temporary {
        "retry"
    } else {
        "failed"
    }
}

/// 0 when every job is fine, 75 when the only failures are retryable, 1 otherwise.
pub fn worst(results: &[JobResult]) -> Option<AppError> {
    let failed: Vec<_> = results
        .iter()
        .filter(|r| r.status == "failed")
        .map(|r| r.job.label())
        .collect();
    let retry: Vec<_> = results
        .iter()
        .filter(|r| r.status == "retry")
        .map(|r| r.job.label())
        .collect();
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

pub async fn enforce(ctx: &Ctx, args: &EnforceArgs) -> Result<()> {
    let jobs: Vec<JobName> = JobName::ORDER
        .into_iter()
        .filter(|j| args.only.is_empty() || args.only.contains(j))
        .filter(|j| !args.skip.contains(j))
        .collect();
    if jobs.is_empty() {
        return Err(AppError::usage("no job left to run after --only / --skip"));
    }
    // Fail fast (exit 75) when the database is not there at all.
    let mut db = ctx.db().await?;
    if !args.dry_run {
        if !ctx.settings.yes {
            // Show the plan first: the same jobs, dry.
            let plan = run_jobs(ctx, &jobs, true).await;
            for r in &plan {
                ctx.printer
                    .status(summary_line(r.job.label(), true, &r.counts));
            }
        }
        ctx.confirm(&format!(
            "run {} now?",
            jobs.iter()
                .map(|j| j.label())
                .collect::<Vec<_>>()
                .join(", ")
        ))?;
    }
    let results = run_jobs(ctx, &jobs, args.dry_run).await;
    let problem = worst(&results);
    if !args.dry_run {
        let summary: serde_json::Map<String, Value> = results
            .iter()
            .map(|r| (r.job.label().to_string(), json!(r.status)))
            .collect();
        let outcome = match problem.as_ref().map(|p| p.kind) {
            None => "ok",
            Some(ErrorKind::Temporary) => "retry",
            Some(_) => "partial",
        };
        let params = json!({"jobs": jobs.iter().map(|j| j.label()).collect::<Vec<_>>()});
        if db.is_closed() {
            db = ctx.db().await?;
        }
        ctx.audit(
            &mut db,
            "enforce",
            &params,
            &Value::Object(summary),
            outcome,
        )
        .await?;
    }
    print(ctx, args.dry_run, &results)?;
    match problem {
        Some(p) => Err(p),
        None => Ok(()),
    }
}

fn print(ctx: &Ctx, dry_run: bool, results: &[JobResult]) -> Result<()> {
    let err_text = |r: &JobResult| r.error.as_ref().map(|e| e.message.clone());
    match ctx.settings.format {
        Format::Json => ctx.printer.json(&json!({
            "dry_run": dry_run,
            "as_of": ctx.now().to_rfc3339(),
            "jobs": results.iter().map(|r| json!({
                "job": r.job.label(), "status": r.status, "counts": r.counts,
                "duration_ms": r.duration_ms as u64, "error": err_text(r),
            })).collect::<Vec<_>>(),
        })),
        Format::Table if !ctx.printer.interactive() => {
            // Under cron: one line per job on stderr.
            for r in results {
                let mut line = format!(
                    "{} [{}, {} ms]",
                    summary_line(r.job.label(), dry_run, &r.counts),
                    r.status,
                    r.duration_ms
                );
                if let Some(e) = err_text(r) {
                    line.push_str(&format!(" error: {e}"));
                }
                eprintln!("{line}");
            }
            Ok(())
        }
        _ => {
            let mut rec = Records::new(["job", "status", "counts", "duration_ms", "error"]);
            for r in results {
                let counts = r
                    .counts
                    .as_object()
                    .map(|m| {
                        m.iter()
                            .map(|(k, v)| format!("{k}={}", crate::output::cell(v)))
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .unwrap_or_default();
                rec.push(vec![
                    json!(r.job.label()),
                    json!(r.status),
                    json!(counts),
                    json!(r.duration_ms as u64),
                    json!(err_text(r)),
                ]);
            }
            ctx.printer.records(&rec)
        }
    }
}
