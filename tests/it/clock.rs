//! Issue 12, points 4 and 5: the clock model (records carry the real time; `--as-of` writes
//! only on a `db migrate --simulated-clock` database), monotonic journal times,
//! `closed_at ≥ received_at`, and the journal's head as an anchor outside the database.

use crate::harness::{self, bin, run, Run, TestDb, AS_OF};

/// A fresh database migrated WITHOUT a simulated clock: a real one, as in production.
struct RealDb {
    name: String,
    url: String,
}

impl RealDb {
    fn new(tag: &str) -> RealDb {
        let name = format!("rgpdctl_real_{tag}_{}", std::process::id());
        let mut admin = harness::admin();
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .unwrap();
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        RealDb {
            url: harness::url_for(&name),
            name,
        }
    }
    fn migrated(tag: &str) -> RealDb {
        let db = RealDb::new(tag);
        let r = run(db.cmd().args(["-q", "db", "migrate"]));
        assert_eq!(r.code, 0, "{r}");
        db
    }
    /// The binary on this database at the real clock (no --as-of, no RGPDCTL_AS_OF).
    fn cmd(&self) -> assert_cmd::Command {
        let mut c = bin();
        c.env("DATABASE_URL", &self.url);
        c
    }
    fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).unwrap()
    }
    fn one<T: for<'a> postgres::types::FromSql<'a>>(&self, sql: &str) -> T {
        self.client().query_one(sql, &[]).unwrap().get(0)
    }
    fn exec(&self, sql: &str) {
        self.client().batch_execute(sql).unwrap();
    }
}

impl Drop for RealDb {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("test database kept for inspection: {}", self.name);
            return;
        }
        if let Ok(mut c) = postgres::Client::connect(&harness::admin_url(), postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

fn add_request(cmd: &mut assert_cmd::Command) -> Run {
    run(cmd.args([
        "requests",
        "add",
        "--email",
        "a@example.org",
        "--right",
        "access",
    ]))
}

fn head_of(r: &Run) -> String {
    let (_, rest) = r
        .stderr
        .split_once("journal_head=")
        .unwrap_or_else(|| panic!("no journal_head in the summary: {r}"));
    rest.split_whitespace().next().unwrap().to_string()
}

/// On a real database a writing run refuses --as-of and RGPDCTL_AS_OF (exit 2, nothing
/// written, not even the journal); dry runs and read-only commands take it.
#[test]
fn as_of_is_refused_for_writing_runs_on_a_real_database() {
    let db = RealDb::migrated("asof");
    let rows: i64 = db.one("SELECT count(*) FROM audit_log");
    for past in ["2025-06-01", "2026-06-15T10:00:00Z"] {
        let r = add_request(db.cmd().args(["--as-of", past]));
        assert_eq!(r.code, 2, "{r}");
        assert!(
            r.stderr.contains("is for --dry-run and read-only commands"),
            "{r}"
        );
        assert!(r.stderr.contains("`requests add` writes"), "{r}");
        assert!(r.stderr.contains("--simulated-clock"), "{r}");
        // Left in a cron environment: refused the same.
        let r = add_request(db.cmd().env("RGPDCTL_AS_OF", past));
        assert_eq!(r.code, 2, "{r}");
        let r = run(db
            .cmd()
            .env("RGPDCTL_AS_OF", past)
            .args(["--yes", "logs", "purge"]));
        assert_eq!(r.code, 2, "{r}");
        assert!(r.stderr.contains("`logs purge` writes"), "{r}");
        let r = run(db
            .cmd()
            .env("RGPDCTL_AS_OF", past)
            .args(["--yes", "accounts", "warn"]));
        assert_eq!(r.code, 2, "{r}");
        let r = run(db.cmd().env("RGPDCTL_AS_OF", past).args(["db", "migrate"]));
        assert_eq!(r.code, 2, "{r}");
    }
    assert_eq!(db.one::<i64>("SELECT count(*) FROM rights_requests"), 0);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM audit_log"), rows);
    // Planning and reading take it.
    let r = run(db
        .cmd()
        .args(["--as-of", "2025-06-01", "logs", "purge", "--dry-run"]));
    assert_eq!(r.code, 0, "{r}");
    for args in [&["audit", "verify"][..], &["requests", "list"], &["report"]] {
        let r = run(db.cmd().arg("--as-of").arg("2025-06-01").args(args));
        assert_eq!(r.code, 0, "{args:?}: {r}");
    }
    assert_eq!(db.one::<i64>("SELECT count(*) FROM audit_log"), rows);
    // A real database: no simulation marker.
    let r = run(db.cmd().args(["--format", "json", "report"]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["simulated_clock"], false, "{r}");
    assert!(!r.stderr.contains("[SIMULATION]"), "{r}");
    // Without it, the same run goes through, and its records carry the real time.
    let before = chrono::Utc::now();
    let r = add_request(&mut db.cmd());
    assert_eq!(r.code, 0, "{r}");
    let (received, at): (chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>) = {
        let row = db
            .client()
            .query_one(
                "SELECT (SELECT received_at FROM rights_requests), (SELECT max(at) FROM audit_log)",
                &[],
            )
            .unwrap();
        (row.get(0), row.get(1))
    };
    let slack = chrono::Duration::seconds(5);
    assert!(
        received >= before - slack && received <= chrono::Utc::now(),
        "{received}"
    );
    assert!(at >= before - slack && at <= chrono::Utc::now(), "{at}");
}

/// `db migrate --simulated-clock`: on an empty database, or one already marked; never on one
/// holding real runs. There, writing runs take --as-of and their records carry it.
#[test]
fn simulated_clock_only_on_an_empty_or_simulated_database() {
    let real = RealDb::migrated("notsim");
    let r = run(real.cmd().args(["db", "migrate", "--simulated-clock"]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("holds real runs (1 journal rows)"), "{r}");
    assert!(!real.one::<bool>("SELECT EXISTS (SELECT 1 FROM clock_mode)"));

    let sim = RealDb::new("sim");
    let r = run(sim
        .cmd()
        .args(["--as-of", AS_OF, "db", "migrate", "--simulated-clock"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("[SIMULATION]"), "{r}");
    let at: String =
        sim.one("SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM audit_log");
    assert_eq!(
        at, "2026-06-15 10:00",
        "the journal carries the simulated clock"
    );
    // Again: already marked, fine.
    let r = run(sim
        .cmd()
        .args(["--as-of", AS_OF, "db", "migrate", "--simulated-clock"]));
    assert_eq!(r.code, 0, "{r}");
    let r = add_request(sim.cmd().args(["--as-of", "2025-06-01"]));
    assert_eq!(r.code, 0, "{r}");
    let received: String = sim.one("SELECT to_char(received_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') FROM rights_requests");
    assert_eq!(received, "2025-06-01");
    // The mark cannot be removed without a superuser disabling the trigger.
    assert!(sim
        .client()
        .batch_execute("DELETE FROM clock_mode")
        .is_err());
    assert!(sim
        .client()
        .batch_execute("UPDATE clock_mode SET simulated = false")
        .is_err());
}

/// Journal times never go back on a real database: a run after a row dated later (the clock set
/// back) is refused before any change; the database refuses such a row too.
#[test]
fn journal_times_are_monotonic() {
    let db = RealDb::migrated("mono");
    db.exec("INSERT INTO audit_log (at, actor, command, outcome, prev_hash, hash) SELECT now() + interval '1 day', 't', 'x', 'ok', hash, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    let rows: i64 = db.one("SELECT count(*) FROM audit_log");
    let r = run(db.cmd().args(["--yes", "logs", "purge"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("journal times never go back"), "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM audit_log"), rows);
    // Refused again the same way (not a held lock, not an abandoned run).
    let r = run(db.cmd().args(["--yes", "logs", "purge"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("journal times never go back"), "{r}");
    let e = db
        .client()
        .batch_execute("INSERT INTO audit_log (at, actor, command, outcome, prev_hash, hash) VALUES (now(), 't', 'y', 'ok', '', '')")
        .unwrap_err();
    assert!(
        e.to_string().contains("before the previous row")
            || format!("{e:?}").contains("before the previous row"),
        "{e:?}"
    );
    // The same instant is not before.
    db.exec("INSERT INTO audit_log (at, actor, command, outcome, prev_hash, hash) SELECT at, 't', 'y', 'ok', '', '' FROM audit_log ORDER BY id DESC LIMIT 1");
}

/// `audit verify` names a backdated journal row and a request closed before it was received
/// (rows a superuser forced in past the database's checks).
#[test]
fn verify_checks_journal_order_and_closed_after_received() {
    let db = RealDb::migrated("verify");
    assert_eq!(run(db.cmd().args(["audit", "verify"])).code, 0);
    // A request closed before it was received: refused by the database...
    assert!(db.client().batch_execute("INSERT INTO rights_requests (\"right\", received_at, due_at, status, closed_at) VALUES ('access', '2026-03-01', '2026-04-01', 'fulfilled', '2026-02-01')").is_err());
    // ... forced in: verify names it (the refused insert took id 1).
    db.exec("ALTER TABLE rights_requests DROP CONSTRAINT rights_requests_closed_after_received;
             INSERT INTO rights_requests (\"right\", received_at, due_at, status, closed_at) VALUES ('access', '2026-03-01', '2026-04-01', 'fulfilled', '2026-03-01'), ('access', '2026-03-01', '2026-04-01', 'fulfilled', '2026-02-28 23:59:59')");
    let r = run(db.cmd().args(["audit", "verify"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr
            .contains("1 request(s) closed before they were received: #3"),
        "{r}"
    );

    // Backdated journal rows, well chained: written in a simulated database, then its mark
    // removed by a superuser. Verify checks the order once it is a real database.
    let sim = RealDb::new("verify_sim");
    assert_eq!(
        run(sim
            .cmd()
            .args(["--as-of", AS_OF, "db", "migrate", "--simulated-clock"]))
        .code,
        0
    );
    assert_eq!(
        add_request(sim.cmd().args(["--as-of", "2026-06-15T10:00:00Z"])).code,
        0
    );
    assert_eq!(
        add_request(sim.cmd().args(["--as-of", "2026-06-15T09:59:59Z"])).code,
        0
    );
    let r = run(sim.cmd().args(["audit", "verify"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("[SIMULATION]"), "{r}");
    sim.exec("ALTER TABLE clock_mode DISABLE TRIGGER clock_mode_no_update; DELETE FROM clock_mode");
    let r = run(sim.cmd().args(["audit", "verify"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr.contains("journal row 3 is dated before row 2"),
        "{r}"
    );
}

/// Closing a request before its receipt is refused (exit 2), the request stays open.
#[test]
fn a_request_cannot_be_closed_before_it_was_received() {
    let db = TestDb::new();
    assert_eq!(add_request(&mut db.cmd()).code, 0);
    let close = |as_of: &str| {
        run(db
            .cmd()
            .env("RGPDCTL_AS_OF", as_of)
            .args(["requests", "close", "1"]))
    };
    let r = close("2026-06-15T09:59:59Z");
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("cannot be closed at"), "{r}");
    assert_eq!(
        db.one::<String>("SELECT status FROM rights_requests"),
        "open"
    );
    let r = close(AS_OF);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db.one::<String>("SELECT status FROM rights_requests"),
        "fulfilled"
    );
}

/// Every run prints the journal's new head; `audit head` prints it; `audit verify --expect`
/// catches a deleted last row, which plain `verify` cannot.
#[test]
fn expect_catches_a_truncated_tail() {
    let db = TestDb::new();
    let r = run(db.cmd().args(["--yes", "logs", "purge"]));
    assert_eq!(r.code, 0, "{r}");
    let first = head_of(&r);
    let r = run(db
        .cmd()
        .args(["--format", "json", "--yes", "logs", "purge"]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let last = v["journal_head"].as_str().unwrap().to_string();
    assert!(v["counts"].get("journal_head").is_none(), "{v}");
    assert_ne!(first, last);
    let h = run(db.cmd().args(["audit", "head"]));
    assert_eq!(h.code, 0, "{h}");
    assert_eq!(h.stdout.trim(), last);
    let stored: String = db.one("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    assert_eq!(stored, last);
    let hj = run(db.cmd().args(["--format", "json", "audit", "head"]));
    let hv: serde_json::Value = serde_json::from_str(&hj.stdout).unwrap();
    assert_eq!(hv["hash"], last.as_str());
    for h in [&first, &last, &last.to_uppercase()] {
        let r = run(db.cmd().args(["audit", "verify", "--expect", h]));
        assert_eq!(r.code, 0, "{r}");
    }
    // The last row deleted by a superuser: the chain is still whole, the anchor is not reached.
    db.exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update; DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
    assert_eq!(run(db.cmd().args(["audit", "verify"])).code, 0);
    let r = run(db.cmd().args(["audit", "verify", "--expect", &last]));
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr.contains(&format!(
            "the journal does not reach the expected head {last}"
        )),
        "{r}"
    );
    assert_eq!(
        run(db.cmd().args(["audit", "verify", "--expect", &first])).code,
        0
    );
    // Not a hash: a usage error naming it and the form.
    for bad in ["abc", &"g".repeat(64), &format!("{last}0"), "é"] {
        let r = run(db.cmd().args(["audit", "verify", "--expect", bad]));
        assert_eq!(r.code, 2, "{r}");
        assert!(
            r.stderr.contains(&format!("invalid --expect `{bad}`")),
            "{r}"
        );
        assert!(r.stderr.contains("64 hexadecimal digits"), "{r}");
    }
}

/// `[audit] head_file`: each run appends one line (time, row id, hash); not a file: exit 2.
#[test]
fn head_file_gets_one_line_per_run() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("heads");
    let cfg = dir.path().join("c.toml");
    std::fs::write(
        &cfg,
        format!("[audit]\nhead_file = \"{}\"\n", file.display()),
    )
    .unwrap();
    let r = run(db
        .cmd()
        .arg("--config")
        .arg(&cfg)
        .args(["--yes", "logs", "purge"]));
    assert_eq!(r.code, 0, "{r}");
    let r = add_request(db.cmd().arg("--config").arg(&cfg));
    assert_eq!(r.code, 0, "{r}");
    let r = run(db
        .cmd()
        .arg("--config")
        .arg(&cfg)
        .args(["logs", "purge", "--dry-run"]));
    assert_eq!(r.code, 0, "{r}");
    let text = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "a dry run writes no head: {text}");
    let (id, hash): (i64, String) = {
        let row = db
            .client()
            .query_one(
                "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1",
                &[],
            )
            .unwrap();
        (row.get(0), row.get(1))
    };
    assert_eq!(lines[1], format!("2026-06-15T10:00:00+00:00 {id} {hash}"));
    for bad in [String::new(), dir.path().display().to_string()] {
        std::fs::write(&cfg, format!("[audit]\nhead_file = \"{bad}\"\n")).unwrap();
        let r = run(db.cmd().arg("--config").arg(&cfg).args(["audit", "head"]));
        assert_eq!(r.code, 2, "{r}");
        assert!(r.stderr.contains("[audit] head_file"), "{r}");
    }
}

/// Issue 12, point 3: the notices' durations are maxima. Longer needs `[retention]
/// exceed_notice`, recorded in every run's journal row and in `report`; the request deadlines
/// of Art. 12(3) are never lengthened.
#[test]
fn retention_longer_than_the_notices_needs_a_recorded_reason() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    let with = |retention: &str, args: &[&str]| {
        std::fs::write(&cfg, format!("[retention]\n{retention}\n")).unwrap();
        run(db.cmd().arg("--config").arg(&cfg).args(args))
    };
    // Both sides of each notice (3 months are 89 to 92 days; 24 and 13 months).
    for ok in [
        "connection_logs = \"3 months\"",
        "connection_logs = \"89 days\"",
        "connection_logs = \"1 month\"",
        "account_inactivity = \"24 months\"",
        "audience_events = \"13 months\"",
        "survey_email = \"P13M\"",
        "request_deadline = \"28 days\"",
        "request_deadline = \"1 month\"\nrequest_extension = \"2 months\"",
    ] {
        let r = with(ok, &["report"]);
        assert_eq!(r.code, 0, "{ok}: {r}");
        assert!(!r.stderr.contains("deviation"), "{ok}: {r}");
    }
    for (bad, says) in [
        (
            "connection_logs = \"5 years\"",
            "connection_logs = \"60 months\" (the notice: 3 months)",
        ),
        (
            "connection_logs = \"90 days\"",
            "connection_logs = \"90 days\" (the notice: 3 months)",
        ),
        (
            "account_inactivity = \"25 months\"",
            "account_inactivity = \"25 months\" (the notice: 24 months)",
        ),
        (
            "audience_events = \"14 months\"",
            "audience_events = \"14 months\"",
        ),
        ("survey_email = \"2 years\"", "survey_email = \"24 months\""),
    ] {
        let r = with(bad, &["report"]);
        assert_eq!(r.code, 2, "{bad}: {r}");
        assert!(
            r.stderr
                .contains("longer than the privacy notices, which are maxima"),
            "{r}"
        );
        assert!(r.stderr.contains(says), "{bad}: {r}");
        assert!(r.stderr.contains("exceed_notice"), "{r}");
    }
    // Art. 12(3): refused outright, a reason or not.
    for bad in [
        "request_deadline = \"2 months\"",
        "request_deadline = \"29 days\"",
        "request_extension = \"3 months\"",
        "request_deadline = \"1 month\"\nrequest_extension = \"62 days\"",
        "request_deadline = \"2 months\"\nexceed_notice = \"busy\"",
    ] {
        let r = with(bad, &["report"]);
        assert_eq!(r.code, 2, "{bad}: {r}");
        assert!(r.stderr.contains("Art. 12(3)"), "{bad}: {r}");
    }
    // The reason: 1 to 500 characters.
    let long = "x".repeat(501);
    for bad in ["", "   ", &long] {
        let r = with(
            &format!("connection_logs = \"5 years\"\nexceed_notice = \"{bad}\""),
            &["report"],
        );
        assert_eq!(r.code, 2, "{r}");
        assert!(
            r.stderr
                .contains("exceed_notice must state the reason in 1 to 500 characters"),
            "{r}"
        );
    }
    let ok500 = "x".repeat(500);
    let r = with(
        &format!("connection_logs = \"5 years\"\nexceed_notice = \"{ok500}\""),
        &["report"],
    );
    assert_eq!(r.code, 0, "{r}");
    // With a reason: runs go, and state the deviation.
    let dev = "connection_logs = \"5 years\"\nexceed_notice = \"contentieux en cours\"";
    let r = with(dev, &["--yes", "logs", "purge"]);
    assert_eq!(r.code, 0, "{r}");
    let params: serde_json::Value =
        db.one("SELECT parameters FROM audit_log ORDER BY id DESC LIMIT 1");
    assert_eq!(
        params["notice_deviation"],
        serde_json::json!({"keys": {"connection_logs": {"configured": "60 months", "notice": "3 months"}}, "reason": "contentieux en cours"}),
        "{params}"
    );
    let started: serde_json::Value = db
        .one("SELECT parameters FROM audit_log WHERE outcome = 'started' ORDER BY id DESC LIMIT 1");
    assert!(started.get("notice_deviation").is_some(), "{started}");
    let r = with(dev, &["report"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("deviation from the notice: connection_logs = 60 months (the notice says 3 months); reason: contentieux en cours"), "{r}");
    let r = with(dev, &["--format", "json", "report"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["notice_deviation"]["reason"], "contentieux en cours");
    assert_eq!(v["simulated_clock"], true);
    // Without one, no deviation in the journal.
    let r = run(db.cmd().args(["--yes", "logs", "purge"]));
    assert_eq!(r.code, 0, "{r}");
    let params: serde_json::Value =
        db.one("SELECT parameters FROM audit_log ORDER BY id DESC LIMIT 1");
    assert!(params.get("notice_deviation").is_none(), "{params}");
}

/// `enforce` prints the head after its own outcome row: the anchor of the whole pass.
#[test]
fn enforce_prints_the_head_of_the_pass() {
    let db = TestDb::new();
    let outbox = tempfile::tempdir().unwrap();
    let cmd = || {
        let mut c = db.cmd();
        c.args([
            "--yes",
            "--mail-from",
            "noreply@example.org",
            "--outbox-dir",
        ])
        .arg(outbox.path());
        c
    };
    let r = run(cmd().args(["--format", "json", "enforce"]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let stored: String = db.one("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    assert_eq!(v["journal_head"], stored.as_str(), "{r}");
    let r = run(cmd().args(["enforce"]));
    assert_eq!(r.code, 0, "{r}");
    let stored: String = db.one("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    assert!(
        r.stderr
            .contains(&format!("enforce: journal_head={stored}")),
        "{r}"
    );
    // A dry run writes no row, prints no head.
    let r = run(cmd().args(["--format", "json", "enforce", "--dry-run"]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(v["journal_head"].is_null(), "{r}");
}

/// Issue 12, point 3: a dry run shows the declared deviation too, as a real run does.
#[test]
fn a_declared_deviation_is_said_by_dry_and_real_runs() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(
        &cfg,
        "[retention]\nconnection_logs = \"6 months\"\nexceed_notice = \"an investigation needs them\"\n",
    )
    .unwrap();
    for args in [
        &["logs", "purge", "--dry-run"][..],
        &["--yes", "logs", "purge"][..],
    ] {
        let r = run(db.cmd().arg("--config").arg(&cfg).args(args));
        assert_eq!(r.code, 0, "{r}");
        assert!(
            r.stderr
                .contains("connection_logs = 6 months keeps longer than the notice (3 months)"),
            "{args:?}: {r}"
        );
    }
    // Without a deviation, nothing is said.
    let r = run(db.cmd().args(["logs", "purge", "--dry-run"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(!r.stderr.contains("keeps longer than the notice"), "{r}");
}
