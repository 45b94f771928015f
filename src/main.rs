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
    // Signals are watched on a thread of their own: the work may be blocked in a read (stdin,
    // a slow file) and could not notice them. Exiting closes the database connection, so the
    // server rolls back whatever was not committed; committed batches stay.
    std::thread::spawn(watch_signals);
    let result = runtime.block_on(rgpdctl::run(cli));
    match result {
        Ok(()) => ExitCode::from(exit::OK),
        Err(e) => report(e),
    }
}

/// Waits for SIGINT (130) or SIGTERM (143), then ends the process with that code.
fn watch_signals() {
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return;
    };
    let code = rt.block_on(async {
        let mut term =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok()?;
        tokio::select! {
            _ = tokio::signal::ctrl_c() => Some(exit::SIGINT),
            _ = term.recv() => Some(exit::SIGTERM),
        }
    });
    if let Some(code) = code {
        report(
            AppError::new(
                ErrorKind::Interrupted(code),
                "interrupted: work not yet committed was rolled back",
            )
            .hint("re-run the same command: finished batches are kept, the rest is done then"),
        );
        std::process::exit(code.into());
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
