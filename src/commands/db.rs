//! `db migrate` and `db status`.

use crate::db::{ensure_month_partitions, migrate as m, PARTITIONED_TABLES};
use crate::error::Result;
use crate::output::Records;
use crate::Ctx;
use chrono::{Datelike, Months, NaiveDate};
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
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub months_ahead: u32,
}

#[derive(Debug, Args)]
pub struct StatusArgs {}

pub async fn migrate(ctx: &Ctx, args: &MigrateArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let job = crate::job::Job::start(
        ctx,
        &db,
        "db migrate",
        false,
        json!({"months_ahead": args.months_ahead}),
    )
    .await?;
    let applied = m::migrate(&mut db).await?;
    // The months around "now" get their partitions, so that today's logs never land in default.
    let today = ctx.now().date_naive();
    let this_month =
        NaiveDate::from_ymd_opt(today.year(), today.month(), 1).expect("first of month");
    let from = this_month - Months::new(1);
    let to = this_month + Months::new(args.months_ahead);
    let mut created = 0;
    for t in PARTITIONED_TABLES {
        created += ensure_month_partitions(&db, t, from, to).await?;
    }
    let mut counts = serde_json::Map::new();
    counts.insert("migrations_applied".into(), json!(applied.len()));
    counts.insert("partitions_created".into(), json!(created));
    if applied.is_empty() {
        ctx.printer
            .status(format!("schema up to date on {}", db.target));
    }
    for a in &applied {
        ctx.printer
            .status(format!("applied V{} {}", a.version, a.name));
    }
    job.finish(ctx, &mut db, &counts, "ok").await?;
    ctx.printer
        .summary("db migrate", false, &serde_json::Value::Object(counts))
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
