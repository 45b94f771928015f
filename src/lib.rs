//! rgpdctl: keeps the open-data platform's PostgreSQL database in line with its privacy notices.
//!
//! `run` is the whole program behind `main`; the tests and the generators reuse it.

pub mod anonymise;
pub mod cli;
pub mod commands;
pub mod csvin;
pub mod dataset;
pub mod db;
pub mod env_vars;
pub mod error;
pub mod export;
pub mod job;
pub mod mail;
pub mod output;
pub mod platform_import;
pub mod policy;
pub mod settings;

use cli::{
    AccountsCommand, AuditCommand, Cli, Command, DatasetsCommand, DbCommand, LogsCommand,
    RequestsCommand, SubjectCommand, SurveysCommand,
};
use error::{AppError, Result};
use output::Printer;
use settings::Settings;
use std::io::IsTerminal;

/// What every command gets: the resolved settings and the printer.
pub struct Ctx {
    pub settings: Settings,
    pub printer: Printer,
}

impl Ctx {
    pub fn new(settings: Settings) -> Ctx {
        let printer = Printer::new(settings.format, settings.quiet, settings.verbose);
        Ctx { settings, printer }
    }

    /// The clock of this run (`--as-of` or now).
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.settings.now
    }

    /// Opens a database connection as configured (DESIGN.md section 3).
    pub async fn db(&self) -> Result<db::Db> {
        let (params, warnings) = db::connect::resolve(
            self.settings.database_url.as_deref(),
            &db::connect::process_env,
        )?;
        for w in warnings {
            self.printer.warn(w);
        }
        self.printer
            .detail(format!("connecting to {}", params.describe()));
        db::connect::connect(&params).await
    }

    /// Appends this run's row to the audit journal, at this run's clock and actor.
    /// `parameters` and `counts` must hold no personal data.
    pub async fn audit(
        &self,
        db: &mut db::Db,
        command: &str,
        parameters: &serde_json::Value,
        counts: &serde_json::Value,
        outcome: &str,
    ) -> Result<i64> {
        db::audit::record(
            db,
            self.now(),
            &self.settings.actor,
            command,
            parameters,
            counts,
            outcome,
        )
        .await
    }

    /// Asks before a destructive action: `--yes` answers; on a terminal the user answers; with
    /// no terminal and no `--yes`, refuses (exit 2).
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.settings.yes {
            return Ok(());
        }
        if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
            let yes = dialoguer::Confirm::new()
                .with_prompt(question)
                .default(false)
                .interact()
                .map_err(|e| AppError::usage(format!("could not ask for confirmation: {e}")))?;
            if yes {
                return Ok(());
            }
            return Err(AppError::usage("cancelled: nothing was changed"));
        }
        Err(AppError::usage(format!("refusing without confirmation: {question}"))
            .hint("no terminal to ask on: pass --yes to proceed, or --dry-run to see what would be done"))
    }
}

pub async fn run(cli: Cli) -> Result<()> {
    use commands::*;
    // Generators need no settings (and must work without a database or config).
    match &cli.command {
        Command::Completions(a) => return completions::completions(a),
        Command::Man(a) => return completions::man(a),
        _ => {}
    }
    let ctx = Ctx::new(Settings::resolve(&cli.global)?);
    let ctx = &ctx;
    match &cli.command {
        Command::Db(DbCommand::Migrate(a)) => db::migrate(ctx, a).await,
        Command::Db(DbCommand::Status(a)) => db::status(ctx, a).await,
        Command::Datasets(DatasetsCommand::Import(a)) => datasets::import(ctx, a).await,
        Command::Datasets(DatasetsCommand::List(a)) => datasets::list(ctx, a).await,
        Command::Datasets(DatasetsCommand::Drop(a)) => datasets::drop(ctx, a).await,
        Command::Accounts(AccountsCommand::Import(a)) => import::accounts(ctx, a).await,
        Command::Accounts(AccountsCommand::Inactive(a)) => accounts::inactive(ctx, a).await,
        Command::Accounts(AccountsCommand::Warn(a)) => accounts::warn(ctx, a).await,
        Command::Accounts(AccountsCommand::Purge(a)) => accounts::purge(ctx, a).await,
        Command::Logs(LogsCommand::Import(a)) => import::logs(ctx, a).await,
        Command::Logs(LogsCommand::Purge(a)) => logs::purge(ctx, a).await,
        Command::Surveys(SurveysCommand::Import(a)) => import::surveys(ctx, a).await,
        Command::Surveys(SurveysCommand::Anonymise(a)) => surveys::anonymise(ctx, a).await,
        Command::Surveys(SurveysCommand::Withdraw(a)) => surveys::withdraw(ctx, a).await,
        Command::Surveys(SurveysCommand::List(a)) => surveys::list(ctx, a).await,
        Command::Subject(SubjectCommand::Export(a)) => subject::export(ctx, a).await,
        Command::Subject(SubjectCommand::Erase(a)) => subject::erase(ctx, a).await,
        Command::Subject(SubjectCommand::Restrict(a)) => subject::restrict(ctx, a).await,
        Command::Subject(SubjectCommand::Unrestrict(a)) => subject::unrestrict(ctx, a).await,
        Command::Subject(SubjectCommand::Rectify(a)) => subject::rectify(ctx, a).await,
        Command::Requests(RequestsCommand::Add(a)) => requests::add(ctx, a).await,
        Command::Requests(RequestsCommand::List(a)) => requests::list(ctx, a).await,
        Command::Requests(RequestsCommand::Extend(a)) => requests::extend(ctx, a).await,
        Command::Requests(RequestsCommand::Close(a)) => requests::close(ctx, a).await,
        Command::Enforce(a) => enforce::enforce(ctx, a).await,
        Command::Report(a) => report::report(ctx, a).await,
        Command::Audit(AuditCommand::List(a)) => audit::list(ctx, a).await,
        Command::Audit(AuditCommand::Verify(a)) => audit::verify(ctx, a).await,
        Command::Completions(_) | Command::Man(_) => unreachable!("handled above"),
    }
}
