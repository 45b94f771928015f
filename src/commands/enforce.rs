//! `enforce`: the command; the pass is `ops::enforce`.

use super::Ctx;
use crate::db::Db;
use crate::error::Result;
use crate::ops::enforce::{self as op, EnforceOptions, JobName, JobResult};
use crate::output::Format;
use crate::output::{summary_line, Records};
use clap::{Args, ValueEnum};
use serde_json::json;

/// `--only` / `--skip`: the jobs, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JobArg {
    LogsPurge,
    SurveysAnonymise,
    AccountsWarn,
    AccountsPurge,
}

impl From<JobArg> for JobName {
    fn from(j: JobArg) -> JobName {
        match j {
            JobArg::LogsPurge => JobName::LogsPurge,
            JobArg::SurveysAnonymise => JobName::SurveysAnonymise,
            JobArg::AccountsWarn => JobName::AccountsWarn,
            JobArg::AccountsPurge => JobName::AccountsPurge,
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
    pub only: Vec<JobArg>,
    /// Skip these jobs (comma-separated)
    #[arg(long, value_enum, value_delimiter = ',', value_name = "JOB,...")]
    pub skip: Vec<JobArg>,
}

impl EnforceArgs {
    pub fn options(&self) -> EnforceOptions {
        EnforceOptions {
            dry_run: self.dry_run,
            only: self.only.iter().map(|&j| j.into()).collect(),
            skip: self.skip.iter().map(|&j| j.into()).collect(),
        }
    }
}

pub async fn enforce(ctx: &Ctx, args: &EnforceArgs) -> Result<()> {
    let opts = args.options();
    let jobs = opts.jobs()?;
    // Fail fast (exit 75) when the database is not there at all.
    let mut db: Db = ctx.db().await?;
    if !opts.dry_run {
        if !ctx.settings.yes {
            // Show the plan first: the same jobs, dry.
            for r in &op::run_jobs(ctx, &jobs, true).await {
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
    let report = op::enforce(ctx, &mut db, &opts).await?;
    print(ctx, report.dry_run, &report.results, report.head.as_deref())?;
    match report.problem {
        Some(p) => Err(p),
        None => Ok(()),
    }
}

fn print(ctx: &Ctx, dry_run: bool, results: &[JobResult], head: Option<&str>) -> Result<()> {
    let err_text = |r: &JobResult| r.error.as_ref().map(|e| e.message.clone());
    let printed = match ctx.settings.format {
        Format::Json => ctx.printer.json(&json!({
            "dry_run": dry_run,
            "as_of": ctx.now().to_rfc3339(),
            "jobs": results.iter().map(|r| json!({
                "job": r.job.label(), "status": r.status, "counts": r.counts,
                "duration_ms": r.duration_ms as u64, "error": err_text(r),
            })).collect::<Vec<_>>(),
            "journal_head": head,
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
    };
    // The pass's own journal head, the anchor to keep (README, "Anchoring the journal").
    if let (Some(h), false) = (head, ctx.settings.format == Format::Json) {
        ctx.printer
            .status(format!("enforce: {}={h}", crate::output::JOURNAL_HEAD));
    }
    printed
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Command, FromArgMatches};

    #[test]
    fn default_options_are_the_command_lines() {
        let m = EnforceArgs::augment_args(Command::new("enforce"))
            .try_get_matches_from(["enforce"])
            .unwrap();
        assert_eq!(
            EnforceArgs::from_arg_matches(&m).unwrap().options(),
            EnforceOptions::default()
        );
    }
}
