//! `datasets import | list | drop`: real-world CSV files into typed tables, swapped in
//! atomically, with the catalogue and the audit journal.

use crate::harness::{fixture, run, Run, TestDb, AS_OF};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

fn import(db: &TestDb, file: &Path, slug: &str, extra: &[&str]) -> Run {
    let mut cmd = db.cmd();
    cmd.args(["datasets", "import"])
        .arg(file)
        .args(["--slug", slug])
        .args(extra);
    run(&mut cmd)
}

fn tmp_file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Column name -> type, in table order, from the catalogue.
fn columns(db: &TestDb, slug: &str) -> Vec<(String, String)> {
    let v: Value = db.one(&format!(
        "SELECT columns FROM datasets WHERE slug = '{slug}'"
    ));
    v.as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["type"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Column name -> type as PostgreSQL has it.
fn pg_columns(db: &TestDb, slug: &str) -> Vec<(String, String)> {
    db.client()
        .query(
            "SELECT attname::text, format_type(atttypid, atttypmod) FROM pg_attribute
              WHERE attrelid = to_regclass(format('datasets.%I', $1::text)) AND attnum > 0
              ORDER BY attnum",
            &[&slug],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

fn count(db: &TestDb, slug: &str) -> i64 {
    db.one(&format!("SELECT count(*) FROM datasets.\"{slug}\""))
}

/// Tables of schema `datasets`, staging tables included.
fn tables(db: &TestDb) -> Vec<String> {
    db.client()
        .query(
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'datasets' ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

fn audit_rows(db: &TestDb) -> i64 {
    db.one("SELECT count(*) FROM audit_log WHERE command LIKE 'datasets%' AND outcome <> 'started'")
}

#[test]
fn every_real_fixture_imports_with_its_rows_names_accents_and_types() {
    let db = TestDb::new();
    // file, slug, rows, columns, first column, encoding
    let cases = [
        (
            "cnil_controles_2018_cp1252.csv",
            "cnil-2018",
            310,
            6,
            "Type de contrôle",
        ),
        (
            "cnil_controles_2021_cp1252.csv",
            "cnil-2021",
            384,
            7,
            "Catégorie de contrôle",
        ),
        (
            "cnil_controles_2022_cp1252.csv",
            "cnil-2022",
            345,
            7,
            "Catégorie de contrôle",
        ),
        (
            "laposte_hexasmal_crcrlf_head.csv",
            "laposte-crcrlf",
            506,
            5,
            "Code_commune_INSEE",
        ),
        (
            "laposte_hexasmal_utf8_crlf_head.csv",
            "laposte-utf8",
            287,
            6,
            "Code_commune_INSEE",
        ),
        (
            "ods_education_annuaire_occitanie_head300.csv",
            "annuaire",
            300,
            72,
            "Identifiant_de_l_etablissement",
        ),
        (
            "ods_education_carte_scolaire_occitanie_head40.csv",
            "carte-scolaire",
            40,
            27,
            "code_region",
        ),
    ];
    for (file, slug, rows, ncols, first) in cases {
        let path = fixture(&format!("fr-real/{file}"));
        let r = import(&db, &path, slug, &[]);
        assert_eq!(r.code, 0, "{file}: {r}");
        assert!(r.stdout.is_empty(), "{file}: data only on stdout: {r}");
        assert!(r.stderr.contains(&format!("rows={rows}")), "{file}: {r}");
        assert_eq!(count(&db, slug), rows, "{file}");
        let cols = columns(&db, slug);
        assert_eq!(cols.len(), ncols, "{file}");
        assert_eq!(cols[0].0, first, "{file}: no BOM, no line break in names");
        assert_eq!(pg_columns(&db, slug).len(), ncols, "{file}");
        let (sha, source, n): (String, String, i64) = {
            let row = db
                .client()
                .query_one(
                    "SELECT source_sha256, source_name, row_count FROM datasets WHERE slug = $1",
                    &[&slug],
                )
                .unwrap();
            (row.get(0), row.get(1), row.get(2))
        };
        assert_eq!(
            sha,
            hex::encode(Sha256::digest(std::fs::read(&path).unwrap())),
            "{file}"
        );
        assert_eq!(source, file);
        assert_eq!(n, rows);
    }
    let ty = |slug: &str, col: &str| -> String {
        columns(&db, slug)
            .into_iter()
            .find(|(n, _)| n == col)
            .unwrap_or_else(|| panic!("{slug} has no column {col}"))
            .1
    };
    // Windows-1252 accents decoded.
    let n: i64 = db.one(
        "SELECT count(*) FROM datasets.\"cnil-2022\" WHERE \"Activité de l'organisme\" = 'Régalien'",
    );
    assert!(n > 0);
    let org: String = db.one("SELECT \"Organismes contrôlés\" FROM datasets.\"cnil-2022\" LIMIT 1");
    assert_eq!(org, "UNIVERSITÉ DE LILLE");
    // UTF-8 header with an accent; `lat,lon` kept as text; postal codes with leading zeros
    // would stay text (these happen to have none).
    assert_eq!(ty("laposte-utf8", "Libellé_d_acheminement"), "text");
    assert_eq!(ty("laposte-utf8", "coordonnees_gps"), "text");
    // OpenDataSoft: integers, decimals, dates, GeoJSON.
    assert_eq!(ty("annuaire", "Identifiant_de_l_etablissement"), "text");
    // Ariège's postal codes start with 0: kept as text.
    assert_eq!(ty("annuaire", "Code_postal"), "text");
    assert_eq!(ty("annuaire", "Code_academie"), "integer");
    assert_eq!(ty("annuaire", "latitude"), "numeric");
    assert_eq!(ty("annuaire", "date_ouverture"), "date");
    assert_eq!(ty("annuaire", "SIREN_SIRET"), "bigint");
    assert_eq!(ty("annuaire", "Telephone"), "text");
    assert_eq!(ty("carte-scolaire", "geo_shape"), "jsonb");
    let geo: String = db.one(
        "SELECT geo_shape->>'type' FROM datasets.\"carte-scolaire\" WHERE geo_shape IS NOT NULL LIMIT 1",
    );
    assert!(["Polygon", "MultiPolygon"].contains(&geo.as_str()), "{geo}");
    let nom: String = db.one("SELECT libelle_commune FROM datasets.\"carte-scolaire\" LIMIT 1");
    assert_eq!(nom, "Alès");
    // Empty strings are NULL.
    let nulls: i64 =
        db.one("SELECT count(*) FROM datasets.\"laposte-utf8\" WHERE \"Ligne_5\" IS NULL");
    assert!(nulls > 0);
    // One audit row per import, no personal data, the slug and counts.
    let (params, counts): (Value, Value) = {
        let r = db
            .client()
            .query_one(
                "SELECT parameters, counts FROM audit_log WHERE command = 'datasets import' ORDER BY id DESC LIMIT 1",
                &[],
            )
            .unwrap();
        (r.get(0), r.get(1))
    };
    assert_eq!(params["slug"], "carte-scolaire");
    assert_eq!(counts["rows"], 40);
    assert_eq!(audit_rows(&db), 7);
}

#[test]
fn delimiters_encodings_boms_and_line_endings() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "ville\tnombre\r\nNîmes\t12\r\nAlès\t7\r\n"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        )
        .collect();
    let cases: Vec<(&str, Vec<u8>, &[&str])> = vec![
        (
            "comma",
            b"ville,nombre\nN\xc3\xaemes,12\nAl\xc3\xa8s,7\n".to_vec(),
            &[],
        ),
        (
            "semicolon-bom",
            b"\xEF\xBB\xBFville;nombre\nN\xc3\xaemes;12\nAl\xc3\xa8s;7\n".to_vec(),
            &[],
        ),
        (
            "tab",
            b"ville\tnombre\nN\xc3\xaemes\t12\nAl\xc3\xa8s\t7\n".to_vec(),
            &[],
        ),
        (
            "pipe",
            b"ville|nombre\nN\xc3\xaemes|12\nAl\xc3\xa8s|7\n".to_vec(),
            &[],
        ),
        (
            "cp1252",
            b"ville,nombre\r\nN\xeemes,12\r\nAl\xe8s,7\r\n".to_vec(),
            &[],
        ),
        (
            "cp1252-forced",
            b"ville;nombre\nN\xeemes;12\nAl\xe8s;7\n".to_vec(),
            &["--encoding", "windows-1252", "--delimiter", ";"],
        ),
        ("utf16", utf16, &[]),
        (
            "cr-only",
            b"ville;nombre\rN\xc3\xaemes;12\rAl\xc3\xa8s;7\r".to_vec(),
            &[],
        ),
        (
            "crcrlf",
            b"ville;nombre\r\r\nN\xc3\xaemes;12\r\r\nAl\xc3\xa8s;7\r\r\n".to_vec(),
            &[],
        ),
        (
            "no-final-newline",
            b"ville;nombre\nN\xc3\xaemes;12\nAl\xc3\xa8s;7".to_vec(),
            &[],
        ),
        (
            "tab-forced",
            b"ville\tnombre\nN\xc3\xaemes\t12\nAl\xc3\xa8s\t7\n".to_vec(),
            &["--delimiter", "tab"],
        ),
    ];
    for (slug, bytes, extra) in cases {
        let f = tmp_file(&dir, &format!("{slug}.csv"), &bytes);
        let r = import(&db, &f, slug, extra);
        assert_eq!(r.code, 0, "{slug}: {r}");
        assert_eq!(
            pg_columns(&db, slug),
            [
                ("ville".to_string(), "text".to_string()),
                ("nombre".to_string(), "integer".to_string())
            ],
            "{slug}"
        );
        let got: String = db.one(&format!(
            "SELECT string_agg(ville || '=' || nombre, ' ' ORDER BY nombre) FROM datasets.\"{slug}\""
        ));
        assert_eq!(got, "Alès=7 Nîmes=12", "{slug}");
    }
}

#[test]
fn quoted_fields_and_every_type_round_trip() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let text = "id;texte;prix;ok;jour;quand;local;geo;forme;code\n\
        1;\"ligne 1\nligne 2 ; avec \"\"guillemets\"\"\";12.50;oui;2024-02-29;2024-03-31T02:30:00+02:00;2024-03-31 10:00:00;\"43.6, 1.44\";\"{\"\"type\"\": \"\"Point\"\", \"\"coordinates\"\": [1.44, 43.6]}\";01000\n\
        2;;-0.001;NON;31/12/2023;2024-01-01T00:00:00Z;2024-01-01;\"42.1, 3.0\";[1, 2];2A004\n";
    let f = tmp_file(&dir, "types.csv", text.as_bytes());
    let r = import(&db, &f, "types", &[]);
    assert_eq!(r.code, 0, "{r}");
    let types: Vec<String> = columns(&db, "types").into_iter().map(|c| c.1).collect();
    assert_eq!(
        types,
        [
            "integer",
            "text",
            "numeric",
            "boolean",
            "date",
            "timestamptz",
            "timestamp",
            "text",
            "jsonb",
            "text"
        ]
    );
    let row: String = db.one(
        "SELECT concat_ws('|', texte, prix, ok::text, jour, quand AT TIME ZONE 'UTC', local, geo, forme->>'type', code)
           FROM datasets.types WHERE id = 1",
    );
    assert_eq!(
        row,
        "ligne 1\nligne 2 ; avec \"guillemets\"|12.50|true|2024-02-29|2024-03-31 00:30:00|2024-03-31 10:00:00|43.6, 1.44|Point|01000"
    );
    let row: String = db.one(
        "SELECT concat_ws('|', coalesce(texte, 'NULL'), prix, ok::text, jour, local, forme, code) FROM datasets.types WHERE id = 2",
    );
    assert_eq!(
        row,
        "NULL|-0.001|false|2023-12-31|2024-01-01 00:00:00|[1, 2]|2A004"
    );
}

#[test]
fn a_late_value_widens_its_column_and_nothing_is_lost() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("n;code;d;vide\n");
    // More records than the sample the types are first inferred from (50,000).
    for i in 0..60_000 {
        text.push_str(&format!("{i};{};2024-01-01;\n", i % 90 + 10));
    }
    // Past the sample: a decimal, a code with a leading zero, a timestamp, a first value.
    text.push_str("3000000000.5;007;2024-01-01T12:00:00;42\n");
    let f = tmp_file(&dir, "late.csv", text.as_bytes());
    let r = import(&db, &f, "late", &["--format", "json", "--dry-run"]);
    assert_eq!(r.code, 0, "{r}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["counts"]["rows"], 60_001);
    let types: Vec<&str> = v["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["numeric", "text", "timestamp", "integer"]);
    let r = import(&db, &f, "late", &[]);
    assert_eq!(r.code, 0, "{r}");
    assert!(
        r.stderr.contains("line 60002: a value of column `n` does not fit the type inferred from the first 50000 rows"),
        "{r}"
    );
    assert!(r.stderr.contains("rows=60001"), "{r}");
    assert_eq!(
        pg_columns(&db, "late")
            .into_iter()
            .map(|c| c.1)
            .collect::<Vec<_>>(),
        ["numeric", "text", "timestamp without time zone", "integer"]
    );
    let last: String = db.one(
        "SELECT n || '|' || code || '|' || d || '|' || vide FROM datasets.late WHERE code = '007'",
    );
    assert_eq!(last, "3000000000.5|007|2024-01-01 12:00:00|42");
    assert!(tables(&db) == ["late"], "{:?}", tables(&db));
    let first: String =
        db.one("SELECT n || '|' || code || '|' || d FROM datasets.late WHERE n = 0");
    assert_eq!(first, "0|10|2024-01-01 00:00:00");
}

#[test]
fn bad_files_are_refused_with_the_line_and_nothing_is_imported() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let mut big = String::from("a;b\n");
    // Past the sample: the ragged row is met while loading, and rolled back.
    for i in 0..60_000 {
        big.push_str(&format!("{i};x\n"));
    }
    let ragged = format!("{big}1;2;3\n");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "ragged",
            ragged.into_bytes(),
            "line 60002: expected 2 fields, found 3",
        ),
        (
            "unclosed",
            b"a;b\n1;2\n3;\"4\n5;6\n".to_vec(),
            "line 3: unclosed quote",
        ),
        (
            "nul",
            b"a;b\n1;2\n3;x\x00y\n".to_vec(),
            "line 3, column `b`: NUL byte",
        ),
        (
            "bad-utf8",
            [
                b"a;b\n".to_vec(),
                "x;é\n".repeat(20_000).into_bytes(),
                b"y;\xe9\n".to_vec(),
            ]
            .concat(),
            "line 20002, field 2: invalid UTF-8",
        ),
    ];
    for (slug, bytes, msg) in cases {
        let f = tmp_file(&dir, &format!("{slug}.csv"), &bytes);
        let r = import(&db, &f, slug, &[]);
        assert_eq!(r.code, 1, "{slug}: {r}");
        assert!(r.stderr.contains(msg), "{slug}: {r}");
        assert!(r.stderr.contains("hint:"), "{slug}: {r}");
        assert!(r.stdout.is_empty(), "{slug}: {r}");
    }
    assert!(tables(&db).is_empty(), "{:?}", tables(&db));
    let n: i64 = db.one("SELECT count(*) FROM datasets");
    assert_eq!(n, 0);
    // The failed runs are journalled as failed, without the message (it may quote values).
    let outcomes: String = db.one(
        "SELECT string_agg(DISTINCT outcome, ',') FROM audit_log WHERE command = 'datasets import' AND outcome <> 'started'",
    );
    assert_eq!(outcomes, "failed");

    // Empty file: an error; header only: an empty dataset.
    let empty = tmp_file(&dir, "empty.csv", b"");
    let r = import(&db, &empty, "empty", &[]);
    assert_eq!(r.code, 2, "{r}");
    assert!(
        r.stderr.contains("is empty: a header row is required"),
        "{r}"
    );
    let header = tmp_file(&dir, "header.csv", b"a;b;a\n");
    let r = import(&db, &header, "header-only", &[]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(count(&db, "header-only"), 0);
    assert_eq!(
        pg_columns(&db, "header-only"),
        [
            ("a".to_string(), "text".to_string()),
            ("b".to_string(), "text".to_string()),
            ("a_2".to_string(), "text".to_string())
        ]
    );
}

#[test]
fn a_hostile_header_is_just_a_column_name() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let f = tmp_file(
        &dir,
        "hostile.csv",
        "\"\"\"; DROP TABLE accounts; --\";\"\";\"x\"\"y\"\n1;2;3\n".as_bytes(),
    );
    let r = import(&db, &f, "hostile", &[]);
    assert_eq!(r.code, 0, "{r}");
    let names: Vec<String> = pg_columns(&db, "hostile")
        .into_iter()
        .map(|c| c.0)
        .collect();
    assert_eq!(names, ["\"; DROP TABLE accounts; --", "column_2", "x\"y"]);
    let still: bool = db.one("SELECT to_regclass('public.accounts') IS NOT NULL");
    assert!(still);
    // A hostile slug is refused before anything runs.
    let r = import(&db, &f, "x\"; DROP TABLE accounts; --", &[]);
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("invalid slug"), "{r}");
}

#[test]
fn stdin_is_read_twice_through_a_private_spool() {
    let db = TestDb::new();
    let bytes = "\u{feff}commune;population\nToulouse;504078\nNîmes;148561\n".as_bytes();
    let r = run(db
        .cmd()
        .args([
            "datasets", "import", "-", "--slug", "villes", "--title", "Villes",
        ])
        .write_stdin(bytes));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(count(&db, "villes"), 2);
    let (source, sha, title): (String, String, String) = {
        let r = db
            .client()
            .query_one(
                "SELECT source_name, source_sha256, title FROM datasets",
                &[],
            )
            .unwrap();
        (r.get(0), r.get(1), r.get(2))
    };
    assert_eq!(source, "stdin");
    assert_eq!(sha, hex::encode(Sha256::digest(bytes)));
    assert_eq!(title, "Villes");
    assert_eq!(
        pg_columns(&db, "villes")[1],
        ("population".to_string(), "integer".to_string())
    );
}

#[test]
fn dry_run_prints_the_schema_and_writes_nothing() {
    let db = TestDb::new();
    let before = audit_rows(&db);
    let r = run(db
        .cmd()
        .args(["datasets", "import", "--dry-run", "--slug", "annuaire"])
        .arg(fixture(
            "fr-real/ods_education_annuaire_occitanie_head300.csv",
        )));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stdout.contains("Identifiant_de_l_etablissement"), "{r}");
    assert!(r.stdout.contains("date_ouverture"), "{r}");
    assert!(
        r.stderr.contains("datasets import (dry run): bytes=182133 columns=72 replaced=false rows=300 (encoding UTF-8, delimiter ;)"),
        "{r}"
    );
    let csv = run(db
        .cmd()
        .args([
            "--format",
            "csv",
            "datasets",
            "import",
            "--dry-run",
            "--slug",
            "annuaire",
        ])
        .arg(fixture("fr-real/laposte_hexasmal_utf8_crlf_head.csv")));
    assert_eq!(csv.code, 0, "{csv}");
    assert!(
        csv.stdout
            .starts_with("column,type,nulls\nCode_commune_INSEE,integer,0\n"),
        "{csv}"
    );
    assert!(tables(&db).is_empty());
    let n: i64 = db.one("SELECT count(*) FROM datasets");
    assert_eq!(n, 0);
    assert_eq!(audit_rows(&db), before);
}

#[test]
fn replace_swaps_versions_and_a_failed_replace_keeps_the_old_one() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let v1 = tmp_file(&dir, "v1.csv", b"a;b\n1;x\n2;y\n");
    let v2 = tmp_file(
        &dir,
        "v2.csv",
        b"a;b;c\n1;x;2024-01-01\n2;y;\n3;z;2024-01-03\n",
    );
    let bad = tmp_file(&dir, "bad.csv", b"a;b;c\n1;x;2024-01-01\n2;y\n");
    db.exec("INSERT INTO accounts (pseudonym, email, role) VALUES ('prod', 'Prod@Example.org', 'producer')");
    let r = import(
        &db,
        &v1,
        "jeu",
        &["--title", "Jeu", "--producer", "prod@example.org"],
    );
    assert_eq!(r.code, 0, "{r}");
    db.exec(
        "INSERT INTO dataset_subscriptions (account_id, dataset_id, subscribed_at)
             SELECT a.id, d.id, now() FROM accounts a, datasets d",
    );
    let id: i64 = db.one("SELECT id FROM datasets WHERE slug = 'jeu'");

    // Twice without --replace: refused, nothing changed.
    let r = import(&db, &v2, "jeu", &[]);
    assert_eq!(r.code, 2, "{r}");
    assert!(
        r.stderr.contains("dataset `jeu` already exists") && r.stderr.contains("--replace"),
        "{r}"
    );
    assert_eq!(count(&db, "jeu"), 2);

    // A bad new version: refused, the old one intact.
    let r = import(&db, &bad, "jeu", &["--replace"]);
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("line 3"), "{r}");
    assert_eq!(count(&db, "jeu"), 2);

    // A failure at the swap itself (a reader holds the old version past --lock-timeout): the
    // whole transaction rolls back, no staging table is left, the exit code says retry.
    let mut reader = db.client();
    let mut t = reader.transaction().unwrap();
    t.query("SELECT * FROM datasets.jeu", &[]).unwrap();
    let r = import(&db, &v2, "jeu", &["--replace", "--lock-timeout", "1"]);
    assert_eq!(r.code, 75, "{r}");
    assert!(r.stderr.contains("lock timeout"), "{r}");
    assert!(r.stderr.contains("previous version is intact"), "{r}");
    assert_eq!(t.query("SELECT * FROM datasets.jeu", &[]).unwrap().len(), 2);
    t.rollback().unwrap();
    assert_eq!(tables(&db), ["jeu"]);
    assert_eq!(count(&db, "jeu"), 2);
    let cols: i64 =
        db.one("SELECT jsonb_array_length(columns)::bigint FROM datasets WHERE slug = 'jeu'");
    assert_eq!(cols, 2);

    // The real replace: new columns and rows, same catalogue row, title/producer/subscriptions kept.
    let r = import(&db, &v2, "jeu", &["--replace"]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("replaced=true rows=3"), "{r}");
    assert_eq!(tables(&db), ["jeu"]);
    assert_eq!(count(&db, "jeu"), 3);
    assert_eq!(
        pg_columns(&db, "jeu")[2],
        ("c".to_string(), "date".to_string())
    );
    let (id2, title, producer, subs): (i64, String, String, i64) =
        {
            let r = db.client().query_one(
            "SELECT d.id, d.title, a.pseudonym, (SELECT count(*) FROM dataset_subscriptions)
               FROM datasets d JOIN accounts a ON a.id = d.producer_account_id",
            &[],
        ).unwrap();
            (r.get(0), r.get(1), r.get(2), r.get(3))
        };
    assert_eq!(
        (id2, title.as_str(), producer.as_str(), subs),
        (id, "Jeu", "prod", 1)
    );
    // Replacing with the same file again is a no-op in content.
    let r = import(&db, &v2, "jeu", &["--replace"]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(count(&db, "jeu"), 3);
    // No email in the journal.
    let leaked: i64 =
        db.one("SELECT count(*) FROM audit_log WHERE parameters::text ILIKE '%example.org%'");
    assert_eq!(leaked, 0);
}

#[test]
fn an_unknown_producer_is_refused_without_echoing_the_email() {
    let db = TestDb::new();
    let r = import(
        &db,
        &fixture("fr-real/laposte_hexasmal_crcrlf_head.csv"),
        "x",
        &["--producer", "jean.dupont@example.org"],
    );
    assert_eq!(r.code, 2, "{r}");
    assert!(
        r.stderr.contains("no account with email `j***@e***.org`"),
        "{r}"
    );
    assert!(!r.stderr.contains("jean.dupont"), "{r}");
    assert!(tables(&db).is_empty());
}

#[test]
fn list_in_every_format_and_drop_with_dry_run_confirmation_and_twice() {
    let db = TestDb::new();
    let f = fixture("fr-real/laposte_hexasmal_utf8_crlf_head.csv");
    assert_eq!(
        import(&db, &f, "codes-postaux", &["--title", "Codes postaux"]).code,
        0
    );
    let empty = run(db.cmd().args(["datasets", "list", "--format", "json"]));
    let v: Value = serde_json::from_str(&empty.stdout).unwrap();
    assert_eq!(v[0]["slug"], "codes-postaux");
    assert_eq!(v[0]["table"], "datasets.codes-postaux");
    assert_eq!(v[0]["rows"], 287);
    assert_eq!(v[0]["columns"][5]["name"], "coordonnees_gps");
    assert_eq!(v[0]["imported_at"], AS_OF);
    assert_eq!(v[0]["imported_by"], "test");
    let csv = run(db.cmd().args(["--format", "csv", "datasets", "list"]));
    assert!(csv.stdout.starts_with("slug,title,producer,table,rows,columns,source,imported_at,imported_by\ncodes-postaux,Codes postaux,,datasets.codes-postaux,287,6,laposte_hexasmal_utf8_crlf_head.csv,"), "{csv}");
    let table = run(db.cmd().args(["datasets", "list"]));
    assert!(table.stdout.contains("codes-postaux"), "{table}");

    // Dry run: nothing changes, not even the journal.
    let before = audit_rows(&db);
    let r = run(db
        .cmd()
        .args(["datasets", "drop", "codes-postaux", "--dry-run"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(
        r.stderr.contains(
            "datasets drop (dry run): datasets_dropped=1 rows_dropped=287 subscriptions_dropped=0"
        ),
        "{r}"
    );
    assert_eq!(tables(&db), ["codes-postaux"]);
    assert_eq!(audit_rows(&db), before);
    // No terminal, no --yes: refused.
    let r = run(db.cmd().args(["datasets", "drop", "codes-postaux"]));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("--yes"), "{r}");
    assert_eq!(tables(&db), ["codes-postaux"]);
    let r = run(db
        .cmd()
        .args(["datasets", "drop", "codes-postaux", "--yes"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(tables(&db).is_empty());
    let n: i64 = db.one("SELECT count(*) FROM datasets");
    assert_eq!(n, 0);
    assert_eq!(audit_rows(&db), before + 1);
    // Twice: nothing to do.
    let r = run(db
        .cmd()
        .args(["datasets", "drop", "codes-postaux", "--yes"]));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("nothing to drop"), "{r}");
    let r = run(db.cmd().args(["datasets", "list", "--format", "json"]));
    assert_eq!(r.stdout.trim(), "[]");
}

#[test]
fn an_import_terminated_or_killed_during_copy_leaves_the_old_version_and_a_rerun_completes() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let small = tmp_file(&dir, "small.csv", b"id;nom\n1;un\n");
    assert_eq!(import(&db, &small, "gros", &[]).code, 0);
    let mut text = String::from("id;nom;valeur;jour\n");
    for i in 0..100_000 {
        text.push_str(&format!(
            "{i};établissement numéro {i};{}.{};2024-01-{:02}\n",
            i * 7,
            i % 100,
            i % 28 + 1
        ));
    }
    let big = tmp_file(&dir, "big.csv", text.as_bytes());

    let mut admin = crate::harness::admin();
    // SIGTERM (the tool stops and says so, exit 143), then SIGKILL (no chance to clean up).
    for signal in ["TERM", "KILL"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rgpdctl"))
            .env("DATABASE_URL", &db.url)
            .env("RGPDCTL_AS_OF", AS_OF)
            .args(["-q", "datasets", "import", "--replace", "--slug", "gros"])
            .arg(&big)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let copying: i64 = admin
                .query_one(
                    "SELECT count(*) FROM pg_stat_progress_copy WHERE datname = $1 AND tuples_processed > 0",
                    &[&db.name],
                )
                .unwrap()
                .get(0);
            if copying > 0 {
                break;
            }
            assert!(
                child.try_wait().unwrap().is_none(),
                "the import ended before COPY was seen"
            );
            assert!(std::time::Instant::now() < deadline, "COPY never started");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let killed = std::process::Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = child.wait().unwrap();
        if signal == "TERM" {
            assert_eq!(status.code(), Some(143), "SIGTERM exit code");
        }
        // The server notices the closed connection and rolls back.
        while admin
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'rgpdctl'",
                &[&db.name],
            )
            .unwrap()
            .get::<_, i64>(0)
            > 0
        {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(tables(&db), ["gros"], "after SIG{signal}");
        assert_eq!(count(&db, "gros"), 1, "after SIG{signal}");
        // SIGTERM: the run says it was interrupted; SIGKILL: only its started row is left.
        let journal: String = db.one(
            "SELECT string_agg(outcome, ',' ORDER BY id) FROM audit_log WHERE command = 'datasets import'",
        );
        let expected = if signal == "TERM" {
            "started,ok,started,interrupted"
        } else {
            "started,ok,started,interrupted,started"
        };
        assert_eq!(journal, expected, "after SIG{signal}");
    }

    let r = import(&db, &big, "gros", &["--replace"]);
    assert_eq!(r.code, 0, "{r}");
    // The re-run journalled the killed run as abandoned.
    assert!(
        r.stderr.contains("never ended; journalled as abandoned"),
        "{r}"
    );
    let r = import(&db, &big, "reference", &[]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(count(&db, "gros"), 100_000);
    let diff: i64 = db.one(
        "SELECT count(*) FROM ((SELECT * FROM datasets.gros EXCEPT ALL SELECT * FROM datasets.reference)
                       UNION ALL (SELECT * FROM datasets.reference EXCEPT ALL SELECT * FROM datasets.gros)) d",
    );
    assert_eq!(diff, 0);
    assert_eq!(columns(&db, "gros"), columns(&db, "reference"));
    assert_eq!(tables(&db), ["gros", "reference"]);
}
