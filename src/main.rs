//! Parses the command line, runs it, and maps the result to an exit code.

use clap::Parser;
use rgpdctl::cancel::{self, Cancel};
use rgpdctl::error::{exit, AppError, ErrorKind};
use std::process::ExitCode;
use std::time::Duration;

/// After a signal, how long the work has to reach its next check and journal its end.
const GRACE: Duration = Duration::from_secs(10);
/// After a signal, when the process ends whatever the work is doing (blocked in a read the
/// runtime cannot interrupt): the server then rolls back what was not committed.
const HARD_STOP: Duration = Duration::from_secs(20);

fn main() -> ExitCode {
    let cli = rgpdctl::cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return report(AppError::failure(format!("cannot start the runtime: {e}"))),
    };
    let cancel = Cancel::new();
    // Signals are watched on a thread of their own: the work may be blocked in a read (stdin,
    // a slow file) and could not notice them itself.
    {
        let cancel = cancel.clone();
        std::thread::spawn(move || watch_signals(cancel));
    }
    let result = runtime.block_on(async {
        let work = rgpdctl::run(cli, cancel.clone());
        tokio::pin!(work);
        tokio::select! {
            r = &mut work => r,
            code = cancel.cancelled() => {
                // The work stops at its next check (between batches, mails, chunks) and
                // journals how far it got; past the grace period it is dropped, which runs its
                // guards (temp files removed) and closes its connections (the server rolls
                // back the open transaction).
                match tokio::time::timeout(GRACE, &mut work).await {
                    Ok(r) => r,
                    Err(_) => Err(cancel::interrupted(code)),
                }
            }
        }
    });
    // Dropping the runtime drops every task still holding a guard.
    drop(runtime);
    match (cancel.signal(), result) {
        (Some(code), Ok(())) => report(cancel::interrupted(code)),
        (Some(code), Err(e)) if !matches!(e.kind, ErrorKind::Interrupted(_)) => {
            // The signal made the work fail some other way (a dropped connection): the exit
            // code still says it was a signal.
            eprintln!("error: {}", e.with_causes());
            report(cancel::interrupted(code))
        }
        (_, Ok(())) => ExitCode::from(exit::OK),
        (_, Err(e)) => report(e),
    }
}

/// Waits for SIGINT (130) or SIGTERM (143) and cancels the work; a second signal, or the work
/// not stopping within HARD_STOP, ends the process at once.
fn watch_signals(cancel: Cancel) {
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return;
    };
    rt.block_on(async {
        let Ok(mut term) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        else {
            return;
        };
        let mut first = None;
        loop {
            let code = tokio::select! {
                _ = tokio::signal::ctrl_c() => exit::SIGINT,
                _ = term.recv() => exit::SIGTERM,
                _ = tokio::time::sleep(HARD_STOP), if first.is_some() => {
                    hard_stop(first.unwrap_or(exit::SIGTERM));
                }
            };
            if first.is_some() {
                hard_stop(code);
            }
            first = Some(code);
            cancel.cancel(code);
        }
    });
}

fn hard_stop(code: u8) -> ! {
    report(cancel::interrupted(code));
    std::process::exit(code.into());
}

fn report(e: AppError) -> ExitCode {
    if e.kind != ErrorKind::BrokenPipe {
        eprintln!("error: {}", e.with_causes());
        for h in &e.hints {
            eprintln!("hint: {h}");
        }
    }
    ExitCode::from(e.exit_code())
}
