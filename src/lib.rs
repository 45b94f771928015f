//! rgpdctl: keeps the open-data platform's PostgreSQL database in line with its privacy notices.
//!
//! `run` is the whole program behind `main`; the tests and the generators reuse it. The layers
//! and their arrows are in docs/ARCHITECTURE.md.

pub mod anonymise;
pub mod cancel;
pub mod cli;
pub mod commands;
pub mod csvin;
pub mod dataset;
pub mod db;
pub mod env_vars;
pub mod error;
pub mod export;
pub mod mail;
pub mod ops;
pub mod output;
pub mod platform_import;
pub mod policy;
pub mod settings;

use cli::Cli;
use commands::Ctx;
use error::Result;
use settings::Settings;

/// Runs one command line; `cancel` is set by the signal watcher of `main`.
pub async fn run(cli: Cli, cancel: cancel::Cancel) -> Result<()> {
    // Generators need no settings (and must work without a database or config).
    if let Some(done) = cli.command.generate() {
        return done;
    }
    let ctx = Ctx::new(Settings::resolve(&cli.global.overrides())?, cancel);
    cli.command.run(&ctx).await
}
