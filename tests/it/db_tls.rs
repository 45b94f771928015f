//! PostgreSQL over TLS (issue 13, point 9): verify-ca needs its root certificate, require with a
//! root certificate checks the chain as libpq does, and an unverified connection to a remote
//! host is warned about. Against the test server's TLS (its snakeoil certificate) and a CA made
//! here (openssl CLI).

use crate::harness::{bin, run, TestDb};
use crate::mail_tls::Pki;

const SNAKEOIL: &str = "/etc/ssl/certs/ssl-cert-snakeoil.pem";

fn url(db: &TestDb, host: &str, extra: &str) -> String {
    format!("host={host} user=postgres dbname={} {extra}", db.name)
}

#[test]
fn verify_ca_needs_a_root_and_require_with_a_root_checks_the_chain() {
    let ssl_on: String = crate::harness::admin()
        .query_one("SHOW ssl", &[])
        .unwrap()
        .get(0);
    assert_eq!(ssl_on, "on", "the test PostgreSQL must have TLS on");
    assert!(std::path::Path::new(SNAKEOIL).exists(), "{SNAKEOIL}");
    let db = TestDb::new();
    let pki = Pki::new();
    let home = tempfile::tempdir().unwrap();
    let status = |u: &str| {
        run(bin()
            .env("HOME", home.path())
            .args(["--database-url", u, "db", "status"]))
    };
    // verify-ca with no root certificate: refused before connecting (exit 2).
    let r = status(&url(&db, "127.0.0.1", "sslmode=verify-ca"));
    assert_eq!(r.code, 2, "{r}");
    assert!(r.stderr.contains("verify-ca needs sslrootcert"), "{r}");
    assert!(r.stderr.contains("verify-full"), "{r}");
    // With the server's own root: verifies (the host is not checked by verify-ca).
    let r = status(&url(
        &db,
        "127.0.0.1",
        &format!("sslmode=verify-ca sslrootcert={SNAKEOIL}"),
    ));
    assert_eq!(r.code, 0, "{r}");
    // require without a root: encrypted, not verified (as libpq); loopback: no warning.
    let r = status(&url(&db, "127.0.0.1", "sslmode=require"));
    assert_eq!(r.code, 0, "{r}");
    assert!(!r.stderr.contains("without checking"), "{r}");
    // require with a root certificate that did not sign the server's: refused, as libpq.
    let other = pki.path("other-ca.pem");
    let r = status(&url(
        &db,
        "127.0.0.1",
        &format!("sslmode=require sslrootcert={}", other.display()),
    ));
    assert_eq!(r.code, 2, "{r}");
    // … and with the right one, accepted.
    let r = status(&url(
        &db,
        "127.0.0.1",
        &format!("sslmode=require sslrootcert={SNAKEOIL}"),
    ));
    assert_eq!(r.code, 0, "{r}");
    // ~/.postgresql/root.crt is libpq's default root: require now checks against it.
    std::fs::create_dir_all(home.path().join(".postgresql")).unwrap();
    std::fs::copy(&other, home.path().join(".postgresql/root.crt")).unwrap();
    let r = status(&url(&db, "127.0.0.1", "sslmode=require"));
    assert_eq!(r.code, 2, "{r}");
}

#[test]
fn an_unverified_connection_to_a_remote_host_is_warned_about() {
    let db = TestDb::new();
    let home = tempfile::tempdir().unwrap();
    let status = |u: &str| {
        run(bin()
            .env("HOME", home.path())
            .args(["--database-url", u, "db", "status"]))
    };
    let r = status(&url(&db, "db.invalid", "sslmode=require connect_timeout=2"));
    assert_ne!(r.code, 0, "{r}");
    assert!(r.stderr.contains("without checking its certificate"), "{r}");
    assert!(r.stderr.contains("sslmode=require"), "{r}");
    let r = status(&url(&db, "db.invalid", "connect_timeout=2"));
    assert!(r.stderr.contains("sslmode=prefer"), "{r}");
    let r = status(&url(
        &db,
        "db.invalid",
        "sslmode=verify-full connect_timeout=2",
    ));
    assert!(!r.stderr.contains("without checking"), "{r}");
    // Loopback: no warning.
    let r = status(&url(&db, "localhost", "sslmode=prefer"));
    assert_eq!(r.code, 0, "{r}");
    assert!(!r.stderr.contains("without checking"), "{r}");
}
