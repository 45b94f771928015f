//! `datasets import | list | drop`.

use crate::csvin::{CsvOptions, DelimiterChoice, EncodingChoice};
use crate::dataset::{self, catalogue, Analysis, Source};
use crate::db::{quote_qualified, Db};
use crate::error::{AppError, Result};
use crate::job::{Job, JobReport};
use crate::output::{mask_email, summary_line, Records};
use crate::{output::Format, Ctx};
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum DatasetsCommand {
    /// Import a CSV file as a dataset (a new typed table swapped in atomically)
    Import(ImportArgs),
    /// List imported datasets
    List(ListArgs),
    /// Drop a dataset and its table
    Drop(DropArgs),
}

impl DatasetsCommand {
    pub async fn run(&self, ctx: &Ctx) -> Result<()> {
        match self {
            DatasetsCommand::Import(a) => import(ctx, a).await,
            DatasetsCommand::List(a) => list(ctx, a).await,
            DatasetsCommand::Drop(a) => drop(ctx, a).await,
        }
    }
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV file to import, or `-` for stdin
    pub file: PathBuf,
    /// Dataset identifier (also its table name in schema `datasets`): lowercase letters,
    /// digits, `-` and `_`
    #[arg(long)]
    pub slug: String,
    /// Human-readable title kept in the catalogue
    #[arg(long)]
    pub title: Option<String>,
    /// Email of the producer's account (must exist)
    #[arg(long, value_name = "EMAIL")]
    pub producer: Option<String>,
    /// Field delimiter: auto, `,`, `;`, `|` or tab
    #[arg(long, default_value = "auto", value_name = "auto|,|;|tab")]
    pub delimiter: DelimiterChoice,
    /// Character encoding of the file
    #[arg(long, value_enum, default_value_t = EncodingChoice::Auto)]
    pub encoding: EncodingChoice,
    /// Replace the dataset if it exists (the previous version stays until the new one is loaded)
    #[arg(long)]
    pub replace: bool,
    /// Seconds to wait for readers of the previous version when swapping it out
    #[arg(long, default_value_t = 30, value_name = "SECS")]
    pub lock_timeout: u32,
    /// Read the file, print the inferred schema and row count, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {}

#[derive(Debug, Args)]
pub struct DropArgs {
    /// The dataset to drop
    pub slug: String,
    /// Show what would be dropped, change nothing
    #[arg(long)]
    pub dry_run: bool,
}

const IMPORT_JOB: &str = "datasets import";
const DROP_JOB: &str = "datasets drop";
const PROGRESS: &str =
    "{prefix:>9} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}";

pub async fn import(ctx: &Ctx, args: &ImportArgs) -> Result<()> {
    catalogue::check_slug(&args.slug)?;
    let mut db = ctx.db().await?;
    let producer = match &args.producer {
        None => None,
        Some(email) => Some(catalogue::producer_id(&db, email).await?.ok_or_else(|| {
            AppError::usage(format!("no account with email `{}`", mask_email(email)))
                .hint("import the producer's account first (`rgpdctl accounts import`)")
        })?),
    };
    // The audit journal gets no email: only whether a producer was given.
    let params = json!({
        "slug": args.slug,
        "replace": args.replace,
        "producer": producer.is_some(),
        "dry_run": args.dry_run,
    });
    let job = Job::start(ctx, &db, IMPORT_JOB, args.dry_run, params).await?;
    match run_import(ctx, &mut db, args, producer).await {
        Ok((report, analysis)) => {
            job.finish(ctx, &mut db, &report.counts, report.outcome())
                .await?;
            print_import(ctx, &report, &analysis)
        }
        Err(e) => {
            job.fail(ctx, &mut db, &e).await;
            Err(e)
        }
    }
}

async fn run_import(
    ctx: &Ctx,
    db: &mut Db,
    args: &ImportArgs,
    producer: Option<i64>,
) -> Result<(JobReport, Analysis)> {
    let existing = catalogue::get(&**db, &args.slug).await?;
    match &existing {
        Some(_) if !args.replace => {
            return Err(
                AppError::usage(format!("dataset `{}` already exists", args.slug))
                    .hint("pass --replace to load a new version in its place"),
            )
        }
        None if catalogue::table_exists(&**db, &args.slug).await? => {
            return Err(AppError::failure(format!(
                "table {} exists but is not in the catalogue",
                quote_qualified(catalogue::SCHEMA, &args.slug)
            ))
            .hint("it was not created by rgpdctl: rename or drop it, or choose another slug"))
        }
        _ => {}
    }
    let opts = CsvOptions {
        encoding: args.encoding,
        delimiter: args.delimiter,
    };
    // A dry run infers over the whole file; an import starts from a sample (see `dataset`).
    let limit = (!args.dry_run).then_some(dataset::SAMPLE_ROWS);
    let cancel = dataset::Cancel::default();
    let _cancel_on_drop = cancel.guard();
    let cancel2 = cancel.clone();
    let file = args.file.clone();
    let pb = ctx.printer.progress(None, PROGRESS);
    pb.set_prefix("reading");
    let pb2 = pb.clone();
    let (mut src, mut analysis) = tokio::task::spawn_blocking(move || {
        let src = Source::open(&file)?;
        if let Some(n) = src.size {
            pb2.set_length(n);
        }
        let a = dataset::analyse(&src, opts, &pb2, limit, &cancel2)?;
        Ok::<_, AppError>((src, a))
    })
    .await
    .map_err(|e| AppError::failure(format!("the reader failed: {e}")))??;
    pb.finish_and_clear();
    let source_name = src.file_name();

    let mut report = JobReport::new(IMPORT_JOB, args.dry_run);
    report.set("rows", analysis.rows);
    report.set("columns", analysis.columns.len());
    report.set("bytes", analysis.bytes);
    report.set("replaced", existing.is_some());
    if args.dry_run {
        return Ok((report, analysis));
    }

    let staging = catalogue::staging_name(&args.slug);
    let target = quote_qualified(catalogue::SCHEMA, &args.slug);
    loop {
        let tx = db.transaction().await?;
        tx.batch_execute(&format!(
            "DROP TABLE IF EXISTS {}",
            quote_qualified(catalogue::SCHEMA, &staging)
        ))
        .await?;
        tx.batch_execute(&dataset::create_table_sql(&staging, &analysis))
            .await?;
        let pb = ctx.printer.progress(src.size, PROGRESS);
        pb.set_prefix("loading");
        let (back, loaded) = dataset::load(&tx, src, &staging, &analysis, &pb).await?;
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
                ctx.printer.status(format!(
                    "line {line}: a value of column `{column}` does not fit the type inferred from the first {} rows: inferring over the whole file",
                    dataset::SAMPLE_ROWS
                ));
                let pb = ctx.printer.progress(src.size, PROGRESS);
                pb.set_prefix("reading");
                let pb2 = pb.clone();
                let cancel2 = cancel.clone();
                let (back, a) = tokio::task::spawn_blocking(move || {
                    let a = dataset::analyse(&src, opts, &pb2, None, &cancel2);
                    (src, a)
                })
                .await
                .map_err(|e| AppError::failure(format!("the reader failed: {e}")))?;
                pb.finish_and_clear();
                src = back;
                analysis = a?;
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
        swap(
            ctx,
            tx,
            args,
            &existing,
            &staging,
            &analysis,
            producer,
            &source_name,
        )
        .await?;
        break;
    }
    ctx.printer.detail(format!("{} is now {target}", args.slug));
    Ok((report, analysis))
}

/// Replaces the previous version by the staging table and records the catalogue row, then
/// commits: readers see the previous version until the commit, then the new one.
#[allow(clippy::too_many_arguments)]
async fn swap(
    ctx: &Ctx,
    tx: tokio_postgres::Transaction<'_>,
    args: &ImportArgs,
    existing: &Option<catalogue::Entry>,
    staging: &str,
    analysis: &Analysis,
    producer: Option<i64>,
    source_name: &str,
) -> Result<()> {
    let rows = analysis.rows;
    // The swap: readers see the previous version until the commit, then the new one.
    tx.batch_execute(&format!(
        "SET LOCAL lock_timeout = '{}s'",
        args.lock_timeout
    ))
    .await?;
    if let Some(old) = &existing {
        tx.batch_execute(&format!(
            "DROP TABLE IF EXISTS {}",
            quote_qualified(catalogue::SCHEMA, &old.table_name)
        ))
        .await
        .map_err(|e| {
            let err = AppError::from(e);
            if err.kind == crate::error::ErrorKind::Temporary {
                err.hint(format!(
                    "readers held `{}` longer than --lock-timeout; the previous version is intact, retry later",
                    args.slug
                ))
            } else {
                err
            }
        })?;
    }
    tx.batch_execute(&format!(
        "ALTER TABLE {} RENAME TO {}",
        quote_qualified(catalogue::SCHEMA, staging),
        crate::db::quote_ident(&args.slug)
    ))
    .await?;
    tx.execute(
        "INSERT INTO datasets (slug, title, producer_account_id, table_name, source_name,
                               source_sha256, row_count, columns, imported_at, imported_by)
         VALUES ($1, $2, $3, $1, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (slug) DO UPDATE SET
             title = COALESCE(EXCLUDED.title, datasets.title),
             producer_account_id = COALESCE(EXCLUDED.producer_account_id, datasets.producer_account_id),
             table_name = EXCLUDED.table_name, source_name = EXCLUDED.source_name,
             source_sha256 = EXCLUDED.source_sha256, row_count = EXCLUDED.row_count,
             columns = EXCLUDED.columns, imported_at = EXCLUDED.imported_at,
             imported_by = EXCLUDED.imported_by",
        &[
            &args.slug,
            &args.title,
            &producer,
            &source_name,
            &analysis.sha256,
            &(rows as i64),
            &analysis.columns_json(),
            &ctx.now(),
            &ctx.settings.actor,
        ],
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The schema (dry run) and the summary, as one document in JSON.
fn print_import(ctx: &Ctx, report: &JobReport, a: &Analysis) -> Result<()> {
    let counts = Value::Object(report.counts.clone());
    let mut schema = Records::new(["column", "type", "nulls"]);
    for c in &a.columns {
        schema.push(vec![json!(c.name), json!(c.ty.name()), json!(c.nulls)]);
    }
    match ctx.settings.format {
        Format::Json => ctx.printer.json(&json!({
            "job": report.job,
            "dry_run": report.dry_run,
            "counts": counts,
            "encoding": a.encoding,
            "delimiter": delimiter_name(a.delimiter),
            "sha256": a.sha256,
            "columns": schema.rows.iter().map(|r| json!({"name": r[0], "type": r[1], "nulls": r[2]})).collect::<Vec<_>>(),
        })),
        _ if report.dry_run => {
            ctx.printer.records(&schema)?;
            ctx.printer.status(format!(
                "{} (encoding {}, delimiter {})",
                summary_line(report.job, true, &counts),
                a.encoding,
                delimiter_name(a.delimiter)
            ));
            Ok(())
        }
        _ => ctx.printer.summary(report.job, false, &counts),
    }
}

fn delimiter_name(d: u8) -> String {
    match d {
        b'\t' => "tab".into(),
        b => (b as char).to_string(),
    }
}

pub async fn list(ctx: &Ctx, _args: &ListArgs) -> Result<()> {
    let db = ctx.db().await?;
    let entries = catalogue::list(&db).await?;
    if ctx.settings.format == Format::Json {
        let docs: Vec<Value> = entries
            .iter()
            .map(|e| {
                json!({
                    "slug": e.slug,
                    "title": e.title,
                    "producer": e.producer,
                    "table": format!("{}.{}", catalogue::SCHEMA, e.table_name),
                    "rows": e.row_count,
                    "columns": e.columns,
                    "source": e.source_name,
                    "sha256": e.source_sha256,
                    "imported_at": e.imported_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    "imported_by": e.imported_by,
                })
            })
            .collect();
        return ctx.printer.json(&Value::Array(docs));
    }
    let mut r = Records::new([
        "slug",
        "title",
        "producer",
        "table",
        "rows",
        "columns",
        "source",
        "imported_at",
        "imported_by",
    ]);
    for e in &entries {
        r.push(vec![
            json!(e.slug),
            json!(e.title),
            json!(e.producer),
            json!(format!("{}.{}", catalogue::SCHEMA, e.table_name)),
            json!(e.row_count),
            json!(e.columns.as_array().map_or(0, Vec::len)),
            json!(e.source_name),
            json!(crate::policy::show_time(e.imported_at)),
            json!(e.imported_by),
        ]);
    }
    if entries.is_empty() && ctx.settings.format == Format::Table {
        ctx.printer.status("no dataset imported yet");
    }
    ctx.printer.records(&r)
}

pub async fn drop(ctx: &Ctx, args: &DropArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let Some(entry) = catalogue::get(&*db, &args.slug).await? else {
        ctx.printer
            .status(format!("no dataset `{}`: nothing to drop", args.slug));
        let mut report = JobReport::new(DROP_JOB, args.dry_run);
        report.set("datasets_dropped", 0);
        report.set("rows_dropped", 0);
        return ctx
            .printer
            .summary(DROP_JOB, args.dry_run, &Value::Object(report.counts));
    };
    let subscriptions: i64 = db
        .query_one(
            "SELECT count(*) FROM dataset_subscriptions WHERE dataset_id = $1",
            &[&entry.id],
        )
        .await?
        .get(0);
    if !args.dry_run {
        ctx.confirm(&format!(
            "drop dataset `{}` (table {}, {} rows, {} subscriptions)?",
            entry.slug,
            quote_qualified(catalogue::SCHEMA, &entry.table_name),
            entry.row_count,
            subscriptions
        ))?;
    }
    let job = Job::start(
        ctx,
        &db,
        DROP_JOB,
        args.dry_run,
        json!({"slug": entry.slug}),
    )
    .await?;
    let mut report = JobReport::new(DROP_JOB, args.dry_run);
    report.set("datasets_dropped", 1);
    report.set("rows_dropped", entry.row_count);
    report.set("subscriptions_dropped", subscriptions);
    if !args.dry_run {
        let done: Result<()> = async {
            let tx = db.transaction().await?;
            tx.batch_execute(&format!(
                "DROP TABLE IF EXISTS {}",
                quote_qualified(catalogue::SCHEMA, &entry.table_name)
            ))
            .await?;
            tx.execute("DELETE FROM datasets WHERE id = $1", &[&entry.id])
                .await?;
            tx.commit().await?;
            Ok(())
        }
        .await;
        if let Err(e) = done {
            job.fail(ctx, &mut db, &e).await;
            return Err(e);
        }
    }
    job.conclude(ctx, &mut db, report).await
}
