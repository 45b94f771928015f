//! Parses the command line, runs it, and maps the result to an exit code.

use clap::Parser;
use rgpdctl::error::{exit, AppError, ErrorKind};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = rgpdctl::cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return report(AppError::failure(format!("cannot start the runtime: {e}"))),
    };
    let result = runtime.block_on(async {
        tokio::select! {
            r = rgpdctl::run(cli) => r,
            code = interrupted() => Err(AppError::new(ErrorKind::Interrupted(code), "interrupted: work not yet committed was rolled back")
                .hint("re-run the same command: finished batches are kept, the rest is done then")),
        }
    });
    match result {
        Ok(()) => ExitCode::from(exit::OK),
        Err(e) => report(e),
    }
}

/// Resolves on SIGINT (130) or SIGTERM (143).
async fn interrupted() -> u8 {
    let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(s) => s,
        Err(_) => return std::future::pending().await,
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => exit::SIGINT,
        _ = term.recv() => exit::SIGTERM,
    }
}

fn report(e: AppError) -> ExitCode {
    if e.kind != ErrorKind::BrokenPipe {
        eprintln!("error: {e}");
        for h in &e.hints {
            eprintln!("hint: {h}");
        }
    }
    ExitCode::from(e.exit_code())
}
