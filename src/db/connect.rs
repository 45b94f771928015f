//! Connecting to PostgreSQL the way libpq does: a URL or `key=value` string, then the PG*
//! environment for what it leaves unset, then the password file, then defaults. tokio-postgres
//! reads none of these itself.

use crate::env_vars;
use crate::error::{AppError, Result};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Allow,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    fn parse(s: &str) -> Result<SslMode> {
        Ok(match s {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(AppError::usage(format!("invalid sslmode `{other}`"))
                    .hint("use disable, allow, prefer, require, verify-ca or verify-full"))
            }
        })
    }
}

/// Connection parameters after resolution. The password never appears in `Debug` or messages.
#[derive(Clone, Default)]
pub struct ConnParams {
    pub host: Option<String>,
    pub hostaddr: Option<String>,
    pub port: Option<u16>,
    pub user: Option<String>,
    pub password: Option<String>,
    pub dbname: Option<String>,
    pub sslmode: Option<SslMode>,
    pub sslrootcert: Option<PathBuf>,
    pub application_name: Option<String>,
    pub connect_timeout: Option<Duration>,
    pub options: Option<String>,
}

impl std::fmt::Debug for ConnParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

const DEFAULT_SOCKET_DIR: &str = "/var/run/postgresql";

impl ConnParams {
    /// `user@host:port/dbname`, for messages: no password.
    pub fn describe(&self) -> String {
        format!(
            "{}@{}:{}/{}",
            self.user.as_deref().unwrap_or("?"),
            self.host.as_deref().unwrap_or("?"),
            self.port.unwrap_or(5432),
            self.dbname.as_deref().unwrap_or("?")
        )
    }

    /// Parses a `postgres://` URL or a libpq `key=value` string.
    pub fn parse(s: &str) -> Result<ConnParams> {
        let pairs = if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            parse_url(s)?
        } else {
            parse_kv(s)?
        };
        let mut p = ConnParams::default();
        for (k, v) in pairs {
            p.set(&k, v)?;
        }
        Ok(p)
    }

    fn set(&mut self, key: &str, v: String) -> Result<()> {
        let bad =
            |what: &str| AppError::usage(format!("invalid {what} `{v}` in the connection string"));
        match key {
            "host" => self.host = Some(v),
            "hostaddr" => self.hostaddr = Some(v),
            "port" => self.port = Some(v.parse().map_err(|_| bad("port"))?),
            "user" => self.user = Some(v),
            "password" => self.password = Some(v),
            "dbname" => self.dbname = Some(v),
            "sslmode" => self.sslmode = Some(SslMode::parse(&v)?),
            "sslrootcert" => self.sslrootcert = Some(PathBuf::from(v)),
            "application_name" => self.application_name = Some(v),
            "connect_timeout" => {
                let secs: u64 = v.parse().map_err(|_| bad("connect_timeout"))?;
                self.connect_timeout = Some(Duration::from_secs(secs.max(2)));
            }
            "options" => self.options = Some(v),
            // Accepted by libpq, harmless to ignore here.
            "fallback_application_name" | "target_session_attrs" | "keepalives" | "sslcompression" => {}
            other => {
                return Err(AppError::usage(format!("unknown connection parameter `{other}`"))
                    .hint("accepted: host, hostaddr, port, user, password, dbname, sslmode, sslrootcert, application_name, connect_timeout, options"))
            }
        }
        Ok(())
    }

    /// Fills what the string left unset from the libpq environment, as libpq does.
    pub fn apply_env(&mut self, env: &dyn Fn(&str) -> Option<String>) -> Result<()> {
        let keys = [
            (env_vars::PGHOST, "host"),
            (env_vars::PGHOSTADDR, "hostaddr"),
            (env_vars::PGPORT, "port"),
            (env_vars::PGUSER, "user"),
            (env_vars::PGPASSWORD, "password"),
            (env_vars::PGDATABASE, "dbname"),
            (env_vars::PGSSLMODE, "sslmode"),
            (env_vars::PGSSLROOTCERT, "sslrootcert"),
            (env_vars::PGAPPNAME, "application_name"),
            (env_vars::PGCONNECT_TIMEOUT, "connect_timeout"),
        ];
        for (var, key) in keys {
            let unset = match key {
                "host" => self.host.is_none(),
                "hostaddr" => self.hostaddr.is_none(),
                "port" => self.port.is_none(),
                "user" => self.user.is_none(),
                "password" => self.password.is_none(),
                "dbname" => self.dbname.is_none(),
                "sslmode" => self.sslmode.is_none(),
                "sslrootcert" => self.sslrootcert.is_none(),
                "application_name" => self.application_name.is_none(),
                _ => self.connect_timeout.is_none(),
            };
            if unset {
                if let Some(v) = env(var).filter(|v| !v.is_empty()) {
                    self.set(key, v)?;
                }
            }
        }
        Ok(())
    }

    /// Defaults for what is still unset; the password from the password file.
    /// Returns warnings to show (an unsafe password file).
    pub fn apply_defaults(&mut self, env: &dyn Fn(&str) -> Option<String>) -> Vec<String> {
        let mut warnings = Vec::new();
        if self.host.is_none() && self.hostaddr.is_none() {
            self.host = Some(if Path::new(DEFAULT_SOCKET_DIR).is_dir() {
                DEFAULT_SOCKET_DIR.into()
            } else {
                "localhost".into()
            });
        }
        self.port.get_or_insert(5432);
        if self.user.is_none() {
            self.user = env(env_vars::USER).or_else(|| env(env_vars::LOGNAME));
        }
        if self.dbname.is_none() {
            self.dbname = self.user.clone();
        }
        self.application_name
            .get_or_insert_with(|| "rgpdctl".into());
        self.connect_timeout.get_or_insert(Duration::from_secs(10));
        // libpq's default root certificate, when none is named.
        if self.sslrootcert.is_none() {
            if let Some(home) = env(env_vars::HOME) {
                let f = Path::new(&home).join(".postgresql/root.crt");
                if f.is_file() {
                    self.sslrootcert = Some(f);
                }
            }
        }
        let mode = self.sslmode.unwrap_or(SslMode::Prefer);
        let verified = matches!(mode, SslMode::VerifyCa | SslMode::VerifyFull)
            || (mode == SslMode::Require && self.sslrootcert.is_some());
        if !verified && !self.is_socket() && !self.is_loopback() {
            warnings.push(format!(
                "connecting to `{}` without checking its certificate (sslmode={}): anyone on the path can pose as the server; use sslmode=verify-full with sslrootcert",
                self.host.as_deref().or(self.hostaddr.as_deref()).unwrap_or("?"),
                mode.as_str()
            ));
        }
        if self.password.is_none() {
            let file = env(env_vars::PGPASSFILE)
                .map(PathBuf::from)
                .or_else(|| env(env_vars::HOME).map(|h| Path::new(&h).join(".pgpass")));
            if let Some(file) = file {
                match pgpass_lookup(&file, self) {
                    Ok(pw) => self.password = pw,
                    Err(w) => warnings.push(w),
                }
            }
        }
        warnings
    }

    fn is_loopback(&self) -> bool {
        let h = self
            .hostaddr
            .as_deref()
            .or(self.host.as_deref())
            .unwrap_or("");
        h.eq_ignore_ascii_case("localhost")
            || h.parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }

    fn is_socket(&self) -> bool {
        self.hostaddr.is_none() && self.host.as_deref().is_some_and(|h| h.starts_with('/'))
    }

    fn to_config(&self) -> tokio_postgres::Config {
        let mut c = tokio_postgres::Config::new();
        if let Some(h) = &self.host {
            if h.starts_with('/') {
                c.host_path(h);
            } else {
                c.host(h);
            }
        }
        if let Some(a) = &self.hostaddr {
            if let Ok(ip) = a.parse() {
                c.hostaddr(ip);
            }
        }
        c.port(self.port.unwrap_or(5432));
        if let Some(u) = &self.user {
            c.user(u);
        }
        if let Some(p) = &self.password {
            c.password(p);
        }
        if let Some(d) = &self.dbname {
            c.dbname(d);
        }
        if let Some(a) = &self.application_name {
            c.application_name(a);
        }
        if let Some(o) = &self.options {
            c.options(o);
        }
        c.connect_timeout(self.connect_timeout.unwrap_or(Duration::from_secs(10)));
        c.ssl_mode(match self.sslmode.unwrap_or(SslMode::Prefer) {
            SslMode::Disable => tokio_postgres::config::SslMode::Disable,
            SslMode::Allow | SslMode::Prefer => tokio_postgres::config::SslMode::Prefer,
            _ => tokio_postgres::config::SslMode::Require,
        });
        c
    }
}

/// Resolves the parameters from an optional connection string and the environment.
pub fn resolve(
    url: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(ConnParams, Vec<String>)> {
    let mut p = match url {
        Some(s) => ConnParams::parse(s)?,
        None => ConnParams::default(),
    };
    p.apply_env(env)?;
    let warnings = p.apply_defaults(env);
    Ok((p, warnings))
}

fn parse_url(s: &str) -> Result<Vec<(String, String)>> {
    let u = url::Url::parse(s).map_err(|e| {
        AppError::usage(format!("invalid database URL: {e}"))
            .hint("expected postgres://user@host:5432/dbname?sslmode=require")
    })?;
    let pct = |s: &str| percent_decode(s);
    let mut out = Vec::new();
    if let Some(h) = u.host_str().filter(|h| !h.is_empty()) {
        out.push((
            "host".into(),
            pct(h.trim_start_matches('[').trim_end_matches(']')),
        ));
    }
    if let Some(p) = u.port() {
        out.push(("port".into(), p.to_string()));
    }
    if !u.username().is_empty() {
        out.push(("user".into(), pct(u.username())));
    }
    if let Some(pw) = u.password() {
        out.push(("password".into(), pct(pw)));
    }
    let db = u.path().trim_start_matches('/');
    if !db.is_empty() {
        out.push(("dbname".into(), pct(db)));
    }
    for (k, v) in u.query_pairs() {
        out.push((k.into_owned(), v.into_owned()));
    }
    Ok(out)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// libpq `key=value` syntax: values may be single-quoted with `\'` and `\\` escapes.
fn parse_kv(s: &str) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.peek().is_none() {
            break;
        }
        let mut key = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' || c.is_whitespace() {
                break;
            }
            key.push(c);
            chars.next();
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.next() != Some('=') {
            return Err(AppError::usage(format!(
                "invalid connection string: missing `=` after `{key}`"
            ))
            .hint("use a URL (postgres://user@host/db) or key=value pairs (host=... dbname=...)"));
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut val = String::new();
        if chars.peek() == Some(&'\'') {
            chars.next();
            loop {
                match chars.next() {
                    Some('\\') => {
                        if let Some(c) = chars.next() {
                            val.push(c);
                        }
                    }
                    Some('\'') => break,
                    Some(c) => val.push(c),
                    None => {
                        return Err(AppError::usage(
                            "invalid connection string: unterminated quoted value",
                        ))
                    }
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                if c == '\\' {
                    chars.next();
                    if let Some(c) = chars.next() {
                        val.push(c);
                    }
                    continue;
                }
                val.push(c);
                chars.next();
            }
        }
        out.push((key, val));
    }
    Ok(out)
}

/// Looks up the password file like libpq: `host:port:db:user:password`, `*` wildcards, `\`
/// escapes; ignored with a warning when group or others can read it.
fn pgpass_lookup(file: &Path, p: &ConnParams) -> std::result::Result<Option<String>, String> {
    let meta = match std::fs::metadata(file) {
        Ok(m) => m,
        Err(_) => return Ok(None),
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            return Err(format!(
                "password file `{}` has group or world access; permissions should be u=rw (0600) or less: ignored",
                file.display()
            ));
        }
    }
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read password file `{}`: {e}", file.display()))?;
    let host = if p.is_socket() {
        "localhost".to_string()
    } else {
        p.host.clone().unwrap_or_default()
    };
    let port = p.port.unwrap_or(5432).to_string();
    let want = [
        host.as_str(),
        port.as_str(),
        p.dbname.as_deref().unwrap_or(""),
        p.user.as_deref().unwrap_or(""),
    ];
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split_pgpass(line);
        if fields.len() < 5 {
            continue;
        }
        if fields[..4]
            .iter()
            .zip(want)
            .all(|(f, w)| f == "*" || f == w)
        {
            return Ok(Some(fields[4].clone()));
        }
    }
    Ok(None)
}

fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    fields.last_mut().expect("one field").push(n);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

/// An open connection; the connection task runs on the runtime.
pub struct Db {
    pub client: tokio_postgres::Client,
    pub target: String,
}

impl std::ops::Deref for Db {
    type Target = tokio_postgres::Client;
    fn deref(&self) -> &Self::Target {
        &self.client
    }
}

impl std::ops::DerefMut for Db {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.client
    }
}

/// Connects, retrying the connect (only) once after a short pause.
pub async fn connect(p: &ConnParams) -> Result<Db> {
    let config = p.to_config();
    let target = p.describe();
    let mut attempt = 0;
    loop {
        attempt += 1;
        let res = if p.is_socket() || p.sslmode == Some(SslMode::Disable) {
            config
                .connect(tokio_postgres::NoTls)
                .await
                .map(|(c, conn)| {
                    tokio::spawn(async move {
                        let _ = conn.await;
                    });
                    c
                })
        } else {
            let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls_config(p)?);
            config.connect(tls).await.map(|(c, conn)| {
                tokio::spawn(async move {
                    let _ = conn.await;
                });
                c
            })
        };
        match res {
            Ok(client) => return Ok(Db { client, target }),
            Err(e)
                if e.as_db_error().is_none()
                    && attempt < 2
                    && !e.to_string().contains("timeout") =>
            {
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
            Err(e) => return Err(connect_error(e, p)),
        }
    }
}

fn connect_error(e: tokio_postgres::Error, p: &ConnParams) -> AppError {
    let target = p.describe();
    if let Some(db) = e.as_db_error() {
        let code = db.code().code();
        let mut err =
            AppError::failure(format!("could not connect to `{target}`: {}", db.message()));
        match code {
            "28P01" | "28000" => {
                err = err.hint("check the user and password: PGPASSWORD, or a ~/.pgpass line host:port:db:user:password with mode 0600")
            }
            "3D000" => err = err.hint("create the database first, or name another one with --database-url or PGDATABASE"),
            c if c.starts_with("53") || c.starts_with("57") => {
                err.kind = crate::error::ErrorKind::Temporary;
                err = err.hint("the server is starting, shutting down or full: retry later");
            }
            _ => {}
        }
        return err;
    }
    let mut msg = e.to_string();
    if let Some(src) = std::error::Error::source(&e) {
        msg = format!("{msg}: {src}");
    }
    let sslish = msg.to_lowercase().contains("tls")
        || msg.to_lowercase().contains("certificate")
        || msg.contains("ssl");
    if sslish {
        // A certificate that does not verify will not verify on retry: a configuration error.
        return AppError::usage(format!("could not connect to `{target}`: {msg}"))
            .hint("TLS failed: check sslmode and sslrootcert (verify-full needs the server's CA and a matching host name)");
    }
    AppError::temporary(format!("could not connect to `{target}`: {msg}")).hint(
        "is PostgreSQL running and reachable there? set --database-url, DATABASE_URL or PGHOST/PGPORT; `scripts/demo` can start a local one",
    )
}

fn tls_config(p: &ConnParams) -> Result<rustls::ClientConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| AppError::failure(format!("tls: {e}")))?;
    let mode = p.sslmode.unwrap_or(SslMode::Prefer);
    if mode == SslMode::VerifyCa && p.sslrootcert.is_none() {
        // Against the public web roots with no host check, any public certificate would pass.
        return Err(AppError::usage(
            "sslmode=verify-ca needs sslrootcert: the CA that signed the server's certificate",
        )
        .hint("add sslrootcert=/path/to/ca.pem (or PGSSLROOTCERT, or ~/.postgresql/root.crt), or use sslmode=verify-full, which also checks the host name"));
    }
    // As libpq: with a root certificate, require checks the chain as verify-ca does.
    let mode = if mode == SslMode::Require && p.sslrootcert.is_some() {
        SslMode::VerifyCa
    } else {
        mode
    };
    if matches!(mode, SslMode::VerifyCa | SslMode::VerifyFull) {
        let mut roots = rustls::RootCertStore::empty();
        if let Some(file) = &p.sslrootcert {
            use rustls::pki_types::{pem::PemObject, CertificateDer};
            let certs = CertificateDer::pem_file_iter(file).map_err(|e| {
                AppError::usage(format!("cannot read sslrootcert `{}`: {e}", file.display()))
            })?;
            for c in certs {
                let c = c.map_err(|e| {
                    AppError::usage(format!("invalid certificate in `{}`: {e}", file.display()))
                })?;
                roots.add(c).map_err(|e| {
                    AppError::usage(format!("invalid certificate in `{}`: {e}", file.display()))
                })?;
            }
        } else {
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            for c in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(c);
            }
        }
        let verifier =
            rustls::client::WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .map_err(|e| AppError::usage(format!("tls: {e}")))?;
        let cfg = if mode == SslMode::VerifyCa {
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(verify::ChainOnly(verifier)))
                .with_no_client_auth()
        } else {
            builder.with_webpki_verifier(verifier).with_no_client_auth()
        };
        return Ok(cfg);
    }
    // prefer / require: encrypted but not authenticated, as libpq does without a root cert.
    Ok(builder
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verify::NoVerify(provider)))
        .with_no_client_auth())
}

mod verify {
    use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
    use rustls::client::WebPkiServerVerifier;
    use rustls::crypto::CryptoProvider;
    use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
    use rustls::{DigitallySignedStruct, Error, SignatureScheme};
    use std::sync::Arc;

    /// sslmode=require: libpq encrypts without checking the certificate.
    #[derive(Debug)]
    pub struct NoVerify(pub Arc<CryptoProvider>);

    impl ServerCertVerifier for NoVerify {
        fn verify_server_cert(
            &self,
            _: &CertificateDer<'_>,
            _: &[CertificateDer<'_>],
            _: &ServerName<'_>,
            _: &[u8],
            _: UnixTime,
        ) -> Result<ServerCertVerified, Error> {
            Ok(ServerCertVerified::assertion())
        }
        fn verify_tls12_signature(
            &self,
            m: &[u8],
            c: &CertificateDer<'_>,
            d: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            rustls::crypto::verify_tls12_signature(
                m,
                c,
                d,
                &self.0.signature_verification_algorithms,
            )
        }
        fn verify_tls13_signature(
            &self,
            m: &[u8],
            c: &CertificateDer<'_>,
            d: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            rustls::crypto::verify_tls13_signature(
                m,
                c,
                d,
                &self.0.signature_verification_algorithms,
            )
        }
        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.0.signature_verification_algorithms.supported_schemes()
        }
    }

    /// sslmode=verify-ca: the chain must lead to a trusted root; the host name is not checked.
    #[derive(Debug)]
    pub struct ChainOnly(pub Arc<WebPkiServerVerifier>);

    impl ServerCertVerifier for ChainOnly {
        fn verify_server_cert(
            &self,
            end: &CertificateDer<'_>,
            inter: &[CertificateDer<'_>],
            name: &ServerName<'_>,
            ocsp: &[u8],
            now: UnixTime,
        ) -> Result<ServerCertVerified, Error> {
            match self.0.verify_server_cert(end, inter, name, ocsp, now) {
                Err(Error::InvalidCertificate(rustls::CertificateError::NotValidForName))
                | Err(Error::InvalidCertificate(
                    rustls::CertificateError::NotValidForNameContext { .. },
                )) => Ok(ServerCertVerified::assertion()),
                other => other,
            }
        }
        fn verify_tls12_signature(
            &self,
            m: &[u8],
            c: &CertificateDer<'_>,
            d: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            self.0.verify_tls12_signature(m, c, d)
        }
        fn verify_tls13_signature(
            &self,
            m: &[u8],
            c: &CertificateDer<'_>,
            d: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            self.0.verify_tls13_signature(m, c, d)
        }
        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.0.supported_verify_schemes()
        }
    }
}

/// The environment as a lookup function (tests pass their own).
pub fn process_env(key: &str) -> Option<String> {
    std::env::var(key).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let m: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| m.get(k).cloned()
    }

    #[test]
    fn url_then_env_then_defaults() {
        let env = env_of(&[
            ("PGPORT", "6543"),
            ("PGUSER", "envuser"),
            ("USER", "me"),
            ("HOME", "/nonexistent"),
        ]);
        let (p, w) = resolve(
            Some("postgres://app:s%40cret@db.example:5433/plateforme?sslmode=require"),
            &env,
        )
        .unwrap();
        // A remote host with sslmode=require and no root certificate: warned (issue 13).
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].contains("without checking its certificate"), "{w:?}");
        assert_eq!(p.host.as_deref(), Some("db.example"));
        assert_eq!(p.port, Some(5433));
        assert_eq!(p.user.as_deref(), Some("app"));
        assert_eq!(p.password.as_deref(), Some("s@cret"));
        assert_eq!(p.dbname.as_deref(), Some("plateforme"));
        assert_eq!(p.sslmode, Some(SslMode::Require));
        assert_eq!(p.application_name.as_deref(), Some("rgpdctl"));
        assert!(
            !format!("{p:?}").contains("cret"),
            "the password must not show in Debug"
        );

        let (p, _) = resolve(
            None,
            &env_of(&[
                ("PGHOST", "127.0.0.1"),
                ("PGUSER", "postgres"),
                ("PGDATABASE", "x"),
                ("HOME", "/nonexistent"),
            ]),
        )
        .unwrap();
        assert_eq!(p.describe(), "postgres@127.0.0.1:5432/x");
    }

    #[test]
    fn key_value_strings() {
        let (p, _) = resolve(
            Some("host=h1 port = 5499 dbname='my db' password='it\\'s' sslmode=verify-full"),
            &env_of(&[("HOME", "/x")]),
        )
        .unwrap();
        assert_eq!(p.host.as_deref(), Some("h1"));
        assert_eq!(p.port, Some(5499));
        assert_eq!(p.dbname.as_deref(), Some("my db"));
        assert_eq!(p.password.as_deref(), Some("it's"));
        assert_eq!(p.sslmode, Some(SslMode::VerifyFull));
        assert!(ConnParams::parse("host").is_err());
        assert!(ConnParams::parse("sslmode=sometimes").is_err());
        assert!(ConnParams::parse("colour=blue").is_err());
    }

    #[test]
    fn pgpass_matches_and_refuses_loose_modes() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("pgpass");
        std::fs::write(
            &f,
            "# comment\nother:*:*:*:nope\n127.0.0.1:5432:*:postgres:pa\\:ss\n*:*:*:*:fallback\n",
        )
        .unwrap();
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o600)).unwrap();
        let pf = f.to_str().unwrap().to_string();
        let env = env_of(&[
            ("PGPASSFILE", &pf),
            ("PGHOST", "127.0.0.1"),
            ("PGUSER", "postgres"),
        ]);
        let (p, w) = resolve(None, &env).unwrap();
        assert!(w.is_empty());
        assert_eq!(p.password.as_deref(), Some("pa:ss"));
        let (p, _) = resolve(Some("host=db user=x"), &env).unwrap();
        assert_eq!(p.password.as_deref(), Some("fallback"));

        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o644)).unwrap();
        let (p, w) = resolve(None, &env).unwrap();
        assert_eq!(p.password, None);
        assert!(w[0].contains("0600"), "{w:?}");
    }
}
