//! Platform exports: `accounts import`, `logs import`, `surveys import`.

use crate::harness::{run, TestDb};
use std::io::Write;

fn file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> String {
    let p = dir.path().join(name);
    std::fs::File::create(&p).unwrap().write_all(bytes).unwrap();
    p.to_str().unwrap().to_string()
}

const ACCOUNTS: &str = "pseudonym,email,first_name,last_name,role,created_at,last_activity_at
camille.m,Camille.Martin@example.org,Camille,Martin,user,2023-01-10,2024-03-01 10:00:00
jdupont,j.dupont@example.org,Jérôme,Dupont,producer,2022-05-01T08:00:00Z,2026-05-01T08:00:00Z
";

#[test]
fn accounts_import_upserts_and_is_idempotent() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let f = file(&dir, "accounts.csv", ACCOUNTS.as_bytes());
    let r = run(db
        .cmd()
        .args(["--format", "json", "accounts", "import", &f]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["inserted"], 2, "{r}");
    // Paris wall-clock time, stored in UTC.
    let last: String = db.one("SELECT to_char(last_activity_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM accounts WHERE pseudonym = 'camille.m'");
    assert_eq!(last, "2024-03-01 09:00");
    let before: String = db.one("SELECT string_agg(a::text, '|' ORDER BY id) FROM accounts a");
    let again = run(db
        .cmd()
        .args(["--format", "json", "accounts", "import", &f]));
    let v: serde_json::Value = serde_json::from_str(&again.stdout).unwrap();
    assert_eq!(
        (
            v["counts"]["inserted"].as_i64(),
            v["counts"]["updated"].as_i64(),
            v["counts"]["unchanged"].as_i64()
        ),
        (Some(0), Some(0), Some(2)),
        "{again}"
    );
    let after: String = db.one("SELECT string_agg(a::text, '|' ORDER BY id) FROM accounts a");
    assert_eq!(before, after, "a second import must change nothing");

    // Same email in other case: an update, and activity never moves backwards.
    let upd = file(&dir, "upd.csv", b"email,pseudonym,first_name,last_activity_at\ncamille.martin@EXAMPLE.org,camille.m,Camille-Rose,2023-01-01\n");
    let r = run(db
        .cmd()
        .args(["--format", "json", "accounts", "import", &upd]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM accounts"), 2);
    assert_eq!(
        db.one::<String>("SELECT first_name FROM accounts WHERE pseudonym = 'camille.m'"),
        "Camille-Rose"
    );
    let last: String = db.one("SELECT to_char(last_activity_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM accounts WHERE pseudonym = 'camille.m'");
    assert_eq!(last, "2024-03-01 09:00");
    // The audit journal has the imports, never an email.
    let journal: String = db.one("SELECT string_agg(parameters::text || counts::text, ' ') FROM audit_log WHERE command = 'accounts import'");
    assert!(!journal.contains('@'), "{journal}");
    assert_eq!(
        db.one::<i64>(
            "SELECT count(*) FROM audit_log WHERE command = 'accounts import' AND outcome <> 'started'"
        ),
        3
    );
}

#[test]
fn encodings_delimiters_and_line_endings() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    // Windows-1252 with `;` and CRLF.
    let cp1252 =
        b"pseudonym;email;first_name;last_name\r\nelo;elodie@example.org;\xC9lodie;Fran\xE7ois\r\n";
    let r = run(db
        .cmd()
        .args(["accounts", "import", &file(&dir, "a.csv", cp1252)]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db.one::<String>(
            "SELECT first_name || ' ' || last_name FROM accounts WHERE pseudonym = 'elo'"
        ),
        "Élodie François"
    );
    // UTF-8 with BOM, tab-separated, CR-only line ends.
    let tab = "\u{feff}pseudonym\temail\tlast_name\rnoe\tnoe@example.org\tLe Goff\r".as_bytes();
    let r = run(db
        .cmd()
        .args(["accounts", "import", &file(&dir, "b.tsv", tab)]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db.one::<String>("SELECT last_name FROM accounts WHERE pseudonym = 'noe'"),
        "Le Goff"
    );
    // \r\r\n line ends (a real export defect), `,`, UTF-16 with BOM.
    let crcr = b"pseudonym,email\r\r\nzoe,zoe@example.org\r\r\n";
    assert_eq!(
        run(db
            .cmd()
            .args(["accounts", "import", &file(&dir, "c.csv", crcr)]))
        .code,
        0
    );
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "pseudonym,email\nthuy,thuy@example.org\n"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        )
        .collect();
    let r = run(db
        .cmd()
        .args(["accounts", "import", &file(&dir, "d.csv", &utf16)]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM accounts"), 4);
}

#[test]
fn a_bad_line_imports_nothing_and_names_line_and_column() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&[u8], &str); 6] = [
        (b"pseudonym,email,last_activity_at\na,a@example.org,2024-01-01\nb,b@example.org,le 3 mars\n", "line 3, column `last_activity_at`: invalid timestamp `le 3 mars`"),
        (b"pseudonym,email,role\na,a@example.org,user\nb,b@example.org,superuser\n", "line 3, column `role`: invalid role `superuser`"),
        (b"pseudonym,email\na,a@example.org\nb,A@example.org\n", "line 3, column `email`: `A***@e***.org` already appears on line 2"),
        (b"pseudonym,email\na,a@example.org\nb\n", "line 3: expected 2 fields, found 1"),
        (b"pseudonym,email\na,a@example.org\nb,not-an-email\n", "line 3, column `email`: invalid email"),
        (b"pseudonym,email\na,a@example.org\n,b@example.org\n", "line 3, column `pseudonym`: empty value"),
    ];
    for (bytes, expected) in cases {
        let r = run(db
            .cmd()
            .args(["accounts", "import", &file(&dir, "bad.csv", bytes)]));
        assert_eq!(r.code, 1, "{r}");
        assert!(r.stderr.contains(expected), "expected {expected:?} in {r}");
        assert!(r.stderr.contains("hint:"), "{r}");
        assert!(!r.stderr.contains("panicked"));
        assert_eq!(
            db.one::<i64>("SELECT count(*) FROM accounts"),
            0,
            "nothing may be imported: {r}"
        );
    }
}

#[test]
fn unknown_or_missing_columns_are_refused() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let r = run(db.cmd().args([
        "accounts",
        "import",
        &file(
            &dir,
            "x.csv",
            b"pseudonym,email,phone\na,a@example.org,0612\n",
        ),
    ]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("unknown column `phone`"), "{r}");
    assert!(r.stderr.contains("accepted columns: pseudonym, email, first_name, last_name, role, created_at, last_activity_at"), "{r}");
    let r = run(db.cmd().args([
        "logs",
        "import",
        &file(&dir, "y.csv", b"pseudonym,ip\na,1.2.3.4\n"),
    ]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("missing column `occurred_at`"), "{r}");
    let r = run(db
        .cmd()
        .args(["accounts", "import", &file(&dir, "e.csv", b"")]));
    assert_eq!(r.code, 2, "{r}");
}

#[test]
fn hostile_strings_are_stored_as_they_are() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let hostile = "pseudonym,email,first_name,last_name\n\"o'brien\"\"; DROP TABLE accounts; --\",x@example.org,\"Zoë 😀\",\"مرحبا بالعالم\"\n\"\\N\",y@example.org,\"a\tb\",\"line\nbreak\"\n";
    let r = run(db.cmd().args([
        "accounts",
        "import",
        &file(&dir, "h.csv", hostile.as_bytes()),
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db.one::<String>("SELECT pseudonym FROM accounts WHERE email = 'x@example.org'"),
        "o'brien\"; DROP TABLE accounts; --"
    );
    assert_eq!(
        db.one::<String>(
            "SELECT first_name || '|' || last_name FROM accounts WHERE email = 'x@example.org'"
        ),
        "Zoë 😀|مرحبا بالعالم"
    );
    assert_eq!(db.one::<String>("SELECT pseudonym || '|' || first_name || '|' || last_name FROM accounts WHERE email = 'y@example.org'"), "\\N|a\tb|line\nbreak");
}

#[test]
fn dry_run_and_stdin() {
    let db = TestDb::new();
    let r = run(db
        .cmd()
        .args(["--format", "json", "accounts", "import", "-", "--dry-run"])
        .write_stdin(ACCOUNTS));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        (v["dry_run"].as_bool(), v["counts"]["inserted"].as_i64()),
        (Some(true), Some(2))
    );
    assert_eq!(db.one::<i64>("SELECT count(*) FROM accounts"), 0);
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM audit_log WHERE command = 'accounts import'"),
        0,
        "a dry run writes no audit row"
    );
    let r = run(db
        .cmd()
        .args(["accounts", "import", "-"])
        .write_stdin(ACCOUNTS));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM accounts"), 2);
}

#[test]
fn logs_import_routes_to_partitions_and_raises_activity() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        run(db.cmd().args([
            "accounts",
            "import",
            &file(&dir, "a.csv", ACCOUNTS.as_bytes())
        ]))
        .code,
        0
    );
    let logs = "pseudonym;occurred_at;ip;geo;request;user_agent
camille.m;2025-01-15T10:00:00Z;82.64.1.2;Toulouse;/login;Firefox
camille.m;2026-06-01T10:00:00Z;2001:db8::1;Albi;/explore;Firefox
;2026-06-02T10:00:00Z;90.1.2.3;;/;curl
jdupont;2026-04-01T10:00:00Z;;;/api;
";
    let f = file(&dir, "logs.csv", logs.as_bytes());
    let r = run(db.cmd().args(["--format", "json", "logs", "import", &f]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM connection_logs"), 4);
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM connection_logs_default"),
        0,
        "every row in its month's partition"
    );
    assert!(db.one::<bool>("SELECT to_regclass('connection_logs_p2025_01') IS NOT NULL"));
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM connection_logs WHERE account_id IS NULL"),
        1
    );
    // camille.m's activity moves to her latest log; jdupont's (2026-05-01) is later than his log.
    let last: String = db.one("SELECT to_char(last_activity_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM accounts WHERE pseudonym = 'camille.m'");
    assert_eq!(last, "2026-06-01");
    let last: String = db.one("SELECT to_char(last_activity_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM accounts WHERE pseudonym = 'jdupont'");
    assert_eq!(last, "2026-05-01");
    // Twice: nothing stored twice.
    let r = run(db.cmd().args(["--format", "json", "logs", "import", &f]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["inserted"], 0, "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM connection_logs"), 4);

    let bad = file(
        &dir,
        "bad.csv",
        b"pseudonym,occurred_at\ncamille.m,2026-06-01\nnobody,2026-06-01\n",
    );
    let r = run(db.cmd().args(["logs", "import", &bad]));
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr
            .contains("line 3, column `pseudonym`: unknown account `nobody`"),
        "{r}"
    );
    let bad = file(
        &dir,
        "bad2.csv",
        b"pseudonym,occurred_at,ip\n,2026-06-01,999.1.1.1\n",
    );
    let r = run(db.cmd().args(["logs", "import", &bad]));
    assert!(
        r.stderr
            .contains("line 2, column `ip`: invalid IP address `999.1.1.1`"),
        "{r}"
    );
    assert_eq!(db.one::<i64>("SELECT count(*) FROM connection_logs"), 4);
}

#[test]
fn surveys_import_stores_answers_per_question() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let csv = "email;submitted_at;consent_at;commune;note;commentaire\n\
               a@example.org;2025-09-01 12:00:00;2025-09-01 12:00:00;Nîmes;4;\"Très bien, « merci »\"\n\
               ;2025-10-01;;Albi;2;\n";
    let f = file(&dir, "s.csv", csv.as_bytes());
    let r = run(db
        .cmd()
        .args(["surveys", "import", &f, "--survey", "satisfaction-2025"]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM surveys WHERE slug = 'satisfaction-2025'"),
        1
    );
    assert_eq!(
        db.one::<String>(
            "SELECT answers->>'commentaire' FROM survey_responses WHERE email = 'a@example.org'"
        ),
        "Très bien, « merci »"
    );
    assert_eq!(
        db.one::<String>("SELECT answers::text FROM survey_responses WHERE email IS NULL"),
        r#"{"note": "2", "commune": "Albi"}"#
    );
    let r = run(db
        .cmd()
        .args(["surveys", "import", &f, "--survey", "satisfaction-2025"]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM survey_responses"),
        2,
        "a second import stores nothing twice"
    );
}

/// A killed or interrupted import leaves nothing behind; the re-run imports everything.
#[test]
fn interrupted_import_leaves_nothing_and_reruns_cleanly() {
    use std::process::{Command, Stdio};
    let db = TestDb::new();
    let mut lines = String::from("pseudonym,occurred_at,ip\n");
    for i in 0..20000 {
        lines.push_str(&format!(
            ",2026-06-01T10:{:02}:{:02}Z,10.0.{}.{}\n",
            i / 60 % 60,
            i % 60,
            i / 250,
            i % 250
        ));
    }
    for signal in ["KILL", "INT"] {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("rgpdctl"))
            .env("DATABASE_URL", &db.url)
            .env("RGPDCTL_AS_OF", crate::harness::AS_OF)
            .args(["logs", "import", "-"])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        // Half the file, then wait (stdin stays open) so the import is mid-way when the signal lands.
        stdin
            .write_all(&lines.as_bytes()[..lines.len() / 2])
            .unwrap();
        stdin.flush().unwrap();
        // Wait until the COPY is under way on the server (a loaded machine may take a while).
        for _ in 0..200 {
            let copying: i64 = db.one(&format!(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = '{}' AND query LIKE 'COPY rgpd_stage%'",
                db.name
            ));
            if copying > 0 {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        let status = child.wait().unwrap();
        drop(stdin);
        if signal == "INT" {
            assert_eq!(status.code(), Some(130), "SIGINT must exit 130");
        }
        assert_eq!(
            db.one::<i64>("SELECT count(*) FROM connection_logs"),
            0,
            "after SIG{signal} nothing may be imported"
        );
    }
    let r = run(db
        .cmd()
        .args(["logs", "import", "-"])
        .write_stdin(lines.clone()));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM connection_logs"), 20000);
}

/// SIGTERM while a file is read (not a blocked stdin: the work reaches its next check): the
/// transaction is rolled back, the journal says `interrupted`, the exit code is 143.
#[test]
fn terminated_import_rolls_back_and_is_journalled_interrupted() {
    use std::process::{Command, Stdio};
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let mut lines = String::from("pseudonym,occurred_at,ip,request\n");
    for i in 0..400_000 {
        lines.push_str(&format!(
            ",2026-06-01T{:02}:{:02}:{:02}Z,10.{}.{}.{},/datasets/{i}\n",
            i / 3600 % 24,
            i / 60 % 60,
            i % 60,
            i / 62500,
            i / 250 % 250,
            i % 250
        ));
    }
    let path = file(&dir, "logs.csv", lines.as_bytes());
    let child = Command::new(assert_cmd::cargo::cargo_bin("rgpdctl"))
        .env("DATABASE_URL", &db.url)
        .env("RGPDCTL_AS_OF", crate::harness::AS_OF)
        .args(["logs", "import", &path])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    for _ in 0..400 {
        let copying: i64 = db.one(&format!(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = '{}' AND query LIKE 'COPY rgpd_stage%'",
            db.name
        ));
        if copying > 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let started = std::time::Instant::now();
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(143), "{stderr}");
    assert!(
        started.elapsed().as_secs() < 10,
        "stopped at its next chunk, not at the grace period's end"
    );
    assert_eq!(db.one::<i64>("SELECT count(*) FROM connection_logs"), 0);
    let journal: String = db.one(
        "SELECT string_agg(outcome, ',' ORDER BY id) FROM audit_log WHERE command = 'logs import'",
    );
    assert_eq!(journal, "started,interrupted", "{stderr}");
}

/// An old export cannot bring back what retention or a withdrawal removed.
#[test]
fn surveys_import_skips_responses_past_retention_and_withdrawn_people() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    db.exec(
        "INSERT INTO rights_requests (subject_email, \"right\", received_at, due_at, status)
         VALUES ('Gone@example.org', 'withdrawal', '2026-01-01', '2026-02-01', 'fulfilled')",
    );
    // 13 months before 2026-06-15 12:00 Paris is 2025-05-15 12:00 Paris (10:00 UTC).
    let csv = "email,submitted_at,note\n\
               old@example.org,2025-05-15T09:59:59Z,3\n\
               edge@example.org,2025-05-15T10:00:00Z,4\n\
               gone@example.org,2025-12-10T10:00:00Z,5\n";
    let r = run(db.cmd().args([
        "--format",
        "json",
        "surveys",
        "import",
        &file(&dir, "s.csv", csv.as_bytes()),
        "--survey",
        "s",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    // Issue 15: the response past the retention is kept for statistics, anonymised, no longer
    // skipped (the count `skipped_past_retention` became `anonymised_past_retention`).
    assert_eq!(
        (
            v["counts"]["inserted"].as_i64(),
            v["counts"]["anonymised_past_retention"].as_i64(),
            v["counts"]["skipped_withdrawn"].as_i64()
        ),
        (Some(1), Some(1), Some(1)),
        "{r}"
    );
    assert!(r.stderr.contains("past the survey retention"), "{r}");
    assert_eq!(
        db.one::<String>("SELECT string_agg(email, ',') FROM survey_responses"),
        "edge@example.org"
    );
    assert_eq!(
        db.one::<String>(
            "SELECT concat_ws('|', email, consent_at, submitted_at AT TIME ZONE 'Europe/Paris', answers->>'note')
               FROM survey_responses WHERE anonymised_at IS NOT NULL"
        ),
        "2025-05-01 00:00:00|3"
    );
}

/// Issue 15: responses already past the retention are imported anonymised with the rules of
/// `surveys anonymise` (free text scrubbed, the respondent's own names too), in the import's
/// transaction, counted; a dry run stores nothing, a second import nothing more;
/// `--keep-expired` still loads them identifiable for `surveys anonymise`.
#[test]
fn surveys_import_anonymises_responses_past_retention() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    db.exec(
        "INSERT INTO accounts (pseudonym, email, first_name, last_name, created_at, last_activity_at)
         VALUES ('hlefevre', 'h.l@example.org', 'Hélène', 'Lefèvre', '2024-01-01', '2026-01-01')",
    );
    let csv = "email,submitted_at,note,commentaire\n\
               h.l@example.org,2025-03-10T10:00:00Z,4,\"Signé helene lefevre, 06 12 34 56 78\"\n\
               x@example.org,2025-04-02T10:00:00Z,2,\"J'habite 3 ter avenue Jean-Jaurès, IBAN FR14 2004 1010 0505 0001 3M02 606\"\n\
               y@example.org,2025-04-03T10:00:00Z,5,Très bon service\n\
               z@example.org,2026-01-03T10:00:00Z,5,Merci à M. Garcia\n";
    let path = file(&dir, "s.csv", csv.as_bytes());
    let import = |extra: &[&str]| {
        let mut args = vec![
            "--format", "json", "surveys", "import", &path, "--survey", "s",
        ];
        args.extend_from_slice(extra);
        run(db.cmd().args(&args))
    };
    let r = import(&["--dry-run"]);
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["anonymised_past_retention"], 3, "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM survey_responses"), 0);

    let r = import(&[]);
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        (
            v["counts"]["inserted"].as_i64(),
            v["counts"]["anonymised_past_retention"].as_i64(),
            v["counts"]["values_scrubbed"].as_i64()
        ),
        (Some(1), Some(3), Some(2)),
        "{r}"
    );
    assert!(r.stderr.contains("3 response(s) submitted before"), "{r}");
    let rows: Vec<(Option<String>, String, String)> = db
        .client()
        .query(
            "SELECT email, to_char(submitted_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD HH24:MI'), answers->>'commentaire'
               FROM survey_responses ORDER BY answers->>'note'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    assert_eq!(
        rows,
        vec![
            (
                None,
                "2025-04-01 00:00".into(),
                "J'habite [adresse], IBAN [iban]".into()
            ),
            (
                None,
                "2025-03-01 00:00".into(),
                "Signé [nom], [téléphone]".into()
            ),
            (None, "2025-04-01 00:00".into(), "Très bon service".into()),
            (
                Some("z@example.org".into()),
                "2026-01-03 11:00".into(),
                "Merci à M. Garcia".into()
            ),
        ]
    );
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM survey_responses WHERE anonymised_at IS NOT NULL AND consent_at IS NULL"),
        3
    );
    // The same export again: nothing new, the anonymised ones recognised.
    let r = import(&[]);
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["anonymised_past_retention"], 0, "{r}");
    assert_eq!(v["counts"]["duplicates_skipped"], 4, "{r}");
    assert_eq!(db.one::<i64>("SELECT count(*) FROM survey_responses"), 4);

    // --keep-expired: identifiable, due for `surveys anonymise`.
    let db2 = TestDb::new();
    let r = run(db2.cmd().args([
        "surveys",
        "import",
        &path,
        "--survey",
        "s",
        "--keep-expired",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db2.one::<i64>("SELECT count(*) FROM survey_responses WHERE email IS NOT NULL AND anonymised_at IS NULL"),
        4
    );
}

/// A file that lacks columns or dates never erases or rejuvenates what an account has: no
/// `last_activity_at` must not make a dormant account look active (it would never be purged).
#[test]
fn missing_columns_keep_what_the_account_has() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        run(db.cmd().args([
            "accounts",
            "import",
            &file(&dir, "a.csv", ACCOUNTS.as_bytes())
        ]))
        .code,
        0
    );
    let before: String = db.one("SELECT string_agg(concat_ws('|', pseudonym, first_name, last_name, role, created_at, last_activity_at), ';' ORDER BY id) FROM accounts");
    let thin = file(&dir, "thin.csv", b"pseudonym,email,role,last_activity_at\ncamille.m,Camille.Martin@example.org,,\njdupont,j.dupont@example.org,,\n");
    let r = run(db
        .cmd()
        .args(["--format", "json", "accounts", "import", &thin]));
    assert_eq!(r.code, 0, "{r}");
    let after: String = db.one("SELECT string_agg(concat_ws('|', pseudonym, first_name, last_name, role, created_at, last_activity_at), ';' ORDER BY id) FROM accounts");
    assert_eq!(before, after, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["unchanged"], 2, "{r}");
}

/// An export older than an erasure (Art. 17) does not bring the person back: neither the
/// account nor their survey responses; activity after the erasure (a new registration) does.
#[test]
fn old_exports_do_not_bring_back_erased_people() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    db.exec(
        "INSERT INTO rights_requests (subject_email, \"right\", received_at, due_at, status, closed_at)
         VALUES ('camille.martin@example.org', 'erasure', '2026-05-01', '2026-06-01', 'fulfilled', '2026-05-02T10:00:00Z')",
    );
    let r = run(db.cmd().args([
        "--format",
        "json",
        "accounts",
        "import",
        &file(&dir, "a.csv", ACCOUNTS.as_bytes()),
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        (
            v["counts"]["inserted"].as_i64(),
            v["counts"]["skipped_erased"].as_i64()
        ),
        (Some(1), Some(1)),
        "{r}"
    );
    assert_eq!(
        db.one::<String>("SELECT string_agg(pseudonym, ',') FROM accounts"),
        "jdupont"
    );
    let back = file(
        &dir,
        "b.csv",
        b"pseudonym,email,last_activity_at\ncamille.m2,camille.martin@example.org,2026-06-01\n",
    );
    assert_eq!(run(db.cmd().args(["accounts", "import", &back])).code, 0);
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM accounts WHERE pseudonym = 'camille.m2'"),
        1,
        "registered again after the erasure"
    );
    let s = file(&dir, "s.csv", b"email,submitted_at,note\ncamille.martin@example.org,2026-04-01,3\ncamille.martin@example.org,2026-06-01,4\n");
    let r = run(db.cmd().args(["surveys", "import", &s, "--survey", "s"]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db.one::<String>("SELECT string_agg(answers->>'note', ',') FROM survey_responses"),
        "4",
        "only the response given after the erasure"
    );
}
