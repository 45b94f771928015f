//! Tests of `accounts inactive | warn | purge`, against a real PostgreSQL and a real SMTP server
//! (aiosmtpd, tests/smtp_server.py, started per test on a free port).

use crate::harness::{run, TestDb};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// A running aiosmtpd that stores every accepted message as a JSON file.
pub(crate) struct Smtp {
    child: Child,
    pub(crate) port: u16,
    dir: tempfile::TempDir,
}

impl Smtp {
    pub(crate) fn start(extra: &[&str]) -> Smtp {
        let dir = tempfile::tempdir().unwrap();
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/smtp_server.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg("--store")
            .arg(dir.path())
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 with aiosmtpd (pip install aiosmtpd)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim()
            .strip_prefix("PORT ")
            .unwrap_or_else(|| panic!("smtp_server.py did not start: {line:?}"))
            .parse()
            .unwrap();
        Smtp { child, port, dir }
    }
    pub(crate) fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }
    pub(crate) fn count(&self) -> usize {
        std::fs::read_dir(self.dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".json")
            })
            .count()
    }
    /// The received messages, in arrival order.
    pub(crate) fn messages(&self) -> Vec<serde_json::Value> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|f| serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap())
            .collect()
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An account; `last` is an RFC 3339 instant.
pub(crate) fn account(db: &TestDb, pseudonym: &str, email: &str, last: &str) -> i64 {
    db.client()
        .query_one(
            "INSERT INTO accounts (pseudonym, email, first_name, last_name, created_at, last_activity_at)
             VALUES ($1, $2, 'Camille', 'Dupont', '2020-01-01', $3::text::timestamptz) RETURNING id",
            &[&pseudonym, &email, &last],
        )
        .unwrap()
        .get(0)
}

/// The platform's activity exports imported at `at` (RFC 3339), carrying activity up to then:
/// warn and purge at a later clock need fresh activity data (issue 12, point 6).
pub fn fresh_at(db: &TestDb, at: &str) {
    db.client()
        .execute(
            "INSERT INTO activity_imports (kind, imported_at, newest_activity_at)
             VALUES ('logs', $1::text::timestamptz, $1::text::timestamptz)",
            &[&at],
        )
        .unwrap();
}

fn warn_cmd(db: &TestDb, smtp: &Smtp) -> assert_cmd::Command {
    let mut c = db.cmd();
    c.args([
        "--smtp-url",
        &smtp.url(),
        "--mail-from",
        "noreply@data.example.org",
    ]);
    c
}

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

// As of 2026-06-15 10:00 UTC (12:00 Paris). Deletion = last activity + 24 months, warning 30 days
// before. Instants below are 12:00 Paris (10:00 UTC in summer).
const WARN_TOMORROW: &str = "2024-07-16T10:00:00Z"; // warning 2026-06-16: not due
const WARN_YESTERDAY: &str = "2024-07-14T10:00:00Z"; // warning 2026-06-14: due
const DELETE_TOMORROW: &str = "2024-06-16T10:00:00Z"; // deletion 2026-06-16
const DELETE_YESTERDAY: &str = "2024-06-14T10:00:00Z"; // deletion 2026-06-14
pub(crate) const END_OF_MONTH: &str = "2024-05-31T10:00:00Z"; // deletion 2026-05-31, warning 2026-05-01

#[test]
fn inactive_lists_both_sides_of_every_limit() {
    let db = TestDb::new();
    account(&db, "tomorrow", "tomorrow@example.org", WARN_TOMORROW);
    account(&db, "yesterday", "yesterday@example.org", WARN_YESTERDAY);
    account(
        &db,
        "del-tomorrow",
        "deltomorrow@example.org",
        DELETE_TOMORROW,
    );
    account(
        &db,
        "del-yesterday",
        "delyesterday@example.org",
        DELETE_YESTERDAY,
    );
    let eom = account(&db, "end-of-month", "eom@example.org", END_OF_MONTH);
    let r = account(&db, "restricted", "restricted@example.org", END_OF_MONTH);
    account(&db, "recent", "recent@example.org", "2026-06-01T10:00:00Z");
    db.exec(&format!(
        "UPDATE accounts SET restricted_at = '2026-01-01', role = 'producer' WHERE id = {r};
         INSERT INTO notifications (account_id, period_start, deletion_date, status, created_at, sent_at)
         VALUES ({eom}, '{END_OF_MONTH}', '2026-05-31T10:00:00Z', 'sent', '2026-05-01T10:00:00Z', '2026-05-01T10:00:00Z')"
    ));
    let out = run(db.cmd().args(["--format", "json", "accounts", "inactive"]));
    assert_eq!(out.code, 0, "{out}");
    let v = json(&out.stdout);
    let rows = v.as_array().unwrap();
    let got: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["pseudonym"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
            )
        })
        .collect();
    // Sorted by deletion date; the two not yet due are left out.
    assert_eq!(
        got,
        vec![
            ("end-of-month", "deletion due"),
            ("restricted", "restricted"),
            ("del-yesterday", "warning due"),
            ("del-tomorrow", "warning due"),
            ("yesterday", "warning due"),
        ]
    );
    let eom_row = &rows[0];
    assert_eq!(eom_row["deletion_date"], "2026-05-31");
    assert_eq!(eom_row["warning_date"], "2026-05-01");
    assert_eq!(eom_row["announced_deletion"], "2026-05-31");
    assert_eq!(eom_row["email"], "eom@example.org");
    assert_eq!(rows[4]["warning_date"], "2026-06-14");
    assert!(out.stderr.contains("5 accounts listed"), "{}", out.stderr);

    // --within shows the one whose warning comes tomorrow, as active.
    let out = run(db.cmd().args([
        "--format", "json", "accounts", "inactive", "--within", "2 days",
    ]));
    let v = json(&out.stdout);
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["pseudonym"] == "tomorrow" && r["status"] == "active"));
    assert!(!out.stdout.contains("recent"));

    // One day later the warning of `tomorrow` is due.
    let out = run(db.cmd().args([
        "--format",
        "json",
        "--as-of",
        "2026-06-16T10:00:00Z",
        "accounts",
        "inactive",
        "--status",
        "warning-due",
    ]));
    let v = json(&out.stdout);
    assert_eq!(v.as_array().unwrap().len(), 4, "{}", out.stdout);

    // Filters, and the table masks the emails while CSV keeps them.
    let out = run(db
        .cmd()
        .args(["accounts", "inactive", "--role", "producer"]));
    assert_eq!(out.code, 0, "{out}");
    assert!(
        out.stdout.contains("restricted") && out.stdout.contains("r***@e***.org"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("restricted@example.org"));
    assert!(!out.stdout.contains("yesterday"));
    let out = run(db.cmd().args([
        "--format",
        "csv",
        "accounts",
        "inactive",
        "--status",
        "deletion-due",
    ]));
    assert_eq!(out.stdout.lines().count(), 2, "{}", out.stdout);
    assert!(out
        .stdout
        .lines()
        .next()
        .unwrap()
        .starts_with("id,pseudonym,email,"));
    assert!(out.stdout.contains("eom@example.org"));
    let bad = run(db
        .cmd()
        .args(["accounts", "inactive", "--status", "asleep"]));
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("asleep"));
}

#[test]
fn warn_sends_once_and_a_second_run_sends_nothing() {
    let db = TestDb::new();
    let smtp = Smtp::start(&[]);
    account(&db, "zoé", "zoe@example.org", WARN_YESTERDAY);
    account(&db, "eom", "eom@example.org", END_OF_MONTH);
    account(&db, "late", "late@example.org", DELETE_YESTERDAY);
    account(&db, "tomorrow", "tomorrow@example.org", WARN_TOMORROW);
    let r = account(&db, "restricted", "restricted@example.org", END_OF_MONTH);
    db.exec(&format!(
        "UPDATE accounts SET restricted_at = '2026-01-01' WHERE id = {r}"
    ));

    let out = run(warn_cmd(&db, &smtp).args(["--format", "json", "accounts", "warn"]));
    assert_eq!(out.code, 0, "{out}");
    let v = json(&out.stdout);
    assert_eq!(v["job"], "accounts warn");
    assert_eq!(v["counts"]["sent"], 3);
    assert_eq!(v["counts"]["skipped_restricted"], 1);
    assert!(!out.stderr.contains("@example.org"), "{}", out.stderr);
    assert_eq!(smtp.count(), 3);
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM notifications WHERE status = 'sent' AND server_response LIKE '250 %queued%' AND message_id LIKE '<rgpdctl.warning.%@data.example.org>' AND sent_at = '2026-06-15T10:00:00Z' AND attempts = 1"),
        3
    );
    // The mail states the real deletion date, the pseudonym, how to keep the account, the DPO.
    let msgs = smtp.messages();
    let zoe = msgs
        .iter()
        .find(|m| m["rcpt_tos"][0] == "zoe@example.org")
        .unwrap();
    let data = zoe["data"].as_str().unwrap();
    // RFC 2047 encoded words for the non-ASCII words of the subject.
    // (test databases are simulated-clock ones: the subject says so first)
    assert!(
        data.contains("Subject: [SIMULATION] Votre compte sera =?utf-8?b?"),
        "{data}"
    );
    // The date early, where a phone still shows it (issue 13); the header may fold.
    let unfolded = data.replace("\r\n ", " ");
    assert!(
        unfolded.contains("?= le 15 juillet 2026 =?utf-8?b?"),
        "{data}"
    );
    assert!(data.contains("Message-ID: <rgpdctl.warning."));
    assert!(data.contains("Date: "));
    assert!(data.contains("multipart/alternative"));
    assert!(data.contains("text/html"));
    let eom = msgs
        .iter()
        .find(|m| m["rcpt_tos"][0] == "eom@example.org")
        .unwrap();
    let body = decode_body(eom["data"].as_str().unwrap());
    // Its policy date (2026-05-31) passed before any warning: it announces the real one, the
    // lead time from now, and the purge waits for it.
    assert!(body.contains("15 juillet 2026"), "{body}");
    assert!(!body.contains("31 mai 2026"));
    assert!(body.contains("dpd@laregion.fr"));
    assert!(body.contains("vous connecter"));
    // Non-breaking spaces inside « » (issue 13); late: the retention has already passed.
    assert!(body.contains("«\u{a0}eom\u{a0}»"), "{body}");
    assert!(
        body.contains("a dépassé cette durée de conservation"),
        "{body}"
    );
    assert!(body.contains("au plus tard le 14 juillet 2026"), "{body}");

    assert_eq!(
        db.one::<i64>(
            "SELECT count(*) FROM notifications n JOIN accounts a ON a.id = n.account_id
                        WHERE a.pseudonym = 'eom' AND n.deletion_date = '2026-07-15T10:00:00Z'"
        ),
        1
    );
    fresh_at(&db, "2026-07-15T09:00:00Z");
    let purge = run(db.cmd().args([
        "--yes",
        "--format",
        "json",
        "--as-of",
        "2026-07-15T09:59:59Z",
        "accounts",
        "purge",
    ]));
    assert_eq!(json(&purge.stdout)["counts"]["deleted"], 0, "{purge}");

    let out = run(warn_cmd(&db, &smtp).args(["--format", "json", "accounts", "warn"]));
    assert_eq!(out.code, 0, "{out}");
    let v = json(&out.stdout);
    assert_eq!(v["counts"]["sent"], 0);
    assert_eq!(v["counts"]["already_warned"], 3);
    assert_eq!(smtp.count(), 3);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM notifications"), 3);
    // Two audit rows, no personal data in them.
    assert_eq!(
        db.one::<i64>(
            "SELECT count(*) FROM audit_log WHERE command = 'accounts warn' AND outcome = 'ok'"
        ),
        2
    );
    let journal: String =
        db.one("SELECT string_agg(parameters::text || counts::text, ' ') FROM audit_log");
    assert!(
        !journal.contains('@') && !journal.contains("zoé"),
        "{journal}"
    );
}

/// The text of a quoted-printable / base64 body, good enough to search for phrases.
fn decode_body(data: &str) -> String {
    // lettre picks quoted-printable or base64 per part; undo both roughly.
    let mut out = String::new();
    let mut b64 = String::new();
    let mut in_b64 = false;
    for line in data.lines() {
        if line
            .to_ascii_lowercase()
            .starts_with("content-transfer-encoding: base64")
        {
            in_b64 = true;
            continue;
        }
        if in_b64 {
            if line.starts_with("--") {
                out.push_str(&String::from_utf8_lossy(&base64_decode(&b64)));
                b64.clear();
                in_b64 = false;
            } else {
                b64.push_str(line.trim());
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    // Quoted-printable soft breaks and =XX escapes.
    let joined = out.replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut dec = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                dec.push(b);
                i += 3;
                continue;
            }
        }
        dec.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&dec).into_owned()
}

fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes() {
        let Some(v) = val(c) else { continue };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

#[test]
fn warn_dry_run_sends_and_writes_nothing() {
    let db = TestDb::new();
    let smtp = Smtp::start(&[]);
    account(&db, "a", "a@example.org", WARN_YESTERDAY);
    account(&db, "b", "b@example.org", END_OF_MONTH);
    let out = run(warn_cmd(&db, &smtp).args(["--format", "json", "accounts", "warn", "--dry-run"]));
    assert_eq!(out.code, 0, "{out}");
    let v = json(&out.stdout);
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["counts"]["would_send"], 2);
    assert_eq!(v["counts"]["deletion_dates_from"], "2026-07-15");
    assert_eq!(v["counts"]["deletion_dates_to"], "2026-07-15");
    assert_eq!(smtp.count(), 0);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM notifications"), 0);
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM audit_log WHERE command <> 'db migrate'"),
        0
    );
    // A dry run needs no mail configuration at all.
    let out = run(db.cmd().args(["accounts", "warn", "--dry-run"]));
    assert_eq!(out.code, 0, "{out}");
    assert!(out.stderr.contains("would_send=2"), "{}", out.stderr);
}

#[test]
fn warn_needs_a_transport_and_a_sender() {
    let db = TestDb::new();
    account(&db, "a", "a@example.org", WARN_YESTERDAY);
    let out = run(db
        .cmd()
        .args(["accounts", "warn", "--mail-from", "x@example.org"]));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("--smtp-url"), "{}", out.stderr);
    let out = run(db
        .cmd()
        .args(["accounts", "warn", "--smtp-url", "smtp://127.0.0.1:1"]));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("--mail-from"), "{}", out.stderr);
    let out = run(db.cmd().args([
        "accounts",
        "warn",
        "--smtp-url",
        "smtps://u:secret@[bad",
        "--mail-from",
        "x@example.org",
    ]));
    assert_eq!(out.code, 2, "{out}");
    assert!(!out.stderr.contains("secret"), "{}", out.stderr);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM notifications"), 0);
}

#[test]
fn warn_with_the_server_down_exits_75_and_records_nothing() {
    let db = TestDb::new();
    account(&db, "a", "a@example.org", WARN_YESTERDAY);
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let out = run(db.cmd().args([
        "accounts",
        "warn",
        "--smtp-url",
        &format!("smtp://127.0.0.1:{port}"),
        "--mail-from",
        "noreply@example.org",
    ]));
    assert_eq!(out.code, 75, "{out}");
    assert!(
        out.stderr.contains(&format!("127.0.0.1:{port}")),
        "{}",
        out.stderr
    );
    assert_eq!(db.one::<i64>("SELECT count(*) FROM notifications"), 0);
    assert_eq!(
        db.one::<String>(
            "SELECT outcome FROM audit_log WHERE command <> 'db migrate' AND outcome <> 'started'"
        ),
        "failed: temporary"
    );
}

#[test]
fn warn_4xx_stays_pending_5xx_fails_and_blocks_the_purge() {
    let db = TestDb::new();
    let smtp = Smtp::start(&["--tempfail", "busy", "--permfail", "nouser"]);
    let ok = account(&db, "ok", "ok@example.org", END_OF_MONTH);
    let busy = account(&db, "busy", "busy@example.org", END_OF_MONTH);
    let gone = account(&db, "gone", "nouser@example.org", END_OF_MONTH);
    let out = run(warn_cmd(&db, &smtp).args(["accounts", "warn"]));
    assert_eq!(out.code, 1, "{out}");
    assert!(
        out.stderr.contains("1 warning was refused"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("n***@e***.org"), "{}", out.stderr);
    assert!(!out.stderr.contains("nouser@example.org"), "{}", out.stderr);
    let st = |id: i64| {
        db.one::<String>(&format!(
            "SELECT status || '/' || attempts FROM notifications WHERE account_id = {id}"
        ))
    };
    assert_eq!(st(ok), "sent/1");
    assert_eq!(st(busy), "pending/1");
    assert_eq!(st(gone), "failed/1");
    assert!(db
        .one::<String>(&format!(
            "SELECT last_error FROM notifications WHERE account_id = {gone}"
        ))
        .contains("550"));
    assert_eq!(smtp.count(), 1);

    // Re-run: only the deferred one is tried again; still 4xx and nothing else failed: 75.
    let out = run(warn_cmd(&db, &smtp).args(["accounts", "warn"]));
    assert_eq!(out.code, 75, "{out}");
    assert!(out.stderr.contains("deferred"), "{}", out.stderr);
    assert_eq!(st(busy), "pending/2");
    assert_eq!(st(gone), "failed/1");
    assert_eq!(smtp.count(), 1);

    // 31 days later: the delivered one is purged, and the bounced one too: the bounce lead
    // (30 days, issue 12 point 8) has passed since its failed attempt; the deferred one stays.
    fresh_at(&db, "2026-07-16T09:00:00Z");
    let out = run(db.cmd().args([
        "--yes",
        "--format",
        "json",
        "--as-of",
        "2026-07-16T10:00:00Z",
        "accounts",
        "purge",
    ]));
    assert_eq!(out.code, 0, "{out}");
    let v = json(&out.stdout);
    assert_eq!(v["counts"]["deleted"], 2);
    assert_eq!(v["counts"]["bounced_deletable"], 1);
    assert_eq!(v["counts"]["skipped_warning_failed"], 0);
    assert_eq!(v["counts"]["skipped_warning_pending"], 1);
    let left: Vec<i64> = db
        .client()
        .query("SELECT id FROM accounts ORDER BY id", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(left, vec![busy]);
}

#[test]
fn warn_writes_eml_files_to_the_outbox_dir() {
    let db = TestDb::new();
    account(&db, "a", "a@example.org", WARN_YESTERDAY);
    account(&db, "b", "b@example.org", END_OF_MONTH);
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox");
    let cmd = || {
        let mut c = db.cmd();
        c.args([
            "--outbox-dir",
            outbox.to_str().unwrap(),
            "--mail-from",
            "Plateforme <noreply@example.org>",
            "accounts",
            "warn",
        ]);
        c
    };
    let out = run(&mut cmd());
    assert_eq!(out.code, 0, "{out}");
    let files = eml_files(&outbox);
    assert_eq!(files.len(), 2);
    use std::os::unix::fs::PermissionsExt;
    for f in &files {
        assert_eq!(
            std::fs::metadata(f).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let text = std::fs::read_to_string(f).unwrap();
        assert!(
            text.contains("From: Plateforme <noreply@example.org>"),
            "{text}"
        );
    }
    // Written for review, not delivered (issue 12, point 7): `written`, never `sent`.
    assert_eq!(db.one::<i64>("SELECT count(*) FROM notifications WHERE status = 'written' AND sent_at IS NULL AND written_at IS NOT NULL AND server_response LIKE 'written to warning-%.eml'"), 2);
    assert!(out.stderr.contains("2 warnings written to"), "{out}");
    let out = run(&mut cmd());
    assert_eq!(out.code, 0, "{out}");
    assert_eq!(eml_files(&outbox).len(), 2);
}

fn eml_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    v.sort();
    v
}

#[test]
fn hostile_names_cannot_inject_headers() {
    let db = TestDb::new();
    let smtp = Smtp::start(&[]);
    let id = account(
        &db,
        "evil\r\nBcc: victim@evil.example\r\nX-Injected: 1",
        "target@example.org",
        WARN_YESTERDAY,
    );
    db.exec(&format!(
        "UPDATE accounts SET first_name = E'Jean\\r\\nBcc: other@evil.example', last_name = E'\\nSubject: pwned' WHERE id = {id}"
    ));
    let out = run(warn_cmd(&db, &smtp).args(["accounts", "warn"]));
    assert_eq!(out.code, 0, "{out}");
    let msgs = smtp.messages();
    assert_eq!(msgs.len(), 1);
    assert_eq!(
        msgs[0]["rcpt_tos"],
        serde_json::json!(["target@example.org"])
    );
    let data = msgs[0]["data"].as_str().unwrap();
    let head = data.split("\r\n\r\n").next().unwrap();
    for l in head.lines() {
        let l = l.to_ascii_lowercase();
        assert!(
            !l.starts_with("bcc:") && !l.starts_with("x-injected:"),
            "{head}"
        );
    }
    assert_eq!(
        head.lines().filter(|l| l.starts_with("Subject:")).count(),
        1,
        "{head}"
    );
}

#[test]
fn new_activity_starts_a_new_period_with_a_new_warning() {
    let db = TestDb::new();
    let smtp = Smtp::start(&[]);
    let id = account(&db, "back", "back@example.org", WARN_YESTERDAY);
    let out = run(warn_cmd(&db, &smtp).args(["accounts", "warn"]));
    assert_eq!(out.code, 0, "{out}");
    // The person logs in after the warning: the cycle restarts.
    db.exec(&format!(
        "UPDATE accounts SET last_activity_at = '2026-06-20T10:00:00Z' WHERE id = {id}"
    ));
    fresh_at(&db, "2026-07-20T09:00:00Z");
    let purge = run(db.cmd().args([
        "--yes",
        "--format",
        "json",
        "--as-of",
        "2026-07-20T10:00:00Z",
        "accounts",
        "purge",
    ]));
    assert_eq!(json(&purge.stdout)["counts"]["deleted"], 0, "{purge}");
    fresh_at(&db, "2028-05-25T09:00:00Z");
    let out = run(warn_cmd(&db, &smtp).args([
        "--allow-future",
        "--as-of",
        "2028-05-25T10:00:00Z",
        "accounts",
        "warn",
    ]));
    assert_eq!(out.code, 0, "{out}");
    assert_eq!(smtp.count(), 2);
    assert_eq!(
        db.one::<i64>(&format!("SELECT count(DISTINCT period_start) FROM notifications WHERE account_id = {id} AND status = 'sent'")),
        2
    );
}

/// `n` accounts whose warning is due: `user1@example.org`, ...
fn due_accounts(db: &TestDb, n: u32) {
    db.exec(&format!(
        "INSERT INTO accounts (pseudonym, email, last_activity_at)
         SELECT 'user' || i, 'user' || i || '@example.org', '2024-05-01T10:00:00Z'::timestamptz + i * interval '1 minute'
           FROM generate_series(1, {n}) AS i"
    ));
}

/// The command line of `accounts warn` through `smtp` over `connections` connections.
fn warn_args(smtp: &Smtp, connections: u32) -> Vec<String> {
    let url = smtp.url();
    let connections = connections.to_string();
    [
        "--smtp-url",
        &url,
        "--mail-from",
        "noreply@example.org",
        "accounts",
        "warn",
        "--connections",
        &connections,
    ]
    .map(String::from)
    .to_vec()
}

/// rgpdctl running in the background, to be signalled.
fn spawn(db: &TestDb, args: &[String], stderr: Stdio) -> Child {
    Command::new(assert_cmd::cargo::cargo_bin("rgpdctl"))
        .env("DATABASE_URL", &db.url)
        .env("RGPDCTL_AS_OF", crate::harness::AS_OF)
        .env("RGPDCTL_ACTOR", "test")
        .args(args)
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .unwrap()
}

#[test]
fn warn_killed_in_the_middle_resumes_without_losing_or_doubling() {
    let db = TestDb::new();
    let smtp = Smtp::start(&["--delay", "0.02"]);
    due_accounts(&db, 200);
    let args = warn_args(&smtp, 1);
    let mut child = spawn(&db, &args, Stdio::null());
    let start = std::time::Instant::now();
    while smtp.count() < 50 {
        assert!(start.elapsed().as_secs() < 60, "no mail received");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let before = smtp.count();
    assert!(before < 200, "killed too late: {before}");
    assert!(db.one::<i64>("SELECT count(*) FROM notifications WHERE status = 'pending'") > 0);
    let journal = || -> String {
        db.one("SELECT string_agg(outcome, ',' ORDER BY id) FROM audit_log WHERE command = 'accounts warn'")
    };
    assert_eq!(
        journal(),
        "started",
        "a killed run leaves only its started row"
    );

    let out = run(db.cmd().args(&args));
    assert_eq!(out.code, 0, "{out}");
    assert!(
        out.stderr.contains("never ended; journalled as abandoned"),
        "{out}"
    );
    assert_eq!(journal(), "started,abandoned,started,ok");
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM notifications WHERE status = 'sent'"),
        200
    );
    assert_eq!(
        db.one::<i64>("SELECT count(DISTINCT account_id) FROM notifications"),
        200
    );
    let msgs = smtp.messages();
    let mut rcpts: Vec<String> = msgs
        .iter()
        .map(|m| m["rcpt_tos"][0].as_str().unwrap().to_string())
        .collect();
    rcpts.sort();
    rcpts.dedup();
    assert_eq!(rcpts.len(), 200, "every due account warned");
    assert!(msgs.len() <= 201, "{} mails for 200 accounts", msgs.len());
}

#[test]
fn warn_terminated_marks_every_mail_the_server_took_and_leaves_the_rest_pending() {
    let db = TestDb::new();
    // A slow server: each mail is stored at once, answered 0.3 s later, so that the signal
    // lands while mails are in flight.
    let smtp = Smtp::start(&["--delay", "0.3"]);
    due_accounts(&db, 60);
    let args = warn_args(&smtp, 3);
    let child = spawn(&db, &args, Stdio::piped());
    let start = std::time::Instant::now();
    while smtp.count() < 7 {
        assert!(start.elapsed().as_secs() < 60, "no mail received");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(143), "{stderr}");
    assert!(
        start.elapsed().as_secs() < 10,
        "the run stopped at its next mail, not at the grace period's end"
    );

    // Every mail the server took is marked sent with the server's answer; nothing else is.
    let received = smtp.messages();
    assert!(
        received.len() < 60,
        "terminated too late: {}",
        received.len()
    );
    let sent: Vec<(String, String)> = db
        .client()
        .query(
            "SELECT a.email, n.server_response FROM notifications n JOIN accounts a ON a.id = n.account_id
              WHERE n.status = 'sent'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(sent.len(), received.len(), "{sent:?}");
    for (i, m) in received.iter().enumerate() {
        let rcpt = m["rcpt_tos"][0].as_str().unwrap();
        let answer = format!("queued as {:06}", i + 1);
        assert!(
            sent.iter()
                .any(|(email, resp)| email == rcpt && resp.contains(&answer)),
            "mail {} to {rcpt} received but not marked with the server's answer: {sent:?}",
            i + 1
        );
    }
    // The others wait, untried, for the next run.
    assert_eq!(
        db.one::<i64>(
            "SELECT count(*) FROM notifications WHERE status <> 'sent' AND (status <> 'pending' OR attempts > 0)"
        ),
        0
    );
    let journal: String = db.one(
        "SELECT string_agg(outcome || ' ' || coalesce(counts->>'sent', '-'), ',' ORDER BY id)
           FROM audit_log WHERE command = 'accounts warn'",
    );
    assert_eq!(
        journal,
        format!("started -,interrupted {}", received.len()),
        "{stderr}"
    );

    // The re-run sends the rest, none twice.
    let out = run(db.cmd().args(&args));
    assert_eq!(out.code, 0, "{out}");
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM notifications WHERE status = 'sent'"),
        60
    );
    let mut rcpts: Vec<String> = smtp
        .messages()
        .iter()
        .map(|m| m["rcpt_tos"][0].as_str().unwrap().to_string())
        .collect();
    assert_eq!(rcpts.len(), 60, "no mail sent twice");
    rcpts.sort();
    rcpts.dedup();
    assert_eq!(rcpts.len(), 60, "every due account warned");
}

/// Accounts for the purge tests, as of AS_OF (2026-06-15): the warned-and-expired, and one of
/// each reason to be kept. Returns the ids of the eligible ones.
fn purge_fixture(db: &TestDb, eligible: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for i in 0..eligible {
        let id = account(
            db,
            &format!("expired{i}"),
            &format!("expired{i}@example.org"),
            END_OF_MONTH,
        );
        warned(
            db,
            id,
            END_OF_MONTH,
            "2026-05-31T10:00:00Z",
            "sent",
            "2026-05-01T10:00:00Z",
        );
        ids.push(id);
    }
    db.exec(&format!(
        "INSERT INTO datasets (slug, table_name, imported_at, imported_by) VALUES ('d', 'd', now(), 't');
         INSERT INTO dataset_subscriptions (account_id, dataset_id, subscribed_at)
         SELECT a, (SELECT id FROM datasets), now() FROM unnest(ARRAY{ids:?}::bigint[]) AS a;
         INSERT INTO connection_logs (account_id, occurred_at, ip)
         SELECT a, '2024-05-30T10:00:00Z', '10.0.0.1' FROM unnest(ARRAY{ids:?}::bigint[]) AS a;"
    ));
    let r = account(db, "restricted", "restricted@example.org", END_OF_MONTH);
    warned(
        db,
        r,
        END_OF_MONTH,
        "2026-05-31T10:00:00Z",
        "sent",
        "2026-05-01T10:00:00Z",
    );
    db.exec(&format!(
        "UPDATE accounts SET restricted_at = '2026-05-20' WHERE id = {r}"
    ));
    // Warned, then logged in: a new period with no warning, deletion far away.
    let a = account(
        db,
        "active-again",
        "active@example.org",
        "2026-06-10T10:00:00Z",
    );
    warned(
        db,
        a,
        END_OF_MONTH,
        "2026-05-31T10:00:00Z",
        "sent",
        "2026-05-01T10:00:00Z",
    );
    let b = account(db, "bounced", "bounced@example.org", END_OF_MONTH);
    warned(
        db,
        b,
        END_OF_MONTH,
        "2026-05-31T10:00:00Z",
        "failed",
        "2026-05-01T10:00:00Z",
    );
    // Warned late: deletion waits 30 days after the warning.
    let l = account(db, "warned-late", "late@example.org", END_OF_MONTH);
    warned(
        db,
        l,
        END_OF_MONTH,
        "2026-05-31T10:00:00Z",
        "sent",
        "2026-06-01T10:00:00Z",
    );
    account(db, "never-warned", "never@example.org", END_OF_MONTH);
    // Deletion date tomorrow: not yet.
    let t = account(db, "tomorrow", "tomorrow@example.org", DELETE_TOMORROW);
    warned(
        db,
        t,
        DELETE_TOMORROW,
        "2026-06-16T10:00:00Z",
        "sent",
        "2026-05-17T10:00:00Z",
    );
    ids
}

fn warned(db: &TestDb, id: i64, period: &str, deletion: &str, status: &str, sent_at: &str) {
    db.exec(&format!(
        "INSERT INTO notifications (account_id, period_start, deletion_date, status, created_at, sent_at)
         VALUES ({id}, '{period}', '{deletion}', '{status}', '{sent_at}', {})",
        if status == "sent" { format!("'{sent_at}'") } else { "NULL".into() }
    ));
}

#[test]
fn purge_deletes_exactly_the_eligible_accounts() {
    let db = TestDb::new();
    let ids = purge_fixture(&db, 3);
    let total = db.one::<i64>("SELECT count(*) FROM accounts");

    // Dry run: nothing changes, not even the journal.
    let out = run(db
        .cmd()
        .args(["--format", "json", "accounts", "purge", "--dry-run"]));
    assert_eq!(out.code, 0, "{out}");
    let v = json(&out.stdout);
    assert_eq!(v["counts"]["would_delete"], 3);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM accounts"), total);
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM audit_log WHERE command <> 'db migrate'"),
        0
    );

    // No terminal, no --yes: refused, nothing deleted.
    let out = run(db.cmd().args(["accounts", "purge"]));
    assert_eq!(out.code, 2, "{out}");
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM accounts"), total);

    let out = run(db
        .cmd()
        .args(["--yes", "--format", "json", "accounts", "purge"]));
    assert_eq!(out.code, 0, "{out}");
    let v = json(&out.stdout);
    let c = &v["counts"];
    assert_eq!(c["deleted"], 3);
    assert_eq!(c["subscriptions_deleted"], 3);
    assert_eq!(c["connection_logs_deleted"], 3);
    assert_eq!(c["skipped_restricted"], 1);
    assert_eq!(c["skipped_warning_failed"], 1);
    assert_eq!(c["skipped_warned_too_recently"], 1);
    assert_eq!(c["skipped_not_warned"], 1);
    let left: Vec<String> = db
        .client()
        .query("SELECT pseudonym FROM accounts ORDER BY pseudonym", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(
        left,
        [
            "active-again",
            "bounced",
            "never-warned",
            "restricted",
            "tomorrow",
            "warned-late"
        ]
    );
    assert_eq!(
        db.one::<i64>(&format!(
            "SELECT count(*) FROM dataset_subscriptions WHERE account_id = ANY(ARRAY{ids:?})"
        )),
        0
    );
    assert_eq!(db.one::<i64>("SELECT count(*) FROM connection_logs"), 0);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM datasets"), 1);
    let journal: String = db.one(
        "SELECT parameters::text || counts::text FROM audit_log WHERE command = 'accounts purge' AND outcome <> 'started'",
    );
    assert!(
        journal.contains("\"deleted\": 3")
            && !journal.contains('@')
            && !journal.contains("expired"),
        "{journal}"
    );

    // Second run: nothing more.
    let out = run(db
        .cmd()
        .args(["--yes", "--format", "json", "accounts", "purge"]));
    assert_eq!(out.code, 0, "{out}");
    assert_eq!(json(&out.stdout)["counts"]["deleted"], 0);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM accounts"), 6);
}

#[test]
fn purge_interrupted_by_a_failing_batch_finishes_on_the_rerun() {
    let db = TestDb::new();
    purge_fixture(&db, 6);
    // A real failure in the third batch (batches of 2, by id): a trigger refusing one delete.
    db.exec(
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'injected failure'; END $$;
         CREATE TRIGGER refuse BEFORE DELETE ON accounts FOR EACH ROW
           WHEN (OLD.pseudonym = 'expired4') EXECUTE FUNCTION refuse();",
    );
    let out = run(db
        .cmd()
        .args(["--yes", "accounts", "purge", "--batch-size", "2"]));
    assert_eq!(out.code, 1, "{out}");
    assert!(out.stderr.contains("injected failure"), "{}", out.stderr);
    // The first two batches are committed, the failing one rolled back entirely.
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM accounts WHERE pseudonym LIKE 'expired%'"),
        2
    );
    assert_eq!(db.one::<i64>("SELECT count(*) FROM notifications WHERE account_id IN (SELECT id FROM accounts WHERE pseudonym IN ('expired4', 'expired5'))"), 2);
    assert_eq!(
        db.one::<String>(
            "SELECT outcome FROM audit_log WHERE command <> 'db migrate' AND outcome <> 'started'"
        ),
        "failed"
    );
    db.exec("DROP TRIGGER refuse ON accounts");
    let out = run(db.cmd().args([
        "--yes",
        "--format",
        "json",
        "accounts",
        "purge",
        "--batch-size",
        "2",
    ]));
    assert_eq!(out.code, 0, "{out}");
    assert_eq!(json(&out.stdout)["counts"]["deleted"], 2);
    // Same final state as an uninterrupted run.
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM accounts WHERE pseudonym LIKE 'expired%'"),
        0
    );
    assert_eq!(db.one::<i64>("SELECT count(*) FROM accounts"), 6);
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM dataset_subscriptions"),
        0
    );
}

#[test]
fn purge_spares_an_account_active_while_its_batch_waits() {
    let db = TestDb::new();
    purge_fixture(&db, 2);
    // Someone logs in to expired0 in a transaction that holds the row while the purge starts.
    let mut login = db.client();
    let mut tx = login.transaction().unwrap();
    tx.execute(
        "UPDATE accounts SET last_activity_at = '2026-06-15T09:59:59Z' WHERE pseudonym = 'expired0'",
        &[],
    )
    .unwrap();
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rgpdctl"))
        .env("DATABASE_URL", &db.url)
        .env("RGPDCTL_AS_OF", crate::harness::AS_OF)
        .env("RGPDCTL_ACTOR", "test")
        .args(["--yes", "--format", "json", "accounts", "purge"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the purge's batch is blocked on that row lock, then commit the login.
    let start = std::time::Instant::now();
    loop {
        let waiting: i64 = db.one(
            "SELECT count(*) FROM pg_stat_activity
              WHERE application_name = 'rgpdctl' AND wait_event_type = 'Lock'",
        );
        if waiting > 0 {
            break;
        }
        assert!(
            start.elapsed().as_secs() < 30,
            "the purge never waited for the row lock"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    tx.commit().unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&String::from_utf8_lossy(&out.stdout));
    assert_eq!(v["counts"]["deleted"], 1);
    assert_eq!(v["counts"]["skipped_changed_since_check"], 1);
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM accounts WHERE pseudonym = 'expired0'"),
        1
    );
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM accounts WHERE pseudonym = 'expired1'"),
        0
    );
}

/// Issue 12, point 7: a warning written to the outbox folder is not a delivery. It is `written`,
/// the purge never deletes on it, a later real send delivers it (and the lead time counts from
/// that send); only `[mail] outbox_is_delivery = true` makes a written file count as sent.
#[test]
fn a_mail_written_for_review_is_not_a_delivery() {
    let db = TestDb::new();
    let id = account(&db, "eom", "eom@example.org", END_OF_MONTH);
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox");
    let write = |db: &TestDb, extra: &[&str]| {
        let mut c = db.cmd();
        c.args(extra).args([
            "--format",
            "json",
            "--outbox-dir",
            outbox.to_str().unwrap(),
            "--mail-from",
            "noreply@example.org",
            "accounts",
            "warn",
        ]);
        run(&mut c)
    };
    let r = write(&db, &[]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        (
            json(&r.stdout)["counts"]["written"].as_i64(),
            json(&r.stdout)["counts"]["sent"].as_i64()
        ),
        (Some(1), Some(0)),
        "{r}"
    );
    assert!(r.stderr.contains("not a delivery"), "{r}");
    let status = |db: &TestDb| {
        db.one::<String>(&format!(
            "SELECT status FROM notifications WHERE account_id = {id}"
        ))
    };
    assert_eq!(status(&db), "written");
    // A second outbox run writes nothing more.
    let r = write(&db, &[]);
    assert_eq!(json(&r.stdout)["counts"]["already_written"], 1, "{r}");
    assert_eq!(json(&r.stdout)["counts"]["written"], 0, "{r}");
    // `accounts inactive` says so.
    let r = run(db.cmd().args([
        "--format", "json", "accounts", "inactive", "--status", "written",
    ]));
    assert_eq!(r.stdout.matches("\"written\"").count(), 1, "{r}");
    // 31 days later the purge deletes nothing: nobody received a warning (plan and real run).
    fresh_at(&db, "2026-07-16T09:00:00Z");
    let purge = |db: &TestDb, at: &str, dry: bool| {
        let mut c = db.cmd();
        c.args([
            "--yes", "--format", "json", "--as-of", at, "accounts", "purge",
        ]);
        if dry {
            c.arg("--dry-run");
        }
        json(&run(&mut c).stdout)
    };
    let v = purge(&db, "2026-07-16T10:00:00Z", true);
    assert_eq!(
        (
            v["counts"]["would_delete"].as_i64(),
            v["counts"]["skipped_warning_written"].as_i64()
        ),
        (Some(0), Some(1)),
        "{v}"
    );
    let v = purge(&db, "2026-07-16T10:00:00Z", false);
    assert_eq!(v["counts"]["deleted"], 0, "{v}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM accounts"), 1);
    // A real send delivers it: planned in --dry-run, then sent once, and marked sent.
    let smtp = Smtp::start(&[]);
    let r = run(warn_cmd(&db, &smtp).args([
        "--format",
        "json",
        "--as-of",
        "2026-07-16T10:00:00Z",
        "accounts",
        "warn",
        "--dry-run",
    ]));
    assert_eq!(json(&r.stdout)["counts"]["would_send"], 1, "{r}");
    let r = run(warn_cmd(&db, &smtp).args([
        "--format",
        "json",
        "--as-of",
        "2026-07-16T10:00:00Z",
        "accounts",
        "warn",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(json(&r.stdout)["counts"]["sent"], 1, "{r}");
    assert_eq!(smtp.count(), 1);
    assert_eq!(status(&db), "sent");
    // The lead time counts from the real send: not the day before it ends, then deleted.
    fresh_at(&db, "2026-08-15T09:00:00Z");
    let v = purge(&db, "2026-08-15T09:59:59Z", true);
    assert_eq!(v["counts"]["would_delete"], 0, "{v}");
    let v = purge(&db, "2026-08-15T10:00:00Z", false);
    assert_eq!(v["counts"]["deleted"], 1, "{v}");

    // With `outbox_is_delivery = true` (a spool an MTA delivers) a written file counts as sent.
    let db = TestDb::new();
    let id2 = account(&db, "eom", "eom@example.org", END_OF_MONTH);
    let cfg = dir.path().join("spool.toml");
    std::fs::write(&cfg, "[mail]\noutbox_is_delivery = true\n").unwrap();
    let r = write(&db, &["--config", cfg.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(json(&r.stdout)["counts"]["sent"], 1, "{r}");
    assert_eq!(
        db.one::<String>(&format!(
            "SELECT status FROM notifications WHERE account_id = {id2}"
        )),
        "sent"
    );
    let p: serde_json::Value = db
        .one("SELECT parameters FROM audit_log WHERE command = 'accounts warn' AND outcome = 'ok'");
    assert_eq!(p["outbox_is_delivery"], true, "{p}");
    fresh_at(&db, "2026-07-15T09:00:00Z");
    let v = purge(&db, "2026-07-15T09:59:59Z", true);
    assert_eq!(v["counts"]["would_delete"], 0, "{v}");
    let v = purge(&db, "2026-07-15T10:00:00Z", false);
    assert_eq!(v["counts"]["deleted"], 1, "{v}");
}

/// Issue 12, point 8: a bounced warning does not keep an account forever: deletable once the
/// bounce lead (default the warning lead, 30 days) has passed since the failed attempt, unless
/// the address was corrected since (then a new warning is due); `report` lists them.
#[test]
fn a_bounced_warning_does_not_keep_an_account_forever() {
    let db = TestDb::new();
    let smtp = Smtp::start(&["--permfail", "nouser"]);
    let gone = account(&db, "gone", "nouser@example.org", END_OF_MONTH);
    let fixed = account(&db, "fixed", "nouser2@example.org", END_OF_MONTH);
    let r = run(warn_cmd(&db, &smtp).args(["accounts", "warn"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("30 days after the failed attempt"), "{r}");
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM notifications WHERE status = 'failed' AND failed_at = '2026-06-15T10:00:00Z' AND failed_address_sha256 IS NOT NULL"),
        2
    );
    // The second account's address is corrected (Art. 16).
    let r = run(db.cmd().args([
        "--yes",
        "subject",
        "rectify",
        "--account",
        &fixed.to_string(),
        "--set",
        "email=fixed@example.org",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let purge = |at: &str, dry: bool| {
        let mut c = db.cmd();
        c.args([
            "--yes", "--format", "json", "--as-of", at, "accounts", "purge",
        ]);
        if dry {
            c.arg("--dry-run");
        }
        let r = run(&mut c);
        assert_eq!(r.code, 0, "{r}");
        json(&r.stdout)
    };
    // One second before the bounce lead: kept (visible in the plan).
    fresh_at(&db, "2026-07-15T09:00:00Z");
    let v = purge("2026-07-15T09:59:59Z", true);
    assert_eq!(v["counts"]["would_delete"], 0, "{v}");
    assert_eq!(v["counts"]["skipped_bounced_too_recently"], 1, "{v}");
    assert_eq!(v["counts"]["skipped_bounced_address_corrected"], 1, "{v}");
    let st = |at: &str| {
        let r = run(db
            .cmd()
            .args(["--format", "json", "--as-of", at, "accounts", "inactive"]));
        let v = json(&r.stdout);
        v.as_array()
            .unwrap()
            .iter()
            .map(|a| {
                format!(
                    "{}:{}",
                    a["pseudonym"].as_str().unwrap(),
                    a["status"].as_str().unwrap()
                )
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    assert_eq!(st("2026-07-15T09:59:59Z"), "gone:failed,fixed:warning due");
    // The report lists them: one waiting for the lead, one with a corrected address.
    let report = |at: &str| {
        let r = run(db.cmd().args(["--format", "json", "--as-of", at, "report"]));
        json(&r.stdout)["categories"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["category"] == "bounced warnings (accounts)")
            .cloned()
            .unwrap()
    };
    let l = report("2026-07-15T09:59:59Z");
    assert_eq!(
        (
            l["within_limit"].as_i64(),
            l["past_limit"].as_i64(),
            l["due_next"].as_i64()
        ),
        (Some(1), Some(0), Some(1)),
        "{l}"
    );
    assert!(
        l["note"]
            .as_str()
            .unwrap()
            .contains("1 with a corrected address"),
        "{l}"
    );
    // At the bounce lead: deletable, planned, listed, then deleted; the corrected one is not.
    assert_eq!(
        st("2026-07-15T10:00:00Z"),
        "gone:deletion due,fixed:warning due"
    );
    let l = report("2026-07-15T10:00:00Z");
    assert_eq!(l["past_limit"], 1, "{l}");
    assert!(
        l["note"]
            .as_str()
            .unwrap()
            .contains(&format!("deletable now: account id {gone}")),
        "{l}"
    );
    let v = purge("2026-07-15T10:00:00Z", true);
    assert_eq!(
        (
            v["counts"]["would_delete"].as_i64(),
            v["counts"]["would_delete_bounced"].as_i64()
        ),
        (Some(1), Some(1)),
        "{v}"
    );
    let v = purge("2026-07-15T10:00:00Z", false);
    assert_eq!(
        (
            v["counts"]["deleted"].as_i64(),
            v["counts"]["bounced_deletable"].as_i64()
        ),
        (Some(1), Some(1)),
        "{v}"
    );
    let left: Vec<i64> = db
        .client()
        .query("SELECT id FROM accounts", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(left, vec![fixed]);
    // The corrected address gets a new warning, without --retry-failed.
    let r = run(warn_cmd(&db, &smtp).args([
        "--format",
        "json",
        "--as-of",
        "2026-07-15T10:00:00Z",
        "accounts",
        "warn",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(json(&r.stdout)["counts"]["sent"], 1, "{r}");
    assert_eq!(smtp.messages()[0]["rcpt_tos"][0], "fixed@example.org");

    // A configured bounce lead (10 days), on both sides.
    let db = TestDb::new();
    account(&db, "gone", "nouser@example.org", END_OF_MONTH);
    assert_eq!(run(warn_cmd(&db, &smtp).args(["accounts", "warn"])).code, 1);
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(&cfg, "[accounts]\nbounce_lead = \"10 days\"\n").unwrap();
    fresh_at(&db, "2026-06-25T09:00:00Z");
    let plan = |at: &str| {
        let r = run(db.cmd().args([
            "--config",
            cfg.to_str().unwrap(),
            "--format",
            "json",
            "--as-of",
            at,
            "accounts",
            "purge",
            "--dry-run",
        ]));
        assert_eq!(r.code, 0, "{r}");
        json(&r.stdout)["counts"]["would_delete"].as_i64()
    };
    assert_eq!(plan("2026-06-25T09:59:59Z"), Some(0));
    assert_eq!(plan("2026-06-25T10:00:00Z"), Some(1));
    // Out of range: refused, naming the key and the range.
    std::fs::write(&cfg, "[accounts]\nbounce_lead = \"13 months\"\n").unwrap();
    let r = run(db.cmd().args([
        "--config",
        cfg.to_str().unwrap(),
        "accounts",
        "purge",
        "--dry-run",
    ]));
    assert_eq!(r.code, 2, "{r}");
    assert!(
        r.stderr.contains("accounts.bounce_lead") && r.stderr.contains("from 1 day to 12 months"),
        "{r}"
    );
}
