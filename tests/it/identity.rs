//! Issue 14.1: the right person, all of them, only them. An address changes hands (Gaëlle
//! rectified to a new one, then Marc imported with her old one): exports, erasures and
//! withdrawals follow the history of each account's identifiers.

use crate::harness::{run, TestDb};
use serde_json::Value;
use std::io::Write;

const OLD: &str = "gaelle.roux@example.org";
const NEW: &str = "g.roux@example.fr";

/// Gaëlle (account since 2025) answered a survey under her old address in March, then rectified
/// it at the run's clock (2026-06-15 10:00 UTC). Marc is then imported with her old address,
/// case changed, and a creation date older than her answer. After that, someone answers under
/// the old address again (Marc), and Gaëlle answers under her new one with other letter case.
fn scenario(db: &TestDb) -> (i64, i64) {
    db.exec(&format!(
        r#"
INSERT INTO accounts (pseudonym, first_name, last_name, email, created_at, last_activity_at)
VALUES ('gaelle', 'Gaëlle', 'Roux', '{OLD}', '2025-01-10T09:00:00Z', '2026-06-01T08:00:00Z');
INSERT INTO surveys (slug, title) VALUES ('satisfaction-2026', 'Satisfaction 2026');
INSERT INTO survey_responses (survey_id, email, consent_at, submitted_at, answers)
SELECT id, 'Gaelle.Roux@example.org', '2026-03-01T10:00:00Z', '2026-03-01T10:05:00Z', '{{"note": "4", "q": "gaelle-old"}}' FROM surveys;
INSERT INTO audience_events (account_id, visitor_id, occurred_at, page, event)
SELECT id, 'v-gaelle', '2026-05-01T08:01:00Z', '/', 'pageview' FROM accounts WHERE pseudonym = 'gaelle';
"#
    ));
    let r = run(db.cmd().args([
        "subject",
        "rectify",
        "--email",
        OLD,
        "--set",
        &format!("email={NEW}"),
    ]));
    assert_eq!(r.code, 0, "{r}");
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("accounts.csv");
    std::fs::File::create(&csv)
        .unwrap()
        .write_all(
            b"pseudonym,email,first_name,last_name,created_at,last_activity_at\nmarc,GAELLE.ROUX@example.org,Marc,Petit,2024-01-01,2026-06-10\n",
        )
        .unwrap();
    let r = run(db
        .cmd()
        .args(["accounts", "import"])
        .arg(csv.to_str().unwrap()));
    assert_eq!(r.code, 0, "{r}");
    db.exec(
        r#"
INSERT INTO survey_responses (survey_id, email, consent_at, submitted_at, answers)
SELECT id, 'gaelle.roux@example.org', '2026-06-15T11:00:00Z', '2026-06-15T11:00:00Z', '{"note": "2", "q": "marc"}' FROM surveys;
INSERT INTO survey_responses (survey_id, email, consent_at, submitted_at, answers)
SELECT id, 'G.Roux@Example.FR', '2026-06-15T12:00:00Z', '2026-06-15T12:00:00Z', '{"note": "5", "q": "gaelle-new"}' FROM surveys;
"#,
    );
    (
        db.one("SELECT id FROM accounts WHERE pseudonym = 'gaelle'"),
        db.one("SELECT id FROM accounts WHERE pseudonym = 'marc'"),
    )
}

fn export(db: &TestDb, who: &[&str]) -> Value {
    let mut args = vec!["subject", "export"];
    args.extend_from_slice(who);
    args.extend_from_slice(&["-o", "-"]);
    let r = run(db.cmd().args(&args));
    assert_eq!(r.code, 0, "{r}");
    serde_json::from_str(&r.stdout).unwrap()
}

fn tags(doc: &Value) -> Vec<String> {
    let mut v: Vec<String> = doc["survey_responses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["answers"]["q"].as_str().unwrap_or("?").to_string())
        .collect();
    v.sort();
    v
}

fn rights(doc: &Value) -> Vec<String> {
    doc["rights_requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["right"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_history_records_each_address_and_pseudonym_with_its_interval() {
    let db = TestDb::new();
    let (g, m) = scenario(&db);
    let hist: String = db.one(&format!(
        "SELECT string_agg(concat_ws(' ', account_id, kind, value, valid_from AT TIME ZONE 'UTC',
                                     coalesce((valid_to AT TIME ZONE 'UTC')::text, 'now')), ' | ' ORDER BY id)
           FROM account_identifiers WHERE account_id IN ({g}, {m}) AND kind = 'email'"
    ));
    // Gaëlle held the old address until the rectification (the run's clock), the new one since;
    // Marc holds the old one only from then, although his file says he was created in 2024.
    assert_eq!(
        hist,
        format!(
            "{g} email {OLD} 2025-01-10 09:00:00 2026-06-15 10:00:00 | \
             {g} email {NEW} 2026-06-15 10:00:00 now | \
             {m} email {OLD} 2026-06-15 10:00:00 now"
        )
    );
    // A pseudonym change is kept too.
    let r = run(db.cmd().args([
        "subject",
        "rectify",
        "--pseudonym",
        "marc",
        "--set",
        "pseudonym=marc.p",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let p: String = db.one(&format!(
        "SELECT string_agg(value || ':' || (valid_to IS NULL)::text, ',' ORDER BY id)
           FROM account_identifiers WHERE account_id = {m} AND kind = 'pseudonym'"
    ));
    assert_eq!(p, "marc:false,marc.p:true");
    // Only a change of address makes a new interval, not a change of letter case.
    let r = run(db.cmd().args([
        "subject",
        "rectify",
        "--account",
        &g.to_string(),
        "--set",
        "email=G.ROUX@example.fr",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let n: i64 = db.one(&format!(
        "SELECT count(*) FROM account_identifiers WHERE account_id = {g} AND kind = 'email'"
    ));
    assert_eq!(n, 2);
}

#[test]
fn an_export_holds_all_of_the_person_and_nothing_of_the_previous_holder_of_an_address() {
    let db = TestDb::new();
    let (g, m) = scenario(&db);
    // Marc, named by the address he has now: his answer only, none of Gaëlle's requests.
    let marc = export(&db, &["--email", OLD]);
    assert_eq!(marc["account"]["id"].as_i64(), Some(m));
    assert_eq!(tags(&marc), ["marc"]);
    assert_eq!(rights(&marc), ["access"], "only his own export's answer");
    assert_eq!(marc["audience_events"].as_array().unwrap().len(), 0);
    let text = marc.to_string();
    assert!(
        !text.contains("gaelle-old") && !text.contains("Gaëlle"),
        "{text}"
    );
    // Gaëlle, by her new address (other case): her answer under the old address too, and her
    // rectification request.
    let gaelle = export(&db, &["--email", "G.ROUX@EXAMPLE.FR"]);
    assert_eq!(gaelle["account"]["id"].as_i64(), Some(g));
    assert_eq!(tags(&gaelle), ["gaelle-new", "gaelle-old"]);
    assert_eq!(rights(&gaelle), ["rectification", "access"]);
    assert_eq!(gaelle["audience_events"].as_array().unwrap().len(), 1);
    assert!(!gaelle.to_string().contains("\"marc\""));
    // The same by pseudonym and by id.
    assert_eq!(
        tags(&export(&db, &["--pseudonym", "gaelle"])),
        tags(&gaelle)
    );
    assert_eq!(tags(&export(&db, &["--account", &m.to_string()])), ["marc"]);
    // Each export's answer is linked to its account by id.
    let linked: String = db.one(
        "SELECT string_agg(concat_ws(':', \"right\", a.pseudonym), ',' ORDER BY r.id)
           FROM rights_requests r JOIN accounts a ON a.id = r.account_id",
    );
    assert_eq!(
        linked,
        "rectification:gaelle,access:marc,access:gaelle,access:gaelle,access:marc"
    );
}

#[test]
fn an_erasure_takes_the_person_and_leaves_the_previous_holder_of_the_address() {
    let db = TestDb::new();
    let (_g, _m) = scenario(&db);
    let r = run(db.cmd().args([
        "--format",
        "json",
        "subject",
        "erase",
        "--email",
        OLD,
        "--dry-run",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["survey_responses_anonymised"], 1, "{r}");
    let r = run(db.cmd().args(["--yes", "subject", "erase", "--email", OLD]));
    assert_eq!(r.code, 0, "{r}");
    // Marc's answer anonymised; Gaëlle's, under the same address, untouched.
    let left: String = db.one(
        "SELECT string_agg(coalesce(email, '-') || ':' || (anonymised_at IS NOT NULL)::text, ',' ORDER BY submitted_at)
           FROM survey_responses",
    );
    assert_eq!(
        left,
        format!("Gaelle.Roux@example.org:false,-:true,G.Roux@Example.FR:false")
    );
    let n: i64 = db.one("SELECT count(*) FROM accounts WHERE pseudonym = 'marc'");
    assert_eq!(n, 0);
    // Marc's erasure request keeps its date of deletion: it is never matched to another person
    // by its address, and Gaëlle's export still holds all of hers.
    let gaelle = export(&db, &["--pseudonym", "gaelle"]);
    assert_eq!(tags(&gaelle), ["gaelle-new", "gaelle-old"]);
    assert!(!rights(&gaelle).contains(&"erasure".to_string()));
    // Now Gaëlle is erased: both her answers go, under either address.
    let r = run(db
        .cmd()
        .args(["--yes", "subject", "erase", "--pseudonym", "gaelle"]));
    assert_eq!(r.code, 0, "{r}");
    let n: i64 = db.one("SELECT count(*) FROM survey_responses WHERE email IS NOT NULL");
    assert_eq!(n, 0);
    let n: i64 = db.one("SELECT count(*) FROM account_identifiers");
    assert_eq!(n, 0, "the history goes with the accounts");
}

#[test]
fn a_withdrawal_covers_the_person_under_every_address_and_no_one_else() {
    let db = TestDb::new();
    let (_g, _m) = scenario(&db);
    let r = run(db.cmd().args([
        "--format",
        "json",
        "surveys",
        "withdraw",
        "--email",
        NEW,
        "--dry-run",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["responses_anonymised"], 2, "{r}");
    let r = run(db
        .cmd()
        .args(["--yes", "surveys", "withdraw", "--email", NEW]));
    assert_eq!(r.code, 0, "{r}");
    let left: String = db.one(
        "SELECT string_agg(coalesce(email, '-'), ',' ORDER BY submitted_at) FROM survey_responses",
    );
    assert_eq!(left, "-,-,gaelle.roux@example.org");
}

#[test]
fn a_person_without_an_account_is_known_by_the_address_alone() {
    let db = TestDb::new();
    scenario(&db);
    db.exec(
        "INSERT INTO survey_responses (survey_id, email, submitted_at, answers)
         SELECT id, 'Paul@Example.net', '2026-04-01T10:00:00Z', '{\"q\": \"paul\"}' FROM surveys;
         INSERT INTO rights_requests (subject_email, \"right\", received_at, due_at)
         VALUES ('paul@example.net', 'access', '2026-06-01T10:00:00Z', '2026-07-01');",
    );
    let paul = export(&db, &["--email", "PAUL@example.NET"]);
    assert_eq!(paul["account"], Value::Null);
    assert_eq!(tags(&paul), ["paul"]);
    assert_eq!(rights(&paul), ["access"]);
    let status: String =
        db.one("SELECT status FROM rights_requests WHERE subject_email = 'paul@example.net'");
    assert_eq!(status, "fulfilled", "his open request is the one answered");
    // Nobody's answers under an address whose holder is known.
    assert!(!paul.to_string().contains("gaelle"));
    let r = run(db
        .cmd()
        .args(["--yes", "subject", "erase", "--email", "paul@example.net"]));
    assert_eq!(r.code, 0, "{r}");
    let left: String = db.one(
        "SELECT string_agg(coalesce(email, '-'), ',' ORDER BY submitted_at) FROM survey_responses",
    );
    assert_eq!(
        left,
        "Gaelle.Roux@example.org,-,gaelle.roux@example.org,G.Roux@Example.FR"
    );
}

// ----- 14.5: closing a request checks it was carried out -----

fn add_request(db: &TestDb, email: &str, right: &str) -> i64 {
    let r = run(db.cmd().args([
        "--format", "json", "requests", "add", "--email", email, "--right", right,
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    v["id"]
        .as_i64()
        .or_else(|| v[0]["id"].as_i64())
        .unwrap_or_else(|| panic!("no id in {v}"))
}

fn status(db: &TestDb, id: i64) -> String {
    db.one(&format!(
        "SELECT status FROM rights_requests WHERE id = {id}"
    ))
}

#[test]
fn an_erasure_is_closed_only_once_the_account_and_the_answers_are_gone() {
    let db = TestDb::new();
    let (g, _m) = scenario(&db);
    let id = add_request(&db, NEW, "erasure");
    let r = run(db.cmd().args(["requests", "close", &id.to_string()]));
    assert_eq!(r.code, 2, "{r}");
    assert!(
        r.stderr.contains(&format!("account `{g}` still exists")),
        "{r}"
    );
    assert!(
        r.stderr.contains(&format!("subject erase --account {g}")),
        "{r}"
    );
    assert_eq!(status(&db, id), "open");
    // Refusing it (Art. 12(4), with a reason) is always possible.
    let other = add_request(&db, NEW, "erasure");
    let r = run(db.cmd().args([
        "requests",
        "close",
        &other.to_string(),
        "--refused",
        "--reason",
        "obligation légale",
    ]));
    assert_eq!(r.code, 0, "{r}");
    // Carried out: the account gone (by another way than `subject erase`), then it closes.
    db.exec(&format!("DELETE FROM accounts WHERE id = {g}"));
    // Her answer under the address of the request is still identifiable: not yet.
    let r = run(db.cmd().args(["requests", "close", &id.to_string()]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("1 survey response(s)"), "{r}");
    // Her answer under her old address did not pass to Marc, who holds it now.
    let marc = export(&db, &["--pseudonym", "marc"]);
    assert_eq!(tags(&marc), ["marc"]);
    db.exec("UPDATE survey_responses SET email = NULL WHERE email = 'G.Roux@Example.FR'");
    let r = run(db.cmd().args(["requests", "close", &id.to_string()]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(status(&db, id), "fulfilled");
}

#[test]
fn an_erasure_of_a_person_without_account_waits_for_their_answers() {
    let db = TestDb::new();
    scenario(&db);
    db.exec(
        "INSERT INTO survey_responses (survey_id, email, submitted_at, answers)
         SELECT id, 'Paul@Example.net', '2026-04-01T10:00:00Z', '{\"q\": \"paul\"}' FROM surveys",
    );
    let id = add_request(&db, "paul@example.net", "erasure");
    let r = run(db.cmd().args(["requests", "close", &id.to_string()]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("1 survey response(s)"), "{r}");
    assert!(r.stderr.contains("hint:"), "{r}");
    assert_eq!(status(&db, id), "open");
    db.exec("UPDATE survey_responses SET email = NULL WHERE email = 'Paul@Example.net'");
    let r = run(db.cmd().args(["requests", "close", &id.to_string()]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(status(&db, id), "fulfilled");
}

#[test]
fn an_objection_is_closed_only_once_it_is_recorded() {
    let db = TestDb::new();
    let (g, _m) = scenario(&db);
    let id = add_request(&db, NEW, "objection");
    let r = run(db.cmd().args(["requests", "close", &id.to_string()]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("no objection is recorded"), "{r}");
    assert_eq!(status(&db, id), "open");
    db.exec(&format!(
        "UPDATE accounts SET objection_at = '2026-06-15T09:00:00Z' WHERE id = {g}"
    ));
    let r = run(db.cmd().args(["requests", "close", &id.to_string()]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(status(&db, id), "fulfilled");
    // A request linked to no account: nowhere to record it.
    let lone = add_request(&db, "nobody@example.net", "objection");
    let r = run(db.cmd().args(["requests", "close", &lone.to_string()]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("linked to no account"), "{r}");
}

// ----- 14.5: rectifying the survey email of a person without an account -----

#[test]
fn the_survey_email_of_a_person_without_an_account_is_rectified() {
    let db = TestDb::new();
    scenario(&db);
    db.exec(
        "INSERT INTO survey_responses (survey_id, email, submitted_at, answers)
         SELECT id, 'Paul@Example.net', '2026-04-01T10:00:00Z', '{\"q\": \"paul\"}' FROM surveys;
         INSERT INTO rights_requests (subject_email, \"right\", received_at, due_at)
         VALUES ('paul@example.net', 'rectification', '2026-06-01T10:00:00Z', '2026-07-01');",
    );
    let before: String =
        db.one("SELECT string_agg(coalesce(email, '-'), ',' ORDER BY id) FROM survey_responses");
    // Only the email applies; an address an account holds or held is refused.
    let r = run(db.cmd().args([
        "subject",
        "rectify",
        "--email",
        "paul@example.net",
        "--set",
        "last_name=Durand",
    ]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("only `email`"), "{r}");
    for taken in [NEW, "GAELLE.roux@example.org"] {
        let r = run(db.cmd().args([
            "subject",
            "rectify",
            "--email",
            "paul@example.net",
            "--set",
            &format!("email={taken}"),
        ]));
        assert_eq!(r.code, 1, "{r}");
        assert!(r.stderr.contains("address of an account"), "{r}");
        assert!(!r.stderr.contains(taken), "the address is masked: {r}");
    }
    let after: String =
        db.one("SELECT string_agg(coalesce(email, '-'), ',' ORDER BY id) FROM survey_responses");
    assert_eq!(after, before);
    let r = run(db.cmd().args([
        "subject",
        "rectify",
        "--email",
        "PAUL@example.net",
        "--set",
        "email=paul.m@example.net",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("1 response(s), 1 request(s)"), "{r}");
    let n: i64 = db.one("SELECT count(*) FROM survey_responses WHERE email = 'paul.m@example.net'");
    assert_eq!(n, 1);
    let req: String = db.one(
        "SELECT string_agg(concat_ws(':', subject_email, status), ',' ORDER BY id) FROM rights_requests WHERE account_id IS NULL",
    );
    assert_eq!(req, "paul.m@example.net:fulfilled");
    let journal: String = db.one(
        "SELECT concat_ws('|', parameters, counts) FROM audit_log WHERE command = 'subject rectify' ORDER BY id DESC LIMIT 1",
    );
    assert!(!journal.contains('@'), "{journal}");
    assert!(
        journal.contains("\"survey_responses_rectified\": 1"),
        "{journal}"
    );
    // Found under the new address; twice: nothing changes.
    assert_eq!(
        tags(&export(&db, &["--email", "paul.m@example.net"])),
        ["paul"]
    );
    let r = run(db.cmd().args([
        "subject",
        "rectify",
        "--email",
        "paul.m@example.net",
        "--set",
        "email=paul.m@example.net",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("nothing changed"), "{r}");
}

// ----- 14.7: the address kept off the command line -----

#[test]
fn the_address_can_come_from_stdin_or_a_file() {
    let db = TestDb::new();
    let (g, _m) = scenario(&db);
    // stdin, with the newline a shell adds, and other case.
    let r = run(db
        .cmd()
        .args(["subject", "export", "--email", "-", "-o", "-"])
        .write_stdin("G.Roux@EXAMPLE.fr\n"));
    assert_eq!(r.code, 0, "{r}");
    let doc: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["account"]["id"].as_i64(), Some(g));
    // A file.
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("who.txt");
    std::fs::write(&f, format!("  {NEW}\r\n")).unwrap();
    let r = run(db
        .cmd()
        .args(["subject", "export", "-o", "-", "--email-file"])
        .arg(&f));
    assert_eq!(r.code, 0, "{r}");
    let doc: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["account"]["id"].as_i64(), Some(g));
    // Refused (exit 2), never quoting the address: empty, two lines, a missing file, both forms.
    for (stdin, what) in [
        ("", "empty"),
        ("  \n", "empty"),
        ("a@b.fr\nc@d.fr\n", "more than one line"),
    ] {
        let r = run(db
            .cmd()
            .args(["subject", "erase", "--dry-run", "--email", "-"])
            .write_stdin(stdin));
        assert_eq!(r.code, 2, "{r}");
        assert!(r.stderr.contains(what), "{r}");
        assert!(!r.stderr.contains("c@d.fr"), "{r}");
    }
    let r = run(db
        .cmd()
        .args(["subject", "erase", "--dry-run", "--email-file"])
        .arg(dir.path().join("missing.txt")));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("--email-file"), "{r}");
    let r = run(db
        .cmd()
        .args([
            "subject",
            "erase",
            "--dry-run",
            "--email",
            NEW,
            "--email-file",
        ])
        .arg(&f));
    assert_eq!(r.code, 2, "{r}");
    // The length limit, both sides: 254 characters is an address (nobody's), 255 is refused.
    let long = |n: usize| format!("{}@example.org", "a".repeat(n - "@example.org".len()));
    let r = run(db
        .cmd()
        .args(["subject", "erase", "--dry-run", "--email", "-"])
        .write_stdin(long(254)));
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("no person known"), "{r}");
    let r = run(db
        .cmd()
        .args(["subject", "erase", "--dry-run", "--email", "-"])
        .write_stdin(long(255)));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("255 characters, more than 254"), "{r}");
    assert!(!r.stderr.contains("aaaa"), "{r}");
    // The help says so.
    let r = run(db.cmd().args(["subject", "export", "--help"]));
    assert!(
        r.stdout.contains("reads it from stdin") && r.stdout.contains("--email-file"),
        "{r}"
    );
}

#[test]
fn withdraw_and_requests_add_take_the_address_from_stdin_or_a_file_too() {
    let db = TestDb::new();
    let (g, _m) = scenario(&db);
    let r = run(db
        .cmd()
        .args([
            "--format", "json", "requests", "add", "--right", "access", "--email", "-",
        ])
        .write_stdin(format!("{NEW}\n")));
    assert_eq!(r.code, 0, "{r}");
    let linked: Option<i64> =
        db.one("SELECT account_id FROM rights_requests ORDER BY id DESC LIMIT 1");
    assert_eq!(linked, Some(g));
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("who.txt");
    std::fs::write(&f, NEW).unwrap();
    let r = run(db
        .cmd()
        .args([
            "--format",
            "json",
            "surveys",
            "withdraw",
            "--dry-run",
            "--email-file",
        ])
        .arg(&f));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["responses_anonymised"], 2, "{r}");
    let r = run(db
        .cmd()
        .args(["surveys", "withdraw", "--dry-run", "--email", "-"])
        .write_stdin(""));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("empty"), "{r}");
    let r = run(db.cmd().args(["surveys", "withdraw", "--dry-run"]));
    assert_eq!(r.code, 2, "{r}");
}

// ----- 14.2: objection (Art. 21) -----

#[test]
fn an_objection_is_recorded_with_its_scope_stops_that_processing_and_answers_the_request() {
    let db = TestDb::new();
    let (g, _m) = scenario(&db);
    db.exec(&format!(
        "UPDATE accounts SET newsletter_consent_at = '2026-01-01T00:00:00Z' WHERE id = {g}"
    ));
    let req = add_request(&db, NEW, "objection");
    let state = |db: &TestDb| -> String {
        db.one(&format!(
            "SELECT concat_ws('|', objection_at AT TIME ZONE 'UTC', objection_scope,
                              newsletter_consent_at IS NOT NULL,
                              (SELECT count(*) FROM audience_events WHERE account_id = {g}))
               FROM accounts WHERE id = {g}"
        ))
    };
    let before = state(&db);
    assert_eq!(before, "t|1");
    // Dry run: the counts, nothing written, not even the journal.
    let journal = |db: &TestDb| -> i64 { db.one("SELECT count(*) FROM audit_log") };
    let j0 = journal(&db);
    let r = run(db.cmd().args([
        "--format",
        "json",
        "subject",
        "object",
        "--email",
        NEW,
        "--scope",
        "communications",
        "--dry-run",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["newsletter_consents_withdrawn"], 1, "{r}");
    assert_eq!(v["counts"]["audience_events_deleted"], 0, "{r}");
    assert_eq!(state(&db), before);
    assert_eq!(journal(&db), j0);
    // Communications: the newsletter consent goes, the audience rows stay.
    let r = run(db.cmd().args([
        "subject",
        "object",
        "--email",
        NEW,
        "--scope",
        "communications",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(state(&db), "2026-06-15 10:00:00|communications|f|1");
    assert_eq!(status(&db, req), "fulfilled");
    // Again: already covered, nothing changes.
    let r = run(db.cmd().args([
        "--format",
        "json",
        "subject",
        "object",
        "--pseudonym",
        "gaelle",
        "--scope",
        "communications",
    ]));
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["objections_recorded"], 0, "{r}");
    // Widened to statistics: becomes `all`, the audience measurement rows go, the date stays.
    let r = run(db.cmd().args([
        "subject",
        "object",
        "--pseudonym",
        "gaelle",
        "--scope",
        "statistics",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(state(&db), "2026-06-15 10:00:00|all|f|0");
    // The journal holds ids and the scope, never the address.
    let params: String = db.one(
        "SELECT string_agg(parameters::text || counts::text, ' ') FROM audit_log WHERE command = 'subject object'",
    );
    assert!(
        !params.contains('@') && params.contains("\"scope\""),
        "{params}"
    );
    // Lifted: the state clears, twice is a no-op.
    let r = run(db
        .cmd()
        .args(["subject", "unobject", "--pseudonym", "gaelle"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("objection lifted"), "{r}");
    assert_eq!(state(&db), "f|0");
    let r = run(db
        .cmd()
        .args(["subject", "unobject", "--pseudonym", "gaelle"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("nothing changed"), "{r}");
}

#[test]
fn an_objection_needs_an_account_and_a_known_scope() {
    let db = TestDb::new();
    scenario(&db);
    let r = run(db.cmd().args([
        "subject",
        "object",
        "--pseudonym",
        "gaelle",
        "--scope",
        "marketing",
    ]));
    assert_eq!(r.code, 2, "{r}");
    assert!(
        r.stderr.contains("communications") && r.stderr.contains("statistics"),
        "{r}"
    );
    let r = run(db
        .cmd()
        .args(["subject", "object", "--pseudonym", "gaelle"]));
    assert_eq!(r.code, 2, "{r}");
    db.exec(
        "INSERT INTO survey_responses (survey_id, email, submitted_at, answers)
         SELECT id, 'paul@example.net', '2026-04-01T10:00:00Z', '{}' FROM surveys",
    );
    let r = run(db.cmd().args([
        "subject",
        "object",
        "--email",
        "paul@example.net",
        "--scope",
        "all",
    ]));
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr
            .contains("has no account: nothing to object to here"),
        "{r}"
    );
    // The objection request of an account closes once `subject object` recorded it.
    let req = add_request(&db, NEW, "objection");
    let r = run(db.cmd().args(["requests", "close", &req.to_string()]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("subject object --account"), "{r}");
}
