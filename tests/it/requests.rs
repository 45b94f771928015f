//! `requests add | list | extend | close`: the register and its calendar deadlines.

use crate::harness::{run, TestDb};
use serde_json::Value;

fn add(db: &TestDb, email: &str, right: &str, received: &str) -> Value {
    let r = run(db.cmd().args([
        "--format",
        "json",
        "requests",
        "add",
        "--email",
        email,
        "--right",
        right,
        "--received",
        received,
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    v[0].clone()
}

#[test]
fn due_dates_are_one_calendar_month_clamped_to_the_month_end() {
    let db = TestDb::new();
    for (received, due) in [
        ("2025-01-31", "2025-02-28"),
        ("2024-01-31", "2024-02-29"),
        ("2024-02-29", "2024-03-29"),
        ("2025-03-31", "2025-04-30"),
        ("2025-12-31", "2026-01-31"),
        ("2025-03-15", "2025-04-15"),
        // 23:30 Paris on 31 January is still 31 January there (22:30 UTC).
        ("2025-01-31T22:30:00Z", "2025-02-28"),
        ("2025-01-31T23:30:00Z", "2025-03-01"),
    ] {
        let v = add(&db, "jean@example.org", "access", received);
        assert_eq!(v["due_at"], due, "received {received}");
    }
    let stored: String =
        db.one("SELECT string_agg(due_at::text, ',' ORDER BY id) FROM rights_requests");
    assert!(
        stored.starts_with("2025-02-28,2024-02-29,2024-03-29"),
        "{stored}"
    );
    let journal: String = db.one(
        "SELECT string_agg(parameters::text, ' ') FROM audit_log WHERE command = 'requests add'",
    );
    assert!(
        !journal.contains('@') && !journal.contains("jean"),
        "{journal}"
    );
}

#[test]
fn add_links_the_account_and_refuses_bad_input() {
    let db = TestDb::new();
    db.exec("INSERT INTO accounts (pseudonym, email) VALUES ('jean', 'Jean@Example.org')");
    let v = add(&db, "JEAN@example.org", "erasure", "2026-06-01");
    let id: i64 = db.one("SELECT id FROM accounts");
    assert_eq!(v["account_id"], id);
    // Without --received, the request is received now (--as-of).
    let r = run(db.cmd().args([
        "--format",
        "json",
        "requests",
        "add",
        "--account",
        &id.to_string(),
        "--right",
        "access",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v[0]["due_at"], "2026-07-15");
    let email: String =
        db.one("SELECT subject_email FROM rights_requests ORDER BY id DESC LIMIT 1");
    assert_eq!(email, "Jean@Example.org");
    for bad in [
        vec![
            "--email",
            "a@b.fr",
            "--right",
            "oubli",
            "--received",
            "2026-01-01",
        ],
        vec![
            "--email",
            "a@b.fr",
            "--right",
            "access",
            "--received",
            "31/01/2026",
        ],
        vec![
            "--email",
            "a@b.fr",
            "--right",
            "access",
            "--received",
            "2027-01-01",
        ],
        vec!["--right", "access"],
    ] {
        let r = run(db.cmd().args(["requests", "add"]).args(&bad));
        assert_eq!(r.code, 2, "{bad:?}: {r}");
    }
    let r = run(db
        .cmd()
        .args(["requests", "add", "--account", "999", "--right", "access"]));
    assert_eq!(r.code, 1, "{r}");
    let n: i64 = db.one("SELECT count(*) FROM rights_requests");
    assert_eq!(n, 2);
}

#[test]
fn extension_adds_two_months_only_within_the_first_deadline() {
    let db = TestDb::new();
    add(&db, "a@example.org", "access", "2025-01-31"); // due 2025-02-28
    add(&db, "b@example.org", "access", "2024-11-30"); // due 2024-12-30
                                                       // On the due date itself the extension is still possible.
    let r = run(db.cmd().env("RGPDCTL_AS_OF", "2025-02-28T20:00:00Z").args([
        "--format",
        "json",
        "requests",
        "extend",
        "1",
        "--reason",
        "demande complexe",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v[0]["extended_due_at"], "2025-04-28");
    let reason: String = db.one("SELECT extension_reason FROM rights_requests WHERE id = 1");
    assert_eq!(reason, "demande complexe");
    // Once only.
    let r = run(db
        .cmd()
        .env("RGPDCTL_AS_OF", "2025-03-01")
        .args(["requests", "extend", "1", "--reason", "encore"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("already extended"), "{r}");
    // The day after the first deadline (Paris calendar): refused.
    let r = run(db.cmd().env("RGPDCTL_AS_OF", "2024-12-30T23:30:00Z").args([
        "requests",
        "extend",
        "2",
        "--reason",
        "trop tard",
    ]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("has passed"), "{r}");
    let ext: Option<chrono::NaiveDate> =
        db.one("SELECT extended_due_at FROM rights_requests WHERE id = 2");
    assert_eq!(ext, None);
    // The day before, from 2024-12-30: 2025-02-28 (two months, clamped).
    let r = run(db.cmd().env("RGPDCTL_AS_OF", "2024-12-30").args([
        "--format", "json", "requests", "extend", "2", "--reason", "volume",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v[0]["extended_due_at"], "2025-02-28");
    let r = run(db.cmd().args(["requests", "extend", "42", "--reason", "x"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("no request #42"), "{r}");
}

#[test]
fn list_filters_overdue_and_masks_emails_in_the_table() {
    let db = TestDb::new();
    add(&db, "late.person@example.org", "access", "2026-05-01"); // due 2026-06-01: overdue on 06-15
    add(&db, "ontime@example.org", "erasure", "2026-06-10"); // due 2026-07-10
    add(&db, "done@example.org", "access", "2026-04-01");
    let r = run(db.cmd().args(["requests", "close", "3"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("after its deadline"), "{r}");

    let r = run(db.cmd().args(["requests", "list"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stdout.contains("l***@e***.org"), "{r}");
    assert!(!r.stdout.contains("late.person"), "{r}");
    assert!(r.stderr.contains("3 requests, 1 overdue"), "{r}");

    let r = run(db
        .cmd()
        .args(["--format", "json", "requests", "list", "--overdue"]));
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["email"], "late.person@example.org");
    assert_eq!(rows[0]["overdue"], true);
    assert_eq!(rows[0]["days_left"], -14);

    let r = run(db
        .cmd()
        .args(["--format", "json", "requests", "list", "--open"]));
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[1]["days_left"], 25);

    let r = run(db
        .cmd()
        .args(["--format", "csv", "requests", "list", "--right", "erasure"]));
    let mut rd = csv::Reader::from_reader(r.stdout.as_bytes());
    assert_eq!(&rd.headers().unwrap()[0], "id");
    let recs: Vec<_> = rd.records().map(|x| x.unwrap()).collect();
    assert_eq!(recs.len(), 1);
    assert_eq!(&recs[0][2], "ontime@example.org");
}

#[test]
fn close_fulfilled_or_refused_with_a_reason() {
    let db = TestDb::new();
    add(&db, "a@example.org", "objection", "2026-06-01");
    add(&db, "b@example.org", "erasure", "2026-06-01");
    let r = run(db.cmd().args(["requests", "close", "1", "--refused"]));
    assert_eq!(r.code, 2, "a refusal needs its reason: {r}");
    let r = run(db.cmd().args([
        "requests",
        "close",
        "1",
        "--refused",
        "--reason",
        "motif légitime impérieux",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let row: String = db.one("SELECT concat_ws('|', status, closed_at = '2026-06-15T10:00:00Z', note) FROM rights_requests WHERE id = 1");
    assert_eq!(row, "refused|t|motif légitime impérieux");
    // Twice: no change; the other outcome: refused.
    let r = run(db
        .cmd()
        .args(["requests", "close", "1", "--refused", "--reason", "idem"]));
    assert_eq!(r.code, 0, "{r}");
    let r = run(db.cmd().args(["requests", "close", "1"]));
    assert_eq!(r.code, 1, "{r}");
    let row2: String = db.one("SELECT concat_ws('|', status, closed_at = '2026-06-15T10:00:00Z', note) FROM rights_requests WHERE id = 1");
    assert_eq!(row2, row);
    let r = run(db.cmd().args(["requests", "close", "2"]));
    assert_eq!(r.code, 0, "{r}");
    let st: String = db.one("SELECT status FROM rights_requests WHERE id = 2");
    assert_eq!(st, "fulfilled");
    let r = run(db.cmd().args(["requests", "extend", "2", "--reason", "x"]));
    assert_eq!(r.code, 1, "a closed request cannot be extended: {r}");
    let journal: String = db.one(
        "SELECT string_agg(command, ',' ORDER BY id) FROM audit_log WHERE command LIKE 'requests%'",
    );
    assert_eq!(
        journal,
        "requests add,requests add,requests close,requests close"
    );
}
