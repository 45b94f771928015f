//! `enforce`, `report` and `audit`.

use crate::harness::{run, TestDb};

/// Rows one second on each side of every limit, at the harness clock (2026-06-15 12:00 Paris).
/// Accounts: `within` reaches its deletion date exactly now (due next), `soon` within 30 days.
fn seed_both_sides(db: &TestDb) {
    db.exec(
        "INSERT INTO accounts (pseudonym, email, last_activity_at, restricted_at) VALUES
           ('within', 'w@example.org', '2024-06-15T10:00:00Z', NULL),
           ('past', 'p@example.org', '2024-06-15T09:59:59Z', NULL),
           ('restricted', 'r@example.org', '2020-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
           ('soon', 's@example.org', '2024-07-01T00:00:00Z', NULL);
         -- 3 months before 2026-06-15 12:00 (CEST) is 2026-03-15 12:00 (CET) = 11:00 UTC.
         SELECT rgpd_ensure_month_partition('connection_logs', d) FROM (VALUES (date '2026-03-01'), (date '2026-04-01')) v(d);
         INSERT INTO connection_logs (occurred_at, ip) VALUES
           ('2026-03-15T10:59:59Z', '10.0.0.1'), ('2026-03-15T11:00:00Z', '10.0.0.2'), ('2026-04-01T00:00:00Z', '10.0.0.3');
         INSERT INTO audience_events (occurred_at, visitor_id) VALUES
           ('2025-05-15T09:59:59Z', 'v1'), ('2025-05-15T10:00:00Z', 'v2');
         INSERT INTO surveys (slug) VALUES ('s');
         INSERT INTO survey_responses (survey_id, email, submitted_at) SELECT id, e, t::timestamptz FROM surveys,
           (VALUES ('a@example.org', '2025-05-15T09:59:59Z'), ('b@example.org', '2025-05-15T10:00:00Z')) v(e, t);
         INSERT INTO survey_responses (survey_id, email, submitted_at, anonymised_at) SELECT id, NULL, '2024-01-01', '2025-02-01' FROM surveys;
         INSERT INTO rights_requests (subject_email, \"right\", received_at, due_at, status) VALUES
           ('x@example.org', 'access', '2026-05-10', '2026-06-10', 'open'),
           ('y@example.org', 'erasure', '2026-06-01', '2026-07-01', 'open'),
           ('z@example.org', 'access', '2026-01-01', '2026-02-01', 'fulfilled');",
    );
}

#[test]
fn report_counts_both_sides_of_each_limit() {
    let db = TestDb::new();
    seed_both_sides(&db);
    let r = run(db.cmd().args(["--format", "json", "report"]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let cat = |name: &str| {
        v["categories"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["category"].as_str().unwrap().starts_with(name))
            .unwrap()
            .clone()
    };
    let a = cat("accounts");
    assert_eq!(
        (
            a["within_limit"].as_i64(),
            a["past_limit"].as_i64(),
            a["due_next"].as_i64()
        ),
        (Some(3), Some(1), Some(2)),
        "{a}"
    );
    let l = cat("connection logs");
    assert_eq!(
        (l["within_limit"].as_i64(), l["past_limit"].as_i64()),
        (Some(2), Some(1)),
        "{l}"
    );
    assert_eq!(l["oldest"], "2026-03-15");
    let e = cat("audience");
    assert_eq!(
        (e["within_limit"].as_i64(), e["past_limit"].as_i64()),
        (Some(1), Some(1)),
        "{e}"
    );
    let s = cat("survey");
    assert_eq!(
        (s["within_limit"].as_i64(), s["past_limit"].as_i64()),
        (Some(1), Some(1)),
        "{s}"
    );
    let q = cat("open rights requests");
    assert_eq!(
        (q["within_limit"].as_i64(), q["past_limit"].as_i64()),
        (Some(1), Some(1)),
        "{q}"
    );
    assert_eq!(v["compliant"], false);
    // --check turns "past the limit" into exit 1 for monitoring.
    let r = run(db.cmd().args(["report", "--check"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("past their retention limit"), "{r}");
    // The report never shows an email.
    let r = run(db.cmd().args(["--format", "csv", "report"]));
    assert!(!r.stdout.contains('@'), "{r}");
}

/// What the retention jobs change, as one comparable string.
fn state(db: &TestDb) -> String {
    db.one(
        "SELECT concat_ws(' / ',
            (SELECT count(*) FROM accounts), (SELECT count(*) FROM connection_logs), (SELECT count(*) FROM audience_events),
            (SELECT count(*) FROM survey_responses WHERE email IS NULL),
            (SELECT string_agg(date_trunc('month', submitted_at)::text, ',' ORDER BY submitted_at) FROM survey_responses),
            (SELECT string_agg(a.pseudonym || ':' || n.status, ',' ORDER BY a.pseudonym) FROM notifications n JOIN accounts a ON a.id = n.account_id))",
    )
}

fn enforce_cmd(db: &TestDb, outbox: &std::path::Path) -> assert_cmd::Command {
    let mut c = db.cmd();
    c.args([
        "--yes",
        "--mail-from",
        "noreply@example.org",
        "--outbox-dir",
        outbox.to_str().unwrap(),
    ]);
    c
}

#[test]
fn enforce_equals_the_jobs_one_by_one_and_a_second_run_does_nothing() {
    let (a, b) = (TestDb::new(), TestDb::new());
    seed_both_sides(&a);
    seed_both_sides(&b);
    let (oa, ob) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let r = run(enforce_cmd(&a, oa.path()).args(["--format", "json", "enforce"]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let jobs: Vec<_> = v["jobs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["job"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        jobs,
        [
            "logs purge",
            "surveys anonymise",
            "accounts warn",
            "accounts purge"
        ]
    );
    for j in v["jobs"].as_array().unwrap() {
        assert_eq!(j["status"], "ok", "{j}");
        assert!(
            j["duration_ms"].is_u64() && j["counts"].is_object() && j["error"].is_null(),
            "{j}"
        );
    }
    for job in [
        &["logs", "purge"][..],
        &["surveys", "anonymise"],
        &["accounts", "warn"],
        &["accounts", "purge"],
    ] {
        let r = run(enforce_cmd(&b, ob.path()).args(job));
        assert_eq!(r.code, 0, "{job:?}: {r}");
    }
    let after = state(&a);
    assert_eq!(
        after,
        state(&b),
        "enforce must equal the four jobs run one by one"
    );
    assert_eq!(
        a.one::<i64>(
            "SELECT count(*) FROM connection_logs WHERE occurred_at < '2026-03-15T11:00:00Z'"
        ),
        0
    );
    // Written to the outbox folder for review: not a delivery (issue 12, point 7).
    assert!(after.contains("past:written"), "{after}");
    // Each job wrote its own audit row, plus one for enforce.
    for job in [
        "logs purge",
        "surveys anonymise",
        "accounts warn",
        "accounts purge",
        "enforce",
    ] {
        assert_eq!(
            a.one::<i64>(&format!(
                "SELECT count(*) FROM audit_log WHERE command = '{job}' AND outcome <> 'started'"
            )),
            1,
            "{job}"
        );
    }
    // A second pass changes nothing and sends nothing.
    let mails = std::fs::read_dir(oa.path()).unwrap().count();
    let r = run(enforce_cmd(&a, oa.path()).args(["enforce"]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(state(&a), after);
    assert_eq!(std::fs::read_dir(oa.path()).unwrap().count(), mails);
    // The report then shows nothing past its limit but the account warned today (the purge
    // waits for the warning's lead time) and the overdue request.
    let r = run(a.cmd().args(["--format", "json", "report"]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    for c in v["categories"].as_array().unwrap() {
        let name = c["category"].as_str().unwrap();
        if !name.starts_with("accounts") && !name.starts_with("open rights") {
            assert_eq!(c["past_limit"], 0, "{c}");
        }
    }
}

#[test]
fn enforce_dry_run_writes_nothing() {
    let db = TestDb::new();
    seed_both_sides(&db);
    let before = state(&db);
    let audit: i64 = db.one("SELECT count(*) FROM audit_log");
    let out = tempfile::tempdir().unwrap();
    let r = run(enforce_cmd(&db, out.path()).args(["--format", "json", "enforce", "--dry-run"]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["dry_run"], true);
    assert_eq!(state(&db), before);
    assert_eq!(db.one::<i64>("SELECT count(*) FROM audit_log"), audit);
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        0,
        "a dry run sends nothing"
    );
}

#[test]
fn a_failing_job_does_not_stop_the_others_and_sets_the_exit_code() {
    let db = TestDb::new();
    seed_both_sides(&db);
    // The mail server is down: warnings are retryable (75); the other jobs still run.
    let r = run(db.cmd().args([
        "--yes",
        "--mail-from",
        "noreply@example.org",
        "--smtp-url",
        "smtp://127.0.0.1:1",
        "--format",
        "json",
        "enforce",
    ]));
    assert_eq!(r.code, 75, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let status: Vec<_> = v["jobs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(status, ["ok", "ok", "retry", "ok"], "{r}");
    assert_eq!(
        db.one::<i64>(
            "SELECT count(*) FROM connection_logs WHERE occurred_at < '2026-03-15T11:00:00Z'"
        ),
        0
    );
    assert_eq!(db.one::<i64>("SELECT count(*) FROM survey_responses WHERE email IS NULL AND submitted_at < '2025-05-15T10:00:00Z'"), 2);
    // No mail settings at all: a configuration failure (exit 1), the other jobs done.
    let db = TestDb::new();
    seed_both_sides(&db);
    let r = run(db.cmd().args(["--yes", "enforce", "--skip", "logs-purge"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("accounts warn"), "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM survey_responses WHERE email IS NULL AND submitted_at < '2025-05-15T10:00:00Z'"), 2);
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM connection_logs"),
        3,
        "--skip logs-purge left the logs"
    );
}

#[test]
fn enforce_without_terminal_or_yes_refuses() {
    let db = TestDb::new();
    seed_both_sides(&db);
    let before = state(&db);
    let r = run(db.cmd().args(["enforce"]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("--yes"), "{r}");
    assert_eq!(state(&db), before);
}

/// Two passes started together must not interleave: the second exits 75 at once, naming the
/// run that holds the pass, and changes nothing.
#[test]
fn a_second_enforce_exits_75_naming_the_running_one() {
    let db = TestDb::new();
    seed_both_sides(&db);
    let before = state(&db);
    // What a running pass leaves in the journal: its started row, and its lock.
    db.exec(
        "INSERT INTO audit_log (at, actor, command, outcome, prev_hash, hash)
         VALUES (now(), 'cron', 'enforce', 'started', '0', '0')",
    );
    let started_id: i64 = db.one("SELECT max(id) FROM audit_log");
    let mut c = db.client();
    c.execute(
        "SELECT pg_advisory_lock(hashtextextended('rgpdctl job: ' || 'enforce', 0))",
        &[],
    )
    .unwrap();
    let outbox = tempfile::tempdir().unwrap();
    let t = std::time::Instant::now();
    let r = run(enforce_cmd(&db, outbox.path()).arg("enforce"));
    assert_eq!(r.code, 75, "{r}");
    assert!(
        r.stderr
            .contains("another `rgpdctl enforce` run holds the job lock"),
        "{r}"
    );
    assert!(
        r.stderr.contains(&format!("journal row {started_id}")),
        "{r}"
    );
    assert!(
        t.elapsed() < std::time::Duration::from_secs(10),
        "it waited"
    );
    assert_eq!(state(&db), before, "the second pass changed nothing");
    // Released: the pass runs (and records the run that never ended as abandoned).
    drop(c);
    let r = run(enforce_cmd(&db, outbox.path()).arg("enforce"));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("journalled as abandoned"), "{r}");
}
