//! `report`: the compliance status the DPO shows an auditor — per retention rule, what is within
//! the limit, what is past it, the oldest row, what becomes due in the next 30 days; the rights
//! requests; the last successful run of each job.

use crate::error::{AppError, Result};
use crate::output::Format;
use crate::output::Records;
use crate::policy::{show_date, show_time, CalDuration};
use crate::Ctx;
use chrono::{DateTime, Utc};
use clap::Args;
use serde_json::{json, Value};

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Days ahead for the "due next" column
    #[arg(long, default_value_t = 30, value_name = "DAYS")]
    pub horizon: u32,
    /// Exit 1 when anything is past its limit or a request is overdue (for monitoring)
    #[arg(long)]
    pub check: bool,
}

/// One line of the report.
struct Line {
    category: &'static str,
    rule: String,
    source: &'static str,
    within: i64,
    past: i64,
    oldest: Option<DateTime<Utc>>,
    due_next: i64,
    note: String,
}

const JOBS: [&str; 6] = [
    "logs purge",
    "surveys anonymise",
    "accounts warn",
    "accounts purge",
    "enforce",
    "db migrate",
];

pub async fn report(ctx: &Ctx, args: &ReportArgs) -> Result<()> {
    let db = ctx.db().await?;
    let now = ctx.now();
    let p = &ctx.settings.policy;
    let later = CalDuration::Days(args.horizon).after(now);
    let mut lines = Vec::new();

    // Accounts: the deletion date is last activity + 24 months.
    let (cut, cut_later) = (p.inactivity_cutoff(now), p.inactivity_cutoff(later));
    let r = db
        .query_one(
            "SELECT count(*) FILTER (WHERE last_activity_at >= $1 OR restricted_at IS NOT NULL),
                    count(*) FILTER (WHERE last_activity_at < $1 AND restricted_at IS NULL),
                    min(last_activity_at),
                    count(*) FILTER (WHERE last_activity_at >= $1 AND last_activity_at < $2 AND restricted_at IS NULL),
                    count(*) FILTER (WHERE restricted_at IS NOT NULL),
                    count(*) FILTER (WHERE last_activity_at < $1 AND restricted_at IS NULL AND EXISTS
                        (SELECT 1 FROM notifications n WHERE n.account_id = accounts.id AND n.status = 'sent'
                            AND n.period_start = accounts.last_activity_at))
               FROM accounts",
            &[&cut, &cut_later],
        )
        .await?;
    lines.push(Line {
        category: "accounts (identification data)",
        rule: format!(
            "{} after the last activity, warning mail {} before",
            p.account_inactivity, p.warning_lead
        ),
        source: "platform notice, « Vos données sont conservées »",
        within: r.get(0),
        past: r.get(1),
        oldest: r.get(2),
        due_next: r.get(3),
        note: format!(
            "{} restricted (Art. 18), kept; {} of those past the limit warned, waiting for the announced date",
            r.get::<_, i64>(4),
            r.get::<_, i64>(5)
        ),
    });

    for (table, category, dur, source) in [
        (
            "connection_logs",
            "connection logs (IP, logins, geolocation, queries)",
            p.connection_logs,
            "platform notice, « données de connexion »",
        ),
        (
            "audience_events",
            "audience measurement / cookies",
            p.audience_events,
            "platform notice, « UTILISATION DES COOKIES »",
        ),
    ] {
        let (cut, cut_later) = (dur.before(now), dur.before(later));
        let r = db
            .query_one(
                &format!(
                    "SELECT count(*) FILTER (WHERE occurred_at >= $1), count(*) FILTER (WHERE occurred_at < $1),
                            min(occurred_at), count(*) FILTER (WHERE occurred_at >= $1 AND occurred_at < $2)
                       FROM {}",
                    crate::db::quote_ident(table)
                ),
                &[&cut, &cut_later],
            )
            .await?;
        lines.push(Line {
            category,
            rule: format!("{dur}, then deleted"),
            source,
            within: r.get(0),
            past: r.get(1),
            oldest: r.get(2),
            due_next: r.get(3),
            note: String::new(),
        });
    }

    let (cut, cut_later) = (p.survey_email_cutoff(now), p.survey_email_cutoff(later));
    let r = db
        .query_one(
            "SELECT count(*) FILTER (WHERE submitted_at >= $1), count(*) FILTER (WHERE submitted_at < $1),
                    min(submitted_at), count(*) FILTER (WHERE submitted_at >= $1 AND submitted_at < $2),
                    (SELECT count(*) FROM survey_responses WHERE anonymised_at IS NOT NULL)
               FROM survey_responses WHERE anonymised_at IS NULL",
            &[&cut, &cut_later],
        )
        .await?;
    lines.push(Line {
        category: "survey respondents' emails",
        rule: format!(
            "{}, then anonymised (answers kept for statistics)",
            p.survey_email
        ),
        source: "survey notice, « Durée de conservation »",
        within: r.get(0),
        past: r.get(1),
        oldest: r.get(2),
        due_next: r.get(3),
        note: format!("{} anonymised responses kept", r.get::<_, i64>(4)),
    });

    let today = now.with_timezone(&chrono_tz::Europe::Paris).date_naive();
    let later_day = later.with_timezone(&chrono_tz::Europe::Paris).date_naive();
    let r = db
        .query_one(
            "SELECT count(*) FILTER (WHERE coalesce(extended_due_at, due_at) >= $1),
                    count(*) FILTER (WHERE coalesce(extended_due_at, due_at) < $1),
                    min(received_at),
                    count(*) FILTER (WHERE coalesce(extended_due_at, due_at) >= $1 AND coalesce(extended_due_at, due_at) < $2)
               FROM rights_requests WHERE status = 'open'",
            &[&today, &later_day],
        )
        .await?;
    lines.push(Line {
        category: "open rights requests",
        rule: format!(
            "answered within {} of receipt (+{} if extended)",
            p.request_deadline, p.request_extension
        ),
        source: "GDPR Art. 12(3)",
        within: r.get(0),
        past: r.get(1),
        oldest: r.get(2),
        due_next: r.get(3),
        note: "past = overdue".into(),
    });

    let runs = db
        .query(
            "SELECT command, max(at) FILTER (WHERE outcome = 'ok'), max(at), (array_agg(outcome ORDER BY id DESC))[1]
               FROM audit_log WHERE command = ANY($1) GROUP BY command",
            &[&JOBS.to_vec()],
        )
        .await?;
    let mut last_runs = Records::new(["job", "last_success", "last_run", "last_outcome"]);
    for job in JOBS {
        let row = runs.iter().find(|r| r.get::<_, String>(0) == job);
        let ok: Option<DateTime<Utc>> = row.and_then(|r| r.get(1));
        let any: Option<DateTime<Utc>> = row.and_then(|r| r.get(2));
        let outcome: Option<String> = row.and_then(|r| r.get(3));
        last_runs.push(vec![
            json!(job),
            json!(ok.map(show_time)),
            json!(any.map(show_time)),
            json!(outcome),
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
    for l in &lines {
        rec.push(vec![
            json!(l.category),
            json!(l.rule),
            json!(l.source),
            json!(l.within),
            json!(l.past),
            json!(l.oldest.map(show_date)),
            json!(l.due_next),
            json!(l.note),
        ]);
    }
    let past_total: i64 = lines.iter().map(|l| l.past).sum();
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
                "horizon_days": args.horizon,
                "compliant": past_total == 0,
                "categories": obj(&rec),
                "last_runs": obj(&last_runs),
            }))?;
        }
        Format::Csv => ctx.printer.records(&rec)?,
        Format::Table => {
            ctx.printer.status(format!(
                "compliance report as of {} (due next = within {} days)",
                show_time(now),
                args.horizon
            ));
            ctx.printer.records(&rec)?;
            ctx.printer.records(&last_runs)?;
        }
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
