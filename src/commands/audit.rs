//! `audit list | verify`: the journal of runs and its hash chain.

use super::Ctx;
use crate::error::{AppError, Result};
use crate::ops::audit::{self as op, ListOptions, VerifyOptions};
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
    /// Print the journal's head: the hash of its last row (an anchor to keep outside the database)
    Head(HeadArgs),
}

impl AuditCommand {
    pub async fn run(&self, ctx: &Ctx) -> Result<()> {
        match self {
            AuditCommand::List(a) => list(ctx, a).await,
            AuditCommand::Verify(a) => verify(ctx, a).await,
            AuditCommand::Head(a) => head(ctx, a).await,
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
pub struct VerifyArgs {
    /// A head hash kept outside the database (`audit head`, a run's summary, the head file):
    /// fail unless the chain reaches it (rows after it removed)
    #[arg(long, value_name = "HASH")]
    pub expect: Option<String>,
}

impl VerifyArgs {
    pub fn options(&self) -> Result<VerifyOptions> {
        let expect = match &self.expect {
            Some(s) => Some(op::parse_hash(s).ok_or_else(|| {
                AppError::usage(format!(
                    "invalid --expect `{s}`: a journal hash is 64 hexadecimal digits (0-9, a-f)"
                ))
                .hint(
                    "`rgpdctl audit head` prints one; so does every run's summary (journal_head=…)",
                )
            })?),
            None => None,
        };
        Ok(VerifyOptions { expect })
    }
}

#[derive(Debug, Args)]
pub struct HeadArgs {}

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

pub async fn verify(ctx: &Ctx, args: &VerifyArgs) -> Result<()> {
    let opts = args.options()?;
    let mut db = ctx.db().await?;
    let full = op::verify(ctx, &mut db, &opts).await?;
    let v = &full.chain;
    let mut counts = json!({
        "rows": v.rows,
        "runs": v.runs,
        "unfinished_runs": v.unfinished,
        "broken_at": v.broken.as_ref().map(|b| b.id),
        "backdated_at": full.backdated.map(|b| b.0),
        "closed_before_received": full.closed_before_received,
        "simulated_clock": full.simulated,
    });
    if let (Some(m), Some(found)) = (counts.as_object_mut(), full.expect_found) {
        m.insert("expected_head_reached".into(), json!(found));
    }
    if let (Some(m), Some(h)) = (counts.as_object_mut(), &full.head) {
        m.insert(crate::output::JOURNAL_HEAD.into(), json!(h.hash));
    }
    if !v.unfinished.is_empty() {
        ctx.printer.status(format!(
            "{} run(s) started and not ended (running now, or killed: their job's next run journals them as abandoned): {}",
            v.unfinished.len(),
            row_ids(&v.unfinished)
        ));
    }
    if full.simulated {
        ctx.printer.status("[SIMULATION] a simulated-clock (test/demo) database: its journal times are the simulation's, their order is not checked");
    }
    if full.ok() || ctx.settings.format == Format::Json {
        ctx.printer.summary("audit verify", false, &counts)?;
    }
    if let Some(b) = &v.broken {
        let run = match b.run_id {
            Some(id) if id != b.id => format!(" (`{}`, run #{id})", b.command),
            _ => format!(" (`{}`)", b.command),
        };
        return Err(AppError::failure(format!("audit chain broken at row {}{run}: {}", b.id, b.reason))
            .hint("someone with database superuser rights altered or removed journal rows; keep a copy and investigate"));
    }
    if let Some((id, prev)) = full.backdated {
        return Err(AppError::failure(format!(
            "journal row {id} is dated before row {prev}: journal times never go back (a backdated record)"
        ))
        .hint("a run wrote under a clock earlier than a previous run's (a past --as-of, or the system clock set back); keep a copy and investigate"));
    }
    if !full.closed_before_received.is_empty() {
        return Err(AppError::failure(format!(
            "{} request(s) closed before they were received: {}",
            full.closed_before_received.len(),
            row_ids(&full.closed_before_received)
        ))
        .hint("a request is closed after it is received (closed_at ≥ received_at): these were backdated; `rgpdctl requests list` shows them"));
    }
    if full.expect_found == Some(false) {
        let last = match &full.head {
            Some(h) => format!("its last row is #{} ({})", h.id, h.hash),
            None => "it is empty".to_string(),
        };
        return Err(AppError::failure(format!(
            "the journal does not reach the expected head {}: {last}",
            opts.expect.as_deref().unwrap_or_default()
        ))
        .hint("rows after that head were removed (the tail of the journal truncated), or the hash comes from another database; keep a copy and investigate"));
    }
    Ok(())
}

/// `#3, #7`
fn row_ids(ids: &[i64]) -> String {
    ids.iter()
        .map(|id| format!("#{id}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub async fn head(ctx: &Ctx, _args: &HeadArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let head = op::head(ctx, &mut db).await?;
    let (id, at, hash) = match &head {
        Some(h) => (json!(h.id), json!(show_time(h.at)), h.hash.clone()),
        None => (
            json!(null),
            json!(null),
            crate::db::audit::GENESIS.to_string(),
        ),
    };
    match ctx.settings.format {
        Format::Table => {
            println!("{hash}");
            match &head {
                Some(h) => ctx.printer.status(format!(
                    "journal head: row {} of {}; keep it outside the database (`audit verify --expect HASH` checks the chain reaches it)",
                    h.id,
                    show_time(h.at)
                )),
                None => ctx.printer.status("the journal is empty (the genesis hash)"),
            }
        }
        Format::Json => ctx
            .printer
            .json(&json!({"id": id, "at": at, "hash": hash}))?,
        Format::Csv => {
            let mut r = Records::new(["id", "at", "hash"]);
            r.push(vec![id, at, json!(hash)]);
            ctx.printer.records(&r)?;
        }
    }
    Ok(())
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
        let m = VerifyArgs::augment_args(Command::new("verify"))
            .try_get_matches_from(["verify"])
            .unwrap();
        assert_eq!(
            VerifyArgs::from_arg_matches(&m).unwrap().options().unwrap(),
            VerifyOptions::default()
        );
    }
}
