//! The register of rights requests (`rights_requests`).

use crate::error::Result;
use chrono::{DateTime, NaiveDate, Utc};
use tokio_postgres::GenericClient;

/// The email of account `id`, when it exists.
pub async fn account_email(c: &impl GenericClient, id: i64) -> Result<Option<String>> {
    Ok(
        c.query_opt("SELECT email FROM accounts WHERE id = $1", &[&id])
            .await?
            .map(|r| r.get(0)),
    )
}

/// The account whose email is `email` (case-insensitive), if any.
pub async fn account_with_email(c: &impl GenericClient, email: &str) -> Result<Option<i64>> {
    Ok(c.query_opt(
        "SELECT id FROM accounts WHERE lower(email) = lower($1)",
        &[&email],
    )
    .await?
    .map(|r| r.get(0)))
}

/// A request to register.
#[derive(Debug, Clone)]
pub struct NewRequest<'a> {
    pub account_id: Option<i64>,
    pub email: Option<&'a str>,
    pub right: &'a str,
    pub received_at: DateTime<Utc>,
    pub due_at: NaiveDate,
    pub note: Option<&'a str>,
}

/// Registers a request; returns its number.
pub async fn insert(c: &impl GenericClient, r: &NewRequest<'_>) -> Result<i64> {
    Ok(c.query_one(
        "INSERT INTO rights_requests (account_id, subject_email, \"right\", received_at, due_at, note)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        &[&r.account_id, &r.email, &r.right, &r.received_at, &r.due_at, &r.note],
    )
    .await?
    .get(0))
}

/// Which requests to list.
#[derive(Debug, Clone, Default)]
pub struct Filter<'a> {
    pub open: bool,
    /// Only open requests whose deadline is before `today`.
    pub overdue: bool,
    pub today: NaiveDate,
    pub right: Option<&'a str>,
}

/// One request of the register, with its deadline (the extended one when extended).
#[derive(Debug, Clone)]
pub struct RequestRow {
    pub id: i64,
    pub right: String,
    pub email: Option<String>,
    pub account_id: Option<i64>,
    pub received_at: DateTime<Utc>,
    pub due_at: NaiveDate,
    pub extended_due_at: Option<NaiveDate>,
    pub deadline: NaiveDate,
    pub status: String,
    pub closed_at: Option<DateTime<Utc>>,
    pub extension_reason: Option<String>,
    pub note: Option<String>,
}

/// The requests matching `f`, nearest deadline first.
pub async fn list(c: &impl GenericClient, f: &Filter<'_>) -> Result<Vec<RequestRow>> {
    let rows = c
        .query(
            "SELECT id, \"right\", subject_email, account_id, received_at, due_at, extended_due_at,
                    coalesce(extended_due_at, due_at) AS deadline, status, closed_at, extension_reason, note
               FROM rights_requests
              WHERE ($1::boolean = false OR status = 'open')
                AND ($2::boolean = false OR (status = 'open' AND coalesce(extended_due_at, due_at) < $3))
                AND ($4::text IS NULL OR \"right\" = $4)
              ORDER BY coalesce(extended_due_at, due_at), id",
            &[&f.open, &f.overdue, &f.today, &f.right],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|r| RequestRow {
            id: r.get("id"),
            right: r.get("right"),
            email: r.get("subject_email"),
            account_id: r.get("account_id"),
            received_at: r.get("received_at"),
            due_at: r.get("due_at"),
            extended_due_at: r.get("extended_due_at"),
            deadline: r.get("deadline"),
            status: r.get("status"),
            closed_at: r.get("closed_at"),
            extension_reason: r.get("extension_reason"),
            note: r.get("note"),
        })
        .collect())
}

/// A request's state, as an extension or a closing needs it.
#[derive(Debug, Clone)]
pub struct State {
    pub received_at: DateTime<Utc>,
    pub status: String,
    pub due_at: NaiveDate,
    pub extended_due_at: Option<NaiveDate>,
}

/// Request `id`, locked for the rest of the transaction `c` runs in.
pub async fn lock(c: &impl GenericClient, id: i64) -> Result<Option<State>> {
    Ok(c.query_opt(
        "SELECT status, due_at, extended_due_at, received_at FROM rights_requests WHERE id = $1 FOR UPDATE",
        &[&id],
    )
    .await?
    .map(|r| State {
        status: r.get(0),
        due_at: r.get(1),
        extended_due_at: r.get(2),
        received_at: r.get(3),
    }))
}

pub async fn extend(
    c: &impl GenericClient,
    id: i64,
    extended: NaiveDate,
    reason: &str,
) -> Result<()> {
    c.execute(
        "UPDATE rights_requests SET extended_due_at = $2, extension_reason = $3 WHERE id = $1",
        &[&id, &extended, &reason],
    )
    .await?;
    Ok(())
}

/// Closes request `id` as `status` at `at`; `reason` is appended to its note.
pub async fn close(
    c: &impl GenericClient,
    id: i64,
    status: &str,
    at: DateTime<Utc>,
    reason: Option<&str>,
) -> Result<()> {
    c.execute(
        "UPDATE rights_requests SET status = $2, closed_at = $3,
                note = concat_ws(' ; ', note, $4::text)
          WHERE id = $1",
        &[&id, &status, &at, &reason],
    )
    .await?;
    Ok(())
}

/// What is left of the person of request `id`, for checking that an erasure or an objection
/// was carried out before it is closed as fulfilled.
#[derive(Debug, Clone)]
pub struct Carried {
    pub right: String,
    /// The account the request was made for, while it exists.
    pub account_id: Option<i64>,
    pub objection_at: Option<DateTime<Utc>>,
    /// Survey responses of the person still identifiable (with their email).
    pub identifiable_responses: i64,
}

pub async fn carried(c: &impl GenericClient, id: i64) -> Result<Option<Carried>> {
    Ok(c.query_opt(
        "SELECT r.\"right\", a.id, a.objection_at,
                (SELECT count(*) FROM survey_responses s
                  WHERE s.email IS NOT NULL
                    AND s.id IN (SELECT rgpd_responses_of(a.id, r.subject_email)))
           FROM rights_requests r LEFT JOIN accounts a ON a.id = r.account_id
          WHERE r.id = $1",
        &[&id],
    )
    .await?
    .map(|r| Carried {
        right: r.get(0),
        account_id: r.get(1),
        objection_at: r.get(2),
        identifiable_responses: r.get(3),
    }))
}

/// Requests whose `closed_at` is before their `received_at` (impossible since V10's check;
/// older rows are named by `audit verify`).
pub async fn closed_before_received(c: &impl GenericClient) -> Result<Vec<i64>> {
    Ok(c.query(
        "SELECT id FROM rights_requests WHERE closed_at < received_at ORDER BY id",
        &[],
    )
    .await?
    .iter()
    .map(|r| r.get(0))
    .collect())
}
