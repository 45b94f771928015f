//! `accounts inactive | warn | purge`: the 24-month rule with a warning mail first.
//!
//! The warning follows the outbox protocol (README, "accounts warn"): the notification rows
//! exist (pending) before any mail leaves, and each outcome is committed right after its mail.
//! The purge deletes in batches, each account re-checked under a row lock in the transaction
//! that deletes it.

use super::job::{self, JobReport, Run, Spec};
use super::Env;
use crate::db::accounts::{self as q, AccountRow, Skip, Standing, Status};
use crate::db::Db;
use crate::error::{AppError, Result};
use crate::mail::outbox::{Delivery, Notes, Pacer, Sender};
use crate::mail::transport::Transport;
use crate::mail::{Envelope, Templates};
use crate::policy::{show_date, CalDuration};
use chrono::{DateTime, Utc};
use serde_json::json;
use std::collections::BTreeMap;

pub const WARN_JOB: &str = "accounts warn";
pub const PURGE_JOB: &str = "accounts purge";

// ---------------------------------------------------------------------------------------------
// accounts inactive

/// Which accounts `accounts inactive` lists; `Default` lists every account past its warning date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InactiveOptions {
    /// Only accounts with one of these statuses (none: all).
    pub status: Vec<Status>,
    /// Only accounts with this role.
    pub role: Option<String>,
    /// Also the accounts whose warning date comes within this duration.
    pub within: Option<CalDuration>,
}

/// How many accounts were listed, by status.
#[derive(Debug, Default)]
pub struct InactiveReport {
    pub listed: usize,
    pub by_status: BTreeMap<&'static str, usize>,
}

/// Streams the accounts past (or near, with `within`) their warning date to `each`, with where
/// they stand; read-only, so no job (no lock, no journal).
pub async fn inactive(
    env: &Env,
    db: &Db,
    opts: &InactiveOptions,
    mut each: impl FnMut(AccountRow, &Standing) -> Result<()>,
) -> Result<InactiveReport> {
    let now = env.now();
    let policy = &env.settings.policy;
    let horizon = opts.within.map_or(now, |d| d.after(now));
    let bound = q::prefilter_bound(policy.warning_cutoff(horizon));
    let mut report = InactiveReport::default();
    q::for_each_listed(db, bound, opts.role.as_deref(), |a| {
        let st = q::standing(policy, now, &a);
        if st.warning_date > horizon
            || (!opts.status.is_empty() && !opts.status.contains(&st.status))
        {
            return Ok(());
        }
        report.listed += 1;
        *report.by_status.entry(st.status.as_str()).or_default() += 1;
        each(a, &st)
    })
    .await?;
    Ok(report)
}

// ---------------------------------------------------------------------------------------------
// accounts warn

/// The options of a warning run; `Default` is the documented default (the command line's).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WarnOptions {
    pub dry_run: bool,
    /// At most this many warnings in this run (pending ones first).
    pub limit: Option<u64>,
    /// Mails per second (default: the configuration's mail.rate, else no limit).
    pub rate: Option<f64>,
    /// SMTP connections in parallel (default: the configuration's mail.connections).
    pub connections: Option<u32>,
    /// Also retry the warnings that failed permanently.
    pub retry_failed: bool,
}

/// Mails sent per connection between two checkpoints: the connections idle at a chunk's end
/// cost about 1/(2×this) of the throughput (1 %).
const MAILS_PER_CHECKPOINT: usize = 50;

/// What sending needs, resolved before the lock is taken (configuration errors exit 2 first).
struct MailSetup {
    transport: Transport,
    envelope: Envelope,
    connections: u32,
}

fn mail_setup(env: &Env, opts: &WarnOptions) -> Result<MailSetup> {
    let m = &env.settings.mail;
    let connections = opts.connections.unwrap_or(m.connections).max(1);
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
        &env.settings.controller.platform_name,
    )?;
    Ok(MailSetup {
        transport,
        envelope,
        connections,
    })
}

/// The warning job: outbox rows for the accounts whose warning is due, then the mails. On a
/// signal the mails in flight finish and are marked, the others stay pending for the next run.
pub async fn warn(env: &Env, db: &mut Db, opts: &WarnOptions) -> Result<JobReport> {
    let mut templates = Templates::load(env.settings.mail.templates_dir.as_deref())?;
    templates.simulation = super::clock::simulated(db).await?;
    if !templates.overridden.is_empty() {
        env.events.detail(&format!(
            "templates from {}: {}",
            env.settings
                .mail
                .templates_dir
                .as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            templates.overridden.join(", ")
        ));
    }
    let setup = if opts.dry_run {
        None
    } else {
        Some(mail_setup(env, opts)?)
    };
    let rate = opts.rate.or(env.settings.mail.rate);
    let spec = Spec {
        name: WARN_JOB,
        dry_run: opts.dry_run,
        parameters: json!({
            "limit": opts.limit,
            "rate": rate,
            "retry_failed": opts.retry_failed,
            "transport": setup.as_ref().map(|s| s.transport.kind()),
            "connections": setup.as_ref().map(|s| s.connections),
        }),
    };
    job::run(env, db, spec, async |run, db, report| {
        let res = warn_work(env, run, db, opts, &templates, setup.as_ref(), rate, report).await;
        // Only the marks after each mail go without waiting for the WAL flush: the journal row
        // and whatever runs next on this connection (enforce's purge) are durable again.
        if !opts.dry_run {
            let _ = q::synchronous_commit(db, true).await;
        }
        res
    })
    .await
}

#[allow(clippy::too_many_arguments)]
async fn warn_work(
    env: &Env,
    run: &mut Run<'_>,
    db: &mut Db,
    opts: &WarnOptions,
    templates: &Templates,
    setup: Option<&MailSetup>,
    rate: Option<f64>,
    report: &mut JobReport,
) -> Result<()> {
    let now = env.now();
    let policy = &env.settings.policy;
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
                if opts.retry_failed {
                    dates.push(n.deletion_date.max(policy.warning_lead.after(now)));
                }
            }
            (Some(n), false) => {
                pending += 1;
                dates.push(n.deletion_date.max(policy.warning_lead.after(now)));
            }
        }
    }
    let budget = opts.limit.unwrap_or(u64::MAX);
    let resend = pending + if opts.retry_failed { failed } else { 0 };
    let new_now = (new.len() as u64).min(budget.saturating_sub(resend));
    new.truncate(new_now as usize);
    report.set("already_warned", sent);
    report.set("skipped_restricted", restricted);
    report.set("failed_earlier", failed as i64);
    let Some(setup) = setup.filter(|_| !opts.dry_run) else {
        let would = resend.min(budget) + new_now;
        report.set("would_send", would as i64);
        report.set("pending_resent", resend.min(budget) as i64);
        report.set("new", new_now as i64);
        let first = dates.iter().min().map(|t| show_date(*t));
        let last = dates.iter().max().map(|t| show_date(*t));
        report.set("deletion_dates_from", first);
        report.set("deletion_dates_to", last);
        return Ok(());
    };
    // Each outcome is committed on its own, right after its mail. Without waiting for the WAL
    // flush: a commit PostgreSQL has acknowledged survives the death of this process (kill -9),
    // which is the crash the outbox protocol is about; only a crash of the database server itself
    // could forget the last fraction of a second of marks, and then re-send those few mails.
    q::synchronous_commit(db, false).await?;
    // Outbox first: the rows exist (pending) before any mail leaves.
    let mut created = 0;
    for chunk in new.chunks(1000) {
        created += q::create_pending(db, chunk, now).await?;
    }
    report.set("recorded", created as i64);
    let limit = opts.limit.map(|l| l.min(i64::MAX as u64) as i64);
    let mut items = q::outgoing(db, opts.retry_failed, limit).await?;
    let progress = env.events.progress(
        Some(items.len() as u64),
        "{spinner} warnings {pos}/{len} [{elapsed}] {per_sec}",
    );
    let warn = |m: &str| env.events.warn(m);
    let detail = |m: &str| env.events.detail(m);
    let sender = Sender {
        transport: &setup.transport,
        templates,
        envelope: &setup.envelope,
        connections: setup.connections as usize,
        pacer: Pacer::new(rate),
        policy,
        controller: &env.settings.controller,
        cancel: &env.cancel,
        notes: Notes {
            warn: &warn,
            detail: &detail,
            progress: &progress,
        },
    };
    // In chunks, so that the counts are saved as the mails go (a killed run is journalled
    // with them) and a signal is noticed between two mails.
    let chunk = (setup.connections as usize).max(1) * MAILS_PER_CHECKPOINT;
    let mut d = Delivery::default();
    while !items.is_empty() {
        let rest = items.split_off(chunk.min(items.len()));
        let batch = std::mem::replace(&mut items, rest);
        d.add(sender.deliver(db, batch, now).await?);
        if d.unavailable.is_some() {
            break;
        }
        set_delivery(report, &d, items.len());
        run.checkpoint(db, report).await?;
    }
    progress.finish_and_clear();
    set_delivery(report, &d, items.len());
    run.check()?;
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
    Ok(())
}

/// The delivery's figures in the report; the mails not reached yet count as not attempted.
fn set_delivery(report: &mut JobReport, d: &Delivery, left: usize) {
    report.set("sent", d.sent);
    report.set("deferred", d.deferred);
    report.set("failed", d.failed);
    report.set("not_attempted", d.not_attempted + left as i64);
}

// ---------------------------------------------------------------------------------------------
// accounts purge

/// The options of a purge; `Default` is the documented default (the command line's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurgeOptions {
    pub dry_run: bool,
    /// Accounts deleted per transaction.
    pub batch_size: u32,
}

pub const DEFAULT_PURGE_BATCH: u32 = 500;

impl Default for PurgeOptions {
    fn default() -> Self {
        PurgeOptions {
            dry_run: false,
            batch_size: DEFAULT_PURGE_BATCH,
        }
    }
}

/// The purge job: accounts warned at least the lead time ago, past their (announced) deletion
/// date, inactive since the warning and not restricted, deleted in batches, each re-checked
/// under a row lock in the transaction that deletes it.
pub async fn purge(env: &Env, db: &mut Db, opts: &PurgeOptions) -> Result<JobReport> {
    let spec = Spec {
        name: PURGE_JOB,
        dry_run: opts.dry_run,
        parameters: json!({ "batch_size": opts.batch_size }),
    };
    job::run(env, db, spec, async |run, db, report| {
        purge_work(env, run, db, opts, report).await
    })
    .await
}

async fn purge_work(
    env: &Env,
    run: &mut Run<'_>,
    db: &mut Db,
    opts: &PurgeOptions,
    report: &mut JobReport,
) -> Result<()> {
    let now = env.now();
    let policy = &env.settings.policy;
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
    let sent_before: DateTime<Utc> = policy.warning_lead.before(now);
    if opts.dry_run {
        report.set("would_delete", eligible.len() as i64);
        for (k, v) in &skips {
            report.set(k, *v);
        }
        return Ok(());
    }
    // The skips are known before the first batch: an interrupted run's row has them too.
    for key in [
        "deleted",
        "connection_logs_deleted",
        "subscriptions_deleted",
        "audience_events_deleted",
    ] {
        report.set(key, 0);
    }
    for (k, v) in &skips {
        report.set(k, *v);
    }
    report.set("skipped_changed_since_check", 0);
    let pb = env.events.progress(
        Some(eligible.len() as u64),
        "{spinner} accounts {pos}/{len} [{elapsed}]",
    );
    for chunk in eligible.chunks(opts.batch_size.max(1) as usize) {
        let (gone, cascade) = q::delete_eligible(db, chunk, now, sent_before).await?;
        report.add("deleted", gone.len() as i64);
        report.add(
            "skipped_changed_since_check",
            (chunk.len() - gone.len()) as i64,
        );
        report.add("connection_logs_deleted", cascade.connection_logs);
        report.add("subscriptions_deleted", cascade.subscriptions);
        report.add("audience_events_deleted", cascade.audience_events);
        pb.inc(chunk.len() as u64);
        env.events
            .detail(&format!("deleted {} accounts in this batch", gone.len()));
        run.checkpoint(db, report).await?;
    }
    pb.finish_and_clear();
    Ok(())
}
