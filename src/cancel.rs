//! Cancellation by a token: a signal sets it, the work notices it at its next check (between
//! batches, between mails, between chunks of a COPY) and stops cleanly, so that the current
//! transaction is rolled back or finished, guards run and the journal says what happened.

use crate::error::{exit, AppError, ErrorKind, Result};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use tokio::sync::Notify;

/// Shared by the signal thread and the work. Cheap to clone and to check.
#[derive(Debug, Clone, Default)]
pub struct Cancel {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    /// 0 while running, else the exit code of the signal (130 SIGINT, 143 SIGTERM).
    code: AtomicU8,
    notify: Notify,
}

impl Cancel {
    pub fn new() -> Cancel {
        Cancel::default()
    }

    /// Asks the work to stop; `code` is the exit code it will end with. The first call wins.
    pub fn cancel(&self, code: u8) {
        let _ =
            self.inner
                .code
                .compare_exchange(0, code.max(1), Ordering::SeqCst, Ordering::SeqCst);
        self.inner.notify.notify_waiters();
    }

    /// The exit code of the signal that cancelled the run, if one did.
    pub fn signal(&self) -> Option<u8> {
        match self.inner.code.load(Ordering::SeqCst) {
            0 => None,
            c => Some(c),
        }
    }

    /// `Err(Interrupted)` once cancelled: the work calls it where stopping is safe.
    pub fn check(&self) -> Result<()> {
        match self.signal() {
            None => Ok(()),
            Some(code) => Err(interrupted(code)),
        }
    }

    /// Resolves once cancelled (at once if already).
    pub async fn cancelled(&self) -> u8 {
        loop {
            let notified = self.inner.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if let Some(c) = self.signal() {
                return c;
            }
            notified.await;
        }
    }
}

/// The error of a run stopped by a signal.
pub fn interrupted(code: u8) -> AppError {
    let name = if code == exit::SIGINT {
        "SIGINT"
    } else {
        "SIGTERM"
    };
    AppError::new(
        ErrorKind::Interrupted(code),
        format!("interrupted by {name}: work not yet committed was rolled back"),
    )
    .hint("re-run the same command: finished batches are kept, the rest is done then")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_signal_wins_and_check_fails_after() {
        let c = Cancel::new();
        assert!(c.check().is_ok());
        c.cancel(143);
        c.cancel(130);
        assert_eq!(c.signal(), Some(143));
        assert_eq!(c.check().unwrap_err().exit_code(), 143);
    }

    #[tokio::test]
    async fn cancelled_resolves_from_another_thread() {
        let c = Cancel::new();
        let c2 = c.clone();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(20));
            c2.cancel(130);
        });
        assert_eq!(c.cancelled().await, 130);
    }
}
