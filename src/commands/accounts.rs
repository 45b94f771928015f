//! `accounts inactive | warn | purge`: the 24-month rule with a warning mail first.
//!
//! The jobs (`execute_warn`, `execute_purge`) do the work without prompting or printing, so that
//! `enforce` can run them; the CLI functions add the plan, the question and the summary.

use crate::db::accounts::{self as q, Skip, Status};
use crate::db::Db;
use crate::error::{AppError, Result};
use crate::job::{Job, JobReport};
use crate::mail::outbox::{Pacer, Sender};
use crate::mail::transport::Transport;
use crate::mail::{Envelope, Templates};
use crate::output::Format;
use crate::output::{mask_email, summary_line, Records};
#[cfg(test)]
use crate::policy::parse_time;
use crate::policy::{show_date, show_time, CalDuration};
use crate::Ctx;
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use std::collections::BTreeMap;

#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    /// Import a platform accounts export (upsert by email)
    Import(super::import::AccountsImportArgs),
    /// Accounts past or near the inactivity limit, with their due dates
    Inactive(InactiveArgs),
    /// Send the pre-deletion warning mails, exactly once per inactivity period
    Warn(WarnArgs),
    /// Delete accounts whose warned deadline has passed
    Purge(PurgeArgs),
}

impl AccountsCommand {
    pub async fn run(&self, ctx: &Ctx) -> Result<()> {
        match self {
            AccountsCommand::Import(a) => super::import::accounts(ctx, a).await,
            AccountsCommand::Inactive(a) => inactive(ctx, a).await,
            AccountsCommand::Warn(a) => warn(ctx, a).await,
            AccountsCommand::Purge(a) => purge(ctx, a).await,
        }
    }
}

pub const WARN_JOB: &str = "accounts warn";
pub const PURGE_JOB: &str = "accounts purge";

#[derive(Debug, Default, Clone, Args)]
pub struct InactiveArgs {
    /// Only accounts with this status (repeatable)
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Vec<Status>,

    /// Only accounts with this role
    #[arg(long, value_name = "ROLE", value_parser = ["user", "producer", "admin"])]
    pub role: Option<String>,

    /// Also list accounts whose warning date comes within this duration (e.g. "30 days"),
    /// with status `active`
    #[arg(long, value_name = "DURATION")]
    pub within: Option<CalDuration>,
}

#[derive(Debug, Default, Clone, Args)]
pub struct WarnArgs {
    /// Show what would be sent; send nothing, write nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Send at most N warnings in this run (pending ones first)
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,

    /// At most this many mails per second (`10`, `10/s`, `600/min`, `20000/h`); default: the
    /// config's mail.rate, else no limit
    #[arg(long, value_name = "N/s", value_parser = parse_rate)]
    pub rate: Option<f64>,

    /// SMTP connections used in parallel (default: the config's mail.connections, else 4)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=64))]
    pub connections: Option<u32>,

    /// Also retry warnings that failed permanently (after the address was corrected)
    #[arg(long)]
    pub retry_failed: bool,
}

#[derive(Debug, Default, Clone, Args)]
pub struct PurgeArgs {
    /// Show what would be deleted; delete nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Accounts deleted per transaction
    #[arg(long, value_name = "N", default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub batch_size: u32,
}

/// `10`, `10/s`, `600/min`, `3600/h` -> mails per second.
pub fn parse_rate(s: &str) -> std::result::Result<f64, String> {
    let err =
        || format!("invalid rate `{s}`: expected mails per second, e.g. `10`, `10/s`, `600/min`");
    let (num, per) = match s.trim().split_once('/') {
        Some((n, p)) => (n.trim(), p.trim().to_ascii_lowercase()),
        None => (s.trim(), "s".to_string()),
    };
    let n: f64 = num.parse().map_err(|_| err())?;
    let secs = match per.as_str() {
        "s" | "sec" | "second" => 1.0,
        "m" | "min" | "minute" => 60.0,
        "h" | "hour" => 3600.0,
        _ => return Err(err()),
    };
    if !(n.is_finite() && n > 0.0) {
        return Err(err());
    }
    Ok(n / secs)
}

// ---------------------------------------------------------------------------------------------
// accounts inactive

pub async fn inactive(ctx: &Ctx, args: &InactiveArgs) -> Result<()> {
    let db = ctx.db().await?;
    let now = ctx.now();
    let policy = &ctx.settings.policy;
    let horizon = args.within.map_or(now, |d| d.after(now));
    let bound = q::prefilter_bound(policy.warning_cutoff(horizon));
    let format = ctx.printer.format;
    let columns = [
        "id",
        "pseudonym",
        "email",
        "role",
        "last_activity",
        "warning_date",
        "deletion_date",
        "status",
        "warned_at",
        "announced_deletion",
    ];
    // CSV is streamed as the rows arrive (large listings); table and JSON are built whole.
    let mut csv_out = (format == Format::Csv).then(|| {
        csv::WriterBuilder::new()
            .buffer_capacity(1 << 16)
            .from_writer(std::io::stdout().lock())
    });
    if let Some(w) = csv_out.as_mut() {
        w.write_record(columns)?;
    }
    let mut records = Records::new(columns);
    let mut totals: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut listed = 0usize;
    q::for_each_listed(&db, bound, args.role.as_deref(), |a| {
        let st = q::standing(policy, now, &a);
        if st.warning_date > horizon
            || (!args.status.is_empty() && !args.status.contains(&st.status))
        {
            return Ok(());
        }
        listed += 1;
        *totals.entry(st.status.as_str()).or_default() += 1;
        let sent = a.notification.as_ref().filter(|n| n.status == "sent");
        let warned_at = sent.and_then(|n| n.sent_at).map(paris_time);
        let announced = sent.map(|n| paris_date(n.deletion_date));
        if let Some(w) = csv_out.as_mut() {
            let id = a.id.to_string();
            w.write_record([
                id.as_str(),
                &a.pseudonym,
                &a.email,
                &a.role,
                &paris_time(a.last_activity_at),
                &paris_date(st.warning_date),
                &paris_date(st.deletion_date),
                st.status.as_str(),
                warned_at.as_deref().unwrap_or(""),
                announced.as_deref().unwrap_or(""),
            ])?;
            return Ok(());
        }
        let email = if format == Format::Table {
            mask_email(&a.email)
        } else {
            a.email
        };
        records.push(vec![
            a.id.into(),
            a.pseudonym.into(),
            email.into(),
            a.role.into(),
            paris_time(a.last_activity_at).into(),
            paris_date(st.warning_date).into(),
            paris_date(st.deletion_date).into(),
            st.status.as_str().into(),
            warned_at.map_or(Value::Null, Value::from),
            announced.map_or(Value::Null, Value::from),
        ]);
        Ok(())
    })
    .await?;
    match csv_out {
        Some(mut w) => w.flush()?,
        None => ctx.printer.records(&records)?,
    }
    let detail: Vec<String> = totals.iter().map(|(k, v)| format!("{v} {k}")).collect();
    ctx.printer.status(format!(
        "{listed} account{} listed as of {}{}",
        if listed == 1 { "" } else { "s" },
        show_time(now),
        if detail.is_empty() {
            String::new()
        } else {
            format!(": {}", detail.join(", "))
        }
    ));
    Ok(())
}

/// `show_time` without strftime parsing on every row (listings of a million accounts).
fn paris_time(t: chrono::DateTime<chrono::Utc>) -> String {
    use chrono::{Datelike, Timelike};
    let l = t.with_timezone(&chrono_tz::Europe::Paris);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        l.year(),
        l.month(),
        l.day(),
        l.hour(),
        l.minute(),
        l.second()
    )
}

/// `show_date`, likewise.
fn paris_date(t: chrono::DateTime<chrono::Utc>) -> String {
    use chrono::Datelike;
    let l = t.with_timezone(&chrono_tz::Europe::Paris);
    format!("{:04}-{:02}-{:02}", l.year(), l.month(), l.day())
}

// ---------------------------------------------------------------------------------------------
// accounts warn

/// What sending needs, resolved before the lock is taken (configuration errors exit 2 first).
struct MailSetup {
    transport: Transport,
    envelope: Envelope,
    connections: u32,
}

fn mail_setup(ctx: &Ctx, args: &WarnArgs) -> Result<MailSetup> {
    let m = &ctx.settings.mail;
    let connections = args.connections.unwrap_or(m.connections).max(1);
    let transport = match (&m.outbox_dir, &m.smtp_url) {
        (Some(dir), _) => Transport::files(dir.clone())?,
        (None, Some(url)) => Transport::smtp(url, connections)?,
        (None, None) => {
            return Err(AppError::usage("no way to send the warnings: neither --smtp-url nor --outbox-dir is set")
                .hint("pass --smtp-url smtp://host:587?tls=required (or RGPDCTL_SMTP_URL), or --outbox-dir DIR to write .eml files for review"));
        }
    };
    let from = m.from.as_deref().ok_or_else(|| {
        AppError::usage("no sender address for the warnings")
            .hint("pass --mail-from noreply@example.org (or RGPDCTL_MAIL_FROM, or mail.from in the config)")
    })?;
    let envelope = Envelope::new(
        from,
        m.reply_to.as_deref(),
        &ctx.settings.controller.platform_name,
    )?;
    Ok(MailSetup {
        transport,
        envelope,
        connections,
    })
}

/// The warning job: outbox rows for the accounts whose warning is due, then the mails.
pub async fn execute_warn(ctx: &Ctx, db: &mut Db, args: &WarnArgs) -> Result<JobReport> {
    let templates = Templates::load(ctx.settings.mail.templates_dir.as_deref())?;
    if !templates.overridden.is_empty() {
        ctx.printer.detail(format!(
            "templates from {}: {}",
            ctx.settings
                .mail
                .templates_dir
                .as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            templates.overridden.join(", ")
        ));
    }
    let setup = if args.dry_run {
        None
    } else {
        Some(mail_setup(ctx, args)?)
    };
    let rate = args.rate.or(ctx.settings.mail.rate);
    let params = json!({
        "limit": args.limit,
        "rate": rate,
        "retry_failed": args.retry_failed,
        "transport": setup.as_ref().map(|s| s.transport.kind()),
        "connections": setup.as_ref().map(|s| s.connections),
    });
    let job = Job::start(ctx, db, WARN_JOB, args.dry_run, params).await?;
    let res = warn_work(ctx, db, args, &templates, setup.as_ref(), rate).await;
    // Only the marks after each mail go without waiting for the WAL flush: the audit row and
    // whatever runs next on this connection (enforce's purge) are durable again.
    let _ = db.batch_execute("RESET synchronous_commit").await;
    job.settle(ctx, db, res).await
}

async fn warn_work(
    ctx: &Ctx,
    db: &mut Db,
    args: &WarnArgs,
    templates: &Templates,
    setup: Option<&MailSetup>,
    rate: Option<f64>,
) -> Result<JobReport> {
    let now = ctx.now();
    let policy = &ctx.settings.policy;
    let mut report = JobReport::new(WARN_JOB, args.dry_run);
    if let Some(s) = setup {
        s.transport.check().await?;
    }
    let bound = q::prefilter_bound(policy.warning_cutoff(now));
    let rows = q::inactive_candidates(db, bound).await?;
    let mut new = Vec::new();
    let (mut pending, mut sent, mut failed, mut restricted) = (0u64, 0i64, 0u64, 0i64);
    let mut dates = Vec::new();
    for a in &rows {
        let st = q::standing(policy, now, a);
        if st.warning_date > now {
            continue;
        }
        match (&a.notification, a.restricted_at.is_some()) {
            (Some(n), _) if n.status == "sent" => sent += 1,
            (_, true) => restricted += 1,
            (None, false) => {
                // Never announce a date closer than the lead time (see Sender::announced).
                let announced = st.deletion_date.max(policy.warning_lead.after(now));
                new.push((a.id, a.last_activity_at, announced));
                dates.push(announced);
            }
            (Some(n), false) if n.status == "failed" => {
                failed += 1;
                if args.retry_failed {
                    dates.push(n.deletion_date.max(policy.warning_lead.after(now)));
                }
            }
            (Some(n), false) => {
                pending += 1;
                dates.push(n.deletion_date.max(policy.warning_lead.after(now)));
            }
        }
    }
    let budget = args.limit.unwrap_or(u64::MAX);
    let resend = pending + if args.retry_failed { failed } else { 0 };
    let new_now = (new.len() as u64).min(budget.saturating_sub(resend));
    new.truncate(new_now as usize);
    report.set("already_warned", sent);
    report.set("skipped_restricted", restricted);
    report.set("failed_earlier", failed as i64);
    if args.dry_run {
        let would = resend.min(budget) + new_now;
        report.set("would_send", would as i64);
        report.set("pending_resent", resend.min(budget) as i64);
        report.set("new", new_now as i64);
        let first = dates.iter().min().map(|t| show_date(*t));
        let last = dates.iter().max().map(|t| show_date(*t));
        report.set("deletion_dates_from", first);
        report.set("deletion_dates_to", last);
        return Ok(report);
    }
    let setup = setup.expect("set up when not a dry run");
    // Each outcome is committed on its own, right after its mail. Without waiting for the WAL
    // flush: a commit PostgreSQL has acknowledged survives the death of this process (kill -9),
    // which is the crash the outbox protocol is about; only a crash of the database server itself
    // could forget the last fraction of a second of marks, and then re-send those few mails.
    db.batch_execute("SET synchronous_commit = off").await?;
    // Outbox first: the rows exist (pending) before any mail leaves.
    let mut created = 0;
    for chunk in new.chunks(1000) {
        created += q::create_pending(db, chunk, now).await?;
    }
    report.set("recorded", created as i64);
    let limit = args.limit.map(|l| l.min(i64::MAX as u64) as i64);
    let items = q::outgoing(db, args.retry_failed, limit).await?;
    let sender = Sender {
        ctx,
        transport: &setup.transport,
        templates,
        envelope: &setup.envelope,
        connections: setup.connections as usize,
        pacer: Pacer::new(rate),
    };
    let d = sender.deliver(db, items, now).await?;
    report.set("sent", d.sent);
    report.set("deferred", d.deferred);
    report.set("failed", d.failed);
    report.set("not_attempted", d.not_attempted);
    if d.failed > 0 {
        report.problem = Some(
            AppError::failure(format!(
                "{} warning{} refused by {} (5xx or invalid address), marked failed",
                d.failed,
                if d.failed == 1 { " was" } else { "s were" },
                setup.transport.describe()
            ))
            .hint("those accounts are never purged on a failed warning; correct the address, then run `rgpdctl accounts warn --retry-failed`"),
        );
    } else if let Some(why) = d.unavailable {
        report.problem = Some(
            AppError::temporary(format!(
                "{} became unavailable: {why}",
                setup.transport.describe()
            ))
            .hint("the warnings not sent stay pending; re-run later to send them (none is sent twice)"),
        );
    } else if d.deferred > 0 {
        report.problem = Some(
            AppError::temporary(format!(
                "{} warning{} deferred by {} (4xx), kept pending",
                d.deferred,
                if d.deferred == 1 { " was" } else { "s were" },
                setup.transport.describe()
            ))
            .hint("re-run later: pending warnings are sent again, sent ones never"),
        );
    }
    Ok(report)
}

pub async fn warn(ctx: &Ctx, args: &WarnArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let report = execute_warn(ctx, &mut db, args).await?;
    finish_cli(ctx, report)
}

fn finish_cli(ctx: &Ctx, report: JobReport) -> Result<()> {
    ctx.printer
        .summary(report.job, report.dry_run, &Value::Object(report.counts))?;
    match report.problem {
        Some(p) => Err(p),
        None => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------------
// accounts purge

/// The purge job: accounts warned at least the lead time ago, past their (announced) deletion
/// date, inactive since the warning and not restricted, deleted in batches, each re-checked
/// under a row lock in the transaction that deletes it.
pub async fn execute_purge(ctx: &Ctx, db: &mut Db, args: &PurgeArgs) -> Result<JobReport> {
    let params = json!({ "batch_size": args.batch_size });
    let job = Job::start(ctx, db, PURGE_JOB, args.dry_run, params).await?;
    let res = purge_work(ctx, db, args).await;
    job.settle(ctx, db, res).await
}

async fn purge_work(ctx: &Ctx, db: &mut Db, args: &PurgeArgs) -> Result<JobReport> {
    let now = ctx.now();
    let policy = &ctx.settings.policy;
    let mut report = JobReport::new(PURGE_JOB, args.dry_run);
    let bound = q::prefilter_bound(policy.inactivity_cutoff(now));
    let rows = q::inactive_candidates(db, bound).await?;
    let mut eligible = Vec::new();
    let mut skips: BTreeMap<&'static str, i64> = BTreeMap::new();
    for key in [
        Skip::Restricted,
        Skip::NotWarned,
        Skip::WarningPending,
        Skip::WarningFailed,
        Skip::WarnedTooRecently,
        Skip::AnnouncedDateNotReached,
    ] {
        skips.insert(key.key(), 0);
    }
    for a in &rows {
        if policy.deletion_date(a.last_activity_at) > now {
            continue;
        }
        match q::purge_verdict(policy, now, a) {
            Ok(()) => eligible.push(a.id),
            Err(skip) => *skips.entry(skip.key()).or_default() += 1,
        }
    }
    let sent_before = policy.warning_lead.before(now);
    if args.dry_run {
        report.set("would_delete", eligible.len() as i64);
        for (k, v) in &skips {
            report.set(k, *v);
        }
        return Ok(report);
    }
    let (mut deleted, mut changed) = (0i64, 0i64);
    let (mut logs, mut subs, mut audience) = (0i64, 0i64, 0i64);
    let pb = ctx.printer.progress(
        Some(eligible.len() as u64),
        "{spinner} accounts {pos}/{len} [{elapsed}]",
    );
    for chunk in eligible.chunks(args.batch_size as usize) {
        let (gone, cascade) = q::delete_eligible(db, chunk, now, sent_before).await?;
        deleted += gone.len() as i64;
        changed += (chunk.len() - gone.len()) as i64;
        logs += cascade.connection_logs;
        subs += cascade.subscriptions;
        audience += cascade.audience_events;
        pb.inc(chunk.len() as u64);
        ctx.printer
            .detail(format!("deleted {} accounts in this batch", gone.len()));
    }
    pb.finish_and_clear();
    report.set("deleted", deleted);
    report.set("connection_logs_deleted", logs);
    report.set("subscriptions_deleted", subs);
    report.set("audience_events_deleted", audience);
    for (k, v) in &skips {
        report.set(k, *v);
    }
    report.set("skipped_changed_since_check", changed);
    Ok(report)
}

pub async fn purge(ctx: &Ctx, args: &PurgeArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    if !args.dry_run {
        let plan_args = PurgeArgs {
            dry_run: true,
            ..args.clone()
        };
        let plan = execute_purge(ctx, &mut db, &plan_args).await?;
        let n = plan
            .counts
            .get("would_delete")
            .and_then(Value::as_i64)
            .unwrap_or(0);
        ctx.printer
            .status(summary_line(PURGE_JOB, true, &Value::Object(plan.counts)));
        if n > 0 {
            ctx.confirm(&format!(
                "delete {n} inactive account{} with their subscriptions and connection logs?",
                if n == 1 { "" } else { "s" }
            ))?;
        }
    }
    let report = execute_purge(ctx, &mut db, args).await?;
    finish_cli(ctx, report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_formatting_matches_policy() {
        for s in [
            "2026-01-31T23:30:00Z",
            "2026-07-31T22:00:00Z",
            "2024-02-29T10:05:09Z",
        ] {
            let t = parse_time(s).unwrap();
            assert_eq!(paris_time(t), show_time(t));
            assert_eq!(paris_date(t), show_date(t));
        }
    }

    #[test]
    fn rates() {
        assert_eq!(parse_rate("10"), Ok(10.0));
        assert_eq!(parse_rate("10/s"), Ok(10.0));
        assert_eq!(parse_rate("600/min"), Ok(10.0));
        assert_eq!(parse_rate("36000/h"), Ok(10.0));
        assert!(parse_rate("0").is_err());
        assert!(parse_rate("ten").is_err());
        assert!(parse_rate("5/day").is_err());
    }
}
