//! The warning mails through a production-like relay: real aiosmtpd servers (tests/smtp_server.py)
//! with STARTTLS + AUTH or implicit TLS, a certificate from a private CA made here with the
//! openssl CLI, a wrong password, a sender refusal, a relay refusal, a silent server. A test that
//! cannot get its server fails (never skips).

use crate::accounts::{account, Smtp, END_OF_MONTH};
use crate::harness::{run, TestDb};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const USER: &str = "relay-login@smtp.example.org";
const PASSWORD: &str = "k3y+with/odd=chars";

/// A private CA and a certificate it signed for `localhost` and 127.0.0.1.
pub(crate) struct Pki {
    dir: tempfile::TempDir,
}

impl Pki {
    pub(crate) fn new() -> Pki {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let openssl = |args: &[&str]| {
            let out = Command::new("openssl")
                .args(args)
                .current_dir(d)
                .output()
                .expect("the openssl CLI (apt-get install openssl)");
            assert!(
                out.status.success(),
                "openssl {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        for ca in ["ca", "other-ca"] {
            openssl(&[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "30",
                "-subj",
                &format!("/CN=rgpdctl test {ca}"),
                "-keyout",
                &format!("{ca}.key"),
                "-out",
                &format!("{ca}.pem"),
            ]);
        }
        openssl(&[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=localhost",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
        ]);
        std::fs::write(
            d.join("ext.cnf"),
            "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        openssl(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "30",
            "-extfile",
            "ext.cnf",
            "-out",
            "server.pem",
        ]);
        Pki { dir }
    }
    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn server_args(&self) -> Vec<String> {
        vec![
            "--tls-cert".into(),
            self.path("server.pem").display().to_string(),
            "--tls-key".into(),
            self.path("server.key").display().to_string(),
        ]
    }
}

fn start(pki: &Pki, extra: &[&str]) -> Smtp {
    let mut args = pki.server_args();
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    Smtp::start(&args)
}

fn starttls_url(smtp: &Smtp) -> String {
    format!(
        "smtp://{}@localhost:{}?tls=required",
        USER.replace('@', "%40"),
        smtp.port
    )
}

fn warn(db: &TestDb, url: &str) -> assert_cmd::Command {
    let mut c = db.cmd();
    c.args([
        "--smtp-url",
        url,
        "--mail-from",
        "noreply@data.example.org",
        "accounts",
        "warn",
    ]);
    c
}

fn config(dir: &Path, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join("rgpdctl.toml");
    std::fs::write(&p, body).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
    p
}

fn statuses(db: &TestDb) -> String {
    db.one::<String>(
        "SELECT coalesce(string_agg(status, ',' ORDER BY account_id), '') FROM notifications",
    )
}

#[test]
fn starttls_and_auth_with_a_private_ca_from_the_environment() {
    let db = TestDb::new();
    let pki = Pki::new();
    let auth = format!("{USER}:{PASSWORD}");
    let smtp = start(&pki, &["--auth", &auth]);
    account(&db, "a", "a@example.org", END_OF_MONTH);

    // Without the CA: the certificate does not verify, exit 2 with a ca_file hint, nothing sent.
    let out = run(warn(&db, &starttls_url(&smtp)).env("RGPDCTL_SMTP_PASSWORD", PASSWORD));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("certificate"), "{out}");
    assert!(out.stderr.contains("mail.ca_file"), "{out}");
    assert!(!out.stderr.contains(PASSWORD), "{out}");
    assert_eq!(smtp.count(), 0);
    assert_eq!(statuses(&db), "");

    // A CA that did not sign it: still refused.
    let out = run(warn(&db, &starttls_url(&smtp))
        .env("RGPDCTL_SMTP_PASSWORD", PASSWORD)
        .env("RGPDCTL_SMTP_CA_FILE", pki.path("other-ca.pem")));
    assert_eq!(out.code, 2, "{out}");
    assert_eq!(smtp.count(), 0);

    // With it: sent over STARTTLS after AUTH, no warning about argv (no password in it).
    let out = run(warn(&db, &starttls_url(&smtp))
        .env("RGPDCTL_SMTP_PASSWORD", PASSWORD)
        .env("RGPDCTL_SMTP_CA_FILE", pki.path("ca.pem")));
    assert_eq!(out.code, 0, "{out}");
    assert!(!out.stderr.contains("ps"), "{out}");
    assert_eq!(smtp.count(), 1);
    assert_eq!(statuses(&db), "sent");
}

#[test]
fn implicit_tls_with_ca_file_and_password_file_in_the_config() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::new();
    let pki = Pki::new();
    let auth = format!("{USER}:{PASSWORD}");
    let smtp = start(&pki, &["--implicit-tls", "--auth", &auth]);
    account(&db, "a", "a@example.org", END_OF_MONTH);
    let pw = pki.path("smtp-password");
    std::fs::write(&pw, format!("{PASSWORD}\n")).unwrap();
    std::fs::set_permissions(&pw, std::fs::Permissions::from_mode(0o644)).unwrap();
    let cfg = config(
        pki.dir.path(),
        &format!(
            "[mail]\nca_file = \"{}\"\npassword_file = \"{}\"\n",
            pki.path("ca.pem").display(),
            pw.display()
        ),
    );
    let url = format!(
        "smtps://{}@localhost:{}",
        USER.replace('@', "%40"),
        smtp.port
    );
    // A password file readable by others is refused.
    let out = run(warn(&db, &url).arg("--config").arg(&cfg));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("readable by other users"), "{out}");
    assert!(out.stderr.contains("chmod 600"), "{out}");
    std::fs::set_permissions(&pw, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = run(warn(&db, &url).arg("--config").arg(&cfg));
    assert_eq!(out.code, 0, "{out}");
    assert_eq!(smtp.count(), 1);
    assert_eq!(statuses(&db), "sent");
}

#[test]
fn a_wrong_password_exits_2_with_a_credentials_hint_and_keeps_nothing_failed() {
    let db = TestDb::new();
    let pki = Pki::new();
    let auth = format!("{USER}:{PASSWORD}");
    let smtp = start(&pki, &["--auth", &auth]);
    account(&db, "a", "a@example.org", END_OF_MONTH);
    let out = run(warn(&db, &starttls_url(&smtp))
        .env("RGPDCTL_SMTP_PASSWORD", "wrong")
        .env("RGPDCTL_SMTP_CA_FILE", pki.path("ca.pem")));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("535"), "{out}");
    assert!(out.stderr.contains("password"), "{out}");
    assert!(
        !out.stderr.contains("re-run when the server is back"),
        "{out}"
    );
    assert_eq!(smtp.count(), 0);
    assert_eq!(statuses(&db), "");
}

#[test]
fn a_user_without_a_password_or_auth_in_clear_text_is_refused() {
    let db = TestDb::new();
    let smtp = Smtp::start(&[]);
    account(&db, "a", "a@example.org", END_OF_MONTH);
    // The form --help shows, with no password anywhere: exit 2, never a send without AUTH.
    let url = format!("smtp://user@127.0.0.1:{}?tls=required", smtp.port);
    let out = run(&mut warn(&db, &url));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("RGPDCTL_SMTP_PASSWORD"), "{out}");
    // Credentials over plain text: refused, except tls=none to loopback.
    let url = format!("smtp://user:pw@127.0.0.1:{}", smtp.port);
    let out = run(&mut warn(&db, &url));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("unencrypted"), "{out}");
    // The password on the command line is warned about (visible in ps).
    assert!(out.stderr.contains("`ps`"), "{out}");
    // opportunistic STARTTLS to a server without it: the credentials are not sent.
    let url = format!("smtp://user:pw@127.0.0.1:{}?tls=opportunistic", smtp.port);
    let out = run(&mut warn(&db, &url));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("STARTTLS"), "{out}");
    assert_eq!(smtp.count(), 0);
    assert_eq!(statuses(&db), "");
}

#[test]
fn a_sender_refusal_stops_the_run_and_keeps_the_warnings_pending() {
    let db = TestDb::new();
    let smtp = Smtp::start(&["--refuse-sender", "noreply@"]);
    for i in 0..3 {
        account(
            &db,
            &format!("a{i}"),
            &format!("a{i}@example.org"),
            END_OF_MONTH,
        );
    }
    let out = run(&mut warn(&db, &smtp.url()));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("MAIL FROM"), "{out}");
    assert!(out.stderr.contains("--mail-from"), "{out}");
    assert!(!out.stderr.contains("marked failed"), "{out}");
    assert_eq!(statuses(&db), "pending,pending,pending");
    assert_eq!(smtp.count(), 0);
}

#[test]
fn a_rcpt_refusal_fails_that_recipient_a_relay_refusal_fails_none() {
    let db = TestDb::new();
    let smtp = Smtp::start(&["--permfail", "nouser", "--relay-deny", "elsewhere"]);
    account(&db, "ok", "ok@example.org", END_OF_MONTH);
    account(&db, "gone", "nouser@example.org", END_OF_MONTH);
    let out = run(&mut warn(&db, &smtp.url()));
    assert_eq!(out.code, 1, "{out}");
    assert_eq!(statuses(&db), "sent,failed");
    account(&db, "far", "x@elsewhere.example", END_OF_MONTH);
    let out = run(&mut warn(&db, &smtp.url()));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("relay"), "{out}");
    assert_eq!(statuses(&db), "sent,failed,pending");
    assert_eq!(smtp.count(), 1);
}

#[test]
fn a_silent_server_times_out_with_75_and_mail_timeout_is_checked() {
    let db = TestDb::new();
    let smtp = Smtp::start(&["--silent"]);
    account(&db, "a", "a@example.org", END_OF_MONTH);
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), "[mail]\ntimeout = 1\n");
    let t = Instant::now();
    let out = run(warn(&db, &smtp.url()).arg("--config").arg(&cfg));
    assert_eq!(out.code, 75, "{out}");
    assert!(t.elapsed() < Duration::from_secs(15), "{:?}", t.elapsed());
    assert!(out.stderr.contains("no answer within 1 s"), "{out}");
    assert_eq!(statuses(&db), "");
    // The range: 1..=600 seconds, both sides.
    for (v, code) in [("0", 2), ("601", 2), ("600", 0), ("1", 0)] {
        let cfg = config(dir.path(), &format!("[mail]\ntimeout = {v}\n"));
        let out = run(db
            .cmd()
            .arg("--config")
            .arg(&cfg)
            .args(["accounts", "inactive"]));
        assert_eq!(out.code, code, "timeout = {v}: {out}");
        if code == 2 {
            assert!(out.stderr.contains(&format!("mail.timeout = {v}")), "{out}");
            assert!(out.stderr.contains("1..=600"), "{out}");
        }
    }
    // tls=required against an implicit-TLS port: a timeout too, not a hang.
    let pki = Pki::new();
    let tls = start(&pki, &["--implicit-tls"]);
    let cfg = config(dir.path(), "[mail]\ntimeout = 1\n");
    let t = Instant::now();
    let url = format!("smtp://localhost:{}?tls=required", tls.port);
    let out = run(warn(&db, &url).arg("--config").arg(&cfg));
    assert_eq!(out.code, 75, "{out}");
    assert!(t.elapsed() < Duration::from_secs(15), "{:?}", t.elapsed());
    assert!(out.stderr.contains("465 is smtps://"), "{out}");
}

#[test]
fn a_config_holding_a_secret_readable_by_others_is_warned_about() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(
        dir.path(),
        "[mail]\nsmtp_url = \"smtps://u:secret@mail.example.org\"\n",
    );
    let out = run(db
        .cmd()
        .arg("--config")
        .arg(&cfg)
        .args(["accounts", "inactive"]));
    assert_eq!(out.code, 0, "{out}");
    assert!(!out.stderr.contains("readable by other users"), "{out}");
    std::fs::set_permissions(&cfg, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = run(db
        .cmd()
        .arg("--config")
        .arg(&cfg)
        .args(["accounts", "inactive"]));
    assert_eq!(out.code, 0, "{out}");
    assert!(out.stderr.contains("readable by other users"), "{out}");
    assert!(!out.stderr.contains("secret"), "{out}");
    // A password in --database-url on the command line.
    let url = "postgres://postgres:pw@127.0.0.1:1/none";
    let out = run(db
        .cmd()
        .args(["--database-url", url, "accounts", "inactive"]));
    assert!(out.stderr.contains("PGPASSWORD"), "{out}");
    assert!(!out.stderr.contains(":pw@"), "{out}");
}

#[test]
fn warnings_carry_the_automated_notice_headers_and_ids_unique_per_database() {
    let smtp = Smtp::start(&[]);
    let mut ids = Vec::new();
    for _ in 0..2 {
        let db = TestDb::new();
        account(&db, "a", "a@example.org", END_OF_MONTH);
        let out = run(&mut warn(&db, &smtp.url()));
        assert_eq!(out.code, 0, "{out}");
        ids.push(db.one::<String>("SELECT message_id FROM notifications"));
    }
    // The same notification id in two databases: two different Message-IDs.
    assert_ne!(ids[0], ids[1]);
    for id in &ids {
        assert!(id.starts_with("<rgpdctl.warning."), "{id}");
        assert!(id.ends_with("@data.example.org>"), "{id}");
    }
    let msgs = smtp.messages();
    assert_eq!(msgs.len(), 2);
    let data = msgs[0]["data"].as_str().unwrap();
    let head = data.split("\r\n\r\n").next().unwrap();
    for h in [
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "Content-Language: fr",
        "opendata@laregion.fr>",
    ] {
        assert!(head.contains(h), "{h} not in\n{head}");
    }
    assert!(head.lines().any(|l| l.starts_with("Reply-To:")), "{head}");
    assert!(head.contains(&format!("Message-ID: {}", ids[0])), "{head}");
}

#[test]
fn the_example_config_is_accepted_and_bad_mail_settings_are_refused() {
    let db = TestDb::new();
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/contrib/config.example.toml");
    let dir = tempfile::tempdir().unwrap();
    let pw = dir.path().join("pw");
    std::fs::write(&pw, "").unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pw, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let text = std::fs::read_to_string(example)
        .unwrap()
        .replace("/etc/rgpdctl/smtp-password", &pw.display().to_string());
    // An empty password file: refused, exit 2.
    let cfg = config(dir.path(), &text);
    let out = run(db
        .cmd()
        .arg("--config")
        .arg(&cfg)
        .args(["accounts", "inactive"]));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("empty"), "{out}");
    std::fs::write(&pw, "key\n").unwrap();
    let out = run(db
        .cmd()
        .arg("--config")
        .arg(&cfg)
        .args(["accounts", "inactive"]));
    assert_eq!(out.code, 0, "{out}");
    // helo_name must be a fully-qualified host name.
    for (v, code) in [
        ("vm", 2),
        ("bad_name.example.org", 2),
        ("rgpdctl.example.org", 0),
    ] {
        let cfg = config(dir.path(), &format!("[mail]\nhelo_name = \"{v}\"\n"));
        let out = run(db
            .cmd()
            .arg("--config")
            .arg(&cfg)
            .args(["accounts", "inactive"]));
        assert_eq!(out.code, code, "helo_name = {v}: {out}");
    }
    // A ca_file that holds no certificate: exit 2 naming it, before anything is recorded.
    let smtp = Smtp::start(&[]);
    account(&db, "a", "a@example.org", END_OF_MONTH);
    std::fs::write(dir.path().join("ca.pem"), "not a certificate\n").unwrap();
    let out = run(warn(&db, &smtp.url()).env("RGPDCTL_SMTP_CA_FILE", dir.path().join("ca.pem")));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("mail.ca_file"), "{out}");
    assert!(out.stderr.contains("no PEM certificate"), "{out}");
    assert_eq!(statuses(&db), "");
    // tls=maybe: refused with the accepted values.
    let url = format!("smtp://127.0.0.1:{}?tls=maybe", smtp.port);
    let out = run(&mut warn(&db, &url));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("tls=`maybe`"), "{out}");
    assert_eq!(smtp.count(), 0);
}
