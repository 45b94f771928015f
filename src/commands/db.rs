//! `db migrate` and `db status`.

use super::Ctx;
use crate::db::migrate as m;
use crate::error::Result;
use crate::ops::migrate::{self as op, MigrateOptions};
use crate::output::Records;
use clap::{Args, Subcommand};
use serde_json::json;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Apply pending schema migrations (a no-op when up to date)
    Migrate(MigrateArgs),
    /// Show applied and pending migrations
    Status(StatusArgs),
}

impl DbCommand {
    pub async fn run(&self, ctx: &Ctx) -> Result<()> {
        match self {
            DbCommand::Migrate(a) => migrate(ctx, a).await,
            DbCommand::Status(a) => status(ctx, a).await,
        }
    }
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// Months of log partitions to create ahead of the current one
    #[arg(long, default_value_t = op::DEFAULT_MONTHS_AHEAD, value_name = "N",
          value_parser = clap::value_parser!(u32).range(super::ranges::MONTHS_AHEAD))]
    pub months_ahead: u32,
    /// Mark this database as a test/demo one: its runs may then write under --as-of, and its
    /// reports, exports and mails say « [SIMULATION] » (only on an empty database or one
    /// already marked; never on one holding real runs)
    #[arg(long)]
    pub simulated_clock: bool,
}

impl MigrateArgs {
    pub fn options(&self) -> MigrateOptions {
        MigrateOptions {
            months_ahead: self.months_ahead,
            simulated_clock: self.simulated_clock,
        }
    }
}

#[derive(Debug, Args)]
pub struct StatusArgs {}

pub async fn migrate(ctx: &Ctx, args: &MigrateArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let done = op::migrate(ctx, &mut db, &args.options()).await?;
    if done.applied.is_empty() {
        ctx.printer
            .status(format!("schema up to date on {}", db.target));
    }
    for a in &done.applied {
        ctx.printer
            .status(format!("applied V{} {}", a.version, a.name));
    }
    if done.simulated {
        ctx.printer.status(
            "[SIMULATION] a simulated-clock (test/demo) database: its records carry the --as-of clock",
        );
    }
    let report = done.report;
    ctx.finish(report)
}

pub async fn status(ctx: &Ctx, _args: &StatusArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let states = m::status(&mut db).await?;
    let mut r = Records::new(["version", "name", "state", "applied_on"]);
    let mut pending = 0;
    for s in &states {
        let state = if s.applied_on.is_some() {
            "applied"
        } else {
            "pending"
        };
        if s.applied_on.is_none() {
            pending += 1;
        }
        r.push(vec![
            json!(s.version),
            json!(s.name),
            json!(state),
            s.applied_on
                .map(|t| json!(crate::policy::show_time(t)))
                .unwrap_or(json!(null)),
        ]);
    }
    ctx.printer.records(&r)?;
    ctx.printer.status(format!(
        "{} migrations, {} applied, {} pending",
        states.len(),
        states.len() - pending,
        pending
    ));
    if pending > 0 {
        ctx.printer.status("hint: run `rgpdctl db migrate`");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Command, FromArgMatches};

    /// `MigrateOptions::default()` must be what `--help` says.
    #[test]
    fn default_options_are_the_command_lines() {
        let m = MigrateArgs::augment_args(Command::new("migrate"))
            .try_get_matches_from(["migrate"])
            .unwrap();
        assert_eq!(
            MigrateArgs::from_arg_matches(&m).unwrap().options(),
            MigrateOptions::default()
        );
    }
}
