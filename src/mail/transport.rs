//! Where mails go: an SMTP server (lettre, reused connections) or `.eml` files in a folder.
//!
//! The SMTP URL is lettre's (`AsyncSmtpTransport::from_url` validates it). The connections are
//! lettre's `AsyncSmtpConnection`s (EHLO, STARTTLS, AUTH, MAIL/RCPT/DATA), kept in a small pool
//! of our own, opened on sockets with `TCP_NODELAY`: lettre writes the end-of-data marker
//! `.` as a separate small write after the message, which Nagle's algorithm holds back until the
//! server's delayed ACK (40 ms on Linux), and its pool sends a NOOP before every reuse. Both cost a
//! round trip or more per mail; without them a connection sends as fast as the server answers.

use crate::error::{AppError, Result};
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, Message, Tokio1Executor};
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

/// How long to wait for a connection or an answer.
const TIMEOUT: Duration = Duration::from_secs(60);

pub enum Transport {
    Smtp {
        pool: SmtpPool,
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
        let invalid = |e: String| {
            AppError::usage(format!("invalid SMTP URL for `{server}`: {e}")).hint(
                "lettre URL syntax: smtp://host:25, smtp://host:587?tls=required, smtps://user:pass@host:465",
            )
        };
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map_err(|e| invalid(e.to_string()))?;
        let target = SmtpTarget::parse(url).map_err(invalid)?;
        Ok(Transport::Smtp {
            pool: SmtpPool {
                target,
                idle: RefCell::new(Vec::new()),
                max_idle: connections.max(1) as usize,
            },
            server,
        })
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
            Transport::Smtp { pool, server } => match pool.connect().await {
                Ok(mut conn) => {
                    if !conn.test_connected().await {
                        return Err(AppError::temporary(format!(
                            "SMTP server `{server}` does not answer"
                        )));
                    }
                    pool.release(conn);
                    Ok(())
                }
                Err(e) => Err(AppError::temporary(format!(
                    "cannot reach SMTP server `{server}`: {}",
                    e.text()
                ))
                .hint("nothing was sent or recorded; re-run when the server is back")),
            },
            Transport::Files { .. } => Ok(()),
        }
    }

    /// Sends one message; returns the server's answer (or the file written).
    pub async fn send(&self, msg: &Message, stem: &str) -> std::result::Result<String, SendError> {
        match self {
            Transport::Smtp { pool, .. } => match pool.send(msg).await {
                Ok(resp) => Ok(format!(
                    "{} {}",
                    resp.code(),
                    resp.message().collect::<Vec<_>>().join(" ")
                )),
                Err(SmtpFail::Smtp(e)) if e.is_transient() => {
                    Err(SendError::Transient(error_text(&e)))
                }
                Err(SmtpFail::Smtp(e)) if e.is_permanent() => {
                    Err(SendError::Permanent(error_text(&e)))
                }
                Err(e) => Err(SendError::Unavailable(e.text())),
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

/// Where and how to connect, from a lettre SMTP URL (same syntax and defaults as lettre's).
#[derive(Debug, Clone)]
struct SmtpTarget {
    host: String,
    port: u16,
    tls: TlsMode,
    credentials: Option<Credentials>,
    hello: ClientId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TlsMode {
    Plain,
    StartTlsRequired,
    StartTlsOpportunistic,
    Implicit,
}

impl SmtpTarget {
    fn parse(url: &str) -> std::result::Result<SmtpTarget, String> {
        let u = url::Url::parse(url).map_err(|e| e.to_string())?;
        let host = u.host_str().ok_or("no host")?.to_string();
        let tls = u
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.to_string());
        let (tls, default_port) = match (u.scheme(), tls.as_deref()) {
            ("smtp", None) => (TlsMode::Plain, 25),
            ("smtp", Some("required")) => (TlsMode::StartTlsRequired, 587),
            ("smtp", Some("opportunistic")) => (TlsMode::StartTlsOpportunistic, 587),
            ("smtps", _) => (TlsMode::Implicit, 465),
            (scheme, _) => return Err(format!("unknown scheme `{scheme}`")),
        };
        let hello = if u.path().len() > 1 {
            ClientId::Domain(u.path().trim_matches('/').to_string())
        } else {
            ClientId::default()
        };
        let credentials = u
            .password()
            .map(|p| Credentials::new(percent_decode(u.username()), percent_decode(p)));
        Ok(SmtpTarget {
            port: u.port().unwrap_or(default_port),
            host,
            tls,
            credentials,
            hello,
        })
    }
}

/// `LOGIN%40example.org` -> `LOGIN@example.org` (a `+` stays a `+`).
fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// Open connections, reused from one mail to the next (at most `max_idle` kept).
pub struct SmtpPool {
    target: SmtpTarget,
    idle: RefCell<Vec<AsyncSmtpConnection>>,
    max_idle: usize,
}

/// A failure of lettre's SMTP client, or of the socket we opened for it.
#[derive(Debug)]
enum SmtpFail {
    Smtp(lettre::transport::smtp::Error),
    Io(std::io::Error),
}

impl From<lettre::transport::smtp::Error> for SmtpFail {
    fn from(e: lettre::transport::smtp::Error) -> Self {
        SmtpFail::Smtp(e)
    }
}

impl SmtpFail {
    fn text(&self) -> String {
        match self {
            SmtpFail::Smtp(e) => error_text(e),
            SmtpFail::Io(e) => format!("connection error: {e}"),
        }
    }
}

type SmtpResult<T> = std::result::Result<T, SmtpFail>;

impl SmtpPool {
    async fn connect(&self) -> SmtpResult<AsyncSmtpConnection> {
        let t = &self.target;
        let mut conn = if t.tls == TlsMode::Implicit {
            // TLS from the first byte: lettre opens the socket itself.
            AsyncSmtpConnection::connect_tokio1(
                (t.host.as_str(), t.port),
                Some(TIMEOUT),
                &t.hello,
                Some(TlsParameters::new(t.host.clone())?),
                None,
            )
            .await?
        } else {
            let tcp = tokio::time::timeout(
                TIMEOUT,
                tokio::net::TcpStream::connect((t.host.as_str(), t.port)),
            )
            .await
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "connection timed out"))
            .and_then(|r| r)
            .map_err(SmtpFail::Io)?;
            tcp.set_nodelay(true).map_err(SmtpFail::Io)?;
            AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &t.hello).await?
        };
        match t.tls {
            TlsMode::StartTlsRequired => {
                conn.starttls(TlsParameters::new(t.host.clone())?, &t.hello)
                    .await?
            }
            TlsMode::StartTlsOpportunistic if conn.can_starttls() => {
                conn.starttls(TlsParameters::new(t.host.clone())?, &t.hello)
                    .await?
            }
            _ => {}
        }
        if let Some(c) = &t.credentials {
            conn.auth(DEFAULT_MECHANISMS, c).await?;
        }
        Ok(conn)
    }

    fn release(&self, conn: AsyncSmtpConnection) {
        let mut idle = self.idle.borrow_mut();
        if !conn.has_broken() && idle.len() < self.max_idle {
            idle.push(conn);
        }
    }

    async fn send(&self, msg: &Message) -> SmtpResult<lettre::transport::smtp::response::Response> {
        let data = msg.formatted();
        let reused = self.idle.borrow_mut().pop();
        if let Some(mut conn) = reused {
            match conn.send(msg.envelope(), &data).await {
                // The server may have closed an idle connection: one more try on a new one.
                Err(e) if !e.is_response() => {}
                r => {
                    self.release(conn);
                    return r.map_err(SmtpFail::Smtp);
                }
            }
        }
        let mut conn = self.connect().await?;
        let r = conn.send(msg.envelope(), &data).await;
        self.release(conn);
        r.map_err(SmtpFail::Smtp)
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
    use super::*;

    #[test]
    fn smtp_urls_parse_like_lettre() {
        let t = SmtpTarget::parse("smtp://relay.example.org").unwrap();
        assert_eq!((t.port, t.tls), (25, TlsMode::Plain));
        let t = SmtpTarget::parse(
            "smtp://LOGIN%40example.org:k%2By+z@smtp-relay.brevo.com:587?tls=required",
        )
        .unwrap();
        assert_eq!((t.port, t.tls), (587, TlsMode::StartTlsRequired));
        assert!(t.credentials.is_some());
        let t = SmtpTarget::parse("smtps://u:p@mail.example.org").unwrap();
        assert_eq!((t.port, t.tls), (465, TlsMode::Implicit));
        assert!(SmtpTarget::parse("http://x").is_err());
        assert_eq!(percent_decode("LOGIN%40example.org"), "LOGIN@example.org");
        assert_eq!(percent_decode("k%2By+z"), "k+y+z");
    }

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
