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
use lettre::transport::smtp::client::{
    AsyncSmtpConnection, Certificate, CertificateStore, TlsParameters,
};
use lettre::transport::smtp::commands::{Data, Mail, Quit, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::transport::smtp::response::Response;
use lettre::Message;
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

pub enum Transport {
    Smtp {
        pool: Box<SmtpPool>,
        /// `host:port`, never the credentials.
        server: String,
    },
    Files {
        dir: PathBuf,
    },
}

/// How to talk to the SMTP server, besides its URL (resolved from the settings).
#[derive(Debug, Clone)]
pub struct SmtpOptions {
    /// Pooled connections.
    pub connections: u32,
    /// PEM file of extra trusted roots (an internal CA), on top of the system's.
    pub ca_file: Option<PathBuf>,
    /// The password, from `RGPDCTL_SMTP_PASSWORD` or `mail.password_file` (wins over the URL's).
    pub password: Option<String>,
    /// The EHLO name (`mail.helo_name`), else the URL's path, else the FQDN, else `sender_domain`.
    pub helo_name: Option<String>,
    /// The sender's domain, the last resort for the EHLO name.
    pub sender_domain: Option<String>,
    /// Wait for the connection, the greeting, the TLS handshake and each answer.
    pub timeout: Duration,
}

impl Default for SmtpOptions {
    fn default() -> Self {
        SmtpOptions {
            connections: 1,
            ca_file: None,
            password: None,
            helo_name: None,
            sender_domain: None,
            timeout: Duration::from_secs(crate::settings::SMTP_TIMEOUT_DEFAULT_SECS),
        }
    }
}

/// Why one mail was not accepted.
#[derive(Debug)]
pub enum SendError {
    /// 4xx to this recipient (RCPT TO, or DATA for this one recipient): kept pending.
    Transient(String),
    /// 5xx to this recipient, or an unusable address: the warning failed.
    Permanent(String),
    /// Nothing to do with the recipient (the server, the session, the sender, the relay): stop
    /// the run, keep the warnings pending.
    Unavailable(Stop),
}

/// Why a run must stop: the configuration (exit 2) or a temporary state (exit 75).
#[derive(Debug, Clone)]
pub struct Stop {
    /// A configuration problem (credentials, sender, certificate, TLS mode): exit 2.
    pub config: bool,
    pub message: String,
    pub hint: String,
}

impl Stop {
    fn config(message: impl Into<String>, hint: impl Into<String>) -> Stop {
        Stop {
            config: true,
            message: message.into(),
            hint: hint.into(),
        }
    }
    fn temporary(message: impl Into<String>, hint: impl Into<String>) -> Stop {
        Stop {
            config: false,
            message: message.into(),
            hint: hint.into(),
        }
    }
    /// The command's error: exit 2 for a configuration problem, 75 for a temporary one.
    pub fn into_error(self, prefix: &str) -> AppError {
        let msg = format!("{prefix}{}", self.message);
        let e = if self.config {
            AppError::usage(msg)
        } else {
            AppError::temporary(msg)
        };
        e.hint(self.hint)
    }
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
    /// An SMTP transport from a lettre URL (plus `tls=none`, plain text, for a loopback server).
    pub fn smtp(url: &str, opts: &SmtpOptions) -> Result<Transport> {
        let server = describe_url(url);
        let invalid = |e: String| {
            AppError::usage(format!("invalid SMTP URL for `{server}`: {e}")).hint(
                "lettre URL syntax: smtp://host:25, smtp://host:587?tls=required, smtps://user@host:465 (the password in RGPDCTL_SMTP_PASSWORD or mail.password_file)",
            )
        };
        let target = SmtpTarget::parse(url, opts).map_err(invalid)?;
        let extra_roots = match &opts.ca_file {
            Some(path) => load_ca_file(path)?,
            None => Vec::new(),
        };
        // The system's roots (SSL_CERT_FILE / SSL_CERT_DIR honoured); the built-in Mozilla list
        // only where the system has none.
        let roots = if rustls_native_certs::load_native_certs().certs.is_empty() {
            CertificateStore::WebpkiRoots
        } else {
            CertificateStore::Default
        };
        Ok(Transport::Smtp {
            pool: Box::new(SmtpPool {
                target,
                roots,
                extra_roots,
                ca_file: opts.ca_file.clone(),
                timeout: opts.timeout,
                idle: RefCell::new(Vec::new()),
                max_idle: opts.connections.max(1) as usize,
            }),
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

    /// Opens a session (greeting, TLS, AUTH) before any notification is recorded: exit 2 for a
    /// configuration problem (credentials, certificate, TLS mode), 75 if the server is away.
    pub async fn check(&self) -> Result<()> {
        match self {
            Transport::Smtp { pool, server } => match pool.connect().await {
                Ok(conn) => {
                    pool.release(conn);
                    Ok(())
                }
                Err(f) => {
                    let stop = match pool.classify(f, 0) {
                        Classified::Stop(s) => s,
                        Classified::Recipient { text, .. } => Stop::config(text, ""),
                    };
                    Err(stop
                        .into_error(&format!("SMTP server `{server}`: "))
                        .hint("nothing was sent or recorded"))
                }
            },
            Transport::Files { .. } => Ok(()),
        }
    }

    /// Ends the sessions politely (QUIT), at the end of a run.
    pub async fn close(&self) {
        if let Transport::Smtp { pool, .. } = self {
            let idle = std::mem::take(&mut *pool.idle.borrow_mut());
            for mut conn in idle {
                let _ = tokio::time::timeout(pool.timeout, conn.command(Quit)).await;
            }
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
                Err(f) => Err(match pool.classify(f, msg.envelope().to().len()) {
                    Classified::Recipient {
                        permanent: true,
                        text,
                    } => SendError::Permanent(text),
                    Classified::Recipient { text, .. } => SendError::Transient(text),
                    Classified::Stop(s) => SendError::Unavailable(s),
                }),
            },
            Transport::Files { dir } => {
                let name = format!("{stem}.eml");
                let path = dir.join(&name);
                let tmp = dir.join(format!(".{stem}.eml.part"));
                write_private(&tmp, &msg.formatted())
                    .and_then(|()| std::fs::rename(&tmp, &path))
                    .map_err(|e| {
                        SendError::Unavailable(Stop::temporary(
                            format!("cannot write `{}`: {e}", path.display()),
                            "check the outbox folder; the warnings not written stay pending",
                        ))
                    })?;
                Ok(format!("written to {name}"))
            }
        }
    }
}

/// The certificates of a PEM file (`mail.ca_file`); exit 2 if unreadable or empty.
fn load_ca_file(path: &std::path::Path) -> Result<Vec<Certificate>> {
    let bad = |why: String| {
        AppError::usage(format!("mail.ca_file `{}`: {why}", path.display()))
            .hint("give a PEM file holding the CA certificate(s) that signed the SMTP server's certificate")
    };
    let pem = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
    let text = String::from_utf8_lossy(&pem);
    let blocks: Vec<&str> = text
        .split("-----BEGIN CERTIFICATE-----")
        .skip(1)
        .filter_map(|b| b.split("-----END CERTIFICATE-----").next())
        .collect();
    if blocks.is_empty() {
        return Err(bad("no PEM certificate in it".into()));
    }
    blocks
        .iter()
        .map(|b| {
            let one = format!("-----BEGIN CERTIFICATE-----{b}-----END CERTIFICATE-----\n");
            Certificate::from_pem(one.as_bytes())
                .map_err(|e| bad(format!("invalid certificate: {e}")))
        })
        .collect()
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
    /// `tls=none`: plain text on purpose (a loopback test server), AUTH allowed.
    PlainExplicit,
    StartTlsRequired,
    StartTlsOpportunistic,
    Implicit,
}

fn is_loopback(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost")
        || h.parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The EHLO name when none is configured: this machine's name if fully qualified, else the
/// sender's domain (a strict relay refuses a short name: `504 need fully-qualified hostname`).
fn default_helo(sender_domain: Option<&str>) -> ClientId {
    let host = whoami::fallible::hostname().unwrap_or_default();
    let host = host.trim();
    if host.contains('.') && !host.ends_with(".localdomain") {
        return ClientId::Domain(host.to_string());
    }
    match sender_domain.filter(|d| d.contains('.')) {
        Some(d) => ClientId::Domain(d.to_string()),
        None if !host.is_empty() => ClientId::Domain(host.to_string()),
        None => ClientId::default(),
    }
}

impl SmtpTarget {
    fn parse(url: &str, opts: &SmtpOptions) -> std::result::Result<SmtpTarget, String> {
        let u = url::Url::parse(url).map_err(|e| e.to_string())?;
        let host = u.host_str().ok_or("no host")?.to_string();
        let tls = u
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.to_string());
        let (tls, default_port) = match (u.scheme(), tls.as_deref()) {
            ("smtp", None) => (TlsMode::Plain, 25),
            ("smtp", Some("none")) => (TlsMode::PlainExplicit, 25),
            ("smtp", Some("required")) => (TlsMode::StartTlsRequired, 587),
            ("smtp", Some("opportunistic")) => (TlsMode::StartTlsOpportunistic, 587),
            ("smtps", None) => (TlsMode::Implicit, 465),
            ("smtp" | "smtps", Some(t)) => {
                return Err(format!(
                    "unknown tls=`{t}` (expected required, opportunistic, or none for a loopback test server with smtp://)"
                ))
            }
            (scheme, _) => return Err(format!("unknown scheme `{scheme}` (smtp or smtps)")),
        };
        let hello = match &opts.helo_name {
            Some(h) => ClientId::Domain(h.clone()),
            None if u.path().len() > 1 => ClientId::Domain(u.path().trim_matches('/').to_string()),
            None => default_helo(opts.sender_domain.as_deref()),
        };
        let user = percent_decode(u.username());
        let password = opts
            .password
            .clone()
            .or_else(|| u.password().map(percent_decode));
        let credentials = match (user.is_empty(), password) {
            (true, None) => None,
            (false, Some(p)) => Some(Credentials::new(user.clone(), p)),
            (false, None) => {
                return Err(format!(
                    "the URL names the user `{user}` but no password is given: set RGPDCTL_SMTP_PASSWORD or mail.password_file (no AUTH is sent without one)"
                ))
            }
            (true, Some(_)) => {
                return Err(
                    "a password is given (RGPDCTL_SMTP_PASSWORD or mail.password_file) but the URL names no user: write it as smtp://USER@host:587?tls=required"
                        .into(),
                )
            }
        };
        if credentials.is_some() {
            match tls {
                TlsMode::Plain => {
                    return Err("credentials over an unencrypted connection: use ?tls=required (STARTTLS) or smtps:// (or tls=none, only for a loopback test server)".into())
                }
                TlsMode::PlainExplicit if !is_loopback(&host) => {
                    return Err(format!("tls=none with credentials is only allowed for a loopback server, not `{host}`: use ?tls=required or smtps://"))
                }
                _ => {}
            }
        }
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
    roots: CertificateStore,
    extra_roots: Vec<Certificate>,
    ca_file: Option<PathBuf>,
    timeout: Duration,
    idle: RefCell<Vec<AsyncSmtpConnection>>,
    max_idle: usize,
}

/// The step of the session a failure happened at: what decides whom it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Connect,
    Greeting,
    StartTls,
    Auth,
    MailFrom,
    RcptTo,
    Data,
    /// The message was sent: no answer to it means the server may have taken it.
    EndOfData,
}

impl Stage {
    fn what(self) -> &'static str {
        match self {
            Stage::Connect => "the connection",
            Stage::Greeting => "the greeting (banner, EHLO)",
            Stage::StartTls => "STARTTLS and the TLS handshake",
            Stage::Auth => "AUTH",
            Stage::MailFrom => "MAIL FROM",
            Stage::RcptTo => "RCPT TO",
            Stage::Data => "DATA",
            Stage::EndOfData => "the end of the message",
        }
    }
}

/// A failure at some stage.
#[derive(Debug)]
struct Fail {
    stage: Stage,
    kind: FailKind,
}

#[derive(Debug)]
enum FailKind {
    /// A negative answer: `code` (e.g. 535) and its text.
    Reply {
        code: u16,
        text: String,
    },
    /// No answer in time.
    Timeout,
    Tls(String),
    /// The socket failed or closed.
    Io(String),
    /// Refused before anything was sent (lettre's checks, ours).
    Client(String),
}

fn fail(stage: Stage, e: lettre::transport::smtp::Error) -> Fail {
    let kind = if let Some(code) = e.status() {
        let code = code.to_string().parse().unwrap_or(0);
        let text = std::error::Error::source(&e)
            .map(|s| s.to_string())
            .unwrap_or_default();
        FailKind::Reply {
            code,
            text: crate::mail::one_line(&text),
        }
    } else if e.is_timeout() {
        FailKind::Timeout
    } else if e.is_tls() || error_text(&e).to_ascii_lowercase().contains("certificate") {
        FailKind::Tls(error_text(&e))
    } else if e.is_client() {
        FailKind::Client(error_text(&e))
    } else {
        FailKind::Io(error_text(&e))
    };
    Fail { stage, kind }
}

/// What a failure means for the run.
enum Classified {
    /// About this recipient only.
    Recipient {
        permanent: bool,
        text: String,
    },
    Stop(Stop),
}

type SmtpResult<T> = std::result::Result<T, Fail>;

impl SmtpPool {
    /// Runs one step within the timeout.
    async fn step<T>(
        &self,
        stage: Stage,
        fut: impl std::future::Future<Output = std::result::Result<T, lettre::transport::smtp::Error>>,
    ) -> SmtpResult<T> {
        match tokio::time::timeout(self.timeout, fut).await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(fail(stage, e)),
            Err(_) => Err(Fail {
                stage,
                kind: FailKind::Timeout,
            }),
        }
    }

    fn tls_parameters(&self, stage: Stage) -> SmtpResult<TlsParameters> {
        let mut b =
            TlsParameters::builder(self.target.host.clone()).certificate_store(self.roots.clone());
        for c in &self.extra_roots {
            b = b.add_root_certificate(c.clone());
        }
        b.build_rustls().map_err(|e| fail(stage, e))
    }

    async fn connect(&self) -> SmtpResult<AsyncSmtpConnection> {
        let t = &self.target;
        let mut conn = if t.tls == TlsMode::Implicit {
            // TLS from the first byte: lettre opens the socket itself.
            let params = self.tls_parameters(Stage::Connect)?;
            let r = tokio::time::timeout(
                self.timeout,
                AsyncSmtpConnection::connect_tokio1(
                    (t.host.as_str(), t.port),
                    Some(self.timeout),
                    &t.hello,
                    Some(params),
                    None,
                ),
            )
            .await;
            match r {
                Ok(Ok(c)) => c,
                Ok(Err(e)) => {
                    let stage = if e.status().is_some() {
                        Stage::Greeting
                    } else {
                        Stage::Connect
                    };
                    return Err(fail(stage, e));
                }
                // The TCP connection has its own timeout: this one is the handshake or banner.
                Err(_) => {
                    return Err(Fail {
                        stage: Stage::StartTls,
                        kind: FailKind::Timeout,
                    })
                }
            }
        } else {
            let tcp = tokio::time::timeout(
                self.timeout,
                tokio::net::TcpStream::connect((t.host.as_str(), t.port)),
            )
            .await
            .map_err(|_| Fail {
                stage: Stage::Connect,
                kind: FailKind::Timeout,
            })?
            .map_err(|e| Fail {
                stage: Stage::Connect,
                kind: FailKind::Io(e.to_string()),
            })?;
            let _ = tcp.set_nodelay(true);
            self.step(
                Stage::Greeting,
                AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &t.hello),
            )
            .await?
        };
        let starttls = match t.tls {
            TlsMode::StartTlsRequired => true,
            TlsMode::StartTlsOpportunistic => conn.can_starttls(),
            _ => false,
        };
        if starttls {
            let params = self.tls_parameters(Stage::StartTls)?;
            self.step(Stage::StartTls, conn.starttls(params, &t.hello))
                .await?;
        }
        if let Some(c) = &t.credentials {
            if !conn.is_encrypted() && t.tls != TlsMode::PlainExplicit {
                return Err(Fail {
                    stage: Stage::StartTls,
                    kind: FailKind::Client(
                        "the server offers no STARTTLS: the credentials are not sent over an unencrypted connection".into(),
                    ),
                });
            }
            self.step(Stage::Auth, conn.auth(DEFAULT_MECHANISMS, c))
                .await?;
        }
        Ok(conn)
    }

    fn release(&self, conn: AsyncSmtpConnection) {
        let mut idle = self.idle.borrow_mut();
        if !conn.has_broken() && idle.len() < self.max_idle {
            idle.push(conn);
        }
    }

    /// One transaction, command by command, each within the timeout; on failure the
    /// connection is dropped (a new one is opened for the next mail).
    async fn transaction(
        &self,
        conn: &mut AsyncSmtpConnection,
        msg: &Message,
        data: &[u8],
    ) -> SmtpResult<Response> {
        let envelope = msg.envelope();
        let mut options = vec![];
        if envelope
            .from()
            .into_iter()
            .chain(envelope.to())
            .any(|a: &lettre::Address| !AsRef::<str>::as_ref(a).is_ascii())
        {
            if !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
                return Err(Fail {
                    stage: Stage::RcptTo,
                    kind: FailKind::Client(
                        "non-ASCII address but the server does not support SMTPUTF8".into(),
                    ),
                });
            }
            options.push(MailParameter::SmtpUtfEight);
        }
        if !data.is_ascii() {
            if !conn.server_info().supports_feature(Extension::EightBitMime) {
                return Err(Fail {
                    stage: Stage::MailFrom,
                    kind: FailKind::Client(
                        "8-bit message but the server does not support 8BITMIME".into(),
                    ),
                });
            }
            options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }
        self.step(
            Stage::MailFrom,
            conn.command(Mail::new(envelope.from().cloned(), options)),
        )
        .await?;
        for to in envelope.to() {
            self.step(Stage::RcptTo, conn.command(Rcpt::new(to.clone(), vec![])))
                .await?;
        }
        self.step(Stage::Data, conn.command(Data)).await?;
        self.step(Stage::EndOfData, conn.message(data)).await
    }

    async fn send(&self, msg: &Message) -> SmtpResult<Response> {
        let data = msg.formatted();
        let reused = self.idle.borrow_mut().pop();
        if let Some(mut conn) = reused {
            match self.transaction(&mut conn, msg, &data).await {
                Ok(r) => {
                    self.release(conn);
                    return Ok(r);
                }
                // The server may have closed an idle connection (the socket fails, or it says
                // 421): one more try on a new one, but only if the message itself was not sent
                // (it must never go twice).
                Err(Fail {
                    stage,
                    kind: FailKind::Io(_) | FailKind::Reply { code: 421, .. },
                }) if stage != Stage::EndOfData => conn.abort().await,
                Err(f) => {
                    conn.abort().await;
                    return Err(f);
                }
            }
        }
        let mut conn = self.connect().await?;
        match self.transaction(&mut conn, msg, &data).await {
            Ok(r) => {
                self.release(conn);
                Ok(r)
            }
            Err(f) => {
                conn.abort().await;
                Err(f)
            }
        }
    }

    /// Whom a failure is about, by the command it answers: only RCPT TO (or DATA with a single
    /// recipient) can fail a recipient; anything else stops the run.
    fn classify(&self, f: Fail, recipients: usize) -> Classified {
        let at = f.stage.what();
        let secs = self.timeout.as_secs();
        match f.kind {
            FailKind::Reply { code, text } => {
                let answer = format!("{code} {text}");
                let permanent = code >= 500;
                let relay = text.contains("5.7.")
                    || text.to_ascii_lowercase().contains("relay")
                    || code == 530;
                match f.stage {
                    Stage::RcptTo if !(permanent && relay) => Classified::Recipient {
                        permanent,
                        text: answer,
                    },
                    Stage::Data | Stage::EndOfData if recipients == 1 && !(permanent && (code == 530 || code == 535)) => {
                        Classified::Recipient {
                            permanent,
                            text: answer,
                        }
                    }
                    Stage::RcptTo => Classified::Stop(Stop::config(
                        format!("the relay refused to relay (RCPT TO): {answer}"),
                        "a relay or authentication refusal, not the recipient's fault: check the credentials and that the relay lets this account send; the warnings stay pending",
                    )),
                    Stage::Auth if permanent => Classified::Stop(Stop::config(
                        format!("authentication refused: {answer}"),
                        "check the login in the SMTP URL and the password (RGPDCTL_SMTP_PASSWORD or mail.password_file; for Brevo, an SMTP key, not the account password); the warnings stay pending",
                    )),
                    Stage::MailFrom if permanent => Classified::Stop(Stop::config(
                        format!("the sender was refused (MAIL FROM): {answer}"),
                        "check --mail-from: the relay must accept this sender (for Brevo, a validated sender or domain); the warnings stay pending",
                    )),
                    Stage::Greeting | Stage::StartTls if permanent => Classified::Stop(Stop::config(
                        format!("the server refused the session ({at}): {answer}"),
                        "if it asks for a fully-qualified name, set mail.helo_name; else check that this machine may use the relay; the warnings stay pending",
                    )),
                    _ if permanent => Classified::Stop(Stop::config(
                        format!("refused at {at}: {answer}"),
                        "the warnings stay pending; fix the configuration and re-run",
                    )),
                    _ => Classified::Stop(Stop::temporary(
                        format!("temporary refusal at {at}: {answer}"),
                        "the warnings not sent stay pending; re-run later (none is sent twice)",
                    )),
                }
            }
            FailKind::Timeout if f.stage == Stage::EndOfData => Classified::Stop(Stop::temporary(
                format!("no answer within {secs} s after the message was sent"),
                "the server may have accepted that mail: it stays pending and a re-run may send it a second time; the other warnings stay pending",
            )),
            FailKind::Timeout => Classified::Stop(Stop::temporary(
                format!("no answer within {secs} s to {at}"),
                "a silent server, or a TLS mode that does not match the port (465 is smtps://, 587 is smtp://…?tls=required); mail.timeout sets the wait; the warnings stay pending",
            )),
            FailKind::Tls(e) if e.to_ascii_lowercase().contains("certificate") => {
                let hint = match &self.ca_file {
                    Some(p) => format!("the server's certificate does not verify against the system roots nor mail.ca_file `{}`: check that file holds the CA that signed it and that the URL's host is a name in the certificate", p.display()),
                    None => "the server's certificate does not verify against the system roots: for an internal CA set mail.ca_file (or RGPDCTL_SMTP_CA_FILE) to its PEM file, and check that the URL's host is a name in the certificate".into(),
                };
                Classified::Stop(Stop::config(format!("certificate check failed: {e}"), hint))
            }
            FailKind::Tls(e) => Classified::Stop(Stop::config(
                format!("TLS failed at {at}: {e}"),
                "check the TLS mode for the port (465 is smtps://, 587 is smtp://…?tls=required)",
            )),
            FailKind::Io(e) if f.stage == Stage::EndOfData => Classified::Stop(Stop::temporary(
                format!("the connection broke after the message was sent: {e}"),
                "the server may have accepted that mail: it stays pending and a re-run may send it a second time; the other warnings stay pending",
            )),
            FailKind::Io(e) if f.stage == Stage::Connect => Classified::Stop(Stop::temporary(
                format!("cannot connect: {e}"),
                "re-run when the server is back; the warnings stay pending",
            )),
            FailKind::Io(e) => Classified::Stop(Stop::temporary(
                format!("the connection failed at {at}: {e}"),
                "re-run when the server is back; the warnings stay pending",
            )),
            FailKind::Client(e) if f.stage == Stage::RcptTo => Classified::Recipient {
                permanent: true,
                text: e,
            },
            FailKind::Client(e) => Classified::Stop(Stop::config(
                format!("{at}: {e}"),
                "fix the SMTP configuration; the warnings stay pending",
            )),
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

/// lettre's error with its causes, on one line, each said once ("Connection error: Connection
/// error" is one).
fn error_text(e: &lettre::transport::smtp::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut src = std::error::Error::source(e);
    while let Some(c) = src {
        let t = c.to_string();
        if !parts
            .iter()
            .any(|p| p.to_ascii_lowercase().contains(&t.to_ascii_lowercase()))
        {
            parts.push(t);
        }
        src = c.source();
    }
    if parts.is_empty() {
        parts.push(e.to_string());
    }
    let text = parts.join(": ");
    let text = text
        .strip_prefix("Connection error: ")
        .unwrap_or(&text)
        .to_string();
    crate::mail::one_line(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_parse_like_lettre() {
        let o = SmtpOptions::default();
        let t = SmtpTarget::parse("smtp://relay.example.org", &o).unwrap();
        assert_eq!((t.port, t.tls), (25, TlsMode::Plain));
        let t = SmtpTarget::parse(
            "smtp://LOGIN%40example.org:k%2By+z@smtp-relay.brevo.com:587?tls=required",
            &o,
        )
        .unwrap();
        assert_eq!((t.port, t.tls), (587, TlsMode::StartTlsRequired));
        assert!(t.credentials.is_some());
        let t = SmtpTarget::parse("smtps://u:p@mail.example.org", &o).unwrap();
        assert_eq!((t.port, t.tls), (465, TlsMode::Implicit));
        assert!(SmtpTarget::parse("http://x", &o).is_err());
        assert!(SmtpTarget::parse("smtp://x?tls=maybe", &o).is_err());
        assert_eq!(percent_decode("LOGIN%40example.org"), "LOGIN@example.org");
        assert_eq!(percent_decode("k%2By+z"), "k+y+z");
    }

    #[test]
    fn credentials_need_a_password_a_user_and_encryption() {
        let o = SmtpOptions::default();
        // A user and no password is refused, never a silent send without AUTH.
        let e = SmtpTarget::parse("smtps://u@mail.example.org", &o).unwrap_err();
        assert!(e.contains("no password"), "{e}");
        let with = SmtpOptions {
            password: Some("s3cret".into()),
            ..SmtpOptions::default()
        };
        let t = SmtpTarget::parse("smtps://u@mail.example.org", &with).unwrap();
        assert_eq!(
            t.credentials,
            Some(Credentials::new("u".into(), "s3cret".into()))
        );
        // The password from the environment or file wins over the URL's.
        let t = SmtpTarget::parse("smtps://u:old@mail.example.org", &with).unwrap();
        assert_eq!(
            t.credentials,
            Some(Credentials::new("u".into(), "s3cret".into()))
        );
        assert!(SmtpTarget::parse("smtps://mail.example.org", &with).is_err());
        // Not over plain text, except tls=none to a loopback server.
        assert!(SmtpTarget::parse("smtp://u:p@mail.example.org:25", &o).is_err());
        assert!(SmtpTarget::parse("smtp://u:p@mail.example.org:25?tls=none", &o).is_err());
        let t = SmtpTarget::parse("smtp://u:p@127.0.0.1:2525?tls=none", &o).unwrap();
        assert_eq!(t.tls, TlsMode::PlainExplicit);
        assert!(SmtpTarget::parse("smtp://u:p@localhost:2525?tls=none", &o).is_ok());
    }

    #[test]
    fn the_helo_name_is_fully_qualified() {
        let o = SmtpOptions {
            helo_name: Some("mx.example.org".into()),
            ..SmtpOptions::default()
        };
        let t = SmtpTarget::parse("smtp://relay.example.org", &o).unwrap();
        assert_eq!(t.hello, ClientId::Domain("mx.example.org".into()));
        let o = SmtpOptions {
            sender_domain: Some("data.example.org".into()),
            ..SmtpOptions::default()
        };
        let t = SmtpTarget::parse("smtp://relay.example.org", &o).unwrap();
        match t.hello {
            ClientId::Domain(d) => assert!(d.contains('.'), "{d}"),
            other => panic!("{other:?}"),
        }
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
