//! The command line: clap types only. Doc comments are the help text.

use crate::commands;
use crate::commands::Ctx;
use crate::env_vars;
use crate::error::Result;
use clap::{Args, Parser, Subcommand};
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

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]
    #[arg(long, env = env_vars::DATABASE_URL, global = true, hide_env_values = true, value_name = "URL")]
    pub database_url: Option<String>,

    /// Configuration file (TOML): retention durations, mail, controller and DPO identity
    #[arg(long, env = env_vars::RGPDCTL_CONFIG, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Output format of the data on stdout
    #[arg(long, value_enum, global = true, default_value_t = crate::output::Format::Table)]
    pub format: crate::output::Format,

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

impl GlobalArgs {
    /// The plain values the settings layer resolves (it knows nothing of clap).
    pub fn overrides(&self) -> crate::settings::Overrides {
        crate::settings::Overrides {
            database_url: self.database_url.clone(),
            config: self.config.clone(),
            format: self.format,
            as_of: self.as_of.clone(),
            allow_future: self.allow_future,
            actor: self.actor.clone(),
            quiet: self.quiet,
            verbose: self.verbose,
            yes: self.yes,
            smtp_url: self.smtp_url.clone(),
            mail_from: self.mail_from.clone(),
            outbox_dir: self.outbox_dir.clone(),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Schema migrations of the platform database
    #[command(subcommand)]
    Db(commands::db::DbCommand),
    /// Open-data datasets: CSV files into typed tables
    #[command(subcommand)]
    Datasets(commands::datasets::DatasetsCommand),
    /// Platform accounts: import, inactivity, warnings, deletion
    #[command(subcommand)]
    Accounts(commands::accounts::AccountsCommand),
    /// Connection logs and audience data: import, purge
    #[command(subcommand)]
    Logs(commands::logs::LogsCommand),
    /// Satisfaction surveys: import, anonymise, consent withdrawal
    #[command(subcommand)]
    Surveys(commands::surveys::SurveysCommand),
    /// One person's rights: export (Art. 15/20), erase (17), restrict (18), rectify (16)
    #[command(subcommand)]
    Subject(commands::subject::SubjectCommand),
    /// The register of rights requests and their deadlines
    #[command(subcommand)]
    Requests(commands::requests::RequestsCommand),
    /// The nightly pass: every due retention job, one summary
    Enforce(commands::enforce::EnforceArgs),
    /// Compliance status: what is past its limit, what is due next, overdue requests
    Report(commands::report::ReportArgs),
    /// The journal of every run
    #[command(subcommand)]
    Audit(commands::audit::AuditCommand),
    /// Shell completion script on stdout, or all of them into a folder
    Completions(commands::completions::CompletionsArgs),
    /// Man pages (one per command) into a folder
    Man(commands::completions::ManArgs),
}

impl Command {
    /// The generators (completions, man pages), which need no settings: `None` for the rest.
    pub fn generate(&self) -> Option<Result<()>> {
        match self {
            Command::Completions(a) => Some(commands::completions::completions_of(
                <Cli as clap::CommandFactory>::command(),
                a,
            )),
            Command::Man(a) => Some(commands::completions::man_of(
                <Cli as clap::CommandFactory>::command(),
                a,
            )),
            _ => None,
        }
    }

    /// Each noun dispatches its own subcommands.
    pub async fn run(&self, ctx: &Ctx) -> Result<()> {
        match self {
            Command::Db(c) => c.run(ctx).await,
            Command::Datasets(c) => c.run(ctx).await,
            Command::Accounts(c) => c.run(ctx).await,
            Command::Logs(c) => c.run(ctx).await,
            Command::Surveys(c) => c.run(ctx).await,
            Command::Subject(c) => c.run(ctx).await,
            Command::Requests(c) => c.run(ctx).await,
            Command::Enforce(a) => commands::enforce::enforce(ctx, a).await,
            Command::Report(a) => commands::report::report(ctx, a).await,
            Command::Audit(c) => c.run(ctx).await,
            Command::Completions(_) | Command::Man(_) => match self.generate() {
                Some(done) => done,
                None => Err(crate::error::AppError::internal(
                    "a generator was not dispatched",
                )),
            },
        }
    }
}
