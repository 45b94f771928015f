//! `logs purge`: partitions dropped, boundary and default rows deleted to the second, coming
//! months created; dry run, run twice, interruption, lock, catch-up, non-partitioned fallback.

use crate::harness::{run, Run, TestDb};
use serde_json::Value;
use std::time::{Duration, Instant};

// At AS_OF (2026-06-15 12:00 Paris): connection logs older than 2026-03-15 12:00 Paris
// (11:00 UTC, winter time) go, audience data older than 2025-05-15 12:00 Paris (10:00 UTC).
const CONN_CUTOFF: &str = "2026-03-15T11:00:00Z";
const AUD_CUTOFF: &str = "2025-05-15T10:00:00Z";

/// Rows on both sides of both cutoffs, in partitions that go whole, in boundary partitions, in
/// the default partition, and in a partition a DBA attached under another name.
fn seed(db: &TestDb) {
    db.exec(
        "SELECT rgpd_ensure_month_partition('connection_logs', m::date)
           FROM generate_series(date '2026-01-01', date '2026-03-01', interval '1 month') m;
         CREATE TABLE dba_old_logs (LIKE connection_logs);
         ALTER TABLE connection_logs ATTACH PARTITION dba_old_logs
           FOR VALUES FROM ('2025-06-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');
         SELECT rgpd_ensure_month_partition('audience_events', m::date)
           FROM generate_series(date '2025-04-01', date '2025-05-01', interval '1 month') m;
         INSERT INTO connection_logs (occurred_at, ip, request) VALUES
           ('2025-07-14T08:00:00Z', '10.0.0.1', 'dba partition, dropped'),
           ('2025-12-01T08:00:00Z', '10.0.0.2', 'default, deleted'),
           ('2026-01-10T08:00:00Z', '10.0.0.3', 'january, dropped'),
           ('2026-02-28T23:59:59Z', '10.0.0.4', 'february, dropped'),
           ('2026-03-01T00:00:00Z', '10.0.0.5', 'boundary, deleted'),
           ('2026-03-15T10:59:59Z', '10.0.0.6', 'boundary, one second too old'),
           ('2026-03-15T11:00:00Z', '10.0.0.7', 'boundary, exactly the cutoff: kept'),
           ('2026-03-15T11:00:01Z', '10.0.0.8', 'boundary, kept'),
           ('2026-04-10T08:00:00Z', '10.0.0.9', 'default, kept, moves to april'),
           ('2026-06-15T09:00:00Z', '10.0.0.10', 'this month, kept'),
           ('2026-11-02T09:00:00Z', '10.0.0.11', 'future (clock skew), kept in default');
         INSERT INTO audience_events (occurred_at, visitor_id, page) VALUES
           ('2025-03-31T23:00:00Z', 'v1', 'default, deleted'),
           ('2025-04-15T08:00:00Z', 'v2', 'april 2025, dropped'),
           ('2025-05-15T09:59:59Z', 'v3', 'boundary, one second too old'),
           ('2025-05-15T10:00:00Z', 'v4', 'boundary, exactly the cutoff: kept'),
           ('2025-08-01T08:00:00Z', 'v5', 'default, kept, moves to august 2025'),
           ('2026-06-01T00:00:00Z', 'v6', 'this month, kept');",
    );
}

/// Everything a purge may change: the rows with the partition holding each, the partitions,
/// and the audit journal's length.
fn state(db: &TestDb) -> String {
    db.one(
        "SELECT concat_ws(E'\\n',
           (SELECT string_agg(format('%s %s %s', tableoid::regclass, occurred_at AT TIME ZONE 'UTC', ip),
                              E'\\n' ORDER BY occurred_at, ip) FROM connection_logs),
           (SELECT string_agg(format('%s %s %s', tableoid::regclass, occurred_at AT TIME ZONE 'UTC', visitor_id),
                              E'\\n' ORDER BY occurred_at, visitor_id) FROM audience_events),
           (SELECT string_agg(format('%s %s', i.inhrelid::regclass, pg_get_expr(c.relpartbound, c.oid)),
                              E'\\n' ORDER BY i.inhrelid::regclass::text)
              FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
             WHERE i.inhparent IN ('connection_logs'::regclass, 'audience_events'::regclass)),
           (SELECT 'audit rows: ' || count(*) FROM audit_log WHERE outcome NOT IN ('started', 'abandoned')))",
    )
}

fn counts(r: &Run) -> serde_json::Map<String, Value> {
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {r}"));
    assert_eq!(v["job"], "logs purge", "{r}");
    v["counts"].as_object().unwrap().clone()
}

fn purge(db: &TestDb, extra: &[&str]) -> Run {
    let mut cmd = db.cmd();
    cmd.args(["--format", "json", "--yes", "logs", "purge"])
        .args(extra);
    run(&mut cmd)
}

fn exists(db: &TestDb, rel: &str) -> bool {
    db.one(&format!("SELECT to_regclass('{rel}') IS NOT NULL"))
}

#[test]
fn purge_to_the_second_in_dropped_boundary_and_default_partitions() {
    let db = TestDb::new();
    seed(&db);
    let r = purge(&db, &[]);
    assert_eq!(r.code, 0, "{r}");
    let c = counts(&r);
    assert_eq!(c["connection_partitions_dropped"], 3, "{r}");
    // 3 in dropped partitions, 1 from default, 2 from the boundary month.
    assert_eq!(c["connection_rows_deleted"], 6, "{r}");
    assert_eq!(c["connection_cutoff"], "2026-03-15T12:00:00+01:00", "{r}");
    assert_eq!(
        c["connection_oldest_row_left"], "2026-03-15T12:00:00+01:00",
        "{r}"
    );
    assert!(c["connection_bytes_freed"].as_i64().unwrap() > 0, "{r}");
    // April 2026, for the row waiting in default; June to September exist already, and the
    // November row (beyond three months ahead) waits in default.
    assert_eq!(c["connection_partitions_created"], 1, "{r}");
    assert_eq!(c["audience_partitions_dropped"], 1, "{r}");
    assert_eq!(c["audience_rows_deleted"], 3, "{r}");
    assert_eq!(
        c["audience_oldest_row_left"], "2025-05-15T12:00:00+02:00",
        "{r}"
    );
    // August 2025, for the row waiting in default.
    assert_eq!(c["audience_partitions_created"], 1, "{r}");

    let old: i64 = db.one(&format!(
        "SELECT (SELECT count(*) FROM connection_logs WHERE occurred_at < '{CONN_CUTOFF}')
              + (SELECT count(*) FROM audience_events WHERE occurred_at < '{AUD_CUTOFF}')"
    ));
    assert_eq!(old, 0);
    let kept: String =
        db.one("SELECT string_agg(host(ip), ',' ORDER BY occurred_at) FROM connection_logs");
    assert_eq!(kept, "10.0.0.7,10.0.0.8,10.0.0.9,10.0.0.10,10.0.0.11");
    for gone in [
        "dba_old_logs",
        "connection_logs_p2026_01",
        "connection_logs_p2026_02",
        "audience_events_p2025_04",
    ] {
        assert!(!exists(&db, gone), "{gone} should be dropped");
    }
    for made in [
        "connection_logs_p2026_03",
        "connection_logs_p2026_04",
        "audience_events_p2025_08",
    ] {
        assert!(exists(&db, made), "{made} should exist");
    }
    // Rows that waited in the default partition moved to their month; the future one waits on.
    let april: i64 = db.one("SELECT count(*) FROM ONLY connection_logs_p2026_04");
    assert_eq!(april, 1);
    let default: String =
        db.one("SELECT coalesce(string_agg(host(ip), ','), '') FROM ONLY connection_logs_default");
    assert_eq!(default, "10.0.0.11");
    let aud_default: i64 = db.one("SELECT count(*) FROM ONLY audience_events_default");
    assert_eq!(aud_default, 0);

    let (cmd, params, outcome): (String, Value, String) = {
        let row = db
            .client()
            .query_one(
                "SELECT command, parameters, outcome FROM audit_log ORDER BY id DESC LIMIT 1",
                &[],
            )
            .unwrap();
        (row.get(0), row.get(1), row.get(2))
    };
    assert_eq!(cmd, "logs purge");
    assert_eq!(outcome, "ok");
    assert_eq!(params["only"], Value::Null);
    assert_eq!(params["older_than"], Value::Null);
    assert_eq!(params["cutoffs"]["connection"], "2026-03-15T12:00:00+01:00");
    assert_eq!(params["cutoffs"]["audience"], "2025-05-15T12:00:00+02:00");
    let ok = run(db.cmd().args(["audit", "verify"]));
    assert_eq!(ok.code, 0, "{ok}");
}

#[test]
fn table_output_shows_figures_per_category() {
    let db = TestDb::new();
    seed(&db);
    let r = run(db.cmd().args(["--yes", "logs", "purge"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stdout.contains("partitions dropped"), "{r}");
    assert!(r.stdout.contains("2026-03-15 12:00:00"), "{r}");
    assert!(r.stdout.contains("connection"), "{r}");
    assert!(r.stdout.contains("audience"), "{r}");
    assert!(r.stderr.contains("logs purge: "), "{r}");
    assert!(r.stderr.contains("connection_rows_deleted=6"), "{r}");
}

#[test]
fn second_run_is_a_no_op() {
    let db = TestDb::new();
    seed(&db);
    assert_eq!(purge(&db, &[]).code, 0);
    let after_first = state(&db);
    let r = purge(&db, &[]);
    assert_eq!(r.code, 0, "{r}");
    let c = counts(&r);
    for k in [
        "connection_partitions_dropped",
        "connection_rows_deleted",
        "connection_bytes_freed",
        "connection_partitions_created",
        "audience_partitions_dropped",
        "audience_rows_deleted",
        "audience_bytes_freed",
        "audience_partitions_created",
    ] {
        assert_eq!(c[k], 0, "{k}: {r}");
    }
    // Same rows, same partitions; only the journal grew by the second run's row.
    assert_eq!(
        state(&db).replace("audit rows: 3", "audit rows: 2"),
        after_first
    );
}

#[test]
fn dry_run_predicts_the_real_figures_and_changes_nothing() {
    let db = TestDb::new();
    seed(&db);
    let before = state(&db);
    // No --yes: a dry run needs no confirmation.
    let dry = run(db
        .cmd()
        .args(["--format", "json", "logs", "purge", "--dry-run"]));
    assert_eq!(dry.code, 0, "{dry}");
    let v: Value = serde_json::from_str(&dry.stdout).unwrap();
    assert_eq!(v["dry_run"], true);
    assert_eq!(state(&db), before, "a dry run changed something");
    let real = purge(&db, &[]);
    assert_eq!(real.code, 0, "{real}");
    assert_eq!(counts(&dry), counts(&real));
}

#[test]
fn row_counts_from_statistics_match_exact_counts_once_analyzed() {
    let db = TestDb::new();
    seed(&db);
    db.exec("VACUUM ANALYZE connection_logs");
    db.exec("VACUUM ANALYZE audience_events");
    let quick = purge(&db, &["--dry-run"]);
    let exact = purge(&db, &["--dry-run", "--exact-counts"]);
    assert_eq!(quick.code, 0, "{quick}");
    assert_eq!(counts(&quick), counts(&exact));
    assert_eq!(counts(&quick)["connection_rows_deleted"], 6, "{quick}");
}

#[test]
fn refuses_without_confirmation_and_changes_nothing() {
    let db = TestDb::new();
    seed(&db);
    let before = state(&db);
    let r = run(db.cmd().args(["logs", "purge"]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("refusing without confirmation"), "{r}");
    assert!(
        r.stderr
            .contains("connection_logs before 2026-03-15 12:00:00"),
        "{r}"
    );
    assert!(r.stdout.is_empty(), "{r}");
    assert_eq!(state(&db), before);
}

#[test]
fn only_and_older_than_narrow_the_purge() {
    let db = TestDb::new();
    seed(&db);
    let r = purge(&db, &["--only", "audience", "--older-than", "1 year"]);
    assert_eq!(r.code, 0, "{r}");
    let c = counts(&r);
    assert!(!c.contains_key("connection_rows_deleted"), "{r}");
    // A year before 2026-06-15 12:00 Paris: v1..v4 are older, v5 and v6 stay.
    assert_eq!(c["audience_cutoff"], "2025-06-15T12:00:00+02:00", "{r}");
    assert_eq!(c["audience_rows_deleted"], 4, "{r}");
    assert_eq!(c["audience_partitions_dropped"], 2, "{r}");
    let conn: i64 = db.one("SELECT count(*) FROM connection_logs");
    assert_eq!(conn, 11);
    let params: Value = db.one("SELECT parameters FROM audit_log ORDER BY id DESC LIMIT 1");
    assert_eq!(params["only"], "audience");
    assert_eq!(params["older_than"], "12 months");
    assert!(params["cutoffs"].get("connection").is_none());
}

#[test]
fn bad_options_are_refused_before_any_work() {
    let db = TestDb::new();
    seed(&db);
    let before = state(&db);
    let r = run(db
        .cmd()
        .args(["--yes", "logs", "purge", "--older-than", "forever"]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("`forever`"), "{r}");
    let r = run(db
        .cmd()
        .args(["--yes", "logs", "purge", "--batch-size", "0"]));
    assert_eq!(r.code, 2, "{r}");
    let r = run(db
        .cmd()
        .args(["--yes", "logs", "purge", "--only", "cookies"]));
    assert_eq!(r.code, 2, "{r}");
    assert!(!r.stderr.contains("panicked"), "{r}");
    assert_eq!(state(&db), before);
}

#[test]
fn second_concurrent_run_exits_75() {
    let db = TestDb::new();
    seed(&db);
    let before = state(&db);
    let mut c = db.client();
    c.execute(
        "SELECT pg_advisory_lock(hashtextextended('rgpdctl job: ' || 'logs purge', 0))",
        &[],
    )
    .unwrap();
    let started = Instant::now();
    let r = purge(&db, &[]);
    assert_eq!(r.code, 75, "{r}");
    assert!(
        r.stderr
            .contains("another `rgpdctl logs purge` run holds the job lock"),
        "{r}"
    );
    assert!(started.elapsed() < Duration::from_secs(10), "it waited");
    assert_eq!(state(&db), before);
}

/// Many rows in the boundary month, oldest first one minute apart.
fn seed_boundary(db: &TestDb) {
    seed(db);
    db.exec(
        "INSERT INTO connection_logs (occurred_at, ip, request)
         SELECT timestamptz '2026-03-02T00:00:00Z' + i * interval '1 minute', '192.0.2.1', 'bulk ' || i
           FROM generate_series(1, 3000) i",
    );
}

#[test]
fn interrupted_run_then_rerun_equals_an_uninterrupted_run() {
    // The reference: the same data purged in one go.
    let reference = TestDb::new();
    seed_boundary(&reference);
    let r = purge(&reference, &["--batch-size", "100"]);
    assert_eq!(r.code, 0, "{r}");

    let db = TestDb::new();
    seed_boundary(&db);
    // The server notices a vanished client even while its query waits on a lock.
    db.exec(&format!(
        "ALTER DATABASE {} SET client_connection_check_interval = '100ms'",
        db.name
    ));
    // Hold the first row of the second batch (batches go oldest first): the first batch
    // commits, the second waits.
    let mut holder = db.client();
    let mut tx = holder.transaction().unwrap();
    let held = tx
        .execute(
            "SELECT 1 FROM connection_logs_p2026_03 WHERE ctid = (
               SELECT ctid FROM connection_logs_p2026_03 ORDER BY occurred_at OFFSET 100 LIMIT 1)
             FOR UPDATE",
            &[],
        )
        .unwrap();
    assert_eq!(held, 1);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rgpdctl"))
        .env_clear()
        .env("DATABASE_URL", &db.url)
        .env("RGPDCTL_AS_OF", crate::harness::AS_OF)
        .env("RGPDCTL_ACTOR", "test")
        .env("TZ", "UTC")
        .args(["-q", "--yes", "logs", "purge", "--batch-size", "100"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // 3000 bulk rows and 2 seeded ones in March are older than the cutoff.
    let march_old = || -> i64 {
        db.one(&format!(
            "SELECT count(*) FROM connection_logs_p2026_03 WHERE occurred_at < '{CONN_CUTOFF}'"
        ))
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while march_old() != 2902 {
        assert!(Instant::now() < deadline, "the first batch never committed");
        assert!(child.try_wait().unwrap().is_none(), "the purge ended early");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    // Wait for the server to end the dead client's session (and its job lock).
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let sessions: i64 = db.one(&format!(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = '{}' AND application_name = 'rgpdctl'",
            db.name
        ));
        if sessions == 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the killed run's session lingers"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    tx.rollback().unwrap();
    drop(holder);
    // Killed between batches: the first batch stays done, the rest waits. (The whole months are
    // dropped meanwhile on a second connection, each in its own transaction.)
    assert_eq!(march_old(), 2902);
    // A killed run cannot write its outcome, but its `started` row says it began.
    let journal: String = db.one(
        "SELECT string_agg(outcome, ',' ORDER BY id) FROM audit_log WHERE command = 'logs purge'",
    );
    assert_eq!(
        journal, "started",
        "a killed run leaves only its started row"
    );

    let r = purge(&db, &["--batch-size", "100"]);
    assert_eq!(r.code, 0, "{r}");
    // The rest of March, the December row in the default partition, and the rows of the whole
    // months the killed run had not dropped yet (at most 3).
    let deleted = counts(&r)["connection_rows_deleted"].as_i64().unwrap();
    assert!((2902 + 1..=2902 + 1 + 3).contains(&deleted), "{r}");
    assert_eq!(state(&db), state(&reference));
    // The re-run journalled the killed run as abandoned, with what it had committed.
    assert!(
        r.stderr.contains("never ended; journalled as abandoned"),
        "{r}"
    );
    let journal: String = db.one(
        "SELECT string_agg(outcome, ',' ORDER BY id) FROM audit_log WHERE command = 'logs purge'",
    );
    assert_eq!(journal, "started,abandoned,started,ok");
    let abandoned: i64 = db.one(
        "SELECT count(*) FROM audit_log a JOIN audit_log s ON s.id = a.run_id
          WHERE a.outcome = 'abandoned' AND s.outcome = 'started'",
    );
    assert_eq!(
        abandoned, 1,
        "the abandoned row names the killed run's started row"
    );
}

#[test]
fn catches_up_after_a_year_without_runs() {
    let db = TestDb::new();
    // A row every 5 days from March 2026 to June 2027; partitions exist only up to September
    // 2026, so later rows piled up in the default partition.
    db.exec(
        "INSERT INTO connection_logs (occurred_at, ip)
         SELECT t, '10.1.0.1' FROM generate_series(timestamptz '2026-03-01T06:00:00Z',
                                                   timestamptz '2027-06-14T06:00:00Z', interval '5 days') t;
         INSERT INTO audience_events (occurred_at, visitor_id)
         SELECT t, 'v' FROM generate_series(timestamptz '2025-01-01T06:00:00Z',
                                            timestamptz '2027-06-14T06:00:00Z', interval '5 days') t;",
    );
    let later = "2027-06-15T10:00:00Z";
    let r = run(db.cmd().args([
        "--allow-future",
        "--as-of",
        later,
        "--format",
        "json",
        "--yes",
        "logs",
        "purge",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let c = counts(&r);
    assert_eq!(c["connection_cutoff"], "2027-03-15T12:00:00+01:00", "{r}");
    let old: i64 = db.one(
        "SELECT (SELECT count(*) FROM connection_logs WHERE occurred_at < '2027-03-15T11:00:00Z')
              + (SELECT count(*) FROM audience_events WHERE occurred_at < '2026-05-15T10:00:00Z')",
    );
    assert_eq!(old, 0);
    let kept: i64 =
        db.one("SELECT count(*) FROM connection_logs WHERE occurred_at >= '2027-03-15T11:00:00Z'");
    assert!(kept > 10, "{kept}");
    for t in ["connection_logs", "audience_events"] {
        for m in [
            "2027_03", "2027_04", "2027_05", "2027_06", "2027_07", "2027_08", "2027_09",
        ] {
            assert!(exists(&db, &format!("{t}_p{m}")), "{t}_p{m} missing");
        }
        let waiting: i64 = db.one(&format!("SELECT count(*) FROM ONLY {t}_default"));
        assert_eq!(waiting, 0, "{t}: rows left in the default partition");
    }
    // The months wholly before the cutoff are gone, not kept empty.
    assert!(!exists(&db, "connection_logs_p2026_09"));
    assert!(!exists(&db, "audience_events_p2026_04"));
    assert!(exists(&db, "audience_events_p2026_05"));
    let again = run(db.cmd().args([
        "--allow-future",
        "--as-of",
        later,
        "--format",
        "json",
        "--yes",
        "logs",
        "purge",
    ]));
    assert_eq!(counts(&again)["connection_rows_deleted"], 0, "{again}");
    assert_eq!(counts(&again)["audience_partitions_created"], 0, "{again}");
}

#[test]
fn non_partitioned_table_falls_back_to_batched_delete_with_a_warning() {
    let db = TestDb::new();
    db.exec(
        "ALTER TABLE connection_logs RENAME TO connection_logs_partitioned;
         CREATE TABLE connection_logs (
             account_id bigint REFERENCES accounts (id), occurred_at timestamptz NOT NULL,
             ip inet, geo text, request text, user_agent text);
         INSERT INTO connection_logs (occurred_at, ip)
         SELECT timestamptz '2026-03-10T00:00:00Z' + i * interval '1 hour', '10.2.0.1'
           FROM generate_series(0, 239) i;
         -- More rows at one instant than a batch holds.
         INSERT INTO connection_logs (occurred_at, ip)
         SELECT timestamptz '2026-03-12T00:00:00Z', '10.2.0.2' FROM generate_series(1, 20);",
    );
    // 131 rows (10 March 00:00 .. 15 March 10:00 UTC) and the 20 tied ones are older.
    let dry = purge(&db, &["--only", "connection", "--dry-run"]);
    assert_eq!(dry.code, 0, "{dry}");
    assert_eq!(counts(&dry)["connection_rows_deleted"], 151, "{dry}");
    let r = purge(&db, &["--only", "connection", "--batch-size", "7"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(
        r.stderr
            .contains("warning: `connection_logs` is not partitioned"),
        "{r}"
    );
    assert!(r.stderr.contains("partition it by month"), "{r}");
    let c = counts(&r);
    assert_eq!(c["connection_rows_deleted"], 151, "{r}");
    assert_eq!(c["connection_partitions_dropped"], 0, "{r}");
    assert_eq!(
        c["connection_oldest_row_left"], "2026-03-15T12:00:00+01:00",
        "{r}"
    );
    let left: i64 = db.one("SELECT count(*) FROM connection_logs");
    assert_eq!(left, 240 - 131);
    let old: i64 = db.one(&format!(
        "SELECT count(*) FROM connection_logs WHERE occurred_at < '{CONN_CUTOFF}'"
    ));
    assert_eq!(old, 0);
    let again = purge(&db, &["--only", "connection"]);
    assert_eq!(counts(&again)["connection_rows_deleted"], 0, "{again}");
}

#[test]
fn missing_table_is_a_clear_failure() {
    let db = TestDb::new();
    db.exec("DROP TABLE audience_events");
    let r = run(db
        .cmd()
        .args(["--yes", "logs", "purge", "--only", "audience"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr.contains("table `audience_events` not found"),
        "{r}"
    );
    assert!(r.stderr.contains("hint: "), "{r}");
    let outcome: String = db.one("SELECT outcome FROM audit_log ORDER BY id DESC LIMIT 1");
    assert_eq!(outcome, "failed");
    // With both categories, connection logs are still purged and the run says it was partial.
    db.exec("INSERT INTO connection_logs (occurred_at) VALUES ('2026-01-01T00:00:00Z')");
    let r = run(db
        .cmd()
        .args(["--format", "json", "--yes", "logs", "purge"]));
    assert_eq!(r.code, 1, "{r}");
    assert_eq!(counts(&r)["connection_rows_deleted"], 1, "{r}");
    assert!(
        r.stderr.contains("table `audience_events` not found"),
        "{r}"
    );
    let outcome: String = db.one("SELECT outcome FROM audit_log ORDER BY id DESC LIMIT 1");
    assert_eq!(outcome, "partial");
}

/// Art. 18: the connection and audience rows of a restricted account are kept by the purge,
/// in dropped months (moved to the default partition first) as in the boundary month, and
/// reported as kept; lifting the restriction lets the next purge delete them.
#[test]
fn rows_of_restricted_accounts_are_kept() {
    let db = crate::harness::TestDb::new();
    db.exec(
        "INSERT INTO accounts (pseudonym, email, restricted_at) VALUES ('r', 'r@example.org', '2026-01-01'), ('f', 'f@example.org', NULL);
         SELECT rgpd_ensure_month_partition('connection_logs', d) FROM (VALUES (date '2025-12-01'), (date '2026-03-01')) v(d);
         INSERT INTO connection_logs (account_id, occurred_at)
         SELECT a.id, t::timestamptz FROM accounts a, (VALUES ('2025-12-10T10:00:00Z'), ('2026-03-10T10:00:00Z')) v(t);",
    );
    let r = crate::harness::run(db.cmd().args([
        "--yes",
        "--format",
        "json",
        "logs",
        "purge",
        "--only",
        "connection",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["connection_kept_restricted"], 2, "{r}");
    let left: String = db.one("SELECT string_agg(a.pseudonym || '@' || to_char(l.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM'), ',' ORDER BY l.occurred_at) FROM connection_logs l JOIN accounts a ON a.id = l.account_id");
    assert_eq!(left, "r@2025-12,r@2026-03");
    assert!(
        !db.one::<bool>("SELECT to_regclass('connection_logs_p2025_12') IS NOT NULL"),
        "the old month is dropped"
    );
    db.exec("UPDATE accounts SET restricted_at = NULL");
    let r = crate::harness::run(
        db.cmd()
            .args(["--yes", "logs", "purge", "--only", "connection"]),
    );
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM connection_logs"), 0);
}
