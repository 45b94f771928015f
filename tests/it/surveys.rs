//! Tests of `surveys anonymise | withdraw | list`, against a real PostgreSQL.
//!
//! The harness clock is 2026-06-15T10:00:00Z (12:00 in Paris), so the 13-month cutoff is
//! 2025-05-15T10:00:00Z.

use crate::harness::{run, TestDb};
use std::io::Write;

const CONFIG: &str = r#"
[surveys.satisfaction]
quasi_identifiers = ["commune", "tranche_age"]
free_text = ["commentaire"]
"#;

fn config() -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(CONFIG.as_bytes()).unwrap();
    f
}

fn survey(db: &TestDb, slug: &str) {
    db.exec(&format!(
        "INSERT INTO surveys (slug, title, created_at) VALUES ('{slug}', 'Enquête {slug}', '2024-01-01')"
    ));
}

/// One response; `answers` is a JSON literal.
fn response(db: &TestDb, slug: &str, email: &str, submitted: &str, answers: &str) {
    db.client()
        .execute(
            "INSERT INTO survey_responses (survey_id, email, consent_at, submitted_at, answers)
             SELECT id, $2, $3::text::timestamptz, $3::text::timestamptz, $4::text::jsonb FROM surveys WHERE slug = $1",
            &[&slug, &email, &submitted, &answers],
        )
        .unwrap();
}

/// `n` old responses (due), `n` recent ones, in two communes and two age brackets.
fn bulk(db: &TestDb, n: i64) {
    db.exec(&format!(
        "INSERT INTO survey_responses (survey_id, email, consent_at, submitted_at, answers)
         SELECT s.id, 'r' || g || '@example.org', t, t,
                jsonb_build_object('commune', CASE WHEN g % 2 = 0 THEN 'Albi' ELSE 'Rodez' END,
                                   'tranche_age', CASE WHEN g % 4 < 2 THEN '18-25' ELSE '26-35' END,
                                   'note', (g % 5) + 1, 'seq', g,
                                   'commentaire', 'Appelez le 06 12 34 56 ' || lpad((g % 100)::text, 2, '0'))
           FROM surveys s, generate_series(1, {n} * 2) g,
                LATERAL (SELECT CASE WHEN g <= {n} THEN timestamptz '2025-01-10T08:00:00Z' + g * interval '1 minute'
                                     ELSE timestamptz '2026-01-10T08:00:00Z' + g * interval '1 minute' END AS t) x
          WHERE s.slug = 'satisfaction'"
    ));
}

/// The responses' content, ids left out (anonymisation gives fresh ids).
fn content(db: &TestDb) -> String {
    db.one(
        "SELECT coalesce(md5(string_agg(x, '|' ORDER BY x)), '') FROM (
           SELECT (survey_id, email, consent_at, submitted_at, answers, anonymised_at, withdrawn_at)::text x
             FROM survey_responses) s",
    )
}

/// Everything, ids included.
fn digest(db: &TestDb) -> String {
    db.one("SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY id)), '') FROM survey_responses t")
}

fn count(db: &TestDb, sql: &str) -> i64 {
    db.one(sql)
}

fn anonymise(db: &TestDb, cfg: &tempfile::NamedTempFile, extra: &[&str]) -> crate::harness::Run {
    let mut cmd = db.cmd();
    cmd.arg("--config")
        .arg(cfg.path())
        .args(["surveys", "anonymise"])
        .args(extra);
    run(&mut cmd)
}

#[test]
fn anonymises_exactly_the_responses_past_the_cutoff() {
    let db = TestDb::new();
    let cfg = config();
    survey(&db, "satisfaction");
    let a = r#"{"commune": "Albi", "tranche_age": "18-25", "note": 4, "commentaire": "Très bien"}"#;
    // The cutoff is 2025-05-15T10:00:00Z: one second before is due, the instant itself is not.
    response(
        &db,
        "satisfaction",
        "before@example.org",
        "2025-05-15T09:59:59Z",
        a,
    );
    response(
        &db,
        "satisfaction",
        "at@example.org",
        "2025-05-15T10:00:00Z",
        a,
    );
    response(
        &db,
        "satisfaction",
        "after@example.org",
        "2026-01-01T00:00:00Z",
        a,
    );
    let r = anonymise(&db, &cfg, &["--yes"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("responses_anonymised=1"), "{r}");
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM survey_responses WHERE anonymised_at IS NOT NULL"
        ),
        1
    );
    let (email, consent, submitted, at): (Option<String>, Option<String>, String, String) = {
        let row = db
            .client()
            .query_one(
                "SELECT email, consent_at::text, submitted_at::text, anonymised_at::text
                   FROM survey_responses WHERE anonymised_at IS NOT NULL",
                &[],
            )
            .unwrap();
        (row.get(0), row.get(1), row.get(2), row.get(3))
    };
    assert_eq!((email, consent), (None, None));
    // May, on the Paris calendar: 2025-05-01 00:00 Paris.
    assert_eq!(submitted, "2025-04-30 22:00:00+00");
    assert_eq!(at, "2026-06-15 10:00:00+00");
    assert_eq!(
        count(&db, "SELECT count(*) FROM survey_responses WHERE email IN ('at@example.org', 'after@example.org') AND anonymised_at IS NULL"),
        2
    );
}

#[test]
fn cutoff_at_the_end_of_a_month_and_months_on_the_paris_calendar() {
    let db = TestDb::new();
    let cfg = config();
    survey(&db, "satisfaction");
    let a = r#"{"note": 3}"#;
    // As of 2026-03-31 (midnight, Paris): every response of 28 February 2025 reached its 13
    // months on 2026-03-28, so the cutoff is 2025-03-01 00:00 Paris = 2025-02-28T23:00:00Z
    // (issue 12: it was clamped to 2025-02-28 00:00, keeping that day three days too long).
    response(
        &db,
        "satisfaction",
        "due@example.org",
        "2025-02-27T22:59:59Z",
        a,
    );
    response(
        &db,
        "satisfaction",
        "feb28@example.org",
        "2025-02-28T22:59:59Z",
        a,
    );
    response(
        &db,
        "satisfaction",
        "kept@example.org",
        "2025-02-28T23:00:00Z",
        a,
    );
    // 2025-01-31T23:30Z is already 1 February in Paris: its month is February.
    response(
        &db,
        "satisfaction",
        "feb@example.org",
        "2025-01-31T23:30:00Z",
        a,
    );
    let r = anonymise(&db, &cfg, &["--yes", "--as-of", "2026-03-31"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("responses_anonymised=3"), "{r}");
    assert_eq!(
        count(&db, "SELECT count(*) FROM survey_responses WHERE email = 'kept@example.org' AND anonymised_at IS NULL"),
        1
    );
    let months: Vec<String> = db
        .client()
        .query(
            "SELECT submitted_at::text FROM survey_responses WHERE anonymised_at IS NOT NULL ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(
        months,
        [
            "2025-01-31 23:00:00+00",
            "2025-01-31 23:00:00+00",
            "2025-01-31 23:00:00+00"
        ]
    );
}

#[test]
fn free_text_is_scrubbed_and_statistics_are_kept() {
    let db = TestDb::new();
    let cfg = config();
    survey(&db, "satisfaction");
    db.exec(
        "INSERT INTO accounts (pseudonym, first_name, last_name, email, created_at, last_activity_at)
         VALUES ('jdupont42', 'Jean', 'Dupont', 'Jean.Dupont@Example.org', '2024-01-01', '2024-01-01')",
    );
    let shapes = [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "0612345678",
        "+33 6 12 34 56 78",
        "+33612345678",
        "+33 (0)6 12 34 56 78",
        "0033 6 12 34 56 78",
        "06-12-34-56-78",
        "jean.dupont@example.org",
        "jean [at] example [dot] org",
        "mailto:x.y+z@sub.example.fr",
        "https://data.laregion.fr/profile/jdupont42",
    ];
    for (i, s) in shapes.iter().enumerate() {
        let answers = serde_json::json!({
            "commune": "Albi", "tranche_age": "18-25", "note": i,
            "commentaire": format!("Contact : {s} merci"),
            "autre": format!("non scrubbé {s}"),
        });
        response(
            &db,
            "satisfaction",
            "jean.dupont@example.org",
            "2025-01-10T10:00:00Z",
            &answers.to_string(),
        );
    }
    response(
        &db,
        "satisfaction",
        "JEAN.DUPONT@example.org",
        "2025-01-11T10:00:00Z",
        r#"{"commune": "Albi", "tranche_age": "18-25", "note": 99,
            "commentaire": "Je suis Jean Dupont, voir https://data.laregion.fr/explore/dataset/lycees"}"#,
    );
    let old_ids: Vec<i64> = db
        .client()
        .query("SELECT id FROM survey_responses", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let r = anonymise(&db, &cfg, &["--yes", "--format", "json"]);
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["job"], "surveys anonymise");
    assert_eq!(v["counts"]["responses_anonymised"], 13);
    assert_eq!(v["counts"]["values_scrubbed"], 13);
    let comments: Vec<(String, Option<String>, i64)> = db
        .client()
        .query(
            "SELECT answers->>'commentaire', answers->>'autre', (answers->>'note')::int FROM survey_responses
              ORDER BY (answers->>'note')::int",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get::<_, i32>(2) as i64))
        .collect();
    for (i, s) in shapes.iter().enumerate() {
        // Typed markers (issue 15): what was there, not what it said.
        let marker = if s.starts_with("http") {
            "[lien]"
        } else if s.contains('@') || s.contains("[at]") {
            "[courriel]"
        } else {
            "[téléphone]"
        };
        assert_eq!(
            comments[i].0,
            format!("Contact : {marker} merci"),
            "shape {s}"
        );
        // Not a free-text column for this survey: left alone.
        assert_eq!(comments[i].1, Some(format!("non scrubbé {s}")));
        assert_eq!(comments[i].2, i as i64);
    }
    assert_eq!(
        comments[12].0,
        "Je suis [nom], voir https://data.laregion.fr/explore/dataset/lycees"
    );
    // Fresh ids: no old id survives, so nothing kept elsewhere under an old id points here.
    let new_ids: Vec<i64> = db
        .client()
        .query("SELECT id FROM survey_responses", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(new_ids.iter().all(|id| !old_ids.contains(id)));
    assert_eq!(count(&db, "SELECT count(*) FROM survey_responses WHERE email IS NOT NULL OR consent_at IS NOT NULL"), 0);
    // The journal holds counts and parameters, no email.
    let journal: String = db.one(
        "SELECT string_agg(command || parameters::text || counts::text || outcome, '|') FROM audit_log",
    );
    assert!(
        journal.contains("surveys anonymise") && !journal.contains('@'),
        "{journal}"
    );
}

#[test]
fn new_ids_do_not_follow_the_old_order() {
    let db = TestDb::new();
    let cfg = config();
    survey(&db, "satisfaction");
    bulk(&db, 200);
    let r = anonymise(&db, &cfg, &["--yes", "--batch-size", "1000"]);
    assert_eq!(r.code, 0, "{r}");
    // Submission order (one minute apart) against id order among the anonymised rows: a
    // Spearman correlation near 0, not 1.
    let rho: f64 = db.one(
        "SELECT corr(a, b) FROM (
           SELECT rank() OVER (ORDER BY id) AS a, rank() OVER (ORDER BY (answers->>'seq')::int) AS b
             FROM survey_responses WHERE anonymised_at IS NOT NULL) s",
    );
    assert!(rho.abs() < 0.5, "ids follow the old order: {rho}");
}

#[test]
fn dry_run_changes_nothing_and_run_twice_is_a_no_op() {
    let db = TestDb::new();
    let cfg = config();
    survey(&db, "satisfaction");
    bulk(&db, 30);
    let before = digest(&db);
    let r = anonymise(&db, &cfg, &["--dry-run", "--batch-size", "7"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(
        r.stderr
            .contains("survey `satisfaction`: 30 responses submitted before 2025-05-15 12:00:00"),
        "{r}"
    );
    assert!(r.stderr.contains("surveys anonymise (dry run):"), "{r}");
    assert!(
        r.stderr.contains("responses_anonymised=30") && r.stderr.contains("batches=5"),
        "{r}"
    );
    assert!(r.stderr.contains("values_scrubbed=30"), "{r}");
    assert_eq!(digest(&db), before);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM audit_log WHERE command LIKE 'surveys%'"
        ),
        0
    );

    let r = anonymise(&db, &cfg, &["--yes", "--batch-size", "7"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(
        r.stderr
            .contains("responses_anonymised=30 skipped_restricted=0 smallest_class=7"),
        "{r}"
    );
    let after = digest(&db);
    let r = anonymise(&db, &cfg, &["--yes"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("responses_anonymised=0"), "{r}");
    assert_eq!(digest(&db), after);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM audit_log WHERE command = 'surveys anonymise' AND outcome = 'ok'"
        ),
        2
    );
}

#[test]
fn refuses_without_confirmation_and_with_an_unknown_survey() {
    let db = TestDb::new();
    let cfg = config();
    survey(&db, "satisfaction");
    bulk(&db, 3);
    let before = digest(&db);
    let r = anonymise(&db, &cfg, &[]);
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("--yes"), "{r}");
    let mut typo = tempfile::NamedTempFile::new().unwrap();
    typo.write_all(b"[surveys.satisfaction]\nquasi_identifiers = [\"comune\"]\n")
        .unwrap();
    let r = anonymise(&db, &typo, &["--dry-run"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(
        r.stderr.contains("warning: survey `satisfaction`: the configured answer key `comune` appears in no response"),
        "{r}"
    );
    let r = anonymise(&db, &cfg, &["--yes", "--survey", "nope"]);
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("unknown survey `nope`"), "{r}");
    let r = anonymise(&db, &cfg, &["--yes", "--k", "0"]);
    assert_eq!(r.code, 2, "{r}");
    assert_eq!(digest(&db), before);
}

#[test]
fn k_gate_refuses_and_changes_nothing() {
    let db = TestDb::new();
    let cfg = config();
    survey(&db, "satisfaction");
    bulk(&db, 20);
    // One respondent alone in their combination: Tarbes, 65+.
    response(
        &db,
        "satisfaction",
        "seul@example.org",
        "2025-01-01T10:00:00Z",
        r#"{"commune": "Tarbes", "tranche_age": "65+", "note": 1, "commentaire": "x"}"#,
    );
    let before = digest(&db);
    let r = anonymise(&db, &cfg, &["--yes", "--k", "3"]);
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr.contains("k-anonymity below 3, nothing was changed: survey `satisfaction`: 1 of 5 combinations of commune, tranche_age have fewer than 3 responses (smallest: 1)"),
        "{r}"
    );
    assert!(
        !r.stderr.contains("Tarbes") && !r.stderr.contains('@'),
        "{r}"
    );
    assert_eq!(digest(&db), before);
    assert_eq!(
        db.one::<String>("SELECT outcome FROM audit_log WHERE command = 'surveys anonymise'"),
        "refused: k-anonymity"
    );
    // The dry run reports the same refusal.
    let r = anonymise(&db, &cfg, &["--dry-run", "--k", "3"]);
    assert_eq!(r.code, 1, "{r}");
    assert_eq!(digest(&db), before);
    // A k the set reaches passes, and reports its smallest class.
    let r = anonymise(&db, &cfg, &["--yes", "--k", "1", "--format", "json"]);
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["smallest_class"], 1);
    assert_eq!(v["counts"]["classes_below_k"], 0);
    assert_eq!(v["counts"]["responses_anonymised"], 21);
    // Nothing due any more: the gate has nothing to refuse, the small class is reported.
    let r = anonymise(&db, &cfg, &["--yes", "--k", "3"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(
        r.stderr
            .contains("responses_anonymised=0 skipped_restricted=0 smallest_class=1"),
        "{r}"
    );
}

#[test]
fn hostile_answers_are_stored_intact() {
    let db = TestDb::new();
    let cfg = tempfile::NamedTempFile::new().unwrap(); // no survey config: every string is free text
    survey(&db, "satisfaction");
    let long = "é".repeat(50_000) + " 06 12 34 56 78";
    let values = [
        "'; DROP TABLE survey_responses; --",
        "\"quoted\" 'single' `back` \\backslash",
        "Interface claire 😀👍🏽🇫🇷",
        "مرحبا بكم في المنصة — ‏שלום‏",
        "\u{202e}txet desrever\u{202c}",
        "$1 $$ %s %n {} ${x}",
        long.as_str(),
    ];
    let mut answers = serde_json::Map::new();
    for (i, v) in values.iter().enumerate() {
        answers.insert(
            format!("q{i} \"'; --"),
            serde_json::Value::String(v.to_string()),
        );
    }
    let answers = serde_json::Value::Object(answers);
    response(
        &db,
        "satisfaction",
        "x@example.org",
        "2025-01-01T10:00:00Z",
        &answers.to_string(),
    );
    let r = anonymise(&db, &cfg, &["--yes"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("values_scrubbed=1"), "{r}");
    let stored: serde_json::Value = db.one("SELECT answers FROM survey_responses");
    for (i, v) in values.iter().enumerate() {
        let got = stored[format!("q{i} \"'; --")].as_str().unwrap();
        if i == 6 {
            assert_eq!(got, "é".repeat(50_000) + " [téléphone]");
        } else {
            assert_eq!(got, *v);
        }
    }
    assert_eq!(count(&db, "SELECT count(*) FROM surveys"), 1);
}

#[test]
fn withdrawal_anonymises_that_person_now_and_is_recorded() {
    let db = TestDb::new();
    let cfg = config();
    survey(&db, "satisfaction");
    survey(&db, "autre");
    let a = r#"{"commune": "Albi", "tranche_age": "18-25", "note": 4, "commentaire": "Je suis joignable au 0612345678"}"#;
    // Recent responses, far from the cutoff, in two surveys; and someone else's.
    response(
        &db,
        "satisfaction",
        "Jean.Dupont@example.org",
        "2026-06-01T10:00:00Z",
        a,
    );
    response(
        &db,
        "autre",
        "jean.dupont@example.org",
        "2026-05-01T10:00:00Z",
        r#"{"avis": "jean.dupont@example.org"}"#,
    );
    response(
        &db,
        "satisfaction",
        "other@example.org",
        "2026-06-01T10:00:00Z",
        a,
    );
    let mut cmd = db.cmd();
    cmd.arg("--config").arg(cfg.path()).args([
        "surveys",
        "withdraw",
        "--email",
        " JEAN.dupont@EXAMPLE.org ",
        "--dry-run",
    ]);
    let before = digest(&db);
    let r = run(&mut cmd);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("responses_anonymised=2"), "{r}");
    assert!(r.stderr.contains("J***@E***.org"), "{r}");
    assert_eq!(digest(&db), before);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM audit_log WHERE command LIKE 'surveys%'"
        ),
        0
    );

    let withdraw = || {
        let mut cmd = db.cmd();
        cmd.arg("--config").arg(cfg.path()).args([
            "surveys",
            "withdraw",
            "--email",
            "JEAN.dupont@EXAMPLE.org",
            "--yes",
        ]);
        run(&mut cmd)
    };
    let r = withdraw();
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("responses_anonymised=2"), "{r}");
    assert_eq!(
        count(&db, "SELECT count(*) FROM survey_responses WHERE anonymised_at IS NOT NULL AND email IS NULL
                     AND withdrawn_at = '2026-05-31T22:00:00Z' AND anonymised_at = withdrawn_at"),
        2
    );
    assert_eq!(
        db.one::<String>("SELECT answers->>'commentaire' FROM survey_responses WHERE withdrawn_at IS NOT NULL AND answers ? 'commentaire'"),
        "Je suis joignable au [téléphone]"
    );
    assert_eq!(
        db.one::<String>("SELECT answers->>'avis' FROM survey_responses WHERE answers ? 'avis'"),
        "[courriel]"
    );
    assert_eq!(
        count(&db, "SELECT count(*) FROM survey_responses WHERE email = 'other@example.org' AND anonymised_at IS NULL"),
        1
    );
    let (right, status, due, received): (String, String, String, String) = {
        let row = db
            .client()
            .query_one(
                "SELECT \"right\", status, due_at::text, received_at::text FROM rights_requests
                  WHERE subject_email = 'JEAN.dupont@EXAMPLE.org' AND closed_at = received_at",
                &[],
            )
            .unwrap();
        (row.get(0), row.get(1), row.get(2), row.get(3))
    };
    assert_eq!(
        (right.as_str(), status.as_str()),
        ("withdrawal", "fulfilled")
    );
    assert_eq!(due, "2026-07-15");
    assert_eq!(received, "2026-06-15 10:00:00+00");
    let journal: String =
        db.one("SELECT command || parameters::text || counts::text FROM audit_log WHERE command LIKE 'surveys%' AND outcome <> 'started'");
    assert!(
        journal.starts_with("surveys withdraw") && !journal.contains('@'),
        "{journal}"
    );

    // Twice: nothing left to anonymise, and the register already has it.
    let after = digest(&db);
    let r = withdraw();
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("already in the register"), "{r}");
    assert_eq!(digest(&db), after);
    assert_eq!(count(&db, "SELECT count(*) FROM rights_requests"), 1);
}

#[test]
fn withdrawal_with_delete_removes_the_responses() {
    let db = TestDb::new();
    survey(&db, "satisfaction");
    response(
        &db,
        "satisfaction",
        "a@example.org",
        "2026-06-01T10:00:00Z",
        r#"{"note": 1}"#,
    );
    response(
        &db,
        "satisfaction",
        "b@example.org",
        "2026-06-01T10:00:00Z",
        r#"{"note": 2}"#,
    );
    let r = run(db.cmd().args([
        "surveys",
        "withdraw",
        "--email",
        "a@example.org",
        "--delete",
        "--yes",
    ]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("responses_deleted=1"), "{r}");
    assert_eq!(count(&db, "SELECT count(*) FROM survey_responses"), 1);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM rights_requests WHERE note LIKE '%deleted%'"
        ),
        1
    );
    let r = run(db
        .cmd()
        .args(["surveys", "withdraw", "--email", "not-an-email"]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("invalid --email `***`"), "{r}");
}

#[test]
fn list_counts_identifiable_anonymised_and_due() {
    let db = TestDb::new();
    let cfg = config();
    survey(&db, "satisfaction");
    survey(&db, "vide");
    bulk(&db, 4);
    let list = || {
        let r = run(db.cmd().args(["surveys", "list", "--format", "json"]));
        assert_eq!(r.code, 0, "{r}");
        serde_json::from_str::<serde_json::Value>(&r.stdout).unwrap()
    };
    let v = list();
    assert_eq!(v[0]["survey"], "satisfaction");
    assert_eq!(
        (
            v[0]["responses"].clone(),
            v[0]["identifiable"].clone(),
            v[0]["anonymised"].clone(),
            v[0]["due"].clone()
        ),
        (8.into(), 8.into(), 0.into(), 4.into())
    );
    assert_eq!(v[0]["oldest_identifiable"], "2025-01-10");
    assert_eq!(v[1]["survey"], "vide");
    assert_eq!(v[1]["responses"], 0);
    anonymise(&db, &cfg, &["--yes"]);
    let v = list();
    assert_eq!(
        (
            v[0]["identifiable"].clone(),
            v[0]["anonymised"].clone(),
            v[0]["due"].clone()
        ),
        (4.into(), 4.into(), 0.into())
    );
    let r = run(db.cmd().args(["surveys", "list"]));
    assert!(
        r.stdout.contains("satisfaction") && r.stderr.is_empty(),
        "{r}"
    );
}

#[test]
fn interrupted_run_resumes_to_the_same_state() {
    let cfg = config();
    let seed = |db: &TestDb| {
        survey(db, "satisfaction");
        bulk(db, 60);
    };
    // The reference: one uninterrupted run.
    let reference = TestDb::new();
    seed(&reference);
    let r = anonymise(&reference, &cfg, &["--yes", "--batch-size", "10"]);
    assert_eq!(r.code, 0, "{r}");

    let db = TestDb::new();
    seed(&db);
    // Another session holds response 35: the run commits three batches then waits on it.
    let mut holder = db.client();
    let mut tx = holder.transaction().unwrap();
    tx.execute(
        "SELECT 1 FROM survey_responses WHERE id = 35 FOR UPDATE",
        &[],
    )
    .unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rgpdctl"))
        .env_clear()
        .env("DATABASE_URL", &db.url)
        .env("RGPDCTL_AS_OF", crate::harness::AS_OF)
        .env("RGPDCTL_ACTOR", "test")
        .env("TZ", "UTC")
        .arg("--config")
        .arg(cfg.path())
        .args(["surveys", "anonymise", "--yes", "--batch-size", "10"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let waiting: i64 = db.one(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'rgpdctl' AND wait_event_type = 'Lock'",
        );
        if waiting > 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the run never reached the locked row"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    tx.rollback().unwrap();
    // The killed run's sessions end once the server notices; a batch statement that was
    // waiting may still complete on its own (it is one statement, all or nothing).
    loop {
        let left: i64 =
            db.one("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'rgpdctl'");
        if left == 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the killed run's sessions stay"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let done = count(
        &db,
        "SELECT count(*) FROM survey_responses WHERE anonymised_at IS NOT NULL",
    );
    assert!(done == 30 || done == 40, "whole batches only: {done}");
    assert_eq!(count(&db, "SELECT count(*) FROM survey_responses"), 120);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM audit_log WHERE command LIKE 'surveys%' AND outcome <> 'started'"
        ),
        0
    );
    // A killed run cannot write its outcome, but its `started` row says it began.
    let journal: String = db.one(
        "SELECT string_agg(outcome, ',' ORDER BY id) FROM audit_log WHERE command LIKE 'surveys%'",
    );
    assert_eq!(
        journal, "started",
        "a killed run leaves only its started row"
    );
    // The job lock went with the killed session: the re-run takes it and finishes the work.
    let r = anonymise(&db, &cfg, &["--yes", "--batch-size", "10"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(
        r.stderr
            .contains(&format!("responses_anonymised={}", 60 - done)),
        "{r}"
    );
    // The re-run journalled the killed run as abandoned.
    assert!(
        r.stderr.contains("never ended; journalled as abandoned"),
        "{r}"
    );
    let journal: String = db.one(
        "SELECT string_agg(outcome, ',' ORDER BY id) FROM audit_log WHERE command LIKE 'surveys%'",
    );
    assert_eq!(journal, "started,abandoned,started,ok");
    assert_eq!(content(&db), content(&reference));
}

#[test]
fn a_response_changed_during_the_run_is_left_for_the_next_one() {
    let db = TestDb::new();
    let cfg = config();
    survey(&db, "satisfaction");
    bulk(&db, 30);
    // Another session holds response 15 (second batch), then changes it while the run waits.
    let mut holder = db.client();
    let mut tx = holder.transaction().unwrap();
    tx.execute(
        "SELECT 1 FROM survey_responses WHERE id = 15 FOR UPDATE",
        &[],
    )
    .unwrap();
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rgpdctl"))
        .env_clear()
        .env("DATABASE_URL", &db.url)
        .env("RGPDCTL_AS_OF", crate::harness::AS_OF)
        .env("RGPDCTL_ACTOR", "test")
        .env("TZ", "UTC")
        .arg("--config")
        .arg(cfg.path())
        .args(["surveys", "anonymise", "--yes", "--batch-size", "10"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while db.one::<i64>(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'rgpdctl' AND wait_event_type = 'Lock'",
    ) == 0
    {
        assert!(std::time::Instant::now() < deadline, "the run never waited");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    tx.execute(
        "UPDATE survey_responses SET answers = answers || '{\"commentaire\": \"rappel 0612345678\"}' WHERE id = 15",
        &[],
    )
    .unwrap();
    tx.commit().unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(75), "{stderr}");
    assert!(
        stderr.contains("1 responses changed while the run read them"),
        "{stderr}"
    );
    assert!(stderr.contains("changed_meanwhile=1"), "{stderr}");
    // The changed response kept its email and its new text; the 29 others are anonymised.
    assert_eq!(
        db.one::<String>("SELECT answers->>'commentaire' FROM survey_responses WHERE id = 15 AND email IS NOT NULL"),
        "rappel 0612345678"
    );
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM survey_responses WHERE anonymised_at IS NOT NULL"
        ),
        29
    );
    let r = anonymise(&db, &cfg, &["--yes"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("responses_anonymised=1"), "{r}");
    assert_eq!(
        count(&db, "SELECT count(*) FROM survey_responses WHERE answers->>'commentaire' = 'rappel [téléphone]' AND email IS NULL"),
        1
    );
}

/// Art. 18: the responses of a person whose account is restricted are skipped (and counted as
/// such) by the retention job, like the rest of their data.
#[test]
fn responses_of_a_restricted_account_are_skipped() {
    let db = crate::harness::TestDb::new();
    db.exec(
        "INSERT INTO accounts (pseudonym, email, restricted_at) VALUES ('r', 'Restricted@example.org', '2026-01-01');
         INSERT INTO surveys (slug) VALUES ('s');
         INSERT INTO survey_responses (survey_id, email, submitted_at, answers)
         SELECT id, e, '2024-01-10T10:00:00Z', '{\"note\": \"3\"}' FROM surveys,
                (VALUES ('restricted@example.org'), ('free@example.org')) v(e)",
    );
    let r =
        crate::harness::run(
            db.cmd()
                .args(["--yes", "--format", "json", "surveys", "anonymise"]),
        );
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"]["skipped_restricted"], 1, "{r}");
    assert_eq!(v["counts"]["responses_anonymised"], 1, "{r}");
    assert_eq!(db.one::<String>("SELECT string_agg(coalesce(email, '-'), ',' ORDER BY email NULLS FIRST) FROM survey_responses"), "-,restricted@example.org");
}
