//! One error type for the whole tool: what failed, hints, and the exit code it maps to.

use std::fmt;

/// The exit codes (README, "Exit codes"), in one place.
pub mod exit {
    pub const OK: u8 = 0;
    pub const FAILURE: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const INTERNAL: u8 = 70;
    pub const TEMPFAIL: u8 = 75;
    pub const SIGINT: u8 = 130;
    pub const SIGTERM: u8 = 143;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The work failed, or some items of a batch failed (exit 1).
    Failure,
    /// Bad usage or configuration (exit 2).
    Usage,
    /// Worth retrying later: database or mail server unreachable, lock held, SMTP 4xx (exit 75).
    Temporary,
    /// Interrupted by a signal (exit 130 / 143).
    Interrupted(u8),
    /// stdout was closed by the reader (`| head`): stop quietly, exit 0.
    BrokenPipe,
    /// A bug in rgpdctl: a state the code believed impossible (exit 70).
    Internal,
}

#[derive(Debug)]
pub struct AppError {
    pub kind: ErrorKind,
    pub message: String,
    pub hints: Vec<String>,
    pub source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

pub type Result<T, E = AppError> = std::result::Result<T, E>;

impl AppError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        AppError {
            kind,
            message: message.into(),
            hints: Vec::new(),
            source: None,
        }
    }
    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Failure, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn temporary(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Temporary, message)
    }
    /// A bug: the message says what was believed impossible; the user is asked to report it.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
            .hint("this is a bug in rgpdctl: please report it with the command line (nothing was committed past the last finished batch)")
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }
    pub fn exit_code(&self) -> u8 {
        match self.kind {
            ErrorKind::Failure => exit::FAILURE,
            ErrorKind::Usage => exit::USAGE,
            ErrorKind::Temporary => exit::TEMPFAIL,
            ErrorKind::Interrupted(code) => code,
            ErrorKind::BrokenPipe => exit::OK,
            ErrorKind::Internal => exit::INTERNAL,
        }
    }
    /// Adds what was being done in front of the message: `importing `x.csv`: <message>`.
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl AppError {
    /// The message followed by each cause that it does not already say, `: `-separated.
    pub fn with_causes(&self) -> String {
        let mut out = self.message.clone();
        let mut cur: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(self);
        while let Some(c) = cur {
            let text = c.to_string();
            if !text.is_empty() && !out.contains(&text) {
                out.push_str(": ");
                out.push_str(&text);
            }
            cur = c.source();
        }
        out
    }
}

impl std::error::Error for AppError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| e.as_ref() as &(dyn std::error::Error + 'static))
    }
}

impl From<std::io::Error> for AppError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return AppError::new(ErrorKind::BrokenPipe, "broken pipe");
        }
        let msg = e.to_string();
        AppError::failure(msg).with_source(e)
    }
}

/// A database error: connection loss is temporary (75), anything else a failure with the
/// server's message (never the SQL text, which may hold values).
impl From<tokio_postgres::Error> for AppError {
    fn from(e: tokio_postgres::Error) -> Self {
        db_error(e)
    }
}

pub fn db_error(e: tokio_postgres::Error) -> AppError {
    if let Some(db) = e.as_db_error() {
        let mut msg = format!("database error: {}", db.message());
        if let Some(detail) = db.detail() {
            msg.push_str(&format!(" ({detail})"));
        }
        let code = db.code().code();
        // 55P03 lock_not_available, 57P01 admin_shutdown, 53xxx insufficient resources,
        // 40001 serialization failure, 40P01 deadlock: a later run will succeed.
        let temporary = matches!(
            code,
            "55P03" | "57P01" | "57P02" | "57P03" | "40001" | "40P01"
        ) || code.starts_with("53")
            || code.starts_with("08");
        let mut err = if temporary {
            AppError::temporary(msg)
        } else {
            AppError::failure(msg)
        };
        if let Some(h) = db.hint() {
            err = err.hint(h.to_string());
        }
        if code == "42P01" || code == "42703" {
            err = err.hint("is the schema up to date? run `rgpdctl db migrate`");
        }
        return err;
    }
    if e.is_closed() || e.to_string().contains("connection") {
        return AppError::temporary(format!("lost the database connection: {e}"))
            .hint("check that PostgreSQL is running, then re-run: finished batches are kept");
    }
    AppError::failure(format!("database error: {e}"))
}

impl From<serde_json::Error> for AppError {
    fn from(e: serde_json::Error) -> Self {
        if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
            return AppError::new(ErrorKind::BrokenPipe, "broken pipe");
        }
        AppError::failure(format!("json: {e}"))
    }
}

impl From<csv::Error> for AppError {
    fn from(e: csv::Error) -> Self {
        if let csv::ErrorKind::Io(io) = e.kind() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return AppError::new(ErrorKind::BrokenPipe, "broken pipe");
            }
        }
        AppError::failure(format!("csv: {e}"))
    }
}
