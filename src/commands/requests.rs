//! `requests add | list | extend | close`: the commands; the register is `ops::requests`.

use super::Ctx;
use crate::db::subject::RIGHTS;
use crate::error::Result;
use crate::ops::requests::{self as op, AddOptions, CloseOptions, ListOptions};
use crate::output::{mask_email, Format, Records};
use crate::policy::show_time;
use chrono::NaiveDate;
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
    /// The requester's email (linked to their account when one has it); `-` reads it from
    /// stdin, which keeps it out of the shell history and `ps`
    #[arg(long, value_name = "EMAIL", required_unless_present_any = ["account", "email_file"],
          conflicts_with = "email_file")]
    pub email: Option<String>,
    /// Read the requester's email from FILE (one line), kept out of the shell history and `ps`
    #[arg(long, value_name = "FILE")]
    pub email_file: Option<std::path::PathBuf>,
    /// The requester's account id
    #[arg(long, value_name = "ID", value_parser = clap::value_parser!(i64).range(super::ranges::ID))]
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

impl AddArgs {
    pub fn options(&self) -> Result<AddOptions> {
        let received = match &self.received {
            Some(s) => Some(super::ranges::time("--received", s)?),
            None => None,
        };
        let email =
            match super::subject::read_email(self.email.as_deref(), self.email_file.as_deref())? {
                Some(e) => Some(super::ranges::email("--email", &e)?),
                None => None,
            };
        Ok(AddOptions {
            email,
            account: self.account,
            right: self.right.clone(),
            received,
            note: self.note.clone(),
        })
    }
}

impl ListArgs {
    pub fn options(&self) -> ListOptions {
        ListOptions {
            open: self.open,
            overdue: self.overdue,
            right: self.right.clone(),
        }
    }
}

impl CloseArgs {
    pub fn options(&self) -> CloseOptions {
        CloseOptions {
            id: self.id,
            refused: self.refused,
            reason: self.reason.clone(),
        }
    }
}

pub async fn add(ctx: &Ctx, args: &AddArgs) -> Result<()> {
    let opts = args.options()?;
    op::check_add(ctx, &opts)?;
    let mut db = ctx.db().await?;
    let a = op::add(ctx, &mut db, &opts).await?;
    let mut r = Records::new(["id", "right", "account_id", "received_at", "due_at"]);
    r.push(vec![
        json!(a.id),
        json!(a.right),
        json!(a.account_id),
        json!(show_time(a.received_at)),
        json!(a.due_at.to_string()),
    ]);
    ctx.printer.records(&r)?;
    ctx.printer.status(format!(
        "request #{} ({}) registered, answer due by {}",
        a.id, a.right, a.due_at
    ));
    Ok(())
}

pub async fn list(ctx: &Ctx, args: &ListArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let register = op::list(ctx, &mut db, &args.options()).await?;
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
    let date = |d: Option<NaiveDate>| d.map(|d| json!(d.to_string())).unwrap_or(Value::Null);
    for row in &register.requests {
        // The table is for a screen others may see; JSON and CSV are the DPO's data.
        let email = match (&row.email, ctx.printer.format) {
            (Some(e), Format::Table) => json!(mask_email(e)),
            (e, _) => json!(e),
        };
        r.push(vec![
            json!(row.id),
            json!(row.right),
            email,
            json!(row.account_id),
            json!(show_time(row.received_at)),
            date(Some(row.due_at)),
            date(row.extended_due_at),
            json!(row.deadline.to_string()),
            json!(register.days_left(row)),
            json!(register.is_overdue(row)),
            json!(row.status),
            json!(row.closed_at.map(show_time)),
            json!(row.extension_reason),
            json!(row.note),
        ]);
    }
    ctx.printer.records(&r)?;
    ctx.printer.status(format!(
        "{} requests, {} overdue",
        r.len(),
        register.overdue()
    ));
    Ok(())
}

pub async fn extend(ctx: &Ctx, args: &ExtendArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let e = op::extend(ctx, &mut db, args.id, &args.reason).await?;
    let mut r = Records::new(["id", "due_at", "extended_due_at"]);
    r.push(vec![
        json!(e.id),
        json!(e.due_at.to_string()),
        json!(e.extended_due_at.to_string()),
    ]);
    ctx.printer.records(&r)?;
    ctx.printer.status(format!(
        "request #{} extended: answer due by {} (tell the person, with the reason)",
        e.id, e.extended_due_at
    ));
    Ok(())
}

pub async fn close(ctx: &Ctx, args: &CloseArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let c = op::close(ctx, &mut db, &args.options()).await?;
    if c.unchanged {
        ctx.printer.status(format!(
            "request #{} is already {}: nothing changed",
            c.id, c.status
        ));
        return Ok(());
    }
    ctx.printer.status(format!(
        "request #{} closed as {}{}",
        c.id,
        c.status,
        match c.late {
            Some(deadline) => format!(" (after its deadline {deadline})"),
            None => String::new(),
        }
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Command, FromArgMatches};

    /// `ListOptions::default()` (the whole register) must be what `--help` says.
    #[test]
    fn default_options_are_the_command_lines() {
        let m = ListArgs::augment_args(Command::new("list"))
            .try_get_matches_from(["list"])
            .unwrap();
        assert_eq!(
            ListArgs::from_arg_matches(&m).unwrap().options(),
            ListOptions::default()
        );
    }
}
