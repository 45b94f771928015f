//! The command line: clap types only. Doc comments are the help text.

use crate::commands;
use crate::env_vars;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Keeps the open-data platform's database in line with its privacy notices (GDPR / RGPD).
///
/// Retention rules come from the notices: accounts 24 months after the last activity (warning
/// mail first), connection logs 3 months, audience data 13 months, survey emails 13 months.
#[derive(Debug, Parser)]
#[command(
    name = "rgpdctl",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    /// A table for people (stdout), status on stderr
    #[default]
    Table,
    /// One JSON document on stdout
    Json,
    /// CSV with a header on stdout
    Csv,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]
    #[arg(long, env = env_vars::DATABASE_URL, global = true, hide_env_values = true, value_name = "URL")]
    pub database_url: Option<String>,

    /// Configuration file (TOML): retention durations, mail, controller and DPO identity
    #[arg(long, env = env_vars::RGPDCTL_CONFIG, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Output format of the data on stdout
    #[arg(long, value_enum, global = true, default_value_t = Format::Table)]
    pub format: Format,

    /// Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)
    #[arg(long, env = env_vars::RGPDCTL_AS_OF, global = true, value_name = "TIME")]
    pub as_of: Option<String>,

    /// Let a run that writes use an --as-of in the future (planning is what --dry-run is for)
    #[arg(long, env = env_vars::RGPDCTL_ALLOW_FUTURE, global = true, value_parser = clap::builder::FalseyValueParser::new())]
    pub allow_future: bool,

    /// Who runs the command, for the audit journal [default: the OS user]
    #[arg(long, env = env_vars::RGPDCTL_ACTOR, global = true, value_name = "NAME")]
    pub actor: Option<String>,

    /// Print only errors on stderr
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// More detail on stderr (repeat for more)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Answer yes to confirmations (needed for destructive commands without a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`
    #[arg(long, env = env_vars::RGPDCTL_SMTP_URL, global = true, hide_env_values = true, value_name = "URL")]
    pub smtp_url: Option<String>,

    /// Sender address of the mails
    #[arg(long, env = env_vars::RGPDCTL_MAIL_FROM, global = true, value_name = "ADDR")]
    pub mail_from: Option<String>,

    /// Write mails as .eml files into DIR instead of sending them
    #[arg(long, env = env_vars::RGPDCTL_OUTBOX_DIR, global = true, value_name = "DIR")]
    pub outbox_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Schema migrations of the platform database
    #[command(subcommand)]
    Db(DbCommand),
    /// Open-data datasets: CSV files into typed tables
    #[command(subcommand)]
    Datasets(DatasetsCommand),
    /// Platform accounts: import, inactivity, warnings, deletion
    #[command(subcommand)]
    Accounts(AccountsCommand),
    /// Connection logs and audience data: import, purge
    #[command(subcommand)]
    Logs(LogsCommand),
    /// Satisfaction surveys: import, anonymise, consent withdrawal
    #[command(subcommand)]
    Surveys(SurveysCommand),
    /// One person's rights: export (Art. 15/20), erase (17), restrict (18), rectify (16)
    #[command(subcommand)]
    Subject(SubjectCommand),
    /// The register of rights requests and their deadlines
    #[command(subcommand)]
    Requests(RequestsCommand),
    /// The nightly pass: every due retention job, one summary
    Enforce(commands::enforce::EnforceArgs),
    /// Compliance status: what is past its limit, what is due next, overdue requests
    Report(commands::report::ReportArgs),
    /// The journal of every run
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Shell completion script on stdout, or all of them into a folder
    Completions(commands::completions::CompletionsArgs),
    /// Man pages (one per command) into a folder
    Man(commands::completions::ManArgs),
}

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Apply pending schema migrations (a no-op when up to date)
    Migrate(commands::db::MigrateArgs),
    /// Show applied and pending migrations
    Status(commands::db::StatusArgs),
}

#[derive(Debug, Subcommand)]
pub enum DatasetsCommand {
    /// Import a CSV file as a dataset (a new typed table swapped in atomically)
    Import(commands::datasets::ImportArgs),
    /// List imported datasets
    List(commands::datasets::ListArgs),
    /// Drop a dataset and its table
    Drop(commands::datasets::DropArgs),
}

#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    /// Import a platform accounts export (upsert by email)
    Import(commands::import::AccountsImportArgs),
    /// Accounts past or near the inactivity limit, with their due dates
    Inactive(commands::accounts::InactiveArgs),
    /// Send the pre-deletion warning mails, exactly once per inactivity period
    Warn(commands::accounts::WarnArgs),
    /// Delete accounts whose warned deadline has passed
    Purge(commands::accounts::PurgeArgs),
}

#[derive(Debug, Subcommand)]
pub enum LogsCommand {
    /// Import a connection logs export
    Import(commands::import::LogsImportArgs),
    /// Delete connection logs and audience data past their retention
    Purge(commands::logs::PurgeArgs),
}

#[derive(Debug, Subcommand)]
pub enum SurveysCommand {
    /// Import survey responses (one column per question)
    Import(commands::import::SurveysImportArgs),
    /// Anonymise responses older than the retention: email gone, answers kept
    #[command(visible_alias = "anonymize")]
    Anonymise(commands::surveys::AnonymiseArgs),
    /// Consent withdrawn: anonymise (or delete) that person's responses now
    Withdraw(commands::surveys::WithdrawArgs),
    /// Surveys with counts of identifiable, anonymised and due responses
    List(commands::surveys::ListArgs),
}

#[derive(Debug, Subcommand)]
pub enum SubjectCommand {
    /// Everything about one person, as a zip archive (Art. 15 and 20)
    Export(commands::subject::ExportArgs),
    /// Erase one person's account and linked data (Art. 17)
    Erase(commands::subject::EraseArgs),
    /// Restrict processing of an account: destructive jobs skip it (Art. 18)
    Restrict(commands::subject::RestrictArgs),
    /// Lift a restriction
    Unrestrict(commands::subject::UnrestrictArgs),
    /// Correct identification fields (Art. 16)
    Rectify(commands::subject::RectifyArgs),
}

#[derive(Debug, Subcommand)]
pub enum RequestsCommand {
    /// Register a rights request
    Add(commands::requests::AddArgs),
    /// List requests with their deadlines
    List(commands::requests::ListArgs),
    /// Extend a request's deadline by two months (Art. 12(3))
    Extend(commands::requests::ExtendArgs),
    /// Close a request (fulfilled, or refused with a reason)
    Close(commands::requests::CloseArgs),
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List the journal of runs
    List(commands::audit::ListArgs),
    /// Walk the hash chain and report the first broken link
    Verify(commands::audit::VerifyArgs),
}
