//! `logs purge`: connection logs and audience data past their retention, gone by whole months
//! (partitions dropped) and to the second (boundary rows deleted in batches).

use super::job::{self, JobReport, Run, Spec};
use super::Env;
use crate::db::partitions::{self, Layout, LogTable, Partition};
use crate::db::Db;
use crate::error::Result;
use crate::policy::CalDuration;
use chrono::{DateTime, SecondsFormat, Utc};
use chrono_tz::Europe::Paris;
use serde_json::{json, Map};
use std::time::Instant;

pub const JOB: &str = "logs purge";

/// The two kinds of log data, each with its table and retention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Connection logs (IP, login times, approximate geolocation, queries): `connection_logs`
    Connection,
    /// Audience measurement / cookie data: `audience_events`
    Audience,
}

impl Category {
    pub const ALL: [Category; 2] = [Category::Connection, Category::Audience];
    pub fn key(self) -> &'static str {
        match self {
            Category::Connection => "connection",
            Category::Audience => "audience",
        }
    }
    pub fn table(self) -> &'static str {
        match self {
            Category::Connection => "connection_logs",
            Category::Audience => "audience_events",
        }
    }
}

/// The options of a purge; `Default` is the documented default (the command line's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurgeOptions {
    pub dry_run: bool,
    /// One category only (default: both).
    pub only: Option<Category>,
    /// Instead of the configured retention.
    pub older_than: Option<CalDuration>,
    /// Rows per DELETE batch (each its own transaction).
    pub batch_size: i64,
    /// Months of partitions to create ahead of the current one.
    pub months_ahead: u32,
    /// Count the rows of each dropped partition instead of taking the statistics.
    pub exact_counts: bool,
}

pub const DEFAULT_BATCH_SIZE: i64 = 50_000;
pub const DEFAULT_MONTHS_AHEAD: u32 = 3;

impl Default for PurgeOptions {
    fn default() -> Self {
        PurgeOptions {
            dry_run: false,
            only: None,
            older_than: None,
            batch_size: DEFAULT_BATCH_SIZE,
            months_ahead: DEFAULT_MONTHS_AHEAD,
            exact_counts: false,
        }
    }
}

/// The categories this run purges, with their cutoffs (rows strictly older are deleted).
pub fn cutoffs(env: &Env, args: &PurgeOptions) -> Vec<(Category, DateTime<Utc>)> {
    let now = env.now();
    let policy = &env.settings.policy;
    Category::ALL
        .into_iter()
        .filter(|c| args.only.is_none_or(|o| o == *c))
        .map(|c| {
            let cutoff = match (args.older_than, c) {
                (Some(d), _) => d.cutoff(now),
                (None, Category::Connection) => policy.connection_logs_cutoff(now),
                (None, Category::Audience) => policy.audience_events_cutoff(now),
            };
            (c, cutoff)
        })
        .collect()
}

/// An instant as RFC 3339 on the Paris clock: unambiguous, and what a French admin reads.
pub fn paris_rfc3339(t: DateTime<Utc>) -> String {
    t.with_timezone(&Paris)
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// The job, under the runner: each category in turn; a category that fails does not stop the other.
pub async fn purge(env: &Env, db: &mut Db, args: &PurgeOptions) -> Result<JobReport> {
    let cutoffs = cutoffs(env, args);
    let parameters = json!({
        "only": args.only.map(Category::key),
        "older_than": args.older_than.map(|d| d.to_string()),
        "cutoffs": cutoffs.iter().map(|(c, t)| (c.key().to_string(), json!(paris_rfc3339(*t)))).collect::<Map<_, _>>(),
        "batch_size": args.batch_size,
        "months_ahead": args.months_ahead,
        "exact_counts": args.exact_counts,
    });
    let spec = Spec {
        name: JOB,
        dry_run: args.dry_run,
        parameters,
    };
    job::run(env, db, spec, async |run, db, report| {
        // A category that fails does not stop the other: the run goes on, its journal row
        // records what was done, and the first error becomes the report's problem (`partial`).
        let mut failed = 0;
        for (c, cutoff) in &cutoffs {
            match purge_category(env, run, db, args, *c, *cutoff, report).await {
                Ok(()) => {}
                Err(e) if matches!(e.kind, crate::error::ErrorKind::Interrupted(_)) => {
                    return Err(e)
                }
                Err(e) => {
                    failed += 1;
                    report.problem.get_or_insert(e);
                }
            }
        }
        if failed == cutoffs.len() {
            if let Some(e) = report.problem.take() {
                return Err(e);
            }
        }
        Ok(())
    })
    .await
}

async fn purge_category(
    env: &Env,
    run: &mut Run<'_>,
    db: &mut Db,
    args: &PurgeOptions,
    cat: Category,
    cutoff: DateTime<Utc>,
    report: &mut JobReport,
) -> Result<()> {
    let dry = args.dry_run;
    let batch = args.batch_size.max(1);
    let table = partitions::inspect(db, cat.table()).await?;
    let (mut dropped, mut rows, mut bytes, mut created) = (0i64, 0i64, 0i64, 0i64);
    let pb = env
        .events
        .progress(None, "{spinner} {msg}: {human_pos} rows deleted");
    let delete = async |db: &Db, rel: String, label: &str| -> Result<i64> {
        if dry {
            return partitions::count_before(db, &rel, cutoff).await;
        }
        pb.set_message(format!("{}: {label}", cat.table()));
        // Each batch is committed on its own: a signal stops the run between two of them.
        let n = partitions::delete_before(db, &rel, cutoff, batch, |n| {
            pb.inc(n);
            env.cancel.check()
        })
        .await?;
        Ok(n as i64)
    };
    match table.layout {
        Layout::Plain => {
            env.events.warn(&format!(
                "`{}` is not partitioned: its old rows are deleted in batches of {batch}, which is slow, \
                 writes much WAL and returns no disk space until VACUUM FULL; \
                 partition it by month on occurred_at (see docs/logs.md)",
                table.name
            ));
            rows += delete(db, table.qualified(), "deleting").await?;
        }
        Layout::Partitioned => {
            let mut doomed = Vec::new();
            for p in table.partitions.iter().filter(|p| p.wholly_before(cutoff)) {
                let (n, b) =
                    partitions::rows_and_bytes(db, &p.qualified(), args.exact_counts).await?;
                dropped += 1;
                rows += n;
                bytes += b;
                doomed.push((p, n, b));
            }
            let boundary: Vec<&Partition> = table
                .partitions
                .iter()
                .filter(|p| p.straddles(cutoff) && !p.is_default)
                .collect();
            let delete_boundary = async |db: &Db| -> Result<i64> {
                let mut n = 0;
                for p in &boundary {
                    let started = Instant::now();
                    let deleted = delete(db, p.qualified(), &p.name).await?;
                    env.events.detail(&format!(
                        "{} {deleted} rows from partition {} ({} ms)",
                        if dry { "would delete" } else { "deleted" },
                        p.name,
                        started.elapsed().as_millis()
                    ));
                    n += deleted;
                }
                Ok(n)
            };
            // Dropping is mostly the kernel freeing files, deleting is database work, and they
            // lock different partitions: on a second connection they overlap (10 M rows: 1.5 s
            // of drops and 0.6 s of deletes). Without a second connection, one after the other.
            let second = if dry || doomed.is_empty() || boundary.is_empty() {
                None
            } else {
                env.db()
                    .await
                    .inspect_err(|e| {
                        env.events
                            .detail(&format!("no second connection ({e}): dropping first"))
                    })
                    .ok()
            };
            match second {
                Some(mut second) => {
                    let (dropping, deleting) = tokio::join!(
                        drop_partitions(env, &mut second, &table, &doomed, false),
                        delete_boundary(db)
                    );
                    dropping?;
                    rows += deleting?;
                }
                None => {
                    drop_partitions(env, db, &table, &doomed, dry).await?;
                    rows += delete_boundary(db).await?;
                }
            }
            // The default partition last: detaching a partition locks it.
            if let Some(p) = table.default_partition() {
                let started = Instant::now();
                let n = delete(db, p.qualified(), &p.name).await?;
                env.events.detail(&format!(
                    "{} {n} rows from partition {} ({} ms)",
                    if dry { "would delete" } else { "deleted" },
                    p.name,
                    started.elapsed().as_millis()
                ));
                rows += n;
            }
            let months =
                partitions::months_to_create(db, &table, env.now(), cutoff, args.months_ahead)
                    .await?;
            created = if dry {
                months.len() as i64
            } else {
                partitions::create_months(db, &table, &months).await? as i64
            };
        }
    }
    pb.finish_and_clear();
    // After a real run the table itself says what is left; a dry run predicts it.
    let oldest = partitions::oldest_row(db, &table, dry.then_some(cutoff)).await?;
    let k = |s: &str| format!("{}_{s}", cat.key());
    report.set(&k("cutoff"), paris_rfc3339(cutoff));
    report.set(&k("partitions_dropped"), dropped);
    report.set(&k("rows_deleted"), rows);
    report.set(&k("oldest_row_left"), oldest.map(paris_rfc3339));
    report.set(&k("bytes_freed"), bytes);
    report.set(
        &k("kept_restricted"),
        partitions::count_kept(db, &table, cutoff).await?,
    );
    report.set(&k("partitions_created"), created);
    run.checkpoint(db, report).await
}

/// Drops the partitions (nothing in a dry run), one transaction each, saying so with -v.
async fn drop_partitions(
    env: &Env,
    db: &mut Db,
    table: &LogTable,
    doomed: &[(&Partition, i64, i64)],
    dry: bool,
) -> Result<()> {
    for (p, n, b) in doomed {
        let started = Instant::now();
        if !dry {
            partitions::drop_partition(db, table, p).await?;
        }
        env.events.detail(&format!(
            "{} partition {} ({n} rows, {}; {} ms)",
            if dry { "would drop" } else { "dropped" },
            p.name,
            human_bytes(*b),
            started.elapsed().as_millis()
        ));
    }
    Ok(())
}

/// `1536` -> `1.5 kB`: sizes for people (the JSON keeps bytes).
pub fn human_bytes(b: i64) -> String {
    const UNITS: [&str; 5] = ["B", "kB", "MB", "GB", "TB"];
    let mut v = b as f64;
    let mut u = 0;
    while v >= 1000.0 && u < UNITS.len() - 1 {
        v /= 1000.0;
        u += 1;
    }
    if u == 0 {
        format!("{b} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn bytes_for_people() {
        assert_eq!(super::human_bytes(0), "0 B");
        assert_eq!(super::human_bytes(999), "999 B");
        assert_eq!(super::human_bytes(1536), "1.5 kB");
        assert_eq!(super::human_bytes(820_000_000), "820.0 MB");
        assert_eq!(super::human_bytes(2_470_000_000), "2.5 GB");
    }
}
