//! `logs purge`: the command; the job is `ops::logs`.

use super::Ctx;
use crate::db::Db;
use crate::error::Result;
use crate::ops::logs::{self as op, Category, PurgeOptions};
use crate::output::{Format, Records};
use crate::policy::{show_time, CalDuration};
use chrono::{DateTime, Utc};
use clap::{Args, Subcommand, ValueEnum};
use serde_json::{json, Value};

#[derive(Debug, Subcommand)]
pub enum LogsCommand {
    /// Import a connection logs export
    Import(super::import::LogsImportArgs),
    /// Delete connection logs and audience data past their retention
    Purge(PurgeArgs),
}

impl LogsCommand {
    pub async fn run(&self, ctx: &Ctx) -> Result<()> {
        match self {
            LogsCommand::Import(a) => super::import::logs(ctx, a).await,
            LogsCommand::Purge(a) => purge(ctx, a).await,
        }
    }
}

pub const JOB: &str = "logs purge";

/// `--only`: the two kinds of log data, each with its table and retention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CategoryArg {
    /// Connection logs (IP, login times, approximate geolocation, queries): `connection_logs`
    Connection,
    /// Audience measurement / cookie data: `audience_events`
    Audience,
}

impl From<CategoryArg> for Category {
    fn from(c: CategoryArg) -> Category {
        match c {
            CategoryArg::Connection => Category::Connection,
            CategoryArg::Audience => Category::Audience,
        }
    }
}

#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Show what would be deleted (same figures); change nothing, not even the audit journal
    #[arg(long)]
    pub dry_run: bool,
    /// Purge one category only (default: both)
    #[arg(long, value_enum, value_name = "CATEGORY")]
    pub only: Option<CategoryArg>,
    /// Delete rows older than this instead of the configured retention (3 months for connection
    /// logs, 13 for audience data), e.g. "6 months", "90 days", "P1Y"
    #[arg(long, value_name = "DURATION")]
    pub older_than: Option<CalDuration>,
    /// Rows per DELETE batch in the boundary and default partitions; each batch is its own
    /// transaction, so an interrupted run keeps its finished batches
    #[arg(long, value_name = "N", default_value_t = op::DEFAULT_BATCH_SIZE,
          value_parser = clap::value_parser!(i64).range(super::ranges::BATCH_SIZE))]
    pub batch_size: i64,
    /// Months of partitions to create ahead of the current one
    #[arg(long, value_name = "N", default_value_t = op::DEFAULT_MONTHS_AHEAD,
          value_parser = clap::value_parser!(u32).range(super::ranges::MONTHS_AHEAD))]
    pub months_ahead: u32,
    /// Count the rows of each partition before dropping it, instead of taking PostgreSQL's
    /// statistics (exact figures, but reads every dropped partition: slower than the drop)
    #[arg(long)]
    pub exact_counts: bool,
}

impl PurgeArgs {
    pub fn options(&self) -> PurgeOptions {
        PurgeOptions {
            dry_run: self.dry_run,
            only: self.only.map(Into::into),
            older_than: self.older_than,
            batch_size: self.batch_size,
            months_ahead: self.months_ahead,
            exact_counts: self.exact_counts,
        }
    }
}

pub async fn purge(ctx: &Ctx, args: &PurgeArgs) -> Result<()> {
    let opts = args.options();
    let mut db: Db = ctx.db().await?;
    if !opts.dry_run {
        let plan: Vec<String> = op::cutoffs(ctx, &opts)
            .into_iter()
            .map(|(c, cutoff)| format!("{} before {}", c.table(), show_time(cutoff)))
            .collect();
        ctx.printer.status(format!(
            "logs purge on {}: whole months before the cutoff are dropped, older rows of the boundary month deleted",
            db.target
        ));
        ctx.confirm(&format!("delete {}?", plan.join(" and ")))?;
    }
    let report = op::purge(ctx, &mut db, &opts).await?;
    if ctx.printer.format == Format::Table {
        ctx.printer.records(&figures(&report))?;
    }
    ctx.finish(report)
}

/// The per-category figures of a report, as a table for people.
fn figures(report: &crate::ops::job::JobReport) -> Records {
    let mut r = Records::new([
        "category",
        "cutoff",
        "partitions dropped",
        "rows deleted",
        "oldest row left",
        "bytes freed",
        "partitions created",
    ]);
    let get = |c: Category, s: &str| {
        report
            .counts
            .get(&format!("{}_{s}", c.key()))
            .cloned()
            .unwrap_or(Value::Null)
    };
    let time = |v: Value| match v
        .as_str()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
    {
        Some(t) => json!(show_time(t.with_timezone(&Utc))),
        None => json!("(none)"),
    };
    for c in Category::ALL {
        if !report.counts.contains_key(&format!("{}_cutoff", c.key())) {
            continue;
        }
        r.push(vec![
            json!(c.key()),
            time(get(c, "cutoff")),
            get(c, "partitions_dropped"),
            get(c, "rows_deleted"),
            time(get(c, "oldest_row_left")),
            json!(op::human_bytes(get(c, "bytes_freed").as_i64().unwrap_or(0))),
            get(c, "partitions_created"),
        ]);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Command, FromArgMatches};

    /// `enforce` runs the op with `PurgeOptions::default()`: it must be what `--help` says.
    #[test]
    fn default_options_are_the_command_lines() {
        let m = PurgeArgs::augment_args(Command::new("purge"))
            .try_get_matches_from(["purge"])
            .unwrap();
        assert_eq!(
            PurgeArgs::from_arg_matches(&m).unwrap().options(),
            PurgeOptions::default()
        );
    }
}
