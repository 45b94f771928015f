//! One module per command noun: its subcommand enum, its clap `Args` structs, and thin
//! functions that turn arguments into an op's options, call the op, and print its report.

pub mod accounts;
pub mod audit;
pub mod completions;
pub mod datasets;
pub mod db;
pub mod enforce;
pub mod import;
pub mod logs;
pub mod ranges;
pub mod report;
pub mod requests;
pub mod subject;
pub mod surveys;

use crate::cancel::Cancel;
use crate::error::{AppError, Result};
use crate::ops::{Env, Events};
use crate::output::Printer;
use crate::settings::Settings;
use indicatif::ProgressBar;
use std::io::IsTerminal;
use std::sync::Arc;

/// What every command gets: the ops' environment (settings, cancel token, events) and the
/// printer. Derefs to the [`Env`], so `ctx.settings`, `ctx.now()` and `ctx.db()` read as before.
pub struct Ctx {
    pub env: Env,
    pub printer: Printer,
}

impl std::ops::Deref for Ctx {
    type Target = Env;
    fn deref(&self) -> &Env {
        &self.env
    }
}

impl Events for Printer {
    fn status(&self, msg: &str) {
        Printer::status(self, msg)
    }
    fn detail(&self, msg: &str) {
        Printer::detail(self, msg)
    }
    fn warn(&self, msg: &str) {
        Printer::warn(self, msg)
    }
    fn progress(&self, len: Option<u64>, template: &str) -> ProgressBar {
        Printer::progress(self, len, template)
    }
}

impl Ctx {
    pub fn new(settings: Settings, cancel: Cancel) -> Ctx {
        let printer = Printer::new(settings.format, settings.quiet, settings.verbose);
        for w in &settings.warnings {
            printer.warn(w);
        }
        let env = Env::new(settings, Arc::new(printer.clone()), cancel);
        Ctx { env, printer }
    }

    /// Prints a job's summary, then hands its problem back as the command's error.
    pub fn finish(&self, report: crate::ops::job::JobReport) -> Result<()> {
        self.printer.summary(
            report.job,
            report.dry_run,
            &serde_json::Value::Object(report.counts.clone()),
        )?;
        report.into_result()
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
