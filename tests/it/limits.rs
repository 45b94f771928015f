//! Issue 12, points 1-2: every value a user gives has a range and is refused outside it (exit
//! 2, naming the value and the range), no input panics, and the month-end cutoff is the per-row
//! rule. Each limit on both sides.

use crate::harness::{run, Run, TestDb};
use std::io::Write;

fn refused(r: &Run, value: &str, range: &str) {
    assert_eq!(r.code, 2, "{r}");
    assert!(!r.stderr.contains("panicked"), "{r}");
    assert!(
        r.stderr.contains(value),
        "the message should name `{value}`: {r}"
    );
    assert!(
        r.stderr.contains(range),
        "the message should give the range `{range}`: {r}"
    );
}

fn config(text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(text.as_bytes()).unwrap();
    f
}

/// The command with a configuration file of this text.
fn with_config(db: &TestDb, text: &str, args: &[&str]) -> Run {
    let cfg = config(text);
    run(db.cmd().arg("--config").arg(cfg.path()).args(args))
}

fn purge_dry(db: &TestDb, extra: &[&str]) -> Run {
    run(db
        .cmd()
        .args(["--format", "json", "logs", "purge", "--dry-run"])
        .args(extra))
}

const DURATION_RANGE: &str = "from 1 day to 100 years";

#[test]
fn durations_are_bounded_and_non_ascii_never_panics() {
    let db = TestDb::new();
    for over in [
        "1000000 years",
        "101 years",
        "1201 months",
        "36526 days",
        "0 days",
        "P1000000Y",
        "99999999999999999999 days",
    ] {
        let r = purge_dry(&db, &["--older-than", over]);
        refused(&r, over, DURATION_RANGE);
    }
    for edge in ["100 years", "1200 months", "36525 days", "1 day", "P1D"] {
        let r = purge_dry(&db, &["--older-than", edge]);
        assert_eq!(r.code, 0, "{edge}: {r}");
    }
    for bad in ["P3é", "3é", "é", "3 moïs", "３ days"] {
        let r = purge_dry(&db, &["--older-than", bad]);
        refused(&r, bad, "invalid duration");
        let r = run(db.cmd().args(["accounts", "inactive", "--within", bad]));
        refused(&r, bad, "invalid duration");
    }
    let r = run(db
        .cmd()
        .args(["accounts", "inactive", "--within", "101 years"]));
    refused(&r, "101 years", DURATION_RANGE);
    let r = run(db
        .cmd()
        .args(["accounts", "inactive", "--within", "100 years"]));
    assert_eq!(r.code, 0, "{r}");
}

#[test]
fn retention_keys_in_the_configuration_are_bounded() {
    let db = TestDb::new();
    for (text, value, range) in [
        (
            "account_inactivity = \"1000000 years\"",
            "1000000 years",
            DURATION_RANGE,
        ),
        ("connection_logs = \"P3é\"", "P3é", "invalid duration"),
        ("survey_email = \"0 months\"", "0 months", DURATION_RANGE),
    ] {
        let r = with_config(
            &db,
            &format!("[retention]\n{text}\n"),
            &["logs", "purge", "--dry-run"],
        );
        refused(&r, value, range);
    }
    let r = with_config(
        &db,
        "[retention]\nconnection_logs = \"1 day\"\n",
        &["logs", "purge", "--dry-run"],
    );
    assert_eq!(r.code, 0, "{r}");
}

#[test]
fn mail_values_in_the_configuration_are_bounded() {
    let db = TestDb::new();
    for (text, value, range) in [
        ("rate = 0", "rate = 0", "from 1/h to 1000/s"),
        ("rate = 1000.5", "rate = 1000.5", "from 1/h to 1000/s"),
        ("rate = -3", "rate = -3", "from 1/h to 1000/s"),
        ("connections = 0", "connections = 0", "from 1 to 64"),
        ("connections = 65", "connections = 65", "from 1 to 64"),
    ] {
        let r = with_config(
            &db,
            &format!("[mail]\n{text}\n"),
            &["accounts", "warn", "--dry-run"],
        );
        refused(&r, value, range);
    }
    let r = with_config(
        &db,
        "[mail]\nrate = 1000\nconnections = 64\n",
        &["accounts", "warn", "--dry-run"],
    );
    assert_eq!(r.code, 0, "{r}");
    let r = with_config(
        &db,
        "[mail]\nrate = 0.0002778\nconnections = 1\n",
        &["accounts", "warn", "--dry-run"],
    );
    assert_eq!(r.code, 0, "{r}");
}

#[test]
fn as_of_is_bounded_to_2000_2100() {
    let db = TestDb::new();
    let range = "from 2000-01-01 to 2100-12-31";
    for bad in [
        "0001-01-01",
        "1999-12-31 23:59:59",
        "2101-01-01",
        "1969-12-31T23:00:00Z",
    ] {
        let r = run(db
            .cmd()
            .args(["--as-of", bad, "logs", "purge", "--dry-run"]));
        refused(&r, bad, range);
        // From the environment too.
        let r = run(db
            .cmd()
            .env("RGPDCTL_AS_OF", bad)
            .args(["logs", "purge", "--dry-run"]));
        refused(&r, bad, range);
    }
    for ok in ["2000-01-01", "2100-12-31 23:59:59"] {
        let r = run(db.cmd().args(["--as-of", ok, "logs", "purge", "--dry-run"]));
        assert_eq!(r.code, 0, "{ok}: {r}");
    }
    let r = run(db
        .cmd()
        .args(["--as-of", "P3é", "logs", "purge", "--dry-run"]));
    refused(&r, "P3é", "invalid --as-of");
    // The other times a user gives: --since, --received.
    let r = run(db.cmd().args(["audit", "list", "--since", "0001-01-01"]));
    refused(&r, "0001-01-01", range);
    let r = run(db.cmd().args(["audit", "list", "--since", "2000-01-01"]));
    assert_eq!(r.code, 0, "{r}");
    let r = run(db.cmd().args([
        "requests",
        "add",
        "--email",
        "jean@example.org",
        "--right",
        "access",
        "--received",
        "1999-12-31",
    ]));
    refused(&r, "1999-12-31", range);
    let n: i64 = db.one("SELECT count(*) FROM rights_requests");
    assert_eq!(n, 0);
}

#[test]
fn numeric_options_are_refused_outside_their_range() {
    let db = TestDb::new();
    let cases: &[(&[&str], &str, &str, &str)] = &[
        (
            &["logs", "purge", "--dry-run", "--months-ahead"],
            "25",
            "24",
            "0..=24",
        ),
        (
            &["logs", "purge", "--dry-run", "--batch-size"],
            "1000001",
            "1000000",
            "1..=1000000",
        ),
        (
            &["logs", "purge", "--dry-run", "--batch-size"],
            "0",
            "1",
            "1..=1000000",
        ),
        (
            &["surveys", "anonymise", "--dry-run", "--k"],
            "1001",
            "1000",
            "1..=1000",
        ),
        (
            &["surveys", "anonymise", "--dry-run", "--k"],
            "0",
            "1",
            "1..=1000",
        ),
        (
            &["surveys", "anonymise", "--dry-run", "--batch-size"],
            "1000001",
            "1000000",
            "1..=1000000",
        ),
        (
            &["accounts", "warn", "--dry-run", "--limit"],
            "0",
            "1",
            "1..=10000000",
        ),
        (
            &["accounts", "warn", "--dry-run", "--limit"],
            "10000001",
            "10000000",
            "1..=10000000",
        ),
        (
            &["accounts", "warn", "--dry-run", "--connections"],
            "65",
            "64",
            "1..=64",
        ),
        (
            &["accounts", "warn", "--dry-run", "--rate"],
            "1001",
            "1000/s",
            "from 1/h to 1000/s",
        ),
        (
            &["accounts", "warn", "--dry-run", "--rate"],
            "0.9/h",
            "1/h",
            "from 1/h to 1000/s",
        ),
        (
            &["accounts", "purge", "--dry-run", "--batch-size"],
            "100001",
            "100000",
            "1..=100000",
        ),
        (&["report", "--horizon"], "3661", "3660", "0..=3660"),
    ];
    for (args, bad, good, range) in cases {
        let r = run(db.cmd().args(*args).arg(bad));
        refused(&r, bad, range);
        let r = run(db.cmd().args(*args).arg(good));
        assert_eq!(r.code, 0, "{args:?} {good}: {r}");
    }
    // Refused before any connection: no database needed.
    let r = run(crate::harness::bin().args(["db", "migrate", "--months-ahead", "100000"]));
    refused(&r, "100000", "0..=24");
    let r = run(crate::harness::bin().args([
        "datasets",
        "import",
        "x.csv",
        "--slug",
        "x",
        "--lock-timeout",
        "0",
    ]));
    refused(&r, "0", "1..=3600");
    let r = run(crate::harness::bin().args([
        "datasets",
        "import",
        "x.csv",
        "--slug",
        "x",
        "--lock-timeout",
        "3601",
    ]));
    refused(&r, "3601", "1..=3600");
}

#[test]
fn months_ahead_at_its_maximum_creates_24_months_and_no_more() {
    let db = TestDb::new();
    let r = run(db
        .cmd()
        .args(["--yes", "logs", "purge", "--months-ahead", "24"]));
    assert_eq!(r.code, 0, "{r}");
    // 2026-06 .. 2028-06 for each table, at most.
    let n: i64 = db.one(
        "SELECT count(*) FROM pg_inherits WHERE inhparent = 'connection_logs'::regclass
           AND inhrelid::regclass::text > 'connection_logs_p2028_06'
           AND inhrelid::regclass::text <> 'connection_logs_default'",
    );
    assert_eq!(n, 0);
    let last: bool = db.one("SELECT to_regclass('connection_logs_p2028_06') IS NOT NULL");
    assert!(last);
}

#[test]
fn delimiters_are_the_usual_ones() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("v.csv");
    std::fs::write(&file, "commune|population\nToulouse|504078\n").unwrap();
    for bad in ["x", "1", "\"", "\r", "\n", "é", ",,"] {
        let r = run(db.cmd().args(["datasets", "import"]).arg(&file).args([
            "--slug",
            "villes",
            "--dry-run",
            "--delimiter",
            bad,
        ]));
        assert_eq!(r.code, 2, "{bad:?}: {r}");
        assert!(r.stderr.contains("use auto, `,`, `;`, `|` or tab"), "{r}");
    }
    for ok in ["|", "auto"] {
        let r = run(db
            .cmd()
            .args(["--format", "json", "datasets", "import"])
            .arg(&file)
            .args(["--slug", "villes", "--dry-run", "--delimiter", ok]));
        assert_eq!(r.code, 0, "{ok}: {r}");
        assert!(r.stdout.contains("\"columns\": 2"), "{ok}: {r}");
    }
}

#[test]
fn request_emails_must_look_like_addresses() {
    let db = TestDb::new();
    for bad in [
        "not an email at all",
        "jean@example",
        "@example.org",
        "jean@@example.org",
        "jean@ex ample.org",
    ] {
        let r = run(db
            .cmd()
            .args(["requests", "add", "--right", "access", "--email", bad]));
        assert_eq!(r.code, 2, "{bad}: {r}");
        assert!(r.stderr.contains("invalid --email"), "{r}");
        assert!(!r.stderr.contains(bad), "the address is masked: {r}");
    }
    let n: i64 = db.one("SELECT count(*) FROM rights_requests");
    assert_eq!(n, 0);
    let r = run(db
        .cmd()
        .args(["requests", "add", "--right", "access", "--email", "j@e.fr"]));
    assert_eq!(r.code, 0, "{r}");
    let n: i64 = db.one("SELECT count(*) FROM rights_requests");
    assert_eq!(n, 1);
}

/// The run of 05-29, 05-30 and 05-31 deletes all of 28 February (3 months), and not 1 March.
#[test]
fn month_end_cutoff_is_the_per_row_rule() {
    let db = TestDb::new();
    db.exec(
        "INSERT INTO connection_logs (occurred_at, ip, request) VALUES
           ('2026-02-28T04:00:00Z', '10.0.0.1', '02-28 05:00 Paris'),
           ('2026-02-28T22:59:59Z', '10.0.0.2', '02-28 23:59:59 Paris'),
           ('2026-02-28T23:00:00Z', '10.0.0.3', '03-01 00:00 Paris: kept until 06-01')",
    );
    for day in ["2026-05-29", "2026-05-30", "2026-05-31 23:59:59"] {
        let r = run(db.cmd().args([
            "--format",
            "json",
            "--as-of",
            day,
            "logs",
            "purge",
            "--dry-run",
            "--only",
            "connection",
        ]));
        assert_eq!(r.code, 0, "{r}");
        assert!(
            r.stdout
                .contains("\"connection_cutoff\": \"2026-03-01T00:00:00+01:00\""),
            "{day}: {r}"
        );
    }
    // 05-28 05:00:01: the 05:00 row is due, the rest of the day not yet.
    let r = run(db.cmd().args([
        "--format",
        "json",
        "--as-of",
        "2026-05-28 05:00:01",
        "logs",
        "purge",
        "--dry-run",
        "--only",
        "connection",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert!(
        r.stdout
            .contains("\"connection_cutoff\": \"2026-02-28T05:00:01+01:00\""),
        "{r}"
    );
}
