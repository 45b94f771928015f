//! Where mails go: an SMTP server (lettre, pooled connections) or `.eml` files in a folder.

use crate::error::{AppError, Result};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

pub enum Transport {
    Smtp {
        inner: AsyncSmtpTransport<Tokio1Executor>,
        /// `host:port`, never the credentials.
        server: String,
    },
    Files {
        dir: PathBuf,
    },
}

/// Why one mail was not accepted.
#[derive(Debug)]
pub enum SendError {
    /// 4xx: try again later (the notification stays pending).
    Transient(String),
    /// 5xx or an unusable address: the warning failed.
    Permanent(String),
    /// The server cannot be reached or the connection broke: stop the run, retry later.
    Unavailable(String),
}

/// `smtps://user:secret@host:465` -> `host:465`, for messages.
pub fn describe_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(u) => {
            let host = u.host_str().unwrap_or("?");
            match u.port() {
                Some(p) => format!("{host}:{p}"),
                None => host.to_string(),
            }
        }
        Err(_) => "(unparsable URL)".into(),
    }
}

impl Transport {
    /// An SMTP transport from a lettre URL with `connections` pooled connections.
    pub fn smtp(url: &str, connections: u32) -> Result<Transport> {
        let server = describe_url(url);
        let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map_err(|e| {
            AppError::usage(format!("invalid SMTP URL for `{server}`: {e}")).hint(
                "lettre URL syntax: smtp://host:25, smtp://host:587?tls=required, smtps://user:pass@host:465",
            )
        })?;
        let inner = builder
            .timeout(Some(Duration::from_secs(60)))
            .pool_config(
                PoolConfig::new()
                    .max_size(connections.max(1))
                    .idle_timeout(Duration::from_secs(30)),
            )
            .build();
        Ok(Transport::Smtp { inner, server })
    }

    /// A folder of `.eml` files (created 0700 if missing; files 0600: they hold addresses).
    pub fn files(dir: PathBuf) -> Result<Transport> {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(|e| {
                AppError::usage(format!(
                    "cannot create outbox folder `{}`: {e}",
                    dir.display()
                ))
            })?;
        Ok(Transport::Files { dir })
    }

    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp { server, .. } => format!("SMTP server `{server}`"),
            Transport::Files { dir } => format!("outbox folder `{}`", dir.display()),
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Transport::Smtp { .. } => "smtp",
            Transport::Files { .. } => "files",
        }
    }

    /// Checks that the server answers before any notification is recorded (exit 75 if not).
    pub async fn check(&self) -> Result<()> {
        match self {
            Transport::Smtp { inner, server } => match inner.test_connection().await {
                Ok(true) => Ok(()),
                Ok(false) => Err(AppError::temporary(format!(
                    "SMTP server `{server}` does not answer"
                ))),
                Err(e) => Err(AppError::temporary(format!(
                    "cannot reach SMTP server `{server}`: {}",
                    error_text(&e)
                ))
                .hint("nothing was sent or recorded; re-run when the server is back")),
            },
            Transport::Files { .. } => Ok(()),
        }
    }

    /// Sends one message; returns the server's answer (or the file written).
    pub async fn send(&self, msg: &Message, stem: &str) -> std::result::Result<String, SendError> {
        match self {
            Transport::Smtp { inner, .. } => match inner.send(msg.clone()).await {
                Ok(resp) => Ok(format!(
                    "{} {}",
                    resp.code(),
                    resp.message().collect::<Vec<_>>().join(" ")
                )),
                Err(e) if e.is_transient() => Err(SendError::Transient(error_text(&e))),
                Err(e) if e.is_permanent() => Err(SendError::Permanent(error_text(&e))),
                Err(e) => Err(SendError::Unavailable(error_text(&e))),
            },
            Transport::Files { dir } => {
                let name = format!("{stem}.eml");
                let path = dir.join(&name);
                let tmp = dir.join(format!(".{stem}.eml.part"));
                write_private(&tmp, &msg.formatted())
                    .and_then(|()| std::fs::rename(&tmp, &path))
                    .map_err(|e| {
                        SendError::Unavailable(format!("cannot write `{}`: {e}", path.display()))
                    })?;
                Ok(format!("written to {name}"))
            }
        }
    }
}

/// Writes a file readable by its owner only, flushed to disk before it is renamed into place.
fn write_private(path: &std::path::Path, data: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(data)?;
    f.sync_all()
}

/// lettre's error with its causes, on one line.
fn error_text(e: &lettre::transport::smtp::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(c) = src {
        let t = c.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        src = c.source();
    }
    crate::mail::one_line(&s)
}

#[cfg(test)]
mod tests {
    #[test]
    fn urls_are_shown_without_credentials() {
        assert_eq!(
            super::describe_url("smtps://user:secret@smtp-relay.brevo.com:465"),
            "smtp-relay.brevo.com:465"
        );
        assert_eq!(
            super::describe_url("smtp://localhost:2525?tls=required"),
            "localhost:2525"
        );
    }
}
