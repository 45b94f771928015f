//! Inactive accounts: their status against the retention policy, the warning outbox, the purge.
//!
//! Dates are computed per account with `policy.rs` (calendar months on the Paris clock). SQL only
//! pre-selects with a generous bound on `last_activity_at` (the policy's cutoff plus a week, which
//! covers month-end clamping and DST), and the exact rule is applied in Rust.

use crate::error::Result;
use crate::policy::{CalDuration, Policy};
use chrono::{DateTime, Utc};
use tokio_postgres::Client;

/// The kind of notification this module writes.
pub const WARNING: &str = "inactivity_warning";

/// Where an account stands against the inactivity rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Before its warning date
    Active,
    /// Warning date reached, no warning delivered yet for this inactivity period
    WarningDue,
    /// Warned; the announced deletion date (or the lead time since the warning) is not reached
    Warned,
    /// Warned at least the lead time ago, deletion date passed (or the warning bounced at least
    /// the bounce lead ago): `accounts purge` deletes it
    DeletionDue,
    /// Restricted (Art. 18): skipped by every destructive job
    Restricted,
    /// The warning bounced (SMTP 5xx): deletable once the bounce lead has passed since the
    /// failed attempt (then `deletion due`), unless the address is corrected (then `warning due`)
    Failed,
    /// The warning was written to the outbox folder for review, not delivered: never deleted on
    /// its strength (a real send delivers it)
    Written,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::WarningDue => "warning due",
            Status::Warned => "warned",
            Status::DeletionDue => "deletion due",
            Status::Restricted => "restricted",
            Status::Failed => "failed",
            Status::Written => "written",
        }
    }
}

/// One account with the warning of its current inactivity period (if any).
#[derive(Debug, Clone)]
pub struct AccountRow {
    pub id: i64,
    pub pseudonym: String,
    pub email: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub role: String,
    pub last_activity_at: DateTime<Utc>,
    pub restricted_at: Option<DateTime<Utc>>,
    pub notification: Option<Notice>,
}

/// The warning of the account's current inactivity period.
#[derive(Debug, Clone)]
pub struct Notice {
    pub id: i64,
    pub status: String,
    pub sent_at: Option<DateTime<Utc>>,
    pub deletion_date: DateTime<Utc>,
    /// A bounce (`failed`): when the last attempt failed.
    pub failed_at: Option<DateTime<Utc>>,
    /// A bounce: the account's address differs from the one that bounced (a new warning is due).
    pub address_corrected: bool,
}

/// An account's dates and status at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub warning_date: DateTime<Utc>,
    pub deletion_date: DateTime<Utc>,
    pub status: Status,
}

/// Why an account past its deletion date is not deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    Restricted,
    NotWarned,
    WarningPending,
    WarningFailed,
    WarnedTooRecently,
    AnnouncedDateNotReached,
    /// The warning was only written to the outbox folder (not a delivery).
    WarningWritten,
    /// The warning bounced less than the bounce lead ago.
    BouncedTooRecently,
    /// The warning bounced, and the address was corrected since: a new warning is due.
    AddressCorrected,
}

impl Skip {
    pub fn key(self) -> &'static str {
        match self {
            Skip::Restricted => "skipped_restricted",
            Skip::NotWarned => "skipped_not_warned",
            Skip::WarningPending => "skipped_warning_pending",
            Skip::WarningFailed => "skipped_warning_failed",
            Skip::WarnedTooRecently => "skipped_warned_too_recently",
            Skip::AnnouncedDateNotReached => "skipped_announced_date_not_reached",
            Skip::WarningWritten => "skipped_warning_written",
            Skip::BouncedTooRecently => "skipped_bounced_too_recently",
            Skip::AddressCorrected => "skipped_bounced_address_corrected",
        }
    }
}

/// The status rule (README, "accounts warn" and "Bounced warnings"), pure.
pub fn standing(
    policy: &Policy,
    bounce_lead: CalDuration,
    now: DateTime<Utc>,
    a: &AccountRow,
) -> Standing {
    let deletion_date = policy.deletion_date(a.last_activity_at);
    let warning_date = policy.warning_date(a.last_activity_at);
    let status = if a.restricted_at.is_some() {
        Status::Restricted
    } else {
        let deletable =
            || deletion_date <= now && purge_verdict(policy, bounce_lead, now, a) == Ok(());
        match &a.notification {
            Some(n) if n.status == "failed" && n.address_corrected => Status::WarningDue,
            Some(n) if n.status == "failed" => {
                if deletable() {
                    Status::DeletionDue
                } else {
                    Status::Failed
                }
            }
            Some(n) if n.status == "written" => Status::Written,
            Some(n) if n.status == "sent" => {
                if deletable() {
                    Status::DeletionDue
                } else {
                    Status::Warned
                }
            }
            _ if warning_date <= now => Status::WarningDue,
            _ => Status::Active,
        }
    };
    Standing {
        warning_date,
        deletion_date,
        status,
    }
}

/// Whether `accounts purge` may delete this account now, or why not. Only meaningful for an
/// account whose deletion date has passed. A bounced warning (`failed`) counts once the bounce
/// lead has passed since the failed attempt, unless the address was corrected since; a warning
/// only written to the outbox folder never counts.
pub fn purge_verdict(
    policy: &Policy,
    bounce_lead: CalDuration,
    now: DateTime<Utc>,
    a: &AccountRow,
) -> Result<(), Skip> {
    if a.restricted_at.is_some() {
        return Err(Skip::Restricted);
    }
    let Some(n) = &a.notification else {
        return Err(Skip::NotWarned);
    };
    match n.status.as_str() {
        "sent" => {}
        "failed" if n.address_corrected => return Err(Skip::AddressCorrected),
        "failed" => {
            return match n.failed_at {
                Some(f) if f <= bounce_lead.before(now) => {
                    if policy.deletion_date(a.last_activity_at) > now {
                        Err(Skip::AnnouncedDateNotReached)
                    } else {
                        Ok(())
                    }
                }
                Some(_) => Err(Skip::BouncedTooRecently),
                None => Err(Skip::WarningFailed),
            };
        }
        "written" => return Err(Skip::WarningWritten),
        _ => return Err(Skip::WarningPending),
    }
    match n.sent_at {
        Some(sent) if sent <= policy.warning_lead.before(now) => {}
        _ => return Err(Skip::WarnedTooRecently),
    }
    if n.deletion_date > now || policy.deletion_date(a.last_activity_at) > now {
        return Err(Skip::AnnouncedDateNotReached);
    }
    Ok(())
}

/// A bound on `last_activity_at` that every account whose date (`date_of(last)`) is at or
/// before `now` satisfies: the policy's cutoff plus a week of slack for month-end clamping.
pub fn prefilter_bound(cutoff: DateTime<Utc>) -> DateTime<Utc> {
    CalDuration::Days(7).after(cutoff)
}

/// The hex SHA-256 of an address as `notifications.failed_address_sha256` stores it (`$email` is
/// replaced by the column).
macro_rules! email_hash {
    ($col:literal) => {
        concat!(
            "encode(sha256(convert_to(lower(",
            $col,
            "), 'UTF8')), 'hex')"
        )
    };
}

/// Whether the bounced notification `n`'s address differs from its account `a`'s (SQL).
pub const ADDRESS_CORRECTED: &str = concat!(
    "coalesce(n.failed_address_sha256 <> ",
    email_hash!("a.email"),
    ", false)"
);

const SELECT_ACCOUNTS: &str = concat!(
    "
SELECT a.id, a.pseudonym, a.email, a.first_name, a.last_name, a.role, a.last_activity_at,
       a.restricted_at, n.id, n.status, n.sent_at, n.deletion_date, n.failed_at,
       coalesce(n.failed_address_sha256 <> ",
    email_hash!("a.email"),
    ", false)
  FROM accounts a
  LEFT JOIN notifications n
    ON n.account_id = a.id AND n.kind = 'inactivity_warning' AND n.period_start = a.last_activity_at
 WHERE a.last_activity_at <= $1"
);

fn account_row(r: &tokio_postgres::Row) -> AccountRow {
    let notification = r.get::<_, Option<i64>>(8).map(|id| Notice {
        id,
        status: r.get(9),
        sent_at: r.get(10),
        deletion_date: r.get(11),
        failed_at: r.get(12),
        address_corrected: r.get(13),
    });
    AccountRow {
        id: r.get(0),
        pseudonym: r.get(1),
        email: r.get(2),
        first_name: r.get(3),
        last_name: r.get(4),
        role: r.get(5),
        last_activity_at: r.get(6),
        restricted_at: r.get(7),
        notification,
    }
}

/// Accounts whose last activity is at or before `bound`, oldest activity (earliest deletion
/// date) first, with the warning of their current inactivity period.
pub async fn inactive_candidates(db: &Client, bound: DateTime<Utc>) -> Result<Vec<AccountRow>> {
    let sql = format!("{SELECT_ACCOUNTS} ORDER BY a.last_activity_at, a.id");
    let rows = db.query(&sql, &[&bound]).await?;
    Ok(rows.iter().map(account_row).collect())
}

/// The listing's query (bench/accounts_inactive.sh runs the same text in psql): what the
/// listing shows and nothing more, oldest activity first.
pub const LISTING_SQL: &str = concat!(
    "
SELECT a.id, a.pseudonym, a.email, a.role, a.last_activity_at, a.restricted_at,
       n.id, n.status, n.sent_at, n.deletion_date, n.failed_at,
       coalesce(n.failed_address_sha256 <> ",
    email_hash!("a.email"),
    ", false)
  FROM accounts a
  LEFT JOIN notifications n
    ON n.account_id = a.id AND n.kind = 'inactivity_warning' AND n.period_start = a.last_activity_at
 WHERE a.last_activity_at <= $1 AND ($2::text IS NULL OR a.role = $2)
 ORDER BY a.last_activity_at, a.id"
);

/// Streams the listing's rows to `each` as they arrive (no full result in memory).
pub async fn for_each_listed(
    db: &Client,
    bound: DateTime<Utc>,
    role: Option<&str>,
    mut each: impl FnMut(AccountRow) -> Result<()>,
) -> Result<()> {
    use futures_util::TryStreamExt;
    let params: [&(dyn tokio_postgres::types::ToSql + Sync); 2] = [&bound, &role];
    let stream = db.query_raw(LISTING_SQL, params).await?;
    let mut stream = std::pin::pin!(stream);
    while let Some(r) = stream.try_next().await? {
        let notification = r.get::<_, Option<i64>>(6).map(|id| Notice {
            id,
            status: r.get(7),
            sent_at: r.get(8),
            deletion_date: r.get(9),
            failed_at: r.get(10),
            address_corrected: r.get(11),
        });
        each(AccountRow {
            id: r.get(0),
            pseudonym: r.get(1),
            email: r.get(2),
            first_name: None,
            last_name: None,
            role: r.get(3),
            last_activity_at: r.get(4),
            restricted_at: r.get(5),
            notification,
        })?;
    }
    Ok(())
}

/// Records pending warnings (the outbox) for these accounts, each for its current inactivity
/// period; an account whose activity or restriction changed since it was read is left out, and
/// a warning already recorded for the period is not duplicated. Returns how many were created.
pub async fn create_pending(
    db: &Client,
    accounts: &[(i64, DateTime<Utc>, DateTime<Utc>)],
    now: DateTime<Utc>,
) -> Result<u64> {
    let ids: Vec<i64> = accounts.iter().map(|a| a.0).collect();
    let periods: Vec<DateTime<Utc>> = accounts.iter().map(|a| a.1).collect();
    let deletions: Vec<DateTime<Utc>> = accounts.iter().map(|a| a.2).collect();
    let n = db
        .execute(
            "INSERT INTO notifications (account_id, kind, period_start, deletion_date, status, created_at)
             SELECT a.id, 'inactivity_warning', a.last_activity_at, x.deletion_date, 'pending', $4
               FROM unnest($1::bigint[], $2::timestamptz[], $3::timestamptz[])
                    AS x(account_id, period_start, deletion_date)
               JOIN accounts a ON a.id = x.account_id
                              AND a.last_activity_at = x.period_start
                              AND a.restricted_at IS NULL
             ON CONFLICT (account_id, kind, period_start) DO NOTHING",
            &[&ids, &periods, &deletions, &now],
        )
        .await?;
    Ok(n)
}

/// A warning to send: the notification and its recipient.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub notification_id: i64,
    pub attempts: i32,
    pub deletion_date: DateTime<Utc>,
    pub period_start: DateTime<Utc>,
    pub pseudonym: String,
    pub email: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
}

/// Pending warnings whose period is still the account's current one and whose account is not
/// restricted, oldest first: with `deliver_written`, those only written to the outbox folder
/// too (a real send delivers them); bounced ones whose address was corrected since (a new
/// warning is due); with `retry_failed`, every bounced one.
pub async fn outgoing(
    db: &Client,
    retry_failed: bool,
    deliver_written: bool,
    limit: Option<i64>,
) -> Result<Vec<Outgoing>> {
    let mut statuses: Vec<&str> = vec!["pending"];
    if retry_failed {
        statuses.push("failed");
    }
    if deliver_written {
        statuses.push("written");
    }
    let rows = db
        .query(
            concat!(
                "SELECT n.id, n.attempts, n.deletion_date, n.period_start, a.pseudonym, a.email,
                        a.first_name, a.last_name
                   FROM notifications n
                   JOIN accounts a ON a.id = n.account_id AND a.last_activity_at = n.period_start
                  WHERE n.kind = 'inactivity_warning' AND a.restricted_at IS NULL
                    AND (n.status = ANY($1)
                         OR (n.status = 'failed' AND n.failed_address_sha256 <> ",
                email_hash!("a.email"),
                "))
                  ORDER BY n.id
                  LIMIT $2"
            ),
            &[&statuses, &limit],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|r| Outgoing {
            notification_id: r.get(0),
            attempts: r.get(1),
            deletion_date: r.get(2),
            period_start: r.get(3),
            pseudonym: r.get(4),
            email: r.get(5),
            first_name: r.get(6),
            last_name: r.get(7),
        })
        .collect())
}

/// The server accepted the mail, which announced `deletion_date`: `sent` when `delivered`, else
/// `written` (written to the outbox folder for review, README "accounts warn": the purge does
/// not count it, a real send delivers it later).
pub async fn mark_sent(
    db: &Client,
    id: i64,
    now: DateTime<Utc>,
    deletion_date: DateTime<Utc>,
    message_id: &str,
    response: &str,
    delivered: bool,
) -> Result<()> {
    db.execute(
        "UPDATE notifications
            SET status = CASE WHEN $6 THEN 'sent' ELSE 'written' END, attempts = attempts + 1,
                sent_at = CASE WHEN $6 THEN $2 ELSE sent_at END,
                written_at = CASE WHEN $6 THEN written_at ELSE $2 END,
                message_id = $3, server_response = $4, last_error = NULL, deletion_date = $5
          WHERE id = $1",
        &[
            &id,
            &now,
            &message_id,
            &response,
            &deletion_date,
            &delivered,
        ],
    )
    .await?;
    Ok(())
}

/// Whether this session's commits wait for the WAL flush: off while the marks after each mail
/// go (see `ops::accounts::warn`), back on (the server's setting) for what follows.
pub async fn synchronous_commit(db: &Client, on: bool) -> Result<()> {
    db.batch_execute(if on {
        "RESET synchronous_commit"
    } else {
        "SET synchronous_commit = off"
    })
    .await?;
    Ok(())
}

/// The attempt failed: `failed` (5xx, bad address) or still `pending` (4xx, server unreachable).
/// A bounce records when it happened and (hashed) the address that bounced: the bounce rule
/// counts from it, and a corrected address calls for a new warning.
pub async fn mark_attempt_failed(
    db: &Client,
    id: i64,
    permanent: bool,
    error: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    if permanent {
        db.execute(
            concat!(
                "UPDATE notifications n SET status = 'failed', attempts = attempts + 1,
                        last_error = $2, failed_at = $3, failed_address_sha256 = ",
                email_hash!("a.email"),
                " FROM accounts a WHERE n.id = $1 AND a.id = n.account_id"
            ),
            &[&id, &error, &now],
        )
        .await?;
    } else {
        db.execute(
            "UPDATE notifications SET status = 'pending', attempts = attempts + 1, last_error = $2
              WHERE id = $1",
            &[&id, &error],
        )
        .await?;
    }
    Ok(())
}

/// The purge's rule on the notification `n` of account `a` (`$2` sent before, `$3` now, `$4`
/// bounced before): warned (delivered) long enough ago with the announced date passed, or
/// bounced long enough ago at the address the account still has.
macro_rules! warned_or_bounced {
    () => {
        concat!(
            "((n.status = 'sent' AND n.sent_at <= $2 AND n.deletion_date <= $3)
               OR (n.status = 'failed' AND n.failed_at <= $4 AND n.failed_address_sha256 = ",
            email_hash!("a.email"),
            "))"
        )
    };
}
use warned_or_bounced as warned_or_bounced_sql;

/// Records one activity import (`kind` = `accounts` or `logs`) with the newest activity it
/// carried, in the import's transaction.
pub async fn record_activity_import(
    db: &Client,
    kind: &str,
    now: DateTime<Utc>,
    newest_activity: Option<DateTime<Utc>>,
    rows: i64,
) -> Result<()> {
    db.execute(
        "INSERT INTO activity_imports (kind, imported_at, newest_activity_at, rows)
         VALUES ($1, $2, $3, $4)",
        &[&kind, &now, &newest_activity, &rows],
    )
    .await?;
    Ok(())
}

/// An activity import as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityImport {
    pub kind: String,
    pub imported_at: DateTime<Utc>,
    pub newest_activity_at: Option<DateTime<Utc>>,
}

/// How fresh the activity data is: the time up to which activity is known (the newest activity
/// an import carried, no later than that import's time), and the last activity import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Freshness {
    pub known_until: Option<DateTime<Utc>>,
    pub last_import: Option<ActivityImport>,
}

/// The freshness of the activity data as of `now` (imports recorded after `now`, on a clock
/// set back, do not count).
pub async fn activity_freshness(db: &Client, now: DateTime<Utc>) -> Result<Freshness> {
    let known_until: Option<DateTime<Utc>> = db
        .query_one(
            // (least() ignores NULLs: an import without activity dates must not count.)
            "SELECT max(least(imported_at, newest_activity_at)) FROM activity_imports
              WHERE imported_at <= $1 AND newest_activity_at IS NOT NULL",
            &[&now],
        )
        .await?
        .get(0);
    let last_import = db
        .query_opt(
            "SELECT kind, imported_at, newest_activity_at FROM activity_imports
              WHERE imported_at <= $1 ORDER BY imported_at DESC, id DESC LIMIT 1",
            &[&now],
        )
        .await?
        .map(|r| ActivityImport {
            kind: r.get(0),
            imported_at: r.get(1),
            newest_activity_at: r.get(2),
        });
    Ok(Freshness {
        known_until,
        last_import,
    })
}

/// How many connection-log rows and subscriptions go with these accounts.
pub struct Cascade {
    pub connection_logs: i64,
    pub subscriptions: i64,
    pub audience_events: i64,
}

/// Deletes, in one transaction, those of `ids` that are still eligible: rows locked, the rule
/// re-checked under the lock (same period as the sent warning, sent at or before `sent_before`,
/// announced date at or before `now`, not restricted), then deleted with what cascades.
/// Returns the ids deleted and what went with them.
pub async fn delete_eligible(
    db: &mut Client,
    ids: &[i64],
    now: DateTime<Utc>,
    sent_before: DateTime<Utc>,
    bounced_before: DateTime<Utc>,
) -> Result<(Vec<i64>, Cascade)> {
    let tx = db.transaction().await?;
    let locked: Vec<i64> = tx
        .query(
            concat!(
                "SELECT a.id
               FROM accounts a
               JOIN notifications n
                 ON n.account_id = a.id AND n.kind = 'inactivity_warning'
                AND n.period_start = a.last_activity_at
              WHERE a.id = ANY($1) AND a.restricted_at IS NULL AND ",
                warned_or_bounced_sql!(),
                "
              ORDER BY a.id
                FOR UPDATE OF a"
            ),
            &[&ids, &sent_before, &now, &bounced_before],
        )
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    // FOR UPDATE re-reads a row changed since the statement's snapshot but does not re-apply
    // the join: check the locked rows once more, now that nobody can change them.
    let still: Vec<i64> = tx
        .query(
            concat!(
                "SELECT a.id FROM accounts a
               JOIN notifications n
                 ON n.account_id = a.id AND n.kind = 'inactivity_warning'
                AND n.period_start = a.last_activity_at
              WHERE a.id = ANY($1) AND a.restricted_at IS NULL AND ",
                warned_or_bounced_sql!()
            ),
            &[&locked, &sent_before, &now, &bounced_before],
        )
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let counts = tx
        .query_one(
            "SELECT (SELECT count(*) FROM connection_logs WHERE account_id = ANY($1)),
                    (SELECT count(*) FROM dataset_subscriptions WHERE account_id = ANY($1)),
                    (SELECT count(*) FROM audience_events WHERE account_id = ANY($1))",
            &[&still],
        )
        .await?;
    let cascade = Cascade {
        connection_logs: counts.get(0),
        subscriptions: counts.get(1),
        audience_events: counts.get(2),
    };
    tx.execute("DELETE FROM accounts WHERE id = ANY($1)", &[&still])
        .await?;
    tx.commit().await?;
    Ok((still, cascade))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::parse_time;

    fn t(s: &str) -> DateTime<Utc> {
        parse_time(s).unwrap()
    }

    fn account(last: &str) -> AccountRow {
        AccountRow {
            id: 1,
            pseudonym: "p".into(),
            email: "p@example.org".into(),
            first_name: None,
            last_name: None,
            role: "user".into(),
            last_activity_at: t(last),
            restricted_at: None,
            notification: None,
        }
    }

    fn sent(a: &mut AccountRow, at: &str) {
        a.notification = Some(Notice {
            id: 9,
            status: "sent".into(),
            sent_at: Some(t(at)),
            deletion_date: CalDuration::Months(24).after(a.last_activity_at),
            failed_at: None,
            address_corrected: false,
        });
    }

    #[test]
    fn status_on_both_sides_of_each_limit() {
        let p = Policy::default();
        // Last activity 2024-07-31 10:00 Paris: deletion 2026-07-31, warning 2026-07-01.
        let a = account("2024-07-31 10:00:00");
        let lead = p.warning_lead;
        let s = |now: &str, a: &AccountRow| standing(&p, lead, t(now), a).status;
        assert_eq!(s("2026-07-01 09:59:59", &a), Status::Active);
        assert_eq!(s("2026-07-01 10:00:00", &a), Status::WarningDue);
        assert_eq!(s("2026-08-01 10:00:00", &a), Status::WarningDue);
        let mut w = a.clone();
        sent(&mut w, "2026-07-01 10:00:00");
        assert_eq!(s("2026-07-02 10:00:00", &w), Status::Warned);
        assert_eq!(s("2026-07-31 09:59:59", &w), Status::Warned);
        assert_eq!(s("2026-07-31 10:00:00", &w), Status::DeletionDue);
        // Warned late: deletion waits for the lead time after the warning.
        let mut late = a.clone();
        sent(&mut late, "2026-07-20 10:00:00");
        assert_eq!(s("2026-08-01 10:00:00", &late), Status::Warned);
        assert_eq!(
            purge_verdict(&p, lead, t("2026-08-01 10:00:00"), &late),
            Err(Skip::WarnedTooRecently)
        );
        assert_eq!(s("2026-08-19 10:00:00", &late), Status::DeletionDue);
        let mut r = w.clone();
        r.restricted_at = Some(t("2026-01-01"));
        assert_eq!(s("2026-09-01", &r), Status::Restricted);
        let mut f = a.clone();
        f.notification = Some(Notice {
            id: 1,
            status: "failed".into(),
            sent_at: None,
            deletion_date: t("2026-07-31 10:00:00"),
            failed_at: Some(t("2026-08-01 10:00:00")),
            address_corrected: false,
        });
        // A bounce: kept for the bounce lead after the failed attempt, then deletable.
        assert_eq!(s("2026-08-31 09:59:59", &f), Status::Failed);
        assert_eq!(
            purge_verdict(&p, lead, t("2026-08-31 09:59:59"), &f),
            Err(Skip::BouncedTooRecently)
        );
        assert_eq!(s("2026-08-31 10:00:00", &f), Status::DeletionDue);
        assert_eq!(
            purge_verdict(&p, lead, t("2026-08-31 10:00:00"), &f),
            Ok(())
        );
        // A shorter bounce lead.
        assert_eq!(
            purge_verdict(&p, CalDuration::Days(10), t("2026-08-11 10:00:00"), &f),
            Ok(())
        );
        // The address corrected since: a new warning is due, never a deletion.
        let mut c = f.clone();
        if let Some(n) = c.notification.as_mut() {
            n.address_corrected = true;
        }
        assert_eq!(s("2026-12-01", &c), Status::WarningDue);
        assert_eq!(
            purge_verdict(&p, lead, t("2026-12-01"), &c),
            Err(Skip::AddressCorrected)
        );
        // A bounce of unknown time is never deletable on its strength.
        let mut u = f.clone();
        if let Some(n) = u.notification.as_mut() {
            n.failed_at = None;
        }
        assert_eq!(s("2027-12-01", &u), Status::Failed);
        // Bounced before the deletion date: waits for the deletion date too.
        let mut early = f.clone();
        if let Some(n) = early.notification.as_mut() {
            n.failed_at = Some(t("2026-06-20 10:00:00"));
        }
        assert_eq!(
            purge_verdict(&p, lead, t("2026-07-31 09:59:59"), &early),
            Err(Skip::AnnouncedDateNotReached)
        );
        assert_eq!(
            purge_verdict(&p, lead, t("2026-07-31 10:00:00"), &early),
            Ok(())
        );
        // Written to the outbox folder for review: not a delivery.
        let mut w2 = w.clone();
        if let Some(n) = w2.notification.as_mut() {
            n.status = "written".into();
        }
        assert_eq!(s("2026-09-01", &w2), Status::Written);
        assert_eq!(
            purge_verdict(&p, lead, t("2026-09-01"), &w2),
            Err(Skip::WarningWritten)
        );
    }

    #[test]
    fn end_of_month_dates() {
        let p = Policy::default();
        // 2024-02-29 + 24 months = 2026-02-28 (clamped); warning 30 days before: 2026-01-29.
        let a = account("2024-02-29 12:00:00");
        let st = standing(&p, p.warning_lead, t("2026-01-29 12:00:00"), &a);
        assert_eq!(st.deletion_date, t("2026-02-28 12:00:00"));
        assert_eq!(st.warning_date, t("2026-01-29 12:00:00"));
        assert_eq!(st.status, Status::WarningDue);
        // The SQL pre-filter keeps it although the inverse cutoff is a day earlier.
        let now = t("2026-01-29 12:00:00");
        assert!(a.last_activity_at <= prefilter_bound(p.warning_cutoff(now)));
        assert!(a.last_activity_at > p.warning_cutoff(now));
    }
}
