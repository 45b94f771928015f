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
