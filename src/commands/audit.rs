//! `audit list | verify`: the journal of runs and its hash chain.

use super::Ctx;
use crate::error::{AppError, Result};
use crate::ops::audit::{self as op, ListOptions};
use crate::output::{Format, Records};
use crate::policy::show_time;
use clap::{Args, Subcommand};
use serde_json::json;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List the journal of runs
    List(ListArgs),
    /// Walk the hash chain and report the first broken link
    Verify(VerifyArgs),
}

impl AuditCommand {
    pub async fn run(&self, ctx: &Ctx) -> Result<()> {
        match self {
            AuditCommand::List(a) => list(ctx, a).await,
            AuditCommand::Verify(a) => verify(ctx, a).await,
        }
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only runs at or after TIME
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only this job (command), e.g. `logs purge`
    #[arg(long, value_name = "JOB")]
    pub job: Option<String>,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {}

impl ListArgs {
    pub fn options(&self) -> Result<ListOptions> {
        let since = match &self.since {
            Some(s) => Some(super::ranges::time("--since", s)?),
            None => None,
        };
        Ok(ListOptions {
            since,
            job: self.job.clone(),
        })
    }
}

pub async fn list(ctx: &Ctx, args: &ListArgs) -> Result<()> {
    let opts = args.options()?;
    let mut db = ctx.db().await?;
    let rows = op::list(ctx, &mut db, &opts).await?;
    // `run_id`: the `started` row of the run a row belongs to (a `started` row is its run's
    // own: its id, though the stored column is empty there); empty for one-shot commands and
    // for rows older than the job runner.
    let mut r = Records::new([
        "id",
        "at",
        "actor",
        "command",
        "parameters",
        "counts",
        "outcome",
        "run_id",
    ]);
    for row in rows {
        r.push(vec![
            json!(row.id),
            json!(show_time(row.at)),
            json!(row.actor),
            json!(row.command),
            row.parameters,
            row.counts,
            json!(row.outcome),
            json!(row.run_id.or((row.outcome == "started").then_some(row.id))),
        ]);
    }
    ctx.printer.records(&r)?;
    ctx.printer.status(format!("{} rows", r.len()));
    Ok(())
}

pub async fn verify(ctx: &Ctx, _args: &VerifyArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let v = op::verify(ctx, &mut db).await?;
    let counts = json!({
        "rows": v.rows,
        "runs": v.runs,
        "unfinished_runs": v.unfinished,
        "broken_at": v.broken.as_ref().map(|b| b.id),
    });
    if !v.unfinished.is_empty() {
        ctx.printer.status(format!(
            "{} run(s) started and not ended (running now, or killed: their job's next run journals them as abandoned): {}",
            v.unfinished.len(),
            v.unfinished
                .iter()
                .map(|id| format!("#{id}"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    match v.broken {
        None => ctx.printer.summary("audit verify", false, &counts),
        Some(b) => {
            if ctx.settings.format == Format::Json {
                ctx.printer.summary("audit verify", false, &counts)?;
            }
            let run = match b.run_id {
                Some(id) if id != b.id => format!(" (`{}`, run #{id})", b.command),
                _ => format!(" (`{}`)", b.command),
            };
            Err(AppError::failure(format!("audit chain broken at row {}{run}: {}", b.id, b.reason))
                .hint("someone with database superuser rights altered or removed journal rows; keep a copy and investigate"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Command, FromArgMatches};

    /// `ListOptions::default()` (the whole journal) must be what `--help` says.
    #[test]
    fn default_options_are_the_command_lines() {
        let m = ListArgs::augment_args(Command::new("list"))
            .try_get_matches_from(["list"])
            .unwrap();
        assert_eq!(
            ListArgs::from_arg_matches(&m).unwrap().options().unwrap(),
            ListOptions::default()
        );
    }
}
