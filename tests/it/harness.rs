//! The shared test harness: a real PostgreSQL, a template database migrated once (under an
//! advisory lock, since test binaries may run in parallel), one fresh database per test (dropped
//! on success, kept and named on failure), and the real binary run with a fixed environment.

#![allow(dead_code)]

use assert_cmd::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

/// The clock every test runs at unless it says otherwise.
pub const AS_OF: &str = "2026-06-15T10:00:00Z";

pub fn admin_url() -> String {
    std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// `admin_url` with another database name.
pub fn url_for(db: &str) -> String {
    let admin = admin_url();
    match admin.rfind('/') {
        Some(i) if admin[..i].contains("://") && i > admin.find("://").unwrap() + 2 => {
            let (base, rest) = admin.split_at(i);
            let query = rest.find('?').map(|q| &rest[q..]).unwrap_or("");
            format!("{base}/{db}{query}")
        }
        _ => format!("{admin}/{db}"),
    }
}

pub fn admin() -> postgres::Client {
    postgres::Client::connect(&admin_url(), postgres::NoTls).unwrap_or_else(|e| {
        panic!(
            "cannot reach the test PostgreSQL at {} ({e}); run scripts/test, which starts one",
            admin_url()
        )
    })
}

fn migrations_hash() -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        f.file_name().hash(&mut h);
        std::fs::read(&f).unwrap().hash(&mut h);
    }
    format!("{:016x}", h.finish())
}

/// The migrated template database, built once per schema version.
fn template() -> &'static str {
    static TPL: OnceLock<String> = OnceLock::new();
    TPL.get_or_init(|| {
        // `_a1`: the fixtures written into the template (the activity import below).
        let name = format!("rgpdctl_tpl_{}_a1", &migrations_hash()[..12]);
        let mut c = admin();
        c.execute("SELECT pg_advisory_lock(727274)", &[]).unwrap();
        let ready: bool = c
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM pg_database d LEFT JOIN pg_shdescription s ON s.objoid = d.oid
                  WHERE d.datname = $1 AND s.description = 'ready')",
                &[&name],
            )
            .unwrap()
            .get(0);
        if !ready {
            c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).unwrap();
            c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
            let out = bin().env("DATABASE_URL", url_for(&name)).args(["--as-of", AS_OF, "-q", "db", "migrate", "--simulated-clock"]).output().unwrap();
            assert!(out.status.success(), "migrating the template failed: {}", String::from_utf8_lossy(&out.stderr));
            // The platform's activity data is fresh at the tests' clock (issue 12, point 6: warn
            // and purge refuse stale activity data); tests/it/freshness.rs removes it.
            let mut t = postgres::Client::connect(&url_for(&name), postgres::NoTls).unwrap();
            t.execute(
                "INSERT INTO activity_imports (kind, imported_at, newest_activity_at) VALUES ('logs', $1::text::timestamptz, $1::text::timestamptz)",
                &[&AS_OF],
            )
            .unwrap();
            c.batch_execute(&format!("COMMENT ON DATABASE {name} IS 'ready'")).unwrap();
        }
        c.execute("SELECT pg_advisory_unlock(727274)", &[]).unwrap();
        name
    })
}

/// The binary with a clean, fixed environment.
pub fn bin() -> Command {
    let mut cmd = Command::cargo_bin("rgpdctl").unwrap();
    for var in [
        "DATABASE_URL",
        "RGPDCTL_CONFIG",
        "RGPDCTL_AS_OF",
        "RGPDCTL_SMTP_URL",
        "RGPDCTL_SMTP_PASSWORD",
        "RGPDCTL_SMTP_CA_FILE",
        "RGPDCTL_MAIL_FROM",
        "RGPDCTL_OUTBOX_DIR",
        "PGHOST",
        "PGHOSTADDR",
        "PGPORT",
        "PGUSER",
        "PGPASSWORD",
        "PGDATABASE",
        "PGSSLMODE",
        "PGAPPNAME",
        "PGPASSFILE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "120")
        .env("RGPDCTL_ACTOR", "test");
    cmd
}

pub struct TestDb {
    pub name: String,
    pub url: String,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestDb {
    /// A fresh, migrated database for one test.
    pub fn new() -> TestDb {
        let tpl = template();
        let name = format!(
            "rgpdctl_t_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let mut c = admin();
        let mut attempt = 0;
        loop {
            c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .unwrap();
            match c.batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {tpl}")) {
                Ok(()) => break,
                // Another test copying the same template at this instant: try again.
                Err(e) if attempt < 50 => {
                    attempt += 1;
                    let _ = e;
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                Err(e) => panic!("cannot create test database {name}: {e}"),
            }
        }
        TestDb {
            url: url_for(&name),
            name,
        }
    }

    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).unwrap()
    }

    /// The binary pointed at this database, at the fixed clock.
    pub fn cmd(&self) -> Command {
        let mut cmd = bin();
        cmd.env("DATABASE_URL", &self.url)
            .env("RGPDCTL_AS_OF", AS_OF);
        cmd
    }

    /// One value from a query (e.g. a count).
    pub fn one<T: for<'a> postgres::types::FromSql<'a>>(&self, sql: &str) -> T {
        self.client().query_one(sql, &[]).unwrap().get(0)
    }

    pub fn exec(&self, sql: &str) {
        self.client().batch_execute(sql).unwrap();
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "test database kept for inspection: {} ({})",
                self.name, self.url
            );
            return;
        }
        if let Ok(mut c) = postgres::Client::connect(&admin_url(), postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// stdout, stderr and exit code of a finished command, for snapshots and assertions.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// A file under `tests/fixtures/` or the shared real-world fixtures.
pub fn fixture(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}
