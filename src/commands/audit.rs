//! `audit list | verify`: the journal of runs and its hash chain.

use crate::db::audit::{from_row, verify_chain};
use crate::error::{AppError, Result};
use crate::output::Records;
use crate::policy::{parse_time, show_time};
use crate::Ctx;
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

pub async fn list(ctx: &Ctx, args: &ListArgs) -> Result<()> {
    let since = match &args.since {
        Some(s) => {
            Some(parse_time(s).ok_or_else(|| AppError::usage(format!("invalid --since `{s}`")))?)
        }
        None => None,
    };
    let db = ctx.db().await?;
    let rows = db
        .query(
            "SELECT * FROM audit_log WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::text IS NULL OR command = $2) ORDER BY id",
            &[&since, &args.job],
        )
        .await?;
    let mut r = Records::new([
        "id",
        "at",
        "actor",
        "command",
        "parameters",
        "counts",
        "outcome",
    ]);
    for row in rows.iter().map(from_row) {
        r.push(vec![
            json!(row.id),
            json!(show_time(row.at)),
            json!(row.actor),
            json!(row.command),
            row.parameters,
            row.counts,
            json!(row.outcome),
        ]);
    }
    ctx.printer.records(&r)?;
    ctx.printer.status(format!("{} runs", r.len()));
    Ok(())
}

pub async fn verify(ctx: &Ctx, _args: &VerifyArgs) -> Result<()> {
    let db = ctx.db().await?;
    let rows: Vec<_> = db
        .query("SELECT * FROM audit_log ORDER BY id", &[])
        .await?
        .iter()
        .map(from_row)
        .collect();
    match verify_chain(&rows) {
        None => {
            ctx.printer.summary(
                "audit verify",
                false,
                &json!({"rows": rows.len(), "broken_at": null}),
            )?;
            Ok(())
        }
        Some(b) => {
            if ctx.settings.format == crate::output::Format::Json {
                ctx.printer.json(&json!({"job": "audit verify", "dry_run": false, "counts": {"rows": rows.len(), "broken_at": b.id}}))?;
            }
            Err(AppError::failure(format!("audit chain broken at row {}: {}", b.id, b.reason))
                .hint("someone with database superuser rights altered or removed journal rows; keep a copy and investigate"))
        }
    }
}
