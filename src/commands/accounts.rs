//! `accounts inactive | warn | purge`: the commands; the jobs are `ops::accounts`.

use super::Ctx;
use crate::db::accounts::Status;
use crate::error::Result;
use crate::ops::accounts::{self as op, InactiveOptions, PurgeOptions, WarnOptions, PURGE_JOB};
use crate::output::Format;
use crate::output::{mask_email, summary_line, Records};
#[cfg(test)]
use crate::policy::{parse_time, show_date};
use crate::policy::{show_time, CalDuration};
use clap::{Args, Subcommand};
use serde_json::Value;

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

#[derive(Debug, Clone, Args)]
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

#[derive(Debug, Clone, Args)]
pub struct WarnArgs {
    /// Show what would be sent; send nothing, write nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Send at most N warnings in this run (pending ones first)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(super::ranges::LIMIT))]
    pub limit: Option<u64>,

    /// At most this many mails per second (`10`, `10/s`, `600/min`, `20000/h`); default: the
    /// config's mail.rate, else no limit
    #[arg(long, value_name = "N/s", value_parser = super::ranges::rate)]
    pub rate: Option<f64>,

    /// SMTP connections used in parallel (default: the config's mail.connections, else 4)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=64))]
    pub connections: Option<u32>,

    /// Also retry warnings that failed permanently (after the address was corrected)
    #[arg(long)]
    pub retry_failed: bool,

    /// Act although the activity data (the newest `accounts import` / `logs import`) is older
    /// than `[accounts] activity_max_age` (default 2 days); the journal records it
    #[arg(long)]
    pub accept_stale_activity: bool,
}

#[derive(Debug, Clone, Args)]
pub struct PurgeArgs {
    /// Show what would be deleted; delete nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Accounts deleted per transaction
    #[arg(long, value_name = "N", default_value_t = op::DEFAULT_PURGE_BATCH, value_parser = clap::value_parser!(u32).range(super::ranges::ACCOUNT_BATCH_SIZE))]
    pub batch_size: u32,

    /// Act although the activity data (the newest `accounts import` / `logs import`) is older
    /// than `[accounts] activity_max_age` (default 2 days); the journal records it
    #[arg(long)]
    pub accept_stale_activity: bool,
}

impl InactiveArgs {
    pub fn options(&self) -> InactiveOptions {
        InactiveOptions {
            status: self.status.clone(),
            role: self.role.clone(),
            within: self.within,
        }
    }
}

impl WarnArgs {
    pub fn options(&self) -> WarnOptions {
        WarnOptions {
            dry_run: self.dry_run,
            limit: self.limit,
            rate: self.rate,
            connections: self.connections,
            retry_failed: self.retry_failed,
            accept_stale_activity: self.accept_stale_activity,
        }
    }
}

impl PurgeArgs {
    pub fn options(&self) -> PurgeOptions {
        PurgeOptions {
            dry_run: self.dry_run,
            batch_size: self.batch_size,
            accept_stale_activity: self.accept_stale_activity,
        }
    }
}

/// `10`, `10/s`, `600/min`, `3600/h` -> mails per second, in range (`ranges::rate`).
pub fn parse_rate(s: &str) -> std::result::Result<f64, String> {
    super::ranges::rate(s)
}

// ---------------------------------------------------------------------------------------------
// accounts inactive

pub async fn inactive(ctx: &Ctx, args: &InactiveArgs) -> Result<()> {
    let db = ctx.db().await?;
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
    let listing = op::inactive(ctx, &db, &args.options(), |a, st| {
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
    let listed = listing.listed;
    let detail: Vec<String> = listing
        .by_status
        .iter()
        .map(|(k, v)| format!("{v} {k}"))
        .collect();
    ctx.printer.status(format!(
        "{listed} account{} listed as of {}{}",
        if listed == 1 { "" } else { "s" },
        show_time(ctx.now()),
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

pub async fn warn(ctx: &Ctx, args: &WarnArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let report = op::warn(ctx, &mut db, &args.options()).await?;
    ctx.finish(report)
}

// ---------------------------------------------------------------------------------------------
// accounts purge

pub async fn purge(ctx: &Ctx, args: &PurgeArgs) -> Result<()> {
    let opts = args.options();
    let mut db = ctx.db().await?;
    if !opts.dry_run {
        let plan_opts = PurgeOptions {
            dry_run: true,
            ..opts.clone()
        };
        let plan = op::purge(ctx, &mut db, &plan_opts).await?;
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
    let report = op::purge(ctx, &mut db, &opts).await?;
    ctx.finish(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Command, FromArgMatches};

    /// Parses `T` from a command line holding only the subcommand's name.
    fn defaults<T: Args + FromArgMatches>() -> T {
        let m = T::augment_args(Command::new("job"))
            .try_get_matches_from(["job"])
            .unwrap();
        T::from_arg_matches(&m).unwrap()
    }

    /// `enforce` runs the ops with the `Default` options: they must be what `--help` says.
    #[test]
    fn default_options_are_the_command_lines() {
        assert_eq!(defaults::<WarnArgs>().options(), WarnOptions::default());
        assert_eq!(defaults::<PurgeArgs>().options(), PurgeOptions::default());
        assert_eq!(
            defaults::<InactiveArgs>().options(),
            InactiveOptions::default()
        );
    }

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
