//! The outbox protocol's sending half: for each pending notification, render, send, then record
//! the outcome at once. The notification was recorded as pending before (db::accounts), so a
//! crash leaves at most the mails in flight (one per connection) ambiguous, and a re-run sends
//! the pending ones and never one already marked sent.

use crate::cancel::Cancel;
use crate::db::accounts::{self as q, Outgoing};
use crate::error::{AppError, Result};
use crate::mail::transport::{SendError, Stop, Transport};
use crate::mail::{french_date, french_duration, Envelope, Templates, WarningContext};
use crate::output::mask_email;
use crate::policy::Policy;
use crate::settings::Controller;
use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use indicatif::ProgressBar;
use std::cell::{Cell, RefCell};
use std::time::Duration;
use tokio::time::Instant;

/// At most `rate` mails per second, spread evenly (the relay's quota).
pub struct Pacer {
    interval: Option<Duration>,
    next: RefCell<Option<Instant>>,
}

impl Pacer {
    pub fn new(rate: Option<f64>) -> Pacer {
        let interval = rate
            .filter(|r| *r > 0.0 && r.is_finite())
            .map(|r| Duration::from_secs_f64(1.0 / r));
        Pacer {
            interval,
            next: RefCell::new(None),
        }
    }
    /// Waits for this mail's slot.
    pub async fn wait(&self) {
        let Some(step) = self.interval else { return };
        let now = Instant::now();
        let slot = {
            let mut next = self.next.borrow_mut();
            let slot = next.map_or(now, |n| n.max(now));
            *next = Some(slot + step);
            slot
        };
        tokio::time::sleep_until(slot).await;
    }
}

/// What a delivery run did.
#[derive(Debug, Default)]
pub struct Delivery {
    pub sent: i64,
    /// Written to the outbox folder for review (not a delivery): `written`.
    pub written: i64,
    /// 4xx: still pending.
    pub deferred: i64,
    /// 5xx or bad address: failed.
    pub failed: i64,
    /// Not attempted because the server became unreachable (still pending).
    pub not_attempted: i64,
    /// Why the run stopped early, if it did (the server, the session, the sender, the relay).
    pub unavailable: Option<Stop>,
}

impl Delivery {
    /// Adds the figures of a later delivery (the first reason to stop is kept).
    pub fn add(&mut self, d: Delivery) {
        self.sent += d.sent;
        self.written += d.written;
        self.deferred += d.deferred;
        self.failed += d.failed;
        self.not_attempted += d.not_attempted;
        if self.unavailable.is_none() {
            self.unavailable = d.unavailable;
        }
    }
}

/// Where the sender tells what happened to each mail (the caller's printer or journal).
pub struct Notes<'a> {
    /// A mail deferred, refused or impossible to build (always shown).
    pub warn: &'a dyn Fn(&str),
    /// A mail accepted, with the server's answer (shown with -v).
    pub detail: &'a dyn Fn(&str),
    /// Advanced by one per mail attempted.
    pub progress: &'a ProgressBar,
}

pub struct Sender<'a> {
    pub transport: &'a Transport,
    pub templates: &'a Templates,
    pub envelope: &'a Envelope,
    pub connections: usize,
    pub pacer: Pacer,
    pub policy: &'a Policy,
    pub controller: &'a Controller,
    /// Checked before each mail: once it is set no new mail leaves; those already handed to
    /// the server finish and are marked, the others stay pending (`not_attempted`).
    pub cancel: &'a Cancel,
    pub notes: Notes<'a>,
    /// The transport writes files for review (the outbox folder without
    /// `[mail] outbox_is_delivery`): a mail written is `written`, not `sent`.
    pub review_only: bool,
}

impl Sender<'_> {
    /// The deletion date the mail announces: the policy's date, but never less than the lead
    /// time from now (the purge waits that long after the warning). An account found long past
    /// its date at the first run is told the date it will really be deleted.
    pub fn announced(&self, o: &Outgoing, now: DateTime<Utc>) -> DateTime<Utc> {
        o.deletion_date.max(self.policy.warning_lead.after(now))
    }

    pub fn context(&self, o: &Outgoing, announced: DateTime<Utc>) -> WarningContext {
        let c = self.controller;
        let first = o.first_name.clone().unwrap_or_default();
        let last = o.last_name.clone().unwrap_or_default();
        let full = format!("{first} {last}").trim().to_string();
        WarningContext {
            pseudonym: o.pseudonym.clone(),
            display_name: if full.is_empty() {
                o.pseudonym.clone()
            } else {
                full
            },
            first_name: first,
            last_name: last,
            deletion_date: french_date(announced),
            deletion_date_iso: crate::policy::show_date(announced),
            last_activity_date: french_date(o.period_start),
            inactivity: french_duration(self.policy.account_inactivity),
            platform_name: c.platform_name.clone(),
            platform_url: c.platform_url.clone(),
            controller_name: c.name.clone(),
            controller_of: crate::mail::of_name(&c.name_article, &c.name),
            late: announced > self.policy.deletion_date(o.period_start),
            login_deadline: french_date(announced - chrono::Duration::days(1)),
            dpo_email: c.dpo_email.clone(),
            support_email: c.support_email.clone(),
        }
    }

    /// Sends every item (several connections at once), recording each outcome as it comes.
    /// A database error stops the run and is returned; an unreachable server stops the sending
    /// and is reported in `Delivery::unavailable`; a cancelled token stops it too (the mails in
    /// flight finish and are marked first).
    pub async fn deliver(
        &self,
        db: &tokio_postgres::Client,
        items: Vec<Outgoing>,
        now: DateTime<Utc>,
    ) -> Result<Delivery> {
        let pb = self.notes.progress;
        let stop = Cell::new(false);
        let delivery = RefCell::new(Delivery::default());
        let results = futures_util::stream::iter(items)
            .map(|o| {
                let stop = &stop;
                let delivery = &delivery;
                let halted = || stop.get() || self.cancel.signal().is_some();
                async move {
                    if halted() {
                        delivery.borrow_mut().not_attempted += 1;
                        return Ok(());
                    }
                    self.pacer.wait().await;
                    if halted() {
                        delivery.borrow_mut().not_attempted += 1;
                        return Ok(());
                    }
                    let r = self.one(db, &o, now).await;
                    pb.inc(1);
                    match r? {
                        Outcome::Sent => delivery.borrow_mut().sent += 1,
                        Outcome::Written => delivery.borrow_mut().written += 1,
                        Outcome::Deferred => delivery.borrow_mut().deferred += 1,
                        Outcome::Failed => delivery.borrow_mut().failed += 1,
                        Outcome::Unavailable(why) => {
                            stop.set(true);
                            let mut d = delivery.borrow_mut();
                            d.not_attempted += 1;
                            d.unavailable.get_or_insert(why);
                        }
                    }
                    Ok::<(), AppError>(())
                }
            })
            .buffer_unordered(self.connections.max(1))
            .collect::<Vec<_>>()
            .await;
        for r in results {
            r?;
        }
        Ok(delivery.into_inner())
    }

    async fn one(
        &self,
        db: &tokio_postgres::Client,
        o: &Outgoing,
        now: DateTime<Utc>,
    ) -> Result<Outcome> {
        let masked = mask_email(&o.email);
        let message_id = self.envelope.message_id(o.notification_id);
        let announced = self.announced(o, now);
        let rendered = self.templates.render(&self.context(o, announced))?;
        let name = o
            .first_name
            .iter()
            .chain(o.last_name.iter())
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        let msg = match self.envelope.build(
            &o.email,
            Some(name.as_str()).filter(|n| !n.trim().is_empty()),
            &rendered,
            &message_id,
            now,
        ) {
            Ok(m) => m,
            Err(why) => {
                (self.notes.warn)(&format!(
                    "notification {} ({masked}): {why}",
                    o.notification_id
                ));
                q::mark_attempt_failed(db, o.notification_id, true, &why, now).await?;
                return Ok(Outcome::Failed);
            }
        };
        let stem = format!("warning-{:08}", o.notification_id);
        // Server answers may quote the address: log lines show it masked.
        let scrub = |s: &str| s.replace(&o.email, &masked);
        match self.transport.send(&msg, &stem).await {
            Ok(response) => {
                q::mark_sent(
                    db,
                    o.notification_id,
                    now,
                    announced,
                    &message_id,
                    &response,
                    !self.review_only,
                )
                .await?;
                (self.notes.detail)(&format!(
                    "notification {} ({masked}): {}{}",
                    o.notification_id,
                    scrub(&response),
                    if self.review_only {
                        " (for review, not delivered)"
                    } else {
                        ""
                    }
                ));
                Ok(if self.review_only {
                    Outcome::Written
                } else {
                    Outcome::Sent
                })
            }
            Err(SendError::Transient(e)) => {
                (self.notes.warn)(&format!(
                    "notification {} ({masked}) deferred, kept pending: {}",
                    o.notification_id,
                    scrub(&e)
                ));
                q::mark_attempt_failed(db, o.notification_id, false, &e, now).await?;
                Ok(Outcome::Deferred)
            }
            Err(SendError::Permanent(e)) => {
                (self.notes.warn)(&format!(
                    "notification {} ({masked}) refused, marked failed: {}",
                    o.notification_id,
                    scrub(&e)
                ));
                q::mark_attempt_failed(db, o.notification_id, true, &e, now).await?;
                Ok(Outcome::Failed)
            }
            Err(SendError::Unavailable(mut stop)) => {
                stop.message = scrub(&stop.message);
                q::mark_attempt_failed(db, o.notification_id, false, &stop.message, now).await?;
                Ok(Outcome::Unavailable(stop))
            }
        }
    }
}

enum Outcome {
    Sent,
    Written,
    Deferred,
    Failed,
    Unavailable(Stop),
}

#[cfg(test)]
mod tests {
    use super::Pacer;

    #[test]
    fn the_pacer_spreads_mails_evenly() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        rt.block_on(async {
            let p = Pacer::new(Some(50.0));
            let start = std::time::Instant::now();
            for _ in 0..6 {
                p.wait().await;
            }
            // Six mails at 50/s: the first at once, the sixth 100 ms later.
            assert!(start.elapsed() >= std::time::Duration::from_millis(95));
            let unlimited = Pacer::new(None);
            let start = std::time::Instant::now();
            for _ in 0..1000 {
                unlimited.wait().await;
            }
            assert!(start.elapsed() < std::time::Duration::from_millis(50));
        });
    }
}
