//! `subject export | erase | restrict | unrestrict | rectify`, against seeded data in every table.

use crate::harness::{run, TestDb};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// Two people with data in every category, plus an anonymous visitor and an anonymised response.
pub fn seed(db: &TestDb) {
    db.exec(
        r#"
INSERT INTO accounts (pseudonym, first_name, last_name, email, role, created_at, last_activity_at)
VALUES ('alice', 'Alice', 'Martin', 'Alice.Martin@Example.org', 'producer', '2024-03-01T09:00:00Z', '2026-06-01T08:00:00Z'),
       ('bob', 'Bob', 'Durand', 'bob@example.org', 'user', '2025-01-10T09:00:00Z', '2026-05-01T08:00:00Z');
INSERT INTO connection_logs (account_id, occurred_at, ip, geo, request, user_agent)
SELECT id, t::timestamptz, '192.0.2.7', 'Toulouse, FR', '/explore/dataset/velos', 'Firefox'
  FROM accounts, unnest(ARRAY['2026-06-01T08:00:00Z', '2026-05-20T07:00:00Z', '2026-04-10T12:30:00Z']) t
 WHERE pseudonym = 'alice';
INSERT INTO connection_logs (account_id, occurred_at, ip, request)
SELECT id, '2026-05-01T08:00:00Z', '198.51.100.9', '/' FROM accounts WHERE pseudonym = 'bob';
INSERT INTO connection_logs (account_id, occurred_at, ip, request) VALUES (NULL, '2026-05-02T08:00:00Z', '203.0.113.1', '/');
INSERT INTO audience_events (account_id, visitor_id, occurred_at, page, event)
SELECT id, 'v-alice', t::timestamptz, '/pages/accueil', 'pageview'
  FROM accounts, unnest(ARRAY['2026-06-01T08:01:00Z', '2025-09-01T10:00:00Z']) t WHERE pseudonym = 'alice';
INSERT INTO audience_events (account_id, visitor_id, occurred_at, page, event)
SELECT id, 'v-bob', '2026-05-01T08:01:00Z', '/', 'pageview' FROM accounts WHERE pseudonym = 'bob';
INSERT INTO datasets (slug, title, producer_account_id, table_name, source_name, row_count, imported_at, imported_by)
SELECT 'velos', 'Stations vélos', id, 'velos', 'velos.csv', 12, '2025-02-01T10:00:00Z', 'admin' FROM accounts WHERE pseudonym = 'alice';
INSERT INTO datasets (slug, title, producer_account_id, table_name, row_count, imported_at, imported_by)
SELECT 'lycees', 'Lycées', id, 'lycees', 3, '2025-03-01T10:00:00Z', 'admin' FROM accounts WHERE pseudonym = 'bob';
INSERT INTO dataset_subscriptions (account_id, dataset_id, subscribed_at)
SELECT a.id, d.id, '2025-04-01T10:00:00Z' FROM accounts a, datasets d WHERE a.pseudonym = 'alice';
INSERT INTO dataset_subscriptions (account_id, dataset_id, subscribed_at)
SELECT a.id, d.id, '2025-04-02T10:00:00Z' FROM accounts a, datasets d WHERE a.pseudonym = 'bob' AND d.slug = 'velos';
INSERT INTO surveys (slug, title) VALUES ('satisfaction-2026', 'Satisfaction 2026');
INSERT INTO survey_responses (survey_id, email, consent_at, submitted_at, answers, anonymised_at)
SELECT id, e, '2026-03-01T10:00:00Z', '2026-03-01T10:05:00Z', a::jsonb, NULL
  FROM surveys, (VALUES ('alice.martin@example.org', '{"note": 4, "commentaire": "très bien"}'),
                        ('bob@example.org', '{"note": 2}')) v(e, a);
INSERT INTO survey_responses (survey_id, email, submitted_at, answers, anonymised_at)
SELECT id, NULL, '2025-01-01T10:00:00Z', '{"note": 5}', '2026-02-01T00:00:00Z' FROM surveys;
INSERT INTO rights_requests (account_id, subject_email, "right", received_at, due_at, status)
VALUES (NULL, 'ALICE.MARTIN@example.org', 'access', '2026-06-10T09:00:00Z', '2026-07-10', 'open'),
       (NULL, 'bob@example.org', 'access', '2026-06-10T09:00:00Z', '2026-07-10', 'open');
INSERT INTO notifications (account_id, period_start, deletion_date, status, created_at, sent_at, message_id)
SELECT id, '2024-03-01T09:00:00Z', '2026-03-01T09:00:00Z', 'sent', '2026-01-30T09:00:00Z', '2026-01-30T09:00:05Z', '<m1@test>'
  FROM accounts WHERE pseudonym = 'alice';
"#,
    );
}

fn alice_id(db: &TestDb) -> i64 {
    db.one("SELECT id FROM accounts WHERE pseudonym = 'alice'")
}

fn read_zip(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (f.name().to_string(), b)
        })
        .collect()
}

fn file<'a>(files: &'a [(String, Vec<u8>)], name: &str) -> &'a [u8] {
    &files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} missing"))
        .1
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Reads a CSV of the archive as a spreadsheet would: BOM, `;`.
fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::str::from_utf8(bytes).unwrap();
    let body = text
        .strip_prefix('\u{feff}')
        .expect("CSV must start with a BOM");
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes());
    let headers = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(String::from).collect())
        .collect();
    (headers, rows)
}

fn check_document(doc: &Value, id: i64) {
    assert_eq!(doc["format"], "rgpdctl.subject-export.v1");
    assert_eq!(doc["exported_at"], "2026-06-15T10:00:00Z");
    assert_eq!(doc["subject"]["account_id"], id);
    let acc = &doc["account"];
    assert_eq!(acc["pseudonym"], "alice");
    assert_eq!(acc["first_name"], "Alice");
    assert_eq!(acc["email"], "Alice.Martin@Example.org");
    assert_eq!(acc["role"], "producer");
    assert_eq!(acc["created_at"], "2024-03-01T09:00:00+00:00");
    let logs = doc["connection_logs"].as_array().unwrap();
    assert_eq!(logs.len(), 3);
    assert_eq!(logs[0]["occurred_at"], "2026-04-10T12:30:00+00:00");
    assert_eq!(logs[0]["ip"], "192.0.2.7");
    assert_eq!(logs[0]["request"], "/explore/dataset/velos");
    assert_eq!(doc["audience_events"].as_array().unwrap().len(), 2);
    assert_eq!(doc["audience_events"][0]["visitor_id"], "v-alice");
    let subs = doc["dataset_subscriptions"].as_array().unwrap();
    assert_eq!(subs.len(), 2);
    let slugs: Vec<&str> = subs
        .iter()
        .map(|s| s["dataset_slug"].as_str().unwrap())
        .collect();
    assert!(
        slugs.contains(&"velos") && slugs.contains(&"lycees"),
        "{slugs:?}"
    );
    assert!(subs.iter().any(|s| s["dataset_title"] == "Stations vélos"));
    let produced = doc["datasets_produced"].as_array().unwrap();
    assert_eq!(produced.len(), 1);
    assert_eq!(produced[0]["slug"], "velos");
    assert_eq!(produced[0]["row_count"], 12);
    let resp = doc["survey_responses"].as_array().unwrap();
    assert_eq!(
        resp.len(),
        1,
        "only the identifiable response matches the email"
    );
    assert_eq!(resp[0]["survey_slug"], "satisfaction-2026");
    assert_eq!(resp[0]["answers"]["commentaire"], "très bien");
    let reqs = doc["rights_requests"].as_array().unwrap();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0]["right"], "access");
    assert_eq!(
        reqs[0]["status"], "fulfilled",
        "the export answers the open request"
    );
    let notes = doc["notifications"].as_array().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["message_id"], "<m1@test>");
    assert_eq!(doc["counts"]["connection_logs"], 3);
    assert_eq!(doc["counts"]["account"], 1);
    // Nobody else's data.
    let text = doc.to_string();
    assert!(
        !text.contains("bob@example.org")
            && !text.contains("198.51.100.9")
            && !text.contains("v-bob")
    );
}

#[test]
fn export_zip_holds_every_category_with_manifest_and_readme() {
    let db = TestDb::new();
    seed(&db);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("alice.zip");
    let r = run(db
        .cmd()
        .args([
            "subject",
            "export",
            "--email",
            "ALICE.martin@example.ORG",
            "-o",
        ])
        .arg(&out));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stdout.is_empty(), "stdout is for data only: {r}");
    assert!(r.stderr.contains("exported"), "{r}");
    assert_eq!(mode(&out), 0o600);
    // No temporary file left next to it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");

    let files = read_zip(&out);
    let listed: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        listed,
        [
            "LISEZMOI.txt",
            "donnees.json",
            "compte.csv",
            "connexions.csv",
            "mesure_audience.csv",
            "abonnements.csv",
            "jeux_de_donnees_produits.csv",
            "reponses_enquetes.csv",
            "demandes_droits.csv",
            "notifications.csv",
            "manifest.json"
        ]
    );
    let id = alice_id(&db);
    let doc: Value = serde_json::from_slice(file(&files, "donnees.json")).unwrap();
    check_document(&doc, id);

    // Manifest: every other file with its size and SHA-256, when and by whom.
    let manifest: Value = serde_json::from_slice(file(&files, "manifest.json")).unwrap();
    assert_eq!(manifest["created_by"], "test");
    assert_eq!(manifest["created_at"], "2026-06-15T10:00:00Z");
    let entries = manifest["files"].as_array().unwrap();
    assert_eq!(entries.len(), files.len() - 1);
    for e in entries {
        let bytes = file(&files, e["name"].as_str().unwrap());
        assert_eq!(e["size"], bytes.len());
        assert_eq!(e["sha256"], hex::encode(Sha256::digest(bytes)));
    }

    // CSVs open as a spreadsheet would, with French headers and Paris times.
    let (h, rows) = csv_rows(file(&files, "connexions.csv"));
    assert_eq!(h[0], "date et heure");
    assert_eq!(h[1], "adresse IP");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][0], "2026-04-10 14:30:00");
    let (h, rows) = csv_rows(file(&files, "compte.csv"));
    assert!(h.contains(&"pseudonyme".to_string()) && h.contains(&"adresse email".to_string()));
    assert_eq!(rows.len(), 1);
    let (_, rows) = csv_rows(file(&files, "reponses_enquetes.csv"));
    assert!(rows[0].last().unwrap().contains("très bien"));
    for (name, bytes) in &files {
        if name.ends_with(".csv") {
            csv_rows(bytes);
        }
    }

    // The Art. 15(1) information, from the configuration.
    let readme = String::from_utf8(file(&files, "LISEZMOI.txt").to_vec()).unwrap();
    for needle in [
        "Région Occitanie",
        "dpd@laregion.fr",
        "OpenDataSoft",
        "Brevo",
        "Feedier",
        "24 mois",
        "3 mois",
        "13 mois",
        "CNIL",
        "article 15",
        "réclamation",
        "connexions.csv",
    ] {
        assert!(readme.contains(needle), "LISEZMOI.txt lacks {needle}");
    }

    // Recorded: the open access request fulfilled, an audit row without the email.
    let status: String = db.one("SELECT status FROM rights_requests WHERE lower(subject_email) = 'alice.martin@example.org'");
    assert_eq!(status, "fulfilled");
    let bob: String =
        db.one("SELECT status FROM rights_requests WHERE subject_email = 'bob@example.org'");
    assert_eq!(bob, "open");
    let audit: String = db.one(
        "SELECT parameters::text || counts::text FROM audit_log WHERE command = 'subject export'",
    );
    assert!(audit.contains(&format!("\"account_id\": {id}")), "{audit}");
    assert!(audit.contains("\"connection_logs\": 3"), "{audit}");
    assert!(!audit.to_lowercase().contains("alice"), "{audit}");
}

#[test]
fn export_config_names_the_controller() {
    let db = TestDb::new();
    seed(&db);
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(&cfg, "[controller]\nname = \"Région Exemple\"\nhosting_processor = \"HébergeurX\"\n[retention]\nconnection_logs = \"6 months\"\nexceed_notice = \"contentieux en cours\"\n").unwrap();
    let out = dir.path().join("a.zip");
    let r = run(db
        .cmd()
        .args(["--config"])
        .arg(&cfg)
        .args(["subject", "export", "--pseudonym", "alice", "-o"])
        .arg(&out));
    assert_eq!(r.code, 0, "{r}");
    let readme = String::from_utf8(file(&read_zip(&out), "LISEZMOI.txt").to_vec()).unwrap();
    assert!(
        readme.contains("Région Exemple")
            && readme.contains("HébergeurX")
            && readme.contains("6 mois")
    );
    // Longer than the notice's 3 months (issue 12): allowed with its reason, and stated.
    assert!(
        readme.contains("ÉCART À LA NOTICE D'INFORMATION")
            && readme.contains(
                "connection_logs : 6 mois (notice : 3 mois) ; motif : contentieux en cours."
            ),
        "{readme}"
    );
    assert!(!readme.contains("OpenDataSoft"));
    // The test databases are simulated-clock ones (issue 12): the LISEZMOI says so first.
    assert!(
        readme.starts_with("\u{feff}[SIMULATION] Archive produite par une base de test"),
        "{readme}"
    );
}

#[test]
fn export_to_stdout_is_one_json_document() {
    let db = TestDb::new();
    seed(&db);
    let id = alice_id(&db);
    let r = run(db
        .cmd()
        .args(["subject", "export", "--account", &id.to_string(), "-o", "-"]));
    assert_eq!(r.code, 0, "{r}");
    let doc: Value = serde_json::from_str(&r.stdout).unwrap();
    check_document(&doc, id);
}

#[test]
fn export_into_a_folder() {
    let db = TestDb::new();
    seed(&db);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("alice");
    let r = run(db
        .cmd()
        .args(["subject", "export", "--pseudonym", "alice", "--dir", "-o"])
        .arg(&out));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(mode(&out), 0o700);
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 11);
    for e in std::fs::read_dir(&out).unwrap() {
        assert_eq!(mode(&e.unwrap().path()), 0o600);
    }
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    for e in manifest["files"].as_array().unwrap() {
        let bytes = std::fs::read(out.join(e["name"].as_str().unwrap())).unwrap();
        assert_eq!(e["sha256"], hex::encode(Sha256::digest(&bytes)));
    }
}

#[test]
fn export_of_an_unknown_person_writes_nothing() {
    let db = TestDb::new();
    seed(&db);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.zip");
    for who in [
        ["--email", "nobody@example.org"],
        ["--account", "999999"],
        ["--pseudonym", "zed"],
    ] {
        let r = run(db
            .cmd()
            .args(["subject", "export"])
            .args(who)
            .arg("-o")
            .arg(&out));
        assert_eq!(r.code, 1, "{r}");
        assert!(r.stderr.contains("no person known"), "{r}");
        assert!(
            !r.stderr.contains("nobody@example.org"),
            "the email is masked: {r}"
        );
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    let n: i64 = db.one("SELECT count(*) FROM audit_log WHERE command <> 'db migrate'");
    assert_eq!(n, 0);
    let n: i64 = db.one("SELECT count(*) FROM rights_requests");
    assert_eq!(n, 2);
}

#[test]
fn export_refuses_to_overwrite_unless_forced() {
    let db = TestDb::new();
    seed(&db);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a.zip");
    std::fs::write(&out, "precious").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    let r = run(db
        .cmd()
        .args(["subject", "export", "--pseudonym", "alice", "-o"])
        .arg(&out));
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr.contains("already exists") && r.stderr.contains("--force"),
        "{r}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"precious");
    let n: i64 = db.one("SELECT count(*) FROM rights_requests WHERE status = 'fulfilled'");
    assert_eq!(n, 0, "a refused export records nothing");
    let r = run(db
        .cmd()
        .args(["subject", "export", "--pseudonym", "alice", "--force", "-o"])
        .arg(&out));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(mode(&out), 0o600);
    assert_eq!(read_zip(&out).len(), 11);
}

#[test]
fn export_of_a_survey_respondent_without_account() {
    let db = TestDb::new();
    seed(&db);
    db.exec("INSERT INTO survey_responses (survey_id, email, submitted_at, answers) SELECT id, 'Carol@example.org', '2026-04-01T10:00:00Z', '{\"note\": 3}' FROM surveys");
    let r = run(db.cmd().args([
        "subject",
        "export",
        "--email",
        "carol@EXAMPLE.org",
        "-o",
        "-",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let doc: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["account"], Value::Null);
    assert_eq!(doc["survey_responses"].as_array().unwrap().len(), 1);
    assert_eq!(doc["connection_logs"].as_array().unwrap().len(), 0);
    // The answer is in the register, under the email.
    assert_eq!(doc["rights_requests"][0]["status"], "fulfilled");
}

// ----- erase -----

fn snapshot(db: &TestDb) -> String {
    db.one(
        "SELECT concat_ws('|',
            (SELECT string_agg(pseudonym || coalesce(restricted_at::text, ''), ',' ORDER BY id) FROM accounts),
            (SELECT count(*) FROM connection_logs), (SELECT count(*) FROM audience_events),
            (SELECT count(*) FROM dataset_subscriptions), (SELECT count(*) FROM notifications),
            (SELECT string_agg(slug || ':' || coalesce(producer_account_id::text, '-'), ',' ORDER BY id) FROM datasets),
            (SELECT string_agg(coalesce(email, '-') || coalesce(anonymised_at::text, ''), ',' ORDER BY id) FROM survey_responses),
            (SELECT string_agg(concat_ws(':', id, account_id, subject_email, \"right\", status), ',' ORDER BY id) FROM rights_requests))",
    )
}

fn audit_rows(db: &TestDb) -> i64 {
    db.one("SELECT count(*) FROM audit_log WHERE command <> 'db migrate'")
}

#[test]
fn erase_dry_run_changes_nothing_not_even_the_journal() {
    let db = TestDb::new();
    seed(&db);
    let before = snapshot(&db);
    let r = run(db.cmd().args([
        "--format",
        "json",
        "subject",
        "erase",
        "--email",
        "alice.martin@example.org",
        "--dry-run",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["dry_run"], true);
    let c = &v["counts"];
    assert_eq!(c["accounts_deleted"], 1);
    assert_eq!(c["connection_logs_deleted"], 3);
    assert_eq!(c["audience_events_deleted"], 2);
    assert_eq!(c["subscriptions_deleted"], 2);
    assert_eq!(c["notifications_deleted"], 1);
    assert_eq!(c["datasets_unlinked"], 1);
    assert_eq!(c["survey_responses_anonymised"], 1);
    assert_eq!(snapshot(&db), before);
    assert_eq!(audit_rows(&db), 0);
}

#[test]
fn erase_needs_confirmation_without_a_terminal() {
    let db = TestDb::new();
    seed(&db);
    let before = snapshot(&db);
    let r = run(db.cmd().args(["subject", "erase", "--pseudonym", "alice"]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("--yes"), "{r}");
    assert_eq!(snapshot(&db), before);
}

fn check_alice_erased(db: &TestDb) {
    let n: i64 = db.one("SELECT count(*) FROM accounts WHERE pseudonym = 'alice'");
    assert_eq!(n, 0);
    let logs: i64 = db.one("SELECT count(*) FROM connection_logs WHERE ip = '192.0.2.7'");
    assert_eq!(logs, 0);
    let n: i64 = db.one("SELECT count(*) FROM connection_logs");
    assert_eq!(n, 2, "bob's and the anonymous visit stay");
    let n: i64 = db.one("SELECT count(*) FROM audience_events");
    assert_eq!(n, 1);
    let n: i64 = db.one("SELECT count(*) FROM dataset_subscriptions");
    assert_eq!(n, 1);
    let n: i64 = db.one("SELECT count(*) FROM notifications");
    assert_eq!(n, 0);
    let producer: Option<i64> =
        db.one("SELECT producer_account_id FROM datasets WHERE slug = 'velos'");
    assert_eq!(
        producer, None,
        "the dataset stays, without its producer link"
    );
    let n: i64 = db.one("SELECT count(*) FROM survey_responses WHERE lower(email) LIKE 'alice%'");
    assert_eq!(n, 0);
    let n: i64 = db.one("SELECT count(*) FROM survey_responses WHERE answers ? 'commentaire' AND email IS NULL AND anonymised_at = '2026-06-15T10:00:00Z'");
    assert_eq!(n, 1, "answers kept, anonymised now");
    // The full anonymisation, not just a blank email: no consent time, the month only.
    let rest: String = db.one("SELECT concat_ws('|', consent_at, to_char(submitted_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD HH24:MI')) FROM survey_responses WHERE answers ? 'commentaire'");
    assert_eq!(rest, "2026-03-01 00:00");
    let bob: String = db.one("SELECT email FROM survey_responses WHERE email LIKE 'bob%'");
    assert_eq!(bob, "bob@example.org");
    // The register keeps the erasure, fulfilled, as proof of the answer.
    let reg: String = db.one("SELECT string_agg(\"right\" || ':' || status, ',' ORDER BY id) FROM rights_requests WHERE lower(subject_email) = 'alice.martin@example.org'");
    assert_eq!(reg, "access:open,erasure:fulfilled");
    let journal: String = db.one("SELECT string_agg(parameters::text || counts::text, ' ') FROM audit_log WHERE command LIKE 'subject%'");
    assert!(
        !journal.to_lowercase().contains("alice") && !journal.contains('@'),
        "{journal}"
    );
}

#[test]
fn erase_removes_everything_linked_and_a_second_run_is_a_no_op() {
    let db = TestDb::new();
    seed(&db);
    let r = run(db.cmd().args([
        "--yes",
        "subject",
        "erase",
        "--email",
        "Alice.Martin@example.org",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("accounts_deleted=1"), "{r}");
    check_alice_erased(&db);
    let after = snapshot(&db);
    let audit: String = db.one("SELECT string_agg(command || ' ' || outcome, ',') FROM audit_log WHERE command <> 'db migrate' AND outcome <> 'started'");
    assert_eq!(audit, "subject erase ok");

    let r = run(db.cmd().args([
        "--yes",
        "--format",
        "json",
        "subject",
        "erase",
        "--email",
        "Alice.Martin@example.org",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(
        v["counts"].as_object().unwrap().values().all(|n| n == 0),
        "{v}"
    );
    assert_eq!(snapshot(&db), after);
    check_alice_erased(&db);
}

#[test]
fn erase_interrupted_by_a_failure_leaves_nothing_half_done() {
    let db = TestDb::new();
    seed(&db);
    let before = snapshot(&db);
    // A real failure in the middle: the account delete is refused after the survey update.
    db.exec(
        "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$;
         CREATE TRIGGER boom BEFORE DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION boom();",
    );
    let r = run(db
        .cmd()
        .args(["--yes", "subject", "erase", "--pseudonym", "alice"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("disk on fire"), "{r}");
    assert_eq!(snapshot(&db), before, "the transaction was rolled back");
    let outcome: String = db.one(
        "SELECT outcome FROM audit_log WHERE command = 'subject erase' AND outcome <> 'started'",
    );
    assert_eq!(outcome, "failed");
    db.exec("DROP TRIGGER boom ON accounts");
    let r = run(db
        .cmd()
        .args(["--yes", "subject", "erase", "--pseudonym", "alice"]));
    assert_eq!(r.code, 0, "{r}");
    check_alice_erased(&db);
}

#[test]
fn restricted_accounts_are_not_erased_unless_forced() {
    let db = TestDb::new();
    seed(&db);
    let r = run(db.cmd().args([
        "subject",
        "restrict",
        "--pseudonym",
        "alice",
        "--reason",
        "contestation en cours",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let before = snapshot(&db);
    let r = run(db
        .cmd()
        .args(["--yes", "subject", "erase", "--pseudonym", "alice"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("restricted"), "{r}");
    assert_eq!(snapshot(&db), before);
    let r = run(db.cmd().args([
        "--yes",
        "subject",
        "erase",
        "--pseudonym",
        "alice",
        "--force",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let n: i64 = db.one("SELECT count(*) FROM accounts WHERE pseudonym = 'alice'");
    assert_eq!(n, 0);
}

// ----- restrict / unrestrict / rectify -----

#[test]
fn restrict_and_unrestrict_set_and_clear_the_state() {
    let db = TestDb::new();
    seed(&db);
    let r = run(db.cmd().args([
        "subject",
        "restrict",
        "--email",
        "ALICE.MARTIN@example.org",
        "--reason",
        "exactitude contestée",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let (at, reason): (Option<chrono::DateTime<chrono::Utc>>, Option<String>) = {
        let row = db
            .client()
            .query_one(
                "SELECT restricted_at, restriction_reason FROM accounts WHERE pseudonym = 'alice'",
                &[],
            )
            .unwrap();
        (row.get(0), row.get(1))
    };
    assert_eq!(at.unwrap().to_rfc3339(), "2026-06-15T10:00:00+00:00");
    assert_eq!(reason.as_deref(), Some("exactitude contestée"));
    let reg: String = db
        .one("SELECT \"right\" || ':' || status FROM rights_requests WHERE account_id IS NOT NULL");
    assert_eq!(reg, "restriction:fulfilled");
    // Twice: nothing changes.
    let r = run(db.cmd().env("RGPDCTL_AS_OF", "2026-07-01").args([
        "subject",
        "restrict",
        "--pseudonym",
        "alice",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("already restricted"), "{r}");
    let same: bool = db.one(
        "SELECT restricted_at = '2026-06-15T10:00:00Z' FROM accounts WHERE pseudonym = 'alice'",
    );
    assert!(same);
    let r = run(db
        .cmd()
        .args(["subject", "unrestrict", "--pseudonym", "alice"]));
    assert_eq!(r.code, 0, "{r}");
    let cleared: bool = db.one("SELECT restricted_at IS NULL AND restriction_reason IS NULL FROM accounts WHERE pseudonym = 'alice'");
    assert!(cleared);
    let journal: String = db.one(
        "SELECT string_agg(command, ',' ORDER BY id) FROM audit_log WHERE command <> 'db migrate'",
    );
    assert_eq!(journal, "subject restrict,subject unrestrict");
    // A survey respondent without an account has nothing to restrict.
    let r = run(db
        .cmd()
        .args(["subject", "restrict", "--email", "bob@example.org"]));
    assert_eq!(r.code, 0, "{r}");
    db.exec("INSERT INTO survey_responses (survey_id, email, submitted_at) SELECT id, 'carol@example.org', now() FROM surveys");
    let r = run(db
        .cmd()
        .args(["subject", "restrict", "--email", "carol@example.org"]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("has no account"), "{r}");
}

#[test]
fn rectify_changes_only_identification_fields() {
    let db = TestDb::new();
    seed(&db);
    let r = run(db.cmd().args([
        "subject",
        "rectify",
        "--pseudonym",
        "alice",
        "--set",
        "last_name=Martin-Roux",
        "--set",
        "email=alice@example.net",
        "--set",
        "first_name=",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let row: String = db.one("SELECT concat_ws('|', first_name, last_name, email) FROM accounts WHERE pseudonym = 'alice'");
    assert_eq!(row, "Martin-Roux|alice@example.net");
    let audit: String =
        db.one("SELECT parameters::text FROM audit_log WHERE command = 'subject rectify'");
    assert!(
        audit.contains("last_name") && !audit.contains("Martin") && !audit.contains('@'),
        "{audit}"
    );
    let r = run(db.cmd().args([
        "subject",
        "rectify",
        "--pseudonym",
        "alice",
        "--set",
        "role=admin",
    ]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("`role`"), "{r}");
    let before = snapshot(&db);
    let r = run(db.cmd().args([
        "subject",
        "rectify",
        "--pseudonym",
        "alice",
        "--set",
        "last_name=X",
        "--set",
        "email=BOB@example.org",
    ]));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("already uses this email"), "{r}");
    assert_eq!(snapshot(&db), before, "nothing half-done");
    let n: i64 = db.one("SELECT count(*) FROM accounts WHERE last_name = 'X'");
    assert_eq!(n, 0);
}

#[test]
fn erase_of_a_survey_respondent_without_account() {
    let db = TestDb::new();
    seed(&db);
    db.exec("INSERT INTO survey_responses (survey_id, email, submitted_at, answers) SELECT id, 'Carol@example.org', '2026-04-01T10:00:00Z', '{\"note\": 3}' FROM surveys");
    let r = run(db.cmd().args([
        "--yes",
        "--format",
        "json",
        "subject",
        "erase",
        "--email",
        "carol@example.org",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["accounts_deleted"], 0);
    assert_eq!(v["counts"]["survey_responses_anonymised"], 1);
    let n: i64 = db.one("SELECT count(*) FROM survey_responses WHERE answers = '{\"note\": 3}' AND email IS NULL AND anonymised_at IS NOT NULL");
    assert_eq!(n, 1);
    let n: i64 = db.one("SELECT count(*) FROM accounts");
    assert_eq!(n, 2, "nobody else touched");
}

#[test]
fn export_summary_as_json_for_scripts() {
    let db = TestDb::new();
    seed(&db);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a.zip");
    let r = run(db
        .cmd()
        .args([
            "--format",
            "json",
            "subject",
            "export",
            "--pseudonym",
            "alice",
            "-o",
        ])
        .arg(&out));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["job"], "subject export");
    assert_eq!(v["counts"]["connection_logs"], 3);
    assert_eq!(
        v["counts"]["requests_fulfilled"].as_array().unwrap().len(),
        1
    );
}

#[test]
fn export_failing_midway_leaves_no_file_and_records_nothing() {
    let db = TestDb::new();
    seed(&db);
    let before = snapshot(&db);
    // A real failure after the register was updated in the transaction: the last category's
    // table is missing.
    db.exec("ALTER TABLE notifications RENAME TO notifications_away");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a.zip");
    let r = run(db
        .cmd()
        .args(["subject", "export", "--pseudonym", "alice", "-o"])
        .arg(&out));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("notifications"), "{r}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file, no temporary file"
    );
    db.exec("ALTER TABLE notifications_away RENAME TO notifications");
    assert_eq!(snapshot(&db), before, "the register is unchanged");
    assert_eq!(audit_rows(&db), 0);
    let r = run(db
        .cmd()
        .args(["subject", "export", "--pseudonym", "alice", "-o"])
        .arg(&out));
    assert_eq!(r.code, 0, "{r}");
    let doc: Value = serde_json::from_slice(file(&read_zip(&out), "donnees.json")).unwrap();
    check_document(&doc, alice_id(&db));
}

/// Art. 18 across commands: an account restricted with `subject restrict` is skipped (and
/// reported) by `accounts purge`; once the restriction is lifted, the purge deletes it.
#[test]
fn restriction_is_honoured_by_accounts_purge() {
    let db = crate::harness::TestDb::new();
    // Inactive since 2024-01-10, warned on 2026-01-01 for a deletion announced on 2026-02-10.
    db.exec(
        "INSERT INTO accounts (pseudonym, email, last_activity_at) VALUES ('dormant', 'dormant@example.org', '2024-01-10T10:00:00Z');
         INSERT INTO notifications (account_id, period_start, deletion_date, status, created_at, sent_at)
         SELECT id, last_activity_at, '2026-02-10T10:00:00Z', 'sent', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z' FROM accounts",
    );
    let r = crate::harness::run(db.cmd().args([
        "subject",
        "restrict",
        "--pseudonym",
        "dormant",
        "--reason",
        "contestation",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let r = crate::harness::run(
        db.cmd()
            .args(["--yes", "--format", "json", "accounts", "purge"]),
    );
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["skipped_restricted"], 1, "{r}");
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM accounts"),
        1,
        "a restricted account is never purged"
    );
    let r = crate::harness::run(
        db.cmd()
            .args(["subject", "unrestrict", "--pseudonym", "dormant"]),
    );
    assert_eq!(r.code, 0, "{r}");
    let r = crate::harness::run(db.cmd().args(["--yes", "accounts", "purge"]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        db.one::<i64>("SELECT count(*) FROM accounts"),
        0,
        "unrestricted, warned long ago, inactive: purged"
    );
}

#[test]
fn export_terminated_while_writing_leaves_no_file_and_no_answer() {
    let db = TestDb::new();
    seed(&db);
    // Enough rows that writing the archive takes a while.
    db.exec(
        "INSERT INTO connection_logs (account_id, occurred_at, ip, geo, request, user_agent)
         SELECT a.id, timestamptz '2026-05-01T00:00:00Z' + i * interval '1 second', '192.0.2.7',
                'Toulouse, FR', '/explore/dataset/velos/page/' || i, 'Firefox ' || i
           FROM accounts a, generate_series(1, 300000) i WHERE a.pseudonym = 'alice'",
    );
    let register = || -> String {
        db.one("SELECT string_agg(concat_ws(':', id, \"right\", status), ',' ORDER BY id) FROM rights_requests")
    };
    let before = register();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("alice.zip");
    let started = std::time::Instant::now();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rgpdctl"))
        .env("DATABASE_URL", &db.url)
        .env("RGPDCTL_AS_OF", crate::harness::AS_OF)
        .args(["-q", "subject", "export", "--pseudonym", "alice", "-o"])
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // SIGTERM once the temporary file is being written.
    let deadline = started + std::time::Duration::from_secs(120);
    loop {
        let writing = std::fs::read_dir(dir.path()).unwrap().any(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".alice.zip.tmp-")
        });
        if writing {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the export ended before its temporary file was seen"
        );
        assert!(std::time::Instant::now() < deadline, "no temporary file");
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let signalled = std::time::Instant::now();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(143), "{stderr}");
    assert!(stderr.contains("interrupted by SIGTERM"), "{stderr}");
    assert!(
        signalled.elapsed() < std::time::Duration::from_secs(5),
        "the export did not stop at once: {:?}",
        signalled.elapsed()
    );
    // No temporary file, no archive, and the register's answer was rolled back.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    assert_eq!(register(), before);
    let n: i64 = db.one("SELECT count(*) FROM audit_log WHERE command = 'subject export'");
    assert_eq!(n, 0);
}

#[test]
fn export_terminated_while_waiting_for_a_lock_stops_at_once() {
    let db = TestDb::new();
    seed(&db);
    let register = || -> String {
        db.one("SELECT string_agg(concat_ws(':', id, \"right\", status, note), ',' ORDER BY id) FROM rights_requests")
    };
    let before = register();
    // Another session holds Alice's open request: the export waits to fulfil it.
    let mut holder = db.client();
    let mut tx = holder.transaction().unwrap();
    tx.execute(
        "SELECT 1 FROM rights_requests WHERE lower(subject_email) LIKE 'alice%' FOR UPDATE",
        &[],
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("alice.zip");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rgpdctl"))
        .env("DATABASE_URL", &db.url)
        .env("RGPDCTL_AS_OF", crate::harness::AS_OF)
        .args(["-q", "subject", "export", "--pseudonym", "alice", "-o"])
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while db.one::<i64>(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'rgpdctl' AND wait_event_type = 'Lock'",
    ) == 0
    {
        assert!(child.try_wait().unwrap().is_none(), "the export did not wait");
        assert!(std::time::Instant::now() < deadline, "the export never waited");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let signalled = std::time::Instant::now();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(143), "{stderr}");
    assert!(
        signalled.elapsed() < std::time::Duration::from_secs(5),
        "the export waited for the lock after the signal: {:?}",
        signalled.elapsed()
    );
    tx.rollback().unwrap();
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    assert_eq!(register(), before);
    let n: i64 = db.one("SELECT count(*) FROM audit_log WHERE command = 'subject export'");
    assert_eq!(n, 0);
}
