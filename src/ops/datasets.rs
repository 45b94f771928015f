//! `datasets import` (a CSV file into a new typed table, swapped in atomically), `datasets drop`
//! and the catalogue for `datasets list`.

use super::job::{self, JobReport, Spec};
use super::Env;
use crate::csvin::{CsvOptions, DelimiterChoice, EncodingChoice};
use crate::dataset::{self, catalogue, Analysis, Source};
use crate::db::datasets::{self as sql, Entry, Version};
use crate::db::{quote_qualified, Db};
use crate::error::{AppError, Result};
use crate::output::mask_email;
use serde_json::json;
use std::path::PathBuf;

pub const IMPORT_JOB: &str = "datasets import";
pub const DROP_JOB: &str = "datasets drop";
const PROGRESS: &str =
    "{prefix:>9} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}";

/// Seconds to wait for readers of the previous version when swapping it out, by default.
pub const DEFAULT_LOCK_TIMEOUT: u32 = 30;

/// The options of `datasets import`; `Default` is the documented default for all but the
/// file and the slug, which the command line requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// The CSV file, or `-` for stdin.
    pub file: PathBuf,
    /// The dataset's identifier and table name.
    pub slug: String,
    pub title: Option<String>,
    /// Email of the producer's account (must exist).
    pub producer: Option<String>,
    pub delimiter: DelimiterChoice,
    pub encoding: EncodingChoice,
    /// Replace the dataset if it exists.
    pub replace: bool,
    /// Seconds to wait for readers of the previous version.
    pub lock_timeout: u32,
    /// Read the file and infer its schema; write nothing.
    pub dry_run: bool,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            file: PathBuf::new(),
            slug: String::new(),
            title: None,
            producer: None,
            delimiter: DelimiterChoice::Auto,
            encoding: EncodingChoice::Auto,
            replace: false,
            lock_timeout: DEFAULT_LOCK_TIMEOUT,
            dry_run: false,
        }
    }
}

/// What an import did: its counts, and the file's analysis (its schema).
pub struct ImportReport {
    pub job: JobReport,
    pub analysis: Analysis,
}

/// Runs the blocking inference on its own thread (it reads the whole file, or a sample).
async fn analyse(
    env: &Env,
    src: Source,
    opts: CsvOptions,
    limit: Option<u64>,
    len: Option<u64>,
) -> Result<(Source, Analysis)> {
    let pb = env.events.progress(len, PROGRESS);
    pb.set_prefix("reading");
    let pb2 = pb.clone();
    let cancel = env.cancel.clone();
    let (src, a) = tokio::task::spawn_blocking(move || {
        let a = dataset::analyse(&src, opts, &pb2, limit, &cancel);
        (src, a)
    })
    .await
    .map_err(|e| AppError::internal("the reader thread could not be joined").with_source(e))?;
    pb.finish_and_clear();
    Ok((src, a?))
}

/// Imports the file as the dataset `opts.slug`: the types are inferred (on a sample, on the
/// whole file when a later value does not fit), the rows loaded by COPY into a staging table,
/// and the staging table swapped in, all in one transaction. A signal stops the load at its
/// next chunk: the transaction rolls back, the previous version stays.
pub async fn import(env: &Env, db: &mut Db, opts: &ImportOptions) -> Result<ImportReport> {
    catalogue::check_slug(&opts.slug)?;
    let producer = match &opts.producer {
        None => None,
        Some(email) => Some(sql::producer_id(&**db, email).await?.ok_or_else(|| {
            AppError::usage(format!("no account with email `{}`", mask_email(email)))
                .hint("import the producer's account first (`rgpdctl accounts import`)")
        })?),
    };
    // The journal gets no email: only whether a producer was given.
    let spec = Spec {
        name: IMPORT_JOB,
        dry_run: opts.dry_run,
        parameters: json!({
            "slug": opts.slug,
            "replace": opts.replace,
            "producer": producer.is_some(),
            "dry_run": opts.dry_run,
        }),
    };
    let mut analysis = None;
    let job = job::run(env, db, spec, async |run, db, report| {
        analysis = Some(import_work(env, run, db, opts, producer, report).await?);
        Ok(())
    })
    .await?;
    match analysis {
        Some(analysis) => Ok(ImportReport { job, analysis }),
        None => Err(AppError::internal("the import ended without its analysis")),
    }
}

async fn import_work(
    env: &Env,
    run: &mut job::Run<'_>,
    db: &mut Db,
    opts: &ImportOptions,
    producer: Option<i64>,
    report: &mut JobReport,
) -> Result<Analysis> {
    let existing = sql::get(&**db, &opts.slug).await?;
    match &existing {
        Some(_) if !opts.replace => {
            return Err(
                AppError::usage(format!("dataset `{}` already exists", opts.slug))
                    .hint("pass --replace to load a new version in its place"),
            )
        }
        None if sql::table_exists(&**db, &opts.slug).await? => {
            return Err(AppError::failure(format!(
                "table {} exists but is not in the catalogue",
                quote_qualified(catalogue::SCHEMA, &opts.slug)
            ))
            .hint("it was not created by rgpdctl: rename or drop it, or choose another slug"))
        }
        _ => {}
    }
    let csv = CsvOptions {
        encoding: opts.encoding,
        delimiter: opts.delimiter,
    };
    // A dry run infers over the whole file; an import starts from a sample (see `dataset`).
    let limit = (!opts.dry_run).then_some(dataset::SAMPLE_ROWS);
    let file = opts.file.clone();
    let src = tokio::task::spawn_blocking(move || Source::open(&file))
        .await
        .map_err(|e| {
            AppError::internal("the reader thread could not be joined").with_source(e)
        })??;
    let size = src.size;
    let (mut src, mut analysis) = analyse(env, src, csv, limit, size).await?;
    let source_name = src.file_name();

    report.set("rows", analysis.rows);
    report.set("columns", analysis.columns.len());
    report.set("bytes", analysis.bytes);
    report.set("replaced", existing.is_some());
    if opts.dry_run {
        return Ok(analysis);
    }

    let staging = catalogue::staging_name(&opts.slug);
    loop {
        run.check()?;
        let tx = db.transaction().await?;
        sql::create_staging(
            &tx,
            &staging,
            &dataset::create_table_sql(&staging, &analysis),
        )
        .await?;
        let pb = env.events.progress(src.size, PROGRESS);
        pb.set_prefix("loading");
        let (back, loaded) = dataset::load(&tx, src, &staging, &analysis, &pb, &env.cancel).await?;
        src = back;
        pb.finish_and_clear();
        let (rows, bytes, sha256, nulls) = match loaded {
            dataset::Loaded::All {
                rows,
                bytes,
                sha256,
                nulls,
            } => (rows, bytes, sha256, nulls),
            dataset::Loaded::Misfit { line, column } => {
                tx.rollback().await?;
                env.events.status(&format!(
                    "line {line}: a value of column `{column}` does not fit the type inferred from the first {} rows: inferring over the whole file",
                    dataset::SAMPLE_ROWS
                ));
                let size = src.size;
                (src, analysis) = analyse(env, src, csv, None, size).await?;
                continue;
            }
        };
        for (c, n) in analysis.columns.iter_mut().zip(nulls) {
            c.nulls = n;
        }
        analysis.rows = rows;
        analysis.bytes = bytes;
        analysis.sha256 = sha256;
        analysis.complete = true;
        report.set("rows", rows);
        report.set("bytes", bytes);
        // The last moment to stop: after the swap's commit the new version is in place.
        run.check()?;
        let version = Version {
            slug: &opts.slug,
            title: opts.title.as_deref(),
            producer,
            source_name: &source_name,
            sha256: &analysis.sha256,
            rows: rows as i64,
            columns: analysis.columns_json(),
            imported_at: env.now(),
            imported_by: &env.settings.actor,
        };
        let old = existing.as_ref().map(|e| e.table_name.as_str());
        // The swap may wait for readers of the previous version (--lock-timeout): a signal
        // stops the wait at once, and the transaction rolls back when dropped.
        tokio::select! {
            r = sql::swap(&tx, &staging, old, opts.lock_timeout, &version) => r?,
            code = env.cancel.cancelled() => return Err(crate::cancel::interrupted(code)),
        }
        tx.commit().await?;
        break;
    }
    env.events.detail(&format!(
        "{} is now {}",
        opts.slug,
        quote_qualified(catalogue::SCHEMA, &opts.slug)
    ));
    Ok(analysis)
}

/// The catalogue, by slug.
pub async fn list(db: &Db) -> Result<Vec<Entry>> {
    sql::list(&**db).await
}

/// The options of `datasets drop`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DropOptions {
    pub slug: String,
    pub dry_run: bool,
}

/// A dataset about to be dropped, and its subscriptions (they go with it).
pub struct DropPlan {
    pub entry: Entry,
    pub subscriptions: i64,
}

/// What dropping `slug` would drop; None when there is no such dataset.
pub async fn drop_plan(db: &Db, slug: &str) -> Result<Option<DropPlan>> {
    let Some(entry) = sql::get(&**db, slug).await? else {
        return Ok(None);
    };
    let subscriptions = sql::subscriptions(&**db, entry.id).await?;
    Ok(Some(DropPlan {
        entry,
        subscriptions,
    }))
}

/// Drops the dataset's table and catalogue row in one transaction. No such dataset: nothing
/// done, and no run journalled.
pub async fn drop(env: &Env, db: &mut Db, opts: &DropOptions) -> Result<JobReport> {
    let Some(plan) = drop_plan(db, &opts.slug).await? else {
        let mut report = JobReport::new(DROP_JOB, opts.dry_run);
        report.set("datasets_dropped", 0);
        report.set("rows_dropped", 0);
        return Ok(report);
    };
    let spec = Spec {
        name: DROP_JOB,
        dry_run: opts.dry_run,
        parameters: json!({"slug": plan.entry.slug}),
    };
    job::run(env, db, spec, async |run, db, report| {
        report.set("datasets_dropped", 1);
        report.set("rows_dropped", plan.entry.row_count);
        report.set("subscriptions_dropped", plan.subscriptions);
        if run.dry_run() {
            return Ok(());
        }
        let tx = db.transaction().await?;
        sql::drop_dataset(&tx, &plan.entry).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}
