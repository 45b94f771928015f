//! The foundation: schema migrations, connection settings, exit codes, the audit journal and
//! job lock, help texts, completions and man pages.

use crate::harness::{self, bin, run, TestDb};
use clap::CommandFactory;

#[test]
fn migrate_is_idempotent_and_creates_every_table() {
    let db = TestDb::new();
    // The template was migrated already: a second migrate applies nothing.
    let r = run(db.cmd().args(["--format", "json", "db", "migrate"]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["migrations_applied"], 0, "{r}");
    for t in [
        "accounts",
        "connection_logs",
        "audience_events",
        "datasets",
        "dataset_subscriptions",
        "surveys",
        "survey_responses",
        "rights_requests",
        "notifications",
        "audit_log",
    ] {
        let n: i64 = db.one(&format!("SELECT count(*) FROM pg_class WHERE relname = '{t}' AND relnamespace = 'public'::regnamespace"));
        assert_eq!(n, 1, "table {t} missing");
    }
    for t in ["connection_logs", "audience_events"] {
        let kind: String = db.one(&format!(
            "SELECT relkind::text FROM pg_class WHERE relname = '{t}'"
        ));
        assert_eq!(kind, "p", "{t} must be partitioned");
        let parts: i64 = db.one(&format!(
            "SELECT count(*) FROM pg_inherits WHERE inhparent = '{t}'::regclass"
        ));
        assert!(parts >= 5, "{t} has {parts} partitions");
    }
    let default: bool = db.one("SELECT to_regclass('connection_logs_default') IS NOT NULL");
    assert!(default);
    let june: bool = db.one("SELECT to_regclass('connection_logs_p2026_06') IS NOT NULL");
    assert!(june, "the month of --as-of must have its partition");
}

#[test]
fn migrate_on_an_empty_database_then_twice_leaves_unrelated_tables_alone() {
    let mut admin = harness::admin();
    let name = format!("rgpdctl_fresh_{}", std::process::id());
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap();
    let url = harness::url_for(&name);
    let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    c.batch_execute(
        "CREATE TABLE legacy_things (id int); INSERT INTO legacy_things VALUES (1), (2)",
    )
    .unwrap();
    let first = run(bin().env("DATABASE_URL", &url).args(["db", "migrate"]));
    assert_eq!(first.code, 0, "{first}");
    assert!(first.stderr.contains("applied V1"), "{first}");
    let second = run(bin().env("DATABASE_URL", &url).args(["db", "migrate"]));
    assert_eq!(second.code, 0, "{second}");
    assert!(second.stderr.contains("schema up to date"), "{second}");
    let n: i64 = c
        .query_one("SELECT count(*) FROM legacy_things", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 2);
    let status = run(bin()
        .env("DATABASE_URL", &url)
        .args(["--format", "json", "db", "status"]));
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(v[0]["state"], "applied");
    drop(c);
    admin
        .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .unwrap();
}

/// A migration that cannot apply is journalled as `failed`, after its `started` row: here V8
/// is made pending again on a migrated database, and its ALTER meets the column it adds.
#[test]
fn failed_migration_writes_its_journal_row() {
    let db = TestDb::new();
    db.exec("DELETE FROM rgpdctl_schema_history WHERE version = 8");
    let r = run(db.cmd().args(["db", "migrate"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("migration failed"), "{r}");
    assert!(!r.stderr.contains("panicked"), "{r}");
    let (started, outcome, run_id): (i64, String, Option<i64>) = {
        let row = db
            .client()
            .query_one(
                "SELECT (SELECT max(id) FROM audit_log WHERE command = 'db migrate' AND outcome = 'started'),
                        outcome, run_id
                   FROM audit_log WHERE command = 'db migrate' ORDER BY id DESC LIMIT 1",
                &[],
            )
            .unwrap();
        (row.get(0), row.get(1), row.get(2))
    };
    assert_eq!(outcome, "failed");
    assert_eq!(run_id, Some(started));
    // Nothing of the failed migration was applied; the journal still verifies.
    let pending: i64 = db.one("SELECT count(*) FROM rgpdctl_schema_history WHERE version = 8");
    assert_eq!(pending, 0);
    assert_eq!(run(db.cmd().args(["audit", "verify"])).code, 0);
}

/// The upgrade of a journal from before the runner (V7 -> V8) that fails is journalled too,
/// without a run id (the column is what failed to come).
#[test]
fn failed_upgrade_of_an_old_journal_writes_its_row() {
    let db = TestDb::new();
    // Back to V7: no run ids, no job_progress (the template's rows carry no run id), and a
    // `job_progress` of another shape, so that V8 fails. The later migrations' rows go too (a
    // database at V7 has none; they are written to apply again over their own objects).
    db.exec(
        "DELETE FROM rgpdctl_schema_history WHERE version >= 8;
         DROP TABLE job_progress; DROP INDEX audit_log_run_idx; ALTER TABLE audit_log DROP COLUMN run_id;
         CREATE TABLE job_progress (x int);
         DROP TABLE clock_mode; DROP TRIGGER audit_log_monotonic ON audit_log;
         DROP FUNCTION audit_log_monotonic();
         ALTER TABLE rights_requests DROP CONSTRAINT rights_requests_closed_after_received",
    );
    // The migrations after V8 are undone too (a V7 database has none of them).
    db.exec(
        "DELETE FROM rgpdctl_schema_history WHERE version = 11;
         DROP TABLE activity_imports;
         ALTER TABLE notifications DROP CONSTRAINT notifications_status_check,
             DROP COLUMN written_at, DROP COLUMN failed_at, DROP COLUMN failed_address_sha256;
         ALTER TABLE notifications ADD CONSTRAINT notifications_status_check
             CHECK (status IN ('pending', 'sent', 'failed'))",
    );
    let after_v8: u64 =
        db.one::<i64>("SELECT count(*) FROM rgpdctl_schema_history WHERE version > 8") as u64;
    assert_eq!(after_v8, 0, "undo the migrations after V8 here");
    let before: i64 = db.one("SELECT count(*) FROM audit_log");
    let r = run(db.cmd().env_remove("RGPDCTL_AS_OF").args(["db", "migrate"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("migration failed"), "{r}");
    assert!(!r.stderr.contains("not in the journal"), "{r}");
    let rows: Vec<(String, String)> = db
        .client()
        .query(
            "SELECT command, outcome FROM audit_log ORDER BY id OFFSET $1",
            &[&before],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(rows, [("db migrate".to_string(), "failed".to_string())]);
    assert_eq!(run(db.cmd().args(["audit", "verify"])).code, 0);
    // Fixed, the upgrade goes through and says so.
    db.exec("DROP TABLE job_progress");
    let r = run(db
        .cmd()
        .env_remove("RGPDCTL_AS_OF")
        .args(["--format", "json", "db", "migrate"]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    // V8 and the later ones (refinery applies none below the last applied; they are idempotent).
    assert_eq!(v["counts"]["migrations_applied"], migrations_from(8), "{r}");
    assert_eq!(run(db.cmd().args(["audit", "verify"])).code, 0);
}

/// How many migrations of version `from` or later are in migrations/.
fn migrations_from(from: u32) -> usize {
    std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.strip_prefix('V')?
                .split("__")
                .next()?
                .parse::<u32>()
                .ok()
        })
        .filter(|v| *v >= from)
        .count()
}

/// On an empty database the journal comes with the migrations: a failure leaves nothing, says
/// that the run could not be journalled, and the next (successful) run writes its row.
#[test]
fn failed_migration_on_an_empty_database_is_not_a_panic() {
    let mut admin = harness::admin();
    let name = format!("rgpdctl_failmig_{}", std::process::id());
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap();
    let url = harness::url_for(&name);
    let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    // V8 creates `job_progress`: a table of that name makes the whole group roll back.
    c.batch_execute("CREATE TABLE job_progress (x int)")
        .unwrap();
    let r = run(bin().env("DATABASE_URL", &url).args(["db", "migrate"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("migration failed"), "{r}");
    assert!(
        r.stderr.contains("this failed run is not in the journal"),
        "{r}"
    );
    let journal: bool = c
        .query_one("SELECT to_regclass('audit_log') IS NOT NULL", &[])
        .unwrap()
        .get(0);
    assert!(!journal, "the group must have rolled back");
    c.batch_execute("DROP TABLE job_progress").unwrap();
    let r = run(bin().env("DATABASE_URL", &url).args(["db", "migrate"]));
    assert_eq!(r.code, 0, "{r}");
    let rows: Vec<(String, Option<i64>)> = c
        .query(
            "SELECT outcome, run_id FROM audit_log WHERE command = 'db migrate' ORDER BY id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(rows, [("ok".to_string(), None)]);
    // Once the journal is there, migrate runs under the runner: started, then ok.
    let r = run(bin().env("DATABASE_URL", &url).args(["db", "migrate"]));
    assert_eq!(r.code, 0, "{r}");
    let last: Vec<String> = c
        .query(
            "SELECT outcome FROM audit_log WHERE command = 'db migrate' ORDER BY id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(last, ["ok", "started", "ok"]);
    drop(c);
    admin
        .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .unwrap();
}

#[test]
fn audit_log_refuses_update_and_delete_and_verifies() {
    let db = TestDb::new();
    assert_eq!(run(db.cmd().args(["db", "migrate"])).code, 0);
    assert_eq!(run(db.cmd().args(["db", "migrate"])).code, 0);
    let mut c = db.client();
    assert!(c
        .batch_execute("UPDATE audit_log SET actor = 'mallory'")
        .is_err());
    assert!(c.batch_execute("DELETE FROM audit_log").is_err());
    assert!(c.batch_execute("TRUNCATE audit_log").is_err());
    let ok = run(db.cmd().args(["--format", "json", "audit", "verify"]));
    assert_eq!(ok.code, 0, "{ok}");
    let actor: String = db.one("SELECT actor FROM audit_log ORDER BY id LIMIT 1");
    assert_eq!(actor, "test");
    // A superuser can bypass the trigger; verify then names the altered row.
    c.batch_execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update; UPDATE audit_log SET counts = '{}' WHERE id = (SELECT min(id) FROM audit_log)").unwrap();
    let bad = run(db.cmd().args(["audit", "verify"]));
    assert_eq!(bad.code, 1, "{bad}");
    assert!(bad.stderr.contains("audit chain broken at row"), "{bad}");
}

/// Both rows of a run carry its `started` row's id; one-shot commands have none. `verify`
/// counts the runs and names those started and not ended.
#[test]
fn audit_list_and_verify_show_runs() {
    let db = TestDb::new();
    assert_eq!(run(db.cmd().args(["db", "migrate"])).code, 0);
    let r = run(db.cmd().args([
        "requests",
        "add",
        "--email",
        "a@example.org",
        "--right",
        "access",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let r = run(db.cmd().args(["--format", "json", "audit", "list"]));
    assert_eq!(r.code, 0, "{r}");
    let rows: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    let of = |outcome: &str, command: &str| {
        rows.iter()
            .rfind(|v| v["outcome"] == outcome && v["command"] == command)
            .unwrap_or_else(|| panic!("no {command} {outcome} row: {rows:?}"))
            .clone()
    };
    let started = of("started", "db migrate");
    assert_eq!(started["run_id"], started["id"]);
    assert_eq!(of("ok", "db migrate")["run_id"], started["id"]);
    assert_eq!(of("ok", "requests add")["run_id"], serde_json::Value::Null);
    let r = run(db.cmd().args(["--format", "csv", "audit", "list"]));
    assert!(
        r.stdout
            .starts_with("id,at,actor,command,parameters,counts,outcome,run_id\n"),
        "{r}"
    );
    let r = run(db.cmd().args(["--format", "json", "audit", "verify"]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["rows"], rows.len(), "{v}");
    assert_eq!(v["counts"]["runs"], 1, "{v}");
    assert_eq!(v["counts"]["unfinished_runs"], serde_json::json!([]), "{v}");
    assert_eq!(v["counts"]["broken_at"], serde_json::Value::Null, "{v}");
}

/// A run's `started` row is not an outcome: a run going on (or killed) leaves `report`'s last
/// outcome at the previous run's.
#[test]
fn report_last_runs_skip_started_rows() {
    let db = TestDb::new();
    assert_eq!(run(db.cmd().args(["db", "migrate"])).code, 0);
    db.exec(
        "INSERT INTO audit_log (at, actor, command, parameters, counts, outcome, prev_hash, hash)
         SELECT '2026-06-15T11:00:00Z', 'test', 'db migrate', '{}', '{}', 'started', hash, repeat('0', 64)
           FROM audit_log ORDER BY id DESC LIMIT 1",
    );
    let r = run(db.cmd().args(["--format", "json", "report"]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let m = v["last_runs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["job"] == "db migrate")
        .unwrap()
        .clone();
    assert_eq!(m["last_outcome"], "ok", "{m}");
    assert_eq!(m["last_run"], m["last_success"], "{m}");
}

#[test]
fn libpq_environment_is_honoured() {
    let db = TestDb::new();
    // No DATABASE_URL: PGHOST / PGUSER / PGDATABASE as a DBA would set them.
    let r = run(bin()
        .env("PGHOST", "127.0.0.1")
        .env("PGUSER", "postgres")
        .env("PGDATABASE", &db.name)
        .args(["db", "status"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stdout.contains("applied"), "{r}");
    // key=value form, TLS required (the local server has a self-signed certificate).
    let kv = format!(
        "host=127.0.0.1 user=postgres dbname={} sslmode=require",
        db.name
    );
    let r = run(bin().args(["--database-url", &kv, "db", "status"]));
    assert_eq!(r.code, 0, "{r}");
}

#[test]
fn unreachable_database_exits_75_with_a_hint() {
    let r = run(bin().args([
        "--database-url",
        "postgres://postgres@127.0.0.1:1/x",
        "db",
        "status",
    ]));
    assert_eq!(r.code, 75, "{r}");
    assert!(
        r.stderr
            .contains("could not connect to `postgres@127.0.0.1:1/x`"),
        "{r}"
    );
    assert!(r.stderr.contains("hint:"), "{r}");
    assert!(r.stdout.is_empty());
    assert!(!r.stderr.contains("panicked"));
}

#[test]
fn password_never_shows_in_errors() {
    let r = run(bin().args([
        "--database-url",
        "postgres://postgres:hunter2secret@127.0.0.1:1/x",
        "db",
        "status",
    ]));
    assert_eq!(r.code, 75);
    assert!(!r.stderr.contains("hunter2secret"), "{r}");
}

#[test]
fn usage_errors_exit_2() {
    let r = run(bin().args(["--as-of", "yesterday-ish", "db", "status"]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("invalid --as-of `yesterday-ish`"), "{r}");
    let r = run(bin().args(["no-such-command"]));
    assert_eq!(r.code, 2, "{r}");
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(&cfg, "[retention]\naccount_inactivity = \"forever\"\n").unwrap();
    let r = run(bin().args(["--config", cfg.to_str().unwrap(), "db", "status"]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("invalid configuration file"), "{r}");
}

#[test]
fn job_lock_second_holder_exits_75() {
    let db = TestDb::new();
    let mut c = db.client();
    c.execute(
        "SELECT pg_advisory_lock(hashtextextended('rgpdctl job: ' || 'db migrate', 0))",
        &[],
    )
    .unwrap();
    let r = run(db.cmd().args(["db", "migrate"]));
    assert_eq!(r.code, 75, "{r}");
    assert!(
        r.stderr
            .contains("another `rgpdctl db migrate` run holds the job lock"),
        "{r}"
    );
}

#[test]
fn help_texts() {
    fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<(String, Vec<String>)>) {
        out.push((path.join("-"), path[1..].to_vec()));
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            walk(sub, p, out);
        }
    }
    let mut all = Vec::new();
    let mut root = rgpdctl::cli::Cli::command();
    root.build();
    walk(&root, vec!["rgpdctl".into()], &mut all);
    for (name, args) in all {
        let r = run(bin().args(&args).arg("--help"));
        assert_eq!(r.code, 0, "{name}: {r}");
        insta::assert_snapshot!(format!("help-{name}"), r.stdout);
    }
}

#[test]
fn completions_and_man_pages_are_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let cli = rgpdctl::cli::Cli::command;
    rgpdctl::commands::completions::write_completions_of(&cli(), &dir.path().join("completions"))
        .unwrap();
    rgpdctl::commands::completions::write_man_of(cli(), &dir.path().join("man")).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["completions", "man"] {
        let mut fresh: Vec<_> = std::fs::read_dir(dir.path().join(sub))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        fresh.sort();
        let mut committed: Vec<_> = std::fs::read_dir(root.join(sub))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        committed.sort();
        assert_eq!(
            fresh, committed,
            "{sub}/ is out of date: run `scripts/regen`"
        );
        for f in fresh {
            let a = std::fs::read(dir.path().join(sub).join(&f)).unwrap();
            let b = std::fs::read(root.join(sub).join(&f)).unwrap();
            assert!(
                a == b,
                "{sub}/{} is out of date: run `scripts/regen`",
                f.to_string_lossy()
            );
        }
    }
}

#[test]
fn completions_for_one_shell_go_to_stdout() {
    let r = run(bin().args(["completions", "bash"]));
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("_rgpdctl()"),
        "{}",
        &r.stdout[..200.min(r.stdout.len())]
    );
}

/// A full disk is an error with its cause, not a panic: clap's generators unwrap their writes.
#[test]
fn completions_and_man_to_a_full_disk_say_so() {
    // A test that cannot get what it needs fails, it never skips.
    assert!(
        std::path::Path::new("/dev/full").exists(),
        "this test needs /dev/full (a Linux character device: mknod /dev/full c 1 7)"
    );
    for args in [&["completions", "bash"][..], &["completions", "zsh"][..]] {
        let full = std::fs::File::create("/dev/full").unwrap();
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("rgpdctl"))
            .args(args)
            .env("NO_COLOR", "1")
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(101), "{args:?} panicked: {stderr}");
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("No space left on device"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    // The pages go to files: a folder that cannot be made is an error too, never a panic.
    let r = run(bin().args(["man", "--dir", "/dev/full/man"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr
            .contains("cannot write man pages into `/dev/full/man`"),
        "{r}"
    );
}

/// TLS with rustls against the local server's self-signed certificate (Debian's snakeoil,
/// issued for `localhost`): verify-full checks the chain and the name, verify-ca the chain only.
#[test]
fn tls_verify_modes() {
    let cert = "/etc/ssl/certs/ssl-cert-snakeoil.pem";
    let ssl_on: String = harness::admin().query_one("SHOW ssl", &[]).unwrap().get(0);
    // A test that cannot get what it needs fails, it never skips.
    assert!(
        ssl_on == "on" && std::path::Path::new(cert).exists(),
        "the test PostgreSQL must serve TLS with Debian's snakeoil certificate ({cert}): \
         set ssl = on in postgresql.conf (Debian's default) and install ssl-cert"
    );
    let db = TestDb::new();
    let url = |host: &str, mode: &str| {
        format!(
            "host={host} user=postgres dbname={} sslmode={mode} sslrootcert={cert}",
            db.name
        )
    };
    assert_eq!(
        run(bin().args([
            "--database-url",
            &url("localhost", "verify-full"),
            "db",
            "status"
        ]))
        .code,
        0
    );
    assert_eq!(
        run(bin().args([
            "--database-url",
            &url("127.0.0.1", "verify-ca"),
            "db",
            "status"
        ]))
        .code,
        0
    );
    let r = run(bin().args([
        "--database-url",
        &url("127.0.0.1", "verify-full"),
        "db",
        "status",
    ]));
    assert_eq!(r.code, 2, "a name mismatch is a configuration error: {r}");
    assert!(r.stderr.contains("not valid for name \"127.0.0.1\""), "{r}");
}

/// A real (not dry) run refuses an --as-of in the future: it would delete before the notice's
/// time. A dry run may plan ahead; --allow-future is for test databases.
#[test]
fn future_clock_is_for_dry_runs() {
    let db = TestDb::new();
    db.exec("INSERT INTO accounts (pseudonym, email, last_activity_at) VALUES ('a', 'a@example.org', '2026-01-01')");
    // The activity data of the tests' clock is stale in 2099 (issue 12, point 6): accepted here.
    let r = run(db.cmd().args([
        "--as-of",
        "2099-01-01",
        "--yes",
        "accounts",
        "purge",
        "--accept-stale-activity",
    ]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("is in the future"), "{r}");
    assert_eq!(
        run(db.cmd().args([
            "--as-of",
            "2099-01-01",
            "accounts",
            "purge",
            "--dry-run",
            "--accept-stale-activity"
        ]))
        .code,
        0
    );
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM audit_log WHERE command = 'accounts purge'"),
        0
    );
    assert_eq!(
        run(db.cmd().args([
            "--as-of",
            "2099-01-01",
            "--allow-future",
            "--yes",
            "accounts",
            "purge",
            "--accept-stale-activity"
        ]))
        .code,
        0
    );
}
