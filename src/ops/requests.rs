//! `requests add | list | extend | close`: the register of rights requests and its calendar
//! deadlines (Art. 12(3): one month from receipt, extensible once by two months).
//! One-shot register writes: each leaves one journal row (`Env::audit`), never personal data.

use super::Env;
use crate::db::requests::{self as reg, NewRequest, RequestRow};
use crate::db::Db;
use crate::error::{AppError, Result};
use crate::policy::show_time;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;

/// The date in Paris of an instant: deadlines run on the French calendar.
pub fn paris_date(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&chrono_tz::Europe::Paris).date_naive()
}

/// A request to register.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddOptions {
    /// The requester's email (linked to their account when one has it).
    pub email: Option<String>,
    /// The requester's account id.
    pub account: Option<i64>,
    /// The right exercised (one of `db::subject::RIGHTS`).
    pub right: String,
    /// When it was received (default: the run's clock).
    pub received: Option<DateTime<Utc>>,
    pub note: Option<String>,
}

/// A registered request.
#[derive(Debug, Clone)]
pub struct Added {
    pub id: i64,
    pub right: String,
    pub account_id: Option<i64>,
    pub received_at: DateTime<Utc>,
    pub due_at: NaiveDate,
}

/// What `add` refuses before reading anything: a receipt in the future, an empty email, no one.
pub fn check_add(env: &Env, opts: &AddOptions) -> Result<DateTime<Utc>> {
    let now = env.now();
    let received = opts.received.unwrap_or(now);
    if received > now {
        return Err(AppError::usage(format!(
            "--received `{}` is in the future",
            show_time(received)
        )));
    }
    if opts.email.as_deref().is_some_and(|e| e.trim().is_empty()) {
        return Err(AppError::usage("--email is empty"));
    }
    if opts.email.is_none() && opts.account.is_none() {
        return Err(AppError::usage("say who: --email EMAIL or --account ID"));
    }
    Ok(received)
}

pub async fn add(env: &Env, db: &mut Db, opts: &AddOptions) -> Result<Added> {
    let received = check_add(env, opts)?;
    super::clock::guard_write(env, db, "requests add", false).await?;
    let due = env.settings.policy.request_due(paris_date(received));
    let (account_id, email) = match (opts.account, &opts.email) {
        (Some(id), email) => {
            let known = reg::account_email(&**db, id)
                .await?
                .ok_or_else(|| AppError::failure(format!("no account `{id}`")))?;
            (Some(id), Some(email.clone().unwrap_or(known)))
        }
        (None, Some(e)) => (
            reg::account_with_email(&**db, e).await?,
            Some(e.trim().to_string()),
        ),
        (None, None) => return Err(AppError::usage("say who: --email EMAIL or --account ID")),
    };
    let id = reg::insert(
        &**db,
        &NewRequest {
            account_id,
            email: email.as_deref(),
            right: &opts.right,
            received_at: received,
            due_at: due,
            note: opts.note.as_deref(),
        },
    )
    .await?;
    env.audit(
        db,
        "requests add",
        &json!({"request_id": id, "right": opts.right}),
        &json!({"requests_added": 1}),
        "ok",
    )
    .await?;
    Ok(Added {
        id,
        right: opts.right.clone(),
        account_id,
        received_at: received,
        due_at: due,
    })
}

/// Which requests to list; `Default` lists them all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListOptions {
    /// Only requests still open.
    pub open: bool,
    /// Only open requests past their (possibly extended) deadline.
    pub overdue: bool,
    /// Only requests for this right.
    pub right: Option<String>,
}

/// The register as of the run's clock.
#[derive(Debug, Clone)]
pub struct Register {
    pub today: NaiveDate,
    pub requests: Vec<RequestRow>,
}

impl Register {
    pub fn is_overdue(&self, r: &RequestRow) -> bool {
        r.status == "open" && r.deadline < self.today
    }
    /// Days left before the deadline of an open request (negative once past).
    pub fn days_left(&self, r: &RequestRow) -> Option<i64> {
        (r.status == "open").then(|| (r.deadline - self.today).num_days())
    }
    pub fn overdue(&self) -> usize {
        self.requests.iter().filter(|r| self.is_overdue(r)).count()
    }
}

pub async fn list(env: &Env, db: &mut Db, opts: &ListOptions) -> Result<Register> {
    let today = paris_date(env.now());
    let requests = reg::list(
        &**db,
        &reg::Filter {
            open: opts.open,
            overdue: opts.overdue,
            today,
            right: opts.right.as_deref(),
        },
    )
    .await?;
    Ok(Register { today, requests })
}

fn no_request(id: i64) -> AppError {
    AppError::failure(format!("no request #{id}"))
        .hint("`rgpdctl requests list` shows the register")
}

/// An extension granted.
#[derive(Debug, Clone)]
pub struct Extended {
    pub id: i64,
    pub due_at: NaiveDate,
    pub extended_due_at: NaiveDate,
}

/// Extends request `id` once by the configured extension, within its first deadline.
pub async fn extend(env: &Env, db: &mut Db, id: i64, reason: &str) -> Result<Extended> {
    super::clock::guard_write(env, db, "requests extend", false).await?;
    let today = paris_date(env.now());
    let tx = db.transaction().await?;
    let req = reg::lock(&tx, id).await?.ok_or_else(|| no_request(id))?;
    if req.status != "open" {
        return Err(AppError::failure(format!(
            "request #{id} is already closed ({})",
            req.status
        )));
    }
    if let Some(ext) = req.extended_due_at {
        return Err(AppError::failure(format!(
            "request #{id} was already extended (deadline {ext})"
        ))
        .hint("Art. 12(3) allows one extension of two further months"));
    }
    if today > req.due_at {
        return Err(AppError::failure(format!(
            "request #{id}: the first deadline ({}) has passed, it can no longer be extended",
            req.due_at
        ))
        .hint("Art. 12(3): the person must be told of an extension within the first month"));
    }
    let extended = env
        .settings
        .policy
        .request_extension
        .add_to_date(req.due_at);
    reg::extend(&tx, id, extended, reason).await?;
    tx.commit().await?;
    env.audit(
        db,
        "requests extend",
        &json!({"request_id": id}),
        &json!({"requests_extended": 1}),
        "ok",
    )
    .await?;
    Ok(Extended {
        id,
        due_at: req.due_at,
        extended_due_at: extended,
    })
}

/// How a request is closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseOptions {
    pub id: i64,
    /// Refused (Art. 12(4): with its reason) rather than fulfilled.
    pub refused: bool,
    pub reason: Option<String>,
}

/// A request closed (or found closed the same way already).
#[derive(Debug, Clone)]
pub struct Closed {
    pub id: i64,
    pub status: &'static str,
    /// It was already closed so: nothing changed.
    pub unchanged: bool,
    /// Its deadline, when it was closed after it.
    pub late: Option<NaiveDate>,
}

pub async fn close(env: &Env, db: &mut Db, opts: &CloseOptions) -> Result<Closed> {
    let now = env.now();
    let id = opts.id;
    let status = if opts.refused { "refused" } else { "fulfilled" };
    super::clock::guard_write(env, db, "requests close", false).await?;
    let tx = db.transaction().await?;
    let req = reg::lock(&tx, id).await?.ok_or_else(|| no_request(id))?;
    if req.status == status {
        return Ok(Closed {
            id,
            status,
            unchanged: true,
            late: None,
        });
    }
    if req.status != "open" {
        return Err(AppError::failure(format!(
            "request #{id} is already closed as {}",
            req.status
        )));
    }
    if now < req.received_at {
        return Err(AppError::usage(format!(
            "request #{id} was received {}: it cannot be closed at {}, before that",
            show_time(req.received_at),
            show_time(now)
        ))
        .hint(
            "a request is closed after it is received (closed_at ≥ received_at); check --as-of",
        ));
    }
    if !opts.refused {
        check_carried_out(&tx, id).await?;
    }
    reg::close(&tx, id, status, now, opts.reason.as_deref()).await?;
    tx.commit().await?;
    env.audit(
        db,
        "requests close",
        &json!({"request_id": id, "status": status}),
        &json!({"requests_closed": 1}),
        "ok",
    )
    .await?;
    let deadline = req.extended_due_at.unwrap_or(req.due_at);
    Ok(Closed {
        id,
        status,
        unchanged: false,
        late: (paris_date(now) > deadline).then_some(deadline),
    })
}

/// An erasure or an objection is closed as fulfilled only once it was carried out: the
/// account gone and no identifiable survey response left; the objection recorded.
async fn check_carried_out(c: &impl tokio_postgres::GenericClient, id: i64) -> Result<()> {
    let Some(left) = reg::carried(c, id).await? else {
        return Err(no_request(id));
    };
    match left.right.as_str() {
        "erasure" => {
            if let Some(acc) = left.account_id {
                return Err(AppError::usage(format!(
                    "request #{id} (erasure): account `{acc}` still exists, not closed"
                ))
                .hint(format!(
                    "erase it first: `rgpdctl subject erase --account {acc}` closes the request itself"
                )));
            }
            if left.identifiable_responses > 0 {
                return Err(AppError::usage(format!(
                    "request #{id} (erasure): {} survey response(s) of the person are still identifiable, not closed",
                    left.identifiable_responses
                ))
                .hint(format!(
                    "erase them first: `rgpdctl subject erase --email …` (see `requests list` for request #{id}) closes the request itself"
                )));
            }
        }
        "objection" => match (left.account_id, left.objection_at) {
            (Some(_), Some(_)) => {}
            (Some(acc), None) => {
                return Err(AppError::usage(format!(
                    "request #{id} (objection): no objection is recorded for account `{acc}`, not closed"
                ))
                .hint(format!("record it: `rgpdctl subject object --account {acc} --scope …` fulfils the request itself; or close it with --refused --reason")));
            }
            (None, _) => {
                return Err(AppError::usage(format!(
                    "request #{id} (objection): it is linked to no account, where the objection would be recorded; not closed"
                ))
                .hint("link the request to the person's account, or close it with --refused --reason"));
            }
        },
        _ => {}
    }
    Ok(())
}
