//! `report`: the command; the figures are `ops::report`.

use super::Ctx;
use crate::error::{AppError, Result};
use crate::ops::report::{self as op, ReportOptions};
use crate::output::{Format, Records};
use crate::policy::{show_date, show_time};
use clap::Args;
use serde_json::{json, Value};

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Days ahead for the "due next" column
    #[arg(long, default_value_t = op::DEFAULT_HORIZON_DAYS, value_name = "DAYS",
          value_parser = clap::value_parser!(u32).range(super::ranges::HORIZON_DAYS))]
    pub horizon: u32,
    /// Exit 1 when anything is past its limit or a request is overdue (for monitoring)
    #[arg(long)]
    pub check: bool,
}

impl ReportArgs {
    pub fn options(&self) -> ReportOptions {
        ReportOptions {
            horizon: self.horizon,
        }
    }
}

pub async fn report(ctx: &Ctx, args: &ReportArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let report = op::report(ctx, &mut db, &args.options()).await?;
    // Issue 12: a simulated-clock database and a retention longer than the notices are said.
    let simulated = crate::ops::clock::simulated(&db).await?;
    let deviation = ctx.settings.policy.deviation_record();
    let mut last_runs = Records::new(["job", "last_success", "last_run", "last_outcome"]);
    for r in &report.last_runs {
        last_runs.push(vec![
            json!(r.job),
            json!(r.last_success.map(show_time)),
            json!(r.last_run.map(show_time)),
            json!(r.last_outcome),
        ]);
    }
    let mut rec = Records::new([
        "category",
        "rule",
        "source",
        "within_limit",
        "past_limit",
        "oldest",
        "due_next",
        "note",
    ]);
    for l in &report.lines {
        rec.push(vec![
            json!(l.category),
            json!(l.rule),
            json!(l.source),
            json!(l.figures.within),
            json!(l.figures.past),
            json!(l.figures.oldest.map(show_date)),
            json!(l.figures.due_next),
            json!(l.note),
        ]);
    }
    let past_total = report.past_total();
    let now = report.as_of;
    match ctx.settings.format {
        Format::Json => {
            let obj = |r: &Records| -> Vec<Value> {
                r.rows
                    .iter()
                    .map(|row| {
                        Value::Object(r.columns.iter().cloned().zip(row.iter().cloned()).collect())
                    })
                    .collect()
            };
            ctx.printer.json(&json!({
                "as_of": now.to_rfc3339(),
                "horizon_days": report.horizon_days,
                "compliant": past_total == 0,
                "categories": obj(&rec),
                "last_runs": obj(&last_runs),
                "simulated_clock": simulated,
                "notice_deviation": deviation,
            }))?;
        }
        Format::Csv => ctx.printer.records(&rec)?,
        Format::Table => {
            ctx.printer.status(format!(
                "compliance report as of {} (due next = within {} days)",
                show_time(now),
                report.horizon_days
            ));
            ctx.printer.records(&rec)?;
            ctx.printer.records(&last_runs)?;
        }
    }
    if simulated {
        ctx.printer.status("[SIMULATION] a simulated-clock (test/demo) database: these figures are a simulation's, not the platform's");
    }
    for d in ctx.settings.policy.notice_deviations() {
        ctx.printer.status(format!(
            "deviation from the notice: {} = {} (the notice says {}); reason: {}",
            d.key,
            d.configured,
            d.notice,
            ctx.settings
                .policy
                .exceed_notice
                .as_deref()
                .unwrap_or("")
                .trim()
        ));
    }
    if past_total > 0 {
        ctx.printer.status(format!(
            "{past_total} item(s) past their limit: run `rgpdctl enforce` (requests: answer them)"
        ));
        if args.check {
            return Err(AppError::failure(format!(
                "{past_total} item(s) past their retention limit or deadline"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Command, FromArgMatches};

    /// `ReportOptions::default()` must be what `--help` says.
    #[test]
    fn default_options_are_the_command_lines() {
        let m = ReportArgs::augment_args(Command::new("report"))
            .try_get_matches_from(["report"])
            .unwrap();
        assert_eq!(
            ReportArgs::from_arg_matches(&m).unwrap().options(),
            ReportOptions::default()
        );
    }
}
