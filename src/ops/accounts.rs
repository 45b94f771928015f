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
use crate::mail::transport::{SmtpOptions, Transport};
use crate::mail::{Envelope, Templates};
use crate::policy::{show_date, show_time, CalDuration};
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
        let st = q::standing(policy, env.settings.bounce_lead, now, &a);
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
// the freshness of the activity data

/// Where the activity data stands before a warning or a purge (README, "Fresh activity data").
#[derive(Debug, Clone)]
pub struct ActivityCheck {
    /// Activity is known up to this instant (the newest activity an import carried).
    pub known_until: Option<DateTime<Utc>>,
    /// Older than `[accounts] activity_max_age` (acted on only with --accept-stale-activity).
    pub stale: bool,
}

impl ActivityCheck {
    /// What the journal row records of it (dates and a flag, nothing personal).
    fn parameters(&self, accepted: bool) -> serde_json::Value {
        json!({
            "known_until": self.known_until.map(|t| t.to_rfc3339()),
            "stale": self.stale,
            "accept_stale_activity": accepted,
        })
    }
}

/// Refuses (exit 2) to warn or delete on activity data older than the limit, unless `accept`;
/// "no activity import ever recorded" is stale too: nothing tells how recent the activity is.
pub async fn check_activity(env: &Env, db: &Db, job: &str, accept: bool) -> Result<ActivityCheck> {
    let now = env.now();
    let max_age = env.settings.activity_max_age;
    let f = q::activity_freshness(db, now).await?;
    let stale = f.known_until.is_none_or(|k| k < max_age.before(now));
    if stale {
        let what = match (&f.known_until, &f.last_import) {
            (_, None) => "no activity import (`accounts import`, `logs import`) was ever recorded"
                .to_string(),
            (None, Some(l)) => format!(
                "no activity import carried an activity date (last import: `{} import` of {})",
                l.kind,
                show_time(l.imported_at)
            ),
            (Some(k), Some(l)) => format!(
                "the newest activity known is of {} (last import: `{} import` of {})",
                show_time(*k),
                l.kind,
                show_time(l.imported_at)
            ),
        };
        if !accept {
            return Err(AppError::usage(format!(
                "`{job}` refused: the activity data is stale: {what}, more than {max_age} before {} (accounts.activity_max_age)",
                show_time(now)
            ))
            .hint("import the platform's latest exports first (`rgpdctl accounts import FILE`, `rgpdctl logs import FILE`): on old activity data, people active since would be warned or deleted")
            .hint("if you know the activity data is complete, pass --accept-stale-activity (the journal records it)"));
        }
        env.events.warn(&format!(
            "acting on stale activity data ({what}) because of --accept-stale-activity"
        ));
    }
    Ok(ActivityCheck {
        known_until: f.known_until,
        stale,
    })
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
    /// Act although the activity data is older than `[accounts] activity_max_age` (recorded).
    pub accept_stale_activity: bool,
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
        (None, Some(url)) => Transport::smtp(
            url,
            &SmtpOptions {
                connections,
                ca_file: m.ca_file.clone(),
                password: m.password.clone(),
                helo_name: m.helo_name.clone(),
                sender_domain: m
                    .from
                    .as_deref()
                    .and_then(|f| f.rsplit_once('@'))
                    .map(|(_, d)| d.trim_end_matches('>').trim().to_string()),
                timeout: m.timeout,
            },
        )?,
        (None, None) => {
            return Err(AppError::usage("no way to send the warnings: neither --smtp-url nor --outbox-dir is set")
                .hint("pass --smtp-url smtp://host:587?tls=required (or RGPDCTL_SMTP_URL), or --outbox-dir DIR to write .eml files for review"));
        }
    };
    let from = m.from.as_deref().ok_or_else(|| {
        AppError::usage("no sender address for the warnings")
            .hint("pass --mail-from noreply@example.org (or RGPDCTL_MAIL_FROM, or mail.from in the config)")
    })?;
    // Replies go to a person: the configured reply-to, else the support address, else the DPO.
    let c = &env.settings.controller;
    let reply_to = m.reply_to.as_deref().or_else(|| {
        [c.support_email.as_str(), c.dpo_email.as_str()]
            .into_iter()
            .find(|a| !a.trim().is_empty())
    });
    let envelope = Envelope::new(from, reply_to, &c.platform_name)?;
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
    let activity = check_activity(env, db, WARN_JOB, opts.accept_stale_activity).await?;
    let spec = Spec {
        name: WARN_JOB,
        dry_run: opts.dry_run,
        parameters: json!({
            "limit": opts.limit,
            "rate": rate,
            "retry_failed": opts.retry_failed,
            "transport": setup.as_ref().map(|s| s.transport.kind()),
            "connections": setup.as_ref().map(|s| s.connections),
            "outbox_is_delivery": env.settings.mail.outbox_is_delivery,
            "activity": activity.parameters(opts.accept_stale_activity),
        }),
    };
    job::run(env, db, spec, async |run, db, report| {
        let res = warn_work(
            env,
            run,
            db,
            opts,
            &templates,
            setup.as_ref(),
            rate,
            &activity,
            report,
        )
        .await;
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
    activity: &ActivityCheck,
    report: &mut JobReport,
) -> Result<()> {
    let now = env.now();
    let policy = &env.settings.policy;
    if let Some(s) = setup {
        s.transport.check().await?;
    }
    // The outbox folder is for review unless it is a spool an MTA delivers: a warning only
    // written there is delivered by the next real send, not counted as sent.
    let m = &env.settings.mail;
    let writes_for_review = m.outbox_dir.is_some() && !m.outbox_is_delivery;
    report.set("activity_known_until", activity.known_until.map(show_time));
    let bound = q::prefilter_bound(policy.warning_cutoff(now));
    let rows = q::inactive_candidates(db, bound).await?;
    let mut new = Vec::new();
    let (mut pending, mut sent, mut failed, mut restricted) = (0u64, 0i64, 0u64, 0i64);
    let mut written = 0i64;
    let mut dates = Vec::new();
    for a in &rows {
        let st = q::standing(policy, env.settings.bounce_lead, now, a);
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
            (Some(n), false) if n.status == "written" && writes_for_review => written += 1,
            // A bounce whose address was corrected since: a new warning is due.
            (Some(n), false) if n.status == "failed" && n.address_corrected => {
                pending += 1;
                dates.push(n.deletion_date.max(policy.warning_lead.after(now)));
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
    if writes_for_review {
        report.set("already_written", written);
    }
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
    let mut items = q::outgoing(db, opts.retry_failed, !writes_for_review, limit).await?;
    let progress = env.events.progress(
        Some(items.len() as u64),
        "{spinner} warnings {pos}/{len} [{elapsed}] {per_sec}",
    );
    let warn = |m: &str| env.events.warn(m);
    let detail = |m: &str| env.events.detail(m);
    let envelope = setup
        .envelope
        .clone()
        .with_instance(crate::db::instance::id(db).await?);
    let sender = Sender {
        transport: &setup.transport,
        templates,
        envelope: &envelope,
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
        review_only: writes_for_review,
    };
    // In chunks, so that the counts are saved as the mails go (a killed run is journalled
    // with them) and a signal is noticed between two mails.
    let chunk = (setup.connections as usize).max(1) * MAILS_PER_CHECKPOINT;
    let mut d = Delivery::default();
    let delivered = async {
        while !items.is_empty() {
            let rest = items.split_off(chunk.min(items.len()));
            let batch = std::mem::replace(&mut items, rest);
            d.add(sender.deliver(db, batch, now).await?);
            if d.unavailable.is_some() {
                break;
            }
            set_delivery(report, &d, items.len(), writes_for_review);
            run.checkpoint(db, report).await?;
        }
        Ok::<(), AppError>(())
    }
    .await;
    setup.transport.close().await;
    delivered?;
    progress.finish_and_clear();
    set_delivery(report, &d, items.len(), writes_for_review);
    if writes_for_review && d.written > 0 {
        env.events.warn(&format!(
            "{} warning{} written to {} for review: not a delivery, no account is purged on {} until a real send (--smtp-url) delivers {}",
            d.written,
            if d.written == 1 { "" } else { "s" },
            setup.transport.describe(),
            if d.written == 1 { "it" } else { "them" },
            if d.written == 1 { "it" } else { "them" },
        ));
    }
    run.check()?;
    if let Some(stop) = d.unavailable.clone().filter(|s| s.config) {
        // A refusal of the session, the sender or the relay: configuration, exit 2.
        report.problem = Some(stop.into_error(&format!("{}: ", setup.transport.describe())));
    } else if d.failed > 0 {
        report.problem = Some(
            AppError::failure(format!(
                "{} warning{} refused by {} (5xx or invalid address), marked failed",
                d.failed,
                if d.failed == 1 { " was" } else { "s were" },
                setup.transport.describe()
            ))
            .hint(format!("correct the address (`rgpdctl subject rectify`): the next run warns again; otherwise the account becomes deletable {} after the failed attempt (accounts.bounce_lead)", env.settings.bounce_lead)),
        );
    } else if let Some(stop) = d.unavailable {
        report.problem = Some(stop.into_error(&format!(
            "{} became unavailable: ",
            setup.transport.describe()
        )));
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
fn set_delivery(report: &mut JobReport, d: &Delivery, left: usize, for_review: bool) {
    report.set("sent", d.sent);
    if for_review {
        report.set("written", d.written);
    }
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
    /// Act although the activity data is older than `[accounts] activity_max_age` (recorded).
    pub accept_stale_activity: bool,
}

pub const DEFAULT_PURGE_BATCH: u32 = 500;

impl Default for PurgeOptions {
    fn default() -> Self {
        PurgeOptions {
            dry_run: false,
            batch_size: DEFAULT_PURGE_BATCH,
            accept_stale_activity: false,
        }
    }
}

/// The purge job: accounts warned at least the lead time ago, past their (announced) deletion
/// date, inactive since the warning and not restricted, deleted in batches, each re-checked
/// under a row lock in the transaction that deletes it.
pub async fn purge(env: &Env, db: &mut Db, opts: &PurgeOptions) -> Result<JobReport> {
    let activity = check_activity(env, db, PURGE_JOB, opts.accept_stale_activity).await?;
    let spec = Spec {
        name: PURGE_JOB,
        dry_run: opts.dry_run,
        parameters: json!({
            "batch_size": opts.batch_size,
            "bounce_lead": env.settings.bounce_lead.to_string(),
            "activity": activity.parameters(opts.accept_stale_activity),
        }),
    };
    job::run(env, db, spec, async |run, db, report| {
        report.set("activity_known_until", activity.known_until.map(show_time));
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
        Skip::WarningWritten,
        Skip::BouncedTooRecently,
        Skip::AddressCorrected,
    ] {
        skips.insert(key.key(), 0);
    }
    let bounce_lead = env.settings.bounce_lead;
    let mut bounced = 0i64;
    for a in &rows {
        if policy.deletion_date(a.last_activity_at) > now {
            continue;
        }
        match q::purge_verdict(policy, bounce_lead, now, a) {
            Ok(()) => {
                if a.notification
                    .as_ref()
                    .is_some_and(|n| n.status == "failed")
                {
                    bounced += 1;
                }
                eligible.push(a.id)
            }
            Err(skip) => *skips.entry(skip.key()).or_default() += 1,
        }
    }
    let sent_before: DateTime<Utc> = policy.warning_lead.before(now);
    let bounced_before: DateTime<Utc> = bounce_lead.before(now);
    if opts.dry_run {
        report.set("would_delete", eligible.len() as i64);
        report.set("would_delete_bounced", bounced);
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
    report.set("bounced_deletable", bounced);
    let pb = env.events.progress(
        Some(eligible.len() as u64),
        "{spinner} accounts {pos}/{len} [{elapsed}]",
    );
    for chunk in eligible.chunks(opts.batch_size.max(1) as usize) {
        let (gone, cascade) =
            q::delete_eligible(db, chunk, now, sent_before, bounced_before).await?;
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
