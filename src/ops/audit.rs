//! `audit list | verify`: the journal of runs and its hash chain. Reads only.

use super::Env;
use crate::db::audit::{self, AuditRow, Head};
use crate::db::Db;
use crate::error::Result;
use chrono::{DateTime, Utc};
use std::collections::BTreeSet;

/// Which journal rows to list; `Default` lists them all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListOptions {
    /// Only rows at or after this time.
    pub since: Option<DateTime<Utc>>,
    /// Only this job (command), e.g. `logs purge`.
    pub job: Option<String>,
}

pub async fn list(_env: &Env, db: &mut Db, opts: &ListOptions) -> Result<Vec<AuditRow>> {
    audit::list(db, opts.since, opts.job.as_deref()).await
}

/// The first row where the chain breaks, with the run it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub id: i64,
    pub reason: String,
    pub command: String,
    pub run_id: Option<i64>,
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub rows: usize,
    /// Runs under the job runner (one `started` row each).
    pub runs: usize,
    /// Runs with a `started` row and no outcome yet: running now, or killed (their job's next
    /// run records them as `abandoned`). Their `started` row ids.
    pub unfinished: Vec<i64>,
    pub broken: Option<Broken>,
}

/// What `verify` checks beyond the chain; `Default` is the command line's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifyOptions {
    /// A head hash kept outside the database (a cron mail, syslog, the head file): the chain
    /// must reach it, or rows after it were removed.
    pub expect: Option<String>,
}

/// The whole of `verify`: the chain, the runs, the clock rules and the expected head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FullVerification {
    pub chain: Verification,
    /// The journal's last row.
    pub head: Option<Head>,
    /// A simulated-clock (test/demo) database: its journal times are the simulation's, their
    /// order is not checked.
    pub simulated: bool,
    /// The first row dated before the row preceding it: (its id, the previous row's id).
    pub backdated: Option<(i64, i64)>,
    /// Requests closed before they were received.
    pub closed_before_received: Vec<i64>,
    /// `--expect`: whether the chain reaches that hash.
    pub expect_found: Option<bool>,
}

impl FullVerification {
    pub fn ok(&self) -> bool {
        self.chain.broken.is_none()
            && self.backdated.is_none()
            && self.closed_before_received.is_empty()
            && self.expect_found != Some(false)
    }
}

/// `--expect HASH`: 64 hexadecimal digits (a SHA-256), any case.
pub fn parse_hash(s: &str) -> Option<String> {
    let t = s.trim();
    (t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit())).then(|| t.to_ascii_lowercase())
}

pub async fn verify(_env: &Env, db: &mut Db, opts: &VerifyOptions) -> Result<FullVerification> {
    let rows = audit::list(db, None, None).await?;
    let simulated = crate::db::clock::simulated(&**db).await?;
    let closed_before_received = crate::db::requests::closed_before_received(&**db).await?;
    Ok(FullVerification {
        chain: check(&rows),
        head: audit::head(db).await?,
        simulated,
        backdated: if simulated { None } else { backdated(&rows) },
        closed_before_received,
        expect_found: opts
            .expect
            .as_ref()
            .map(|h| h == audit::GENESIS || rows.iter().any(|r| &r.hash == h)),
    })
}

/// The last row of the journal.
pub async fn head(_env: &Env, db: &mut Db) -> Result<Option<Head>> {
    audit::head(db).await
}

/// The first row dated before the row preceding it (journal times are monotonic).
pub fn backdated(rows: &[AuditRow]) -> Option<(i64, i64)> {
    rows.windows(2)
        .find(|w| w[1].at < w[0].at)
        .map(|w| (w[1].id, w[0].id))
}

/// The chain and the runs of `rows` (the whole journal, in order).
pub fn check(rows: &[AuditRow]) -> Verification {
    let started: Vec<i64> = rows
        .iter()
        .filter(|r| r.outcome == "started")
        .map(|r| r.id)
        .collect();
    let ended: BTreeSet<i64> = rows
        .iter()
        .filter(|r| r.outcome != "started")
        .filter_map(|r| r.run_id)
        .collect();
    let broken = audit::verify_chain(rows).map(|b| {
        let row = rows.iter().find(|r| r.id == b.id);
        Broken {
            id: b.id,
            reason: b.reason,
            command: row.map(|r| r.command.clone()).unwrap_or_default(),
            run_id: row.and_then(|r| r.run_id),
        }
    });
    Verification {
        rows: rows.len(),
        runs: started.len(),
        unfinished: started
            .iter()
            .copied()
            .filter(|id| !ended.contains(id))
            .collect(),
        broken,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::audit::{row_hash, Entry, GENESIS};
    use serde_json::json;

    fn chain(rows: &[(&str, &str, Option<i64>)]) -> Vec<AuditRow> {
        let mut prev = GENESIS.to_string();
        let mut out = Vec::new();
        let empty = json!({});
        for (i, (command, outcome, run_id)) in rows.iter().enumerate() {
            let at = DateTime::<Utc>::from_timestamp(1_700_000_000 + i as i64, 0).unwrap();
            let e = Entry {
                at,
                actor: "t",
                command,
                parameters: &empty,
                counts: &empty,
                outcome,
                run_id: *run_id,
            };
            let hash = row_hash(&prev, &e);
            out.push(AuditRow {
                id: i as i64 + 1,
                at,
                actor: "t".into(),
                command: command.to_string(),
                parameters: empty.clone(),
                counts: empty.clone(),
                outcome: outcome.to_string(),
                prev_hash: prev.clone(),
                hash: hash.clone(),
                run_id: *run_id,
            });
            prev = hash;
        }
        out
    }

    #[test]
    fn counts_runs_and_names_the_unfinished_ones() {
        let rows = chain(&[
            ("db migrate", "ok", None),
            ("logs purge", "started", Some(2)),
            ("logs purge", "ok", Some(2)),
            ("accounts warn", "started", Some(4)),
            ("requests add", "ok", None),
        ]);
        let v = check(&rows);
        assert_eq!(
            (v.rows, v.runs, v.unfinished.clone(), v.broken),
            (5, 2, vec![4], None)
        );
    }

    #[test]
    fn a_row_dated_before_the_previous_one_is_named() {
        let mut rows = chain(&[("a", "ok", None), ("b", "ok", None), ("c", "ok", None)]);
        assert_eq!(backdated(&rows), None);
        rows[2].at = rows[1].at;
        assert_eq!(backdated(&rows), None, "the same instant is not before");
        rows[2].at = rows[1].at - chrono::Duration::microseconds(1);
        assert_eq!(backdated(&rows), Some((3, 2)));
    }

    #[test]
    fn expected_hashes_are_64_hex_digits() {
        let h = "A".repeat(64);
        assert_eq!(parse_hash(&h), Some("a".repeat(64)));
        assert_eq!(parse_hash(&"a".repeat(63)), None);
        assert_eq!(parse_hash(&"a".repeat(65)), None);
        assert_eq!(parse_hash(&format!("{}g", "a".repeat(63))), None);
        assert_eq!(parse_hash(&"é".repeat(32)), None);
    }

    #[test]
    fn a_broken_row_is_named_with_its_run() {
        let mut rows = chain(&[
            ("logs purge", "started", Some(1)),
            ("logs purge", "ok", Some(1)),
        ]);
        rows[1].counts = json!({"rows_deleted": 0});
        let b = check(&rows).broken.unwrap();
        assert_eq!(
            (b.id, b.command.as_str(), b.run_id),
            (2, "logs purge", Some(1))
        );
    }
}
