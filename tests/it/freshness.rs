//! Issue 12, point 6: `accounts warn` and `accounts purge` refuse stale activity data. Each
//! activity import is recorded with the newest activity it carried; the run's clock minus
//! `[accounts] activity_max_age` (default 2 days) is the limit, tested on both sides.

use crate::accounts::fresh_at;
use crate::harness::{run, Run, TestDb};
use serde_json::Value;

fn json(r: &Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {r}"))
}

/// A database with one account whose warning and deletion are due (as of 2026-06-15), and no
/// activity import at all (the harness's fixture removed).
fn due_db() -> TestDb {
    let db = TestDb::new();
    db.exec(
        "DELETE FROM activity_imports;
         INSERT INTO accounts (pseudonym, email, last_activity_at)
         VALUES ('old', 'old@example.org', '2024-05-31T10:00:00Z')",
    );
    db
}

fn plan(db: &TestDb, job: &str, extra: &[&str]) -> Run {
    let mut args = vec!["--format", "json", "accounts", job, "--dry-run"];
    args.extend_from_slice(extra);
    run(db.cmd().args(&args))
}

#[test]
fn no_activity_import_ever_recorded_is_refused_with_a_hint() {
    let db = due_db();
    for job in ["warn", "purge"] {
        let r = plan(&db, job, &[]);
        assert_eq!(r.code, 2, "{r}");
        assert!(
            r.stderr.contains(&format!("`accounts {job}` refused")),
            "{r}"
        );
        assert!(r.stderr.contains("no activity import"), "{r}");
        assert!(r.stderr.contains("rgpdctl logs import FILE"), "{r}");
        assert!(r.stderr.contains("--accept-stale-activity"), "{r}");
        assert!(r.stdout.is_empty(), "{r}");
    }
    // The real runs too, before anything is written.
    let r = run(db.cmd().args(["--yes", "accounts", "purge"]));
    assert_eq!(r.code, 2, "{r}");
    let r = run(db.cmd().args([
        "--outbox-dir",
        "/nonexistent/never-created",
        "--mail-from",
        "noreply@example.org",
        "accounts",
        "warn",
    ]));
    assert_eq!(r.code, 2, "{r}");
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM audit_log WHERE command LIKE 'accounts %'"),
        0
    );
    assert_eq!(db.one::<i64>("SELECT count(*) FROM notifications"), 0);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM accounts"), 1);
}

#[test]
fn the_limit_on_both_sides() {
    let db = due_db();
    // Exactly 2 days before the clock: fresh.
    fresh_at(&db, "2026-06-13T10:00:00Z");
    for job in ["warn", "purge"] {
        let r = plan(&db, job, &[]);
        assert_eq!(r.code, 0, "{r}");
        assert_eq!(
            json(&r)["counts"]["activity_known_until"],
            "2026-06-13 12:00:00",
            "{r}"
        );
        assert!(!r.stderr.contains("stale"), "{r}");
    }
    // One second more: stale, with the date of the last import in the message.
    db.exec("DELETE FROM activity_imports");
    fresh_at(&db, "2026-06-13T09:59:59Z");
    for job in ["warn", "purge"] {
        let r = plan(&db, job, &[]);
        assert_eq!(r.code, 2, "{r}");
        assert!(
            r.stderr
                .contains("the newest activity known is of 2026-06-13 11:59:59"),
            "{r}"
        );
        assert!(
            r.stderr
                .contains("last import: `logs import` of 2026-06-13 11:59:59"),
            "{r}"
        );
        assert!(r.stderr.contains("more than 2 days"), "{r}");
    }
    // A longer limit in the configuration: fresh again.
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(&cfg, "[accounts]\nactivity_max_age = \"3 days\"\n").unwrap();
    let r = run(db.cmd().args([
        "--config",
        cfg.to_str().unwrap(),
        "accounts",
        "purge",
        "--dry-run",
    ]));
    assert_eq!(r.code, 0, "{r}");
    // An import recorded after the clock (a clock set back) does not make old data fresh.
    db.exec("DELETE FROM activity_imports");
    fresh_at(&db, "2026-06-15T10:00:01Z");
    assert_eq!(plan(&db, "purge", &[]).code, 2);
}

#[test]
fn the_limit_has_a_range() {
    let db = due_db();
    let dir = tempfile::tempdir().unwrap();
    for (value, ok) in [
        ("1 day", true),
        ("31 days", true),
        ("1 month", true),
        ("0 days", false),
        ("32 days", false),
        ("2 months", false),
    ] {
        let cfg = dir.path().join("c.toml");
        std::fs::write(
            &cfg,
            format!("[accounts]\nactivity_max_age = \"{value}\"\n"),
        )
        .unwrap();
        let r = run(db.cmd().args([
            "--config",
            cfg.to_str().unwrap(),
            "accounts",
            "purge",
            "--dry-run",
            "--accept-stale-activity",
        ]));
        if ok {
            assert_eq!(r.code, 0, "{value}: {r}");
        } else {
            assert_eq!(r.code, 2, "{value}: {r}");
            // `0 days` is no duration at all (the grammar's range, from 1 day); the others are
            // durations out of this key's range.
            assert!(
                (r.stderr.contains("accounts.activity_max_age")
                    && r.stderr.contains("from 1 day to 31 days"))
                    || (value == "0 days"
                        && r.stderr
                            .contains("is out of range: durations go from 1 day")),
                "{value}: {r}"
            );
        }
    }
}

#[test]
fn accepting_stale_data_is_warned_and_journalled() {
    let db = due_db();
    fresh_at(&db, "2025-03-01T10:00:00Z");
    let r = plan(&db, "purge", &["--accept-stale-activity"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("acting on stale activity data"), "{r}");
    assert_eq!(
        json(&r)["counts"]["activity_known_until"],
        "2025-03-01 11:00:00"
    );
    let r = run(db.cmd().args([
        "--yes",
        "--format",
        "json",
        "accounts",
        "purge",
        "--accept-stale-activity",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let p: Value = db.one(
        "SELECT parameters FROM audit_log WHERE command = 'accounts purge' AND outcome = 'ok'",
    );
    assert_eq!(p["activity"]["accept_stale_activity"], true, "{p}");
    assert_eq!(p["activity"]["stale"], true, "{p}");
    assert_eq!(
        p["activity"]["known_until"], "2025-03-01T10:00:00+00:00",
        "{p}"
    );
    // A fresh run records that it was fresh.
    fresh_at(&db, "2026-06-15T09:00:00Z");
    let r = run(db.cmd().args(["--yes", "accounts", "purge"]));
    assert_eq!(r.code, 0, "{r}");
    let p: Value = db.one(
        "SELECT parameters FROM audit_log WHERE command = 'accounts purge' AND outcome = 'ok' ORDER BY id DESC LIMIT 1",
    );
    assert_eq!(p["activity"]["accept_stale_activity"], false, "{p}");
    assert_eq!(p["activity"]["stale"], false, "{p}");
}

#[test]
fn each_activity_import_is_recorded_with_its_newest_activity() {
    let db = due_db();
    let dir = tempfile::tempdir().unwrap();
    let accounts = dir.path().join("accounts.csv");
    std::fs::write(
        &accounts,
        "pseudonym,email,last_activity_at\nold,old@example.org,2024-05-31T10:00:00Z\nnew,new@example.org,2026-06-14T08:00:00Z\n",
    )
    .unwrap();
    // A dry-run import records nothing.
    let r = run(db.cmd().args([
        "accounts",
        "import",
        accounts.to_str().unwrap(),
        "--dry-run",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM activity_imports"), 0);
    let r = run(db
        .cmd()
        .args(["accounts", "import", accounts.to_str().unwrap()]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db.one::<String>("SELECT kind || ' ' || imported_at || ' ' || newest_activity_at || ' ' || rows FROM activity_imports"),
        "accounts 2026-06-15 10:00:00+00 2026-06-14 08:00:00+00 2"
    );
    // 2026-06-14 08:00 is within 2 days of 2026-06-15 10:00: fresh.
    assert_eq!(plan(&db, "purge", &[]).code, 0);
    // Two days later that export is stale; a logs import of the day makes it fresh again.
    let later = ["--as-of", "2026-06-17T10:00:00Z"];
    let r = run(db
        .cmd()
        .args(later)
        .args(["accounts", "purge", "--dry-run"]));
    assert_eq!(r.code, 2, "{r}");
    let logs = dir.path().join("logs.csv");
    std::fs::write(
        &logs,
        "occurred_at,pseudonym,ip\n2026-06-17T09:30:00Z,,192.0.2.1\n2026-06-16T09:30:00Z,new,192.0.2.2\n",
    )
    .unwrap();
    let r = run(db.cmd().args([
        "--as-of",
        "2026-06-17T10:00:00Z",
        "logs",
        "import",
        logs.to_str().unwrap(),
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db.one::<String>("SELECT kind || ' ' || newest_activity_at FROM activity_imports ORDER BY id DESC LIMIT 1"),
        "logs 2026-06-17 09:30:00+00"
    );
    let r = run(db
        .cmd()
        .args(later)
        .args(["--format", "json", "accounts", "purge", "--dry-run"]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        json(&r)["counts"]["activity_known_until"],
        "2026-06-17 11:30:00"
    );
    // An accounts file without activity dates carries no activity: it does not refresh.
    std::fs::write(&accounts, "pseudonym,email\nother,other@example.org\n").unwrap();
    let r = run(db.cmd().args([
        "--as-of",
        "2026-06-20T10:00:00Z",
        "accounts",
        "import",
        accounts.to_str().unwrap(),
    ]));
    assert_eq!(r.code, 0, "{r}");
    let r = run(db.cmd().args([
        "--as-of",
        "2026-06-20T10:00:00Z",
        "accounts",
        "purge",
        "--dry-run",
    ]));
    assert_eq!(r.code, 2, "{r}");
    assert!(
        r.stderr
            .contains("last import: `accounts import` of 2026-06-20 12:00:00"),
        "{r}"
    );
}

#[test]
fn report_shows_the_freshness() {
    let db = due_db();
    let line = |db: &TestDb| -> Value {
        let r = run(db.cmd().args(["--format", "json", "report"]));
        assert_eq!(r.code, 0, "{r}");
        json(&r)["categories"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["category"] == "activity data (platform imports)")
            .cloned()
            .unwrap()
    };
    let l = line(&db);
    assert!(l["note"].as_str().unwrap().starts_with("STALE"), "{l}");
    assert!(
        l["note"]
            .as_str()
            .unwrap()
            .contains("no activity import recorded"),
        "{l}"
    );
    assert_eq!(l["past_limit"], 1);
    fresh_at(&db, "2026-06-13T10:00:00Z");
    let l = line(&db);
    assert!(l["note"].as_str().unwrap().starts_with("fresh"), "{l}");
    assert_eq!(
        (l["within_limit"].as_i64(), l["past_limit"].as_i64()),
        (Some(1), Some(0))
    );
    assert_eq!(l["oldest"], "2026-06-13");
    db.exec("DELETE FROM activity_imports");
    fresh_at(&db, "2026-06-13T09:59:59Z");
    assert!(line(&db)["note"].as_str().unwrap().starts_with("STALE"));
}

#[test]
fn enforce_runs_the_other_jobs_and_fails_the_accounts_ones_on_stale_data() {
    let db = due_db();
    db.exec("INSERT INTO connection_logs (occurred_at, ip) VALUES ('2026-01-01T10:00:00Z', '192.0.2.1')");
    let dir = tempfile::tempdir().unwrap();
    let r = run(db.cmd().args([
        "--yes",
        "--format",
        "json",
        "--mail-from",
        "noreply@example.org",
        "--outbox-dir",
        dir.path().to_str().unwrap(),
        "enforce",
    ]));
    assert_eq!(r.code, 1, "{r}");
    let v = json(&r);
    let status = |job: &str| {
        v["jobs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|j| j["job"] == job)
            .map(|j| j["status"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(status("logs purge"), "ok", "{r}");
    assert_eq!(status("accounts warn"), "failed", "{r}");
    assert_eq!(status("accounts purge"), "failed", "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM connection_logs"), 0);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM notifications"), 0);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM accounts"), 1);
}

/// The upgrade (V11) on a database of an earlier version: imports known from the journal count,
/// warnings an earlier version marked `sent` when it only wrote a file become `written`, and
/// bounces count their lead from the upgrade.
#[test]
fn the_upgrade_keeps_the_records_honest() {
    let db = TestDb::new();
    db.exec(
        "DELETE FROM rgpdctl_schema_history WHERE version >= 11;
         DROP TABLE activity_imports;
         ALTER TABLE notifications DROP CONSTRAINT notifications_status_check,
             DROP COLUMN written_at, DROP COLUMN failed_at, DROP COLUMN failed_address_sha256;
         ALTER TABLE notifications ADD CONSTRAINT notifications_status_check
             CHECK (status IN ('pending', 'sent', 'failed'));
         INSERT INTO accounts (pseudonym, email, last_activity_at) VALUES
             ('w', 'w@example.org', '2024-05-31T10:00:00Z'), ('s', 's@example.org', '2024-05-31T10:00:00Z'),
             ('f', 'f@example.org', '2024-05-31T10:00:00Z');
         INSERT INTO notifications (account_id, period_start, deletion_date, status, created_at, sent_at, server_response)
         SELECT id, last_activity_at, '2026-05-31T10:00:00Z',
                CASE pseudonym WHEN 'f' THEN 'failed' ELSE 'sent' END, '2026-05-01T10:00:00Z',
                CASE pseudonym WHEN 'f' THEN NULL ELSE '2026-05-01T10:00:00Z'::timestamptz END,
                CASE pseudonym WHEN 'w' THEN 'written to warning-00000001.eml' WHEN 's' THEN '250 2.0.0 Ok: queued' END
           FROM accounts;
         INSERT INTO audit_log (at, actor, command, counts, outcome, prev_hash, hash)
         VALUES ('2026-06-14T22:00:00Z', 'cron', 'logs import', '{\"rows_read\": 7}', 'ok', '', '')",
    );
    let r = run(db.cmd().args(["db", "migrate"]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db.one::<String>("SELECT string_agg(a.pseudonym || ':' || n.status || ':' || (n.sent_at IS NOT NULL) || ':' || (n.written_at IS NOT NULL) || ':' || (n.failed_at IS NOT NULL), ',' ORDER BY a.pseudonym) FROM notifications n JOIN accounts a ON a.id = n.account_id"),
        "f:failed:false:false:true,s:sent:true:false:false,w:written:false:true:false"
    );
    assert_eq!(
        db.one::<String>("SELECT kind || ' ' || imported_at || ' ' || newest_activity_at || ' ' || rows FROM activity_imports"),
        "logs 2026-06-14 22:00:00+00 2026-06-14 22:00:00+00 7"
    );
    // The journal's import is fresh at the tests' clock: the purge deletes only the account
    // whose warning was really sent.
    let r = run(db
        .cmd()
        .args(["--yes", "--format", "json", "accounts", "purge"]));
    assert_eq!(r.code, 0, "{r}");
    let v = json(&r);
    assert_eq!(v["counts"]["deleted"], 1, "{r}");
    assert_eq!(v["counts"]["skipped_warning_written"], 1, "{r}");
    assert_eq!(v["counts"]["skipped_bounced_too_recently"], 1, "{r}");
}
