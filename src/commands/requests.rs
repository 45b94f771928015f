//! `requests add | list | extend | close`: the register of rights requests.

use crate::db::subject::RIGHTS;
use crate::error::{AppError, Result};
use crate::output::Format;
use crate::output::{mask_email, Records};
use crate::policy::{parse_time, show_time};
use crate::Ctx;
use chrono::{DateTime, NaiveDate, Utc};
use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};
use serde_json::{json, Value};

#[derive(Debug, Subcommand)]
pub enum RequestsCommand {
    /// Register a rights request
    Add(AddArgs),
    /// List requests with their deadlines
    List(ListArgs),
    /// Extend a request's deadline by two months (Art. 12(3))
    Extend(ExtendArgs),
    /// Close a request (fulfilled, or refused with a reason)
    Close(CloseArgs),
}

impl RequestsCommand {
    pub async fn run(&self, ctx: &Ctx) -> Result<()> {
        match self {
            RequestsCommand::Add(a) => add(ctx, a).await,
            RequestsCommand::List(a) => list(ctx, a).await,
            RequestsCommand::Extend(a) => extend(ctx, a).await,
            RequestsCommand::Close(a) => close(ctx, a).await,
        }
    }
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The requester's email (linked to their account when one has it)
    #[arg(long, value_name = "EMAIL", required_unless_present = "account")]
    pub email: Option<String>,
    /// The requester's account id
    #[arg(long, value_name = "ID")]
    pub account: Option<i64>,
    /// The right exercised
    #[arg(long, value_parser = PossibleValuesParser::new(RIGHTS))]
    pub right: String,
    /// When the request was received (date or time; default: now); the deadline runs from it
    #[arg(long, value_name = "DATE")]
    pub received: Option<String>,
    /// A note (no more personal data than needed)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only requests still open
    #[arg(long)]
    pub open: bool,
    /// Only open requests past their (possibly extended) deadline
    #[arg(long)]
    pub overdue: bool,
    /// Only requests for this right
    #[arg(long, value_parser = PossibleValuesParser::new(RIGHTS))]
    pub right: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExtendArgs {
    /// The request's number
    pub id: i64,
    /// Why more time is needed (complexity, number of requests); tell the person
    #[arg(long, value_name = "TEXT", required = true)]
    pub reason: String,
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The request's number
    pub id: i64,
    /// The request is refused (Art. 12(4): the reason must be given)
    #[arg(long, requires = "reason")]
    pub refused: bool,
    /// The reason for a refusal, or a note on the answer given
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

fn paris_date(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&chrono_tz::Europe::Paris).date_naive()
}

pub async fn add(ctx: &Ctx, args: &AddArgs) -> Result<()> {
    let now = ctx.now();
    let received = match &args.received {
        Some(s) => parse_time(s).ok_or_else(|| {
            AppError::usage(format!("invalid --received `{s}`"))
                .hint("use `2026-01-31`, `2026-01-31 10:00:00` (Paris time) or RFC 3339")
        })?,
        None => now,
    };
    if received > now {
        return Err(AppError::usage(format!(
            "--received `{}` is in the future",
            show_time(received)
        )));
    }
    if args.email.as_deref().is_some_and(|e| e.trim().is_empty()) {
        return Err(AppError::usage("--email is empty"));
    }
    let due = ctx.settings.policy.request_due(paris_date(received));
    let mut db = ctx.db().await?;
    let (account_id, email): (Option<i64>, Option<String>) = match (args.account, &args.email) {
        (Some(id), email) => {
            let row = db
                .query_opt("SELECT email FROM accounts WHERE id = $1", &[&id])
                .await?
                .ok_or_else(|| AppError::failure(format!("no account `{id}`")))?;
            (Some(id), Some(email.clone().unwrap_or_else(|| row.get(0))))
        }
        (None, Some(e)) => {
            let id = db
                .query_opt(
                    "SELECT id FROM accounts WHERE lower(email) = lower($1)",
                    &[e],
                )
                .await?
                .map(|r| r.get(0));
            (id, Some(e.trim().to_string()))
        }
        (None, None) => return Err(AppError::usage("say who: --email EMAIL or --account ID")),
    };
    let id: i64 = db
        .query_one(
            "INSERT INTO rights_requests (account_id, subject_email, \"right\", received_at, due_at, note)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            &[&account_id, &email, &args.right, &received, &due, &args.note],
        )
        .await?
        .get(0);
    ctx.audit(
        &mut db,
        "requests add",
        &json!({"request_id": id, "right": args.right}),
        &json!({"requests_added": 1}),
        "ok",
    )
    .await?;
    let mut r = Records::new(["id", "right", "account_id", "received_at", "due_at"]);
    r.push(vec![
        json!(id),
        json!(args.right),
        json!(account_id),
        json!(show_time(received)),
        json!(due.to_string()),
    ]);
    ctx.printer.records(&r)?;
    ctx.printer.status(format!(
        "request #{id} ({}) registered, answer due by {due}",
        args.right
    ));
    Ok(())
}

const LIST_SQL: &str = "
SELECT id, \"right\", subject_email, account_id, received_at, due_at, extended_due_at,
       coalesce(extended_due_at, due_at) AS deadline, status, closed_at, extension_reason, note
  FROM rights_requests
 WHERE ($1::boolean = false OR status = 'open')
   AND ($2::boolean = false OR (status = 'open' AND coalesce(extended_due_at, due_at) < $3))
   AND ($4::text IS NULL OR \"right\" = $4)
 ORDER BY coalesce(extended_due_at, due_at), id";

pub async fn list(ctx: &Ctx, args: &ListArgs) -> Result<()> {
    let today = paris_date(ctx.now());
    let db = ctx.db().await?;
    let rows = db
        .query(LIST_SQL, &[&args.open, &args.overdue, &today, &args.right])
        .await?;
    let mut r = Records::new([
        "id",
        "right",
        "email",
        "account_id",
        "received_at",
        "due_at",
        "extended_due_at",
        "deadline",
        "days_left",
        "overdue",
        "status",
        "closed_at",
        "extension_reason",
        "note",
    ]);
    let mut overdue_count = 0;
    for row in &rows {
        let email: Option<String> = row.get("subject_email");
        // The table is for a screen others may see; JSON and CSV are the DPO's data.
        let email = match (email, ctx.printer.format) {
            (Some(e), Format::Table) => json!(mask_email(&e)),
            (e, _) => json!(e),
        };
        let deadline: NaiveDate = row.get("deadline");
        let status: String = row.get("status");
        let open = status == "open";
        let overdue = open && deadline < today;
        if overdue {
            overdue_count += 1;
        }
        let days_left = if open {
            json!((deadline - today).num_days())
        } else {
            Value::Null
        };
        let d = |c: &str| {
            row.get::<_, Option<NaiveDate>>(c)
                .map(|d| json!(d.to_string()))
                .unwrap_or(Value::Null)
        };
        let t = |c: &str| {
            row.get::<_, Option<DateTime<Utc>>>(c)
                .map(|t| json!(show_time(t)))
                .unwrap_or(Value::Null)
        };
        r.push(vec![
            json!(row.get::<_, i64>("id")),
            json!(row.get::<_, String>("right")),
            email,
            json!(row.get::<_, Option<i64>>("account_id")),
            t("received_at"),
            d("due_at"),
            d("extended_due_at"),
            json!(deadline.to_string()),
            days_left,
            json!(overdue),
            json!(status),
            t("closed_at"),
            json!(row.get::<_, Option<String>>("extension_reason")),
            json!(row.get::<_, Option<String>>("note")),
        ]);
    }
    ctx.printer.records(&r)?;
    ctx.printer
        .status(format!("{} requests, {overdue_count} overdue", r.len()));
    Ok(())
}

struct Request {
    status: String,
    due_at: NaiveDate,
    extended_due_at: Option<NaiveDate>,
}

async fn load(c: &impl tokio_postgres::GenericClient, id: i64) -> Result<Request> {
    let row = c
        .query_opt(
            "SELECT status, due_at, extended_due_at FROM rights_requests WHERE id = $1 FOR UPDATE",
            &[&id],
        )
        .await?
        .ok_or_else(|| {
            AppError::failure(format!("no request #{id}"))
                .hint("`rgpdctl requests list` shows the register")
        })?;
    Ok(Request {
        status: row.get(0),
        due_at: row.get(1),
        extended_due_at: row.get(2),
    })
}

pub async fn extend(ctx: &Ctx, args: &ExtendArgs) -> Result<()> {
    let now = ctx.now();
    let today = paris_date(now);
    let id = args.id;
    let mut db = ctx.db().await?;
    let tx = db.transaction().await?;
    let req = load(&tx, id).await?;
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
    let extended = ctx
        .settings
        .policy
        .request_extension
        .add_to_date(req.due_at);
    tx.execute(
        "UPDATE rights_requests SET extended_due_at = $2, extension_reason = $3 WHERE id = $1",
        &[&id, &extended, &args.reason],
    )
    .await?;
    tx.commit().await?;
    ctx.audit(
        &mut db,
        "requests extend",
        &json!({"request_id": id}),
        &json!({"requests_extended": 1}),
        "ok",
    )
    .await?;
    let mut r = Records::new(["id", "due_at", "extended_due_at"]);
    r.push(vec![
        json!(id),
        json!(req.due_at.to_string()),
        json!(extended.to_string()),
    ]);
    ctx.printer.records(&r)?;
    ctx.printer.status(format!(
        "request #{id} extended: answer due by {extended} (tell the person, with the reason)"
    ));
    Ok(())
}

pub async fn close(ctx: &Ctx, args: &CloseArgs) -> Result<()> {
    let now = ctx.now();
    let id = args.id;
    let status = if args.refused { "refused" } else { "fulfilled" };
    let mut db = ctx.db().await?;
    let tx = db.transaction().await?;
    let req = load(&tx, id).await?;
    if req.status == status {
        ctx.printer.status(format!(
            "request #{id} is already {status}: nothing changed"
        ));
        return Ok(());
    }
    if req.status != "open" {
        return Err(AppError::failure(format!(
            "request #{id} is already closed as {}",
            req.status
        )));
    }
    tx.execute(
        "UPDATE rights_requests SET status = $2, closed_at = $3,
                note = concat_ws(' ; ', note, $4::text)
          WHERE id = $1",
        &[&id, &status, &now, &args.reason],
    )
    .await?;
    tx.commit().await?;
    ctx.audit(
        &mut db,
        "requests close",
        &json!({"request_id": id, "status": status}),
        &json!({"requests_closed": 1}),
        "ok",
    )
    .await?;
    let deadline = req.extended_due_at.unwrap_or(req.due_at);
    let late = paris_date(now) > deadline;
    ctx.printer.status(format!(
        "request #{id} closed as {status}{}",
        if late {
            format!(" (after its deadline {deadline})")
        } else {
            String::new()
        }
    ));
    Ok(())
}
