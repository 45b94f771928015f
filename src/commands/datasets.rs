//! `datasets import | list | drop`: the commands; the jobs are `ops::datasets`.

use super::Ctx;
use crate::csvin::{DelimiterChoice, EncodingChoice};
use crate::dataset::{catalogue, Analysis};
use crate::db::quote_qualified;
use crate::error::Result;
use crate::ops::datasets::{self as op, DropOptions, ImportOptions};
use crate::ops::job::JobReport;
use crate::output::Format;
use crate::output::{summary_line, Records};
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
    #[arg(long, default_value_t = op::DEFAULT_LOCK_TIMEOUT, value_name = "SECS",
          value_parser = clap::value_parser!(u32).range(super::ranges::LOCK_TIMEOUT))]
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

impl ImportArgs {
    pub fn options(&self) -> ImportOptions {
        ImportOptions {
            file: self.file.clone(),
            slug: self.slug.clone(),
            title: self.title.clone(),
            producer: self.producer.clone(),
            delimiter: self.delimiter,
            encoding: self.encoding,
            replace: self.replace,
            lock_timeout: self.lock_timeout,
            dry_run: self.dry_run,
        }
    }
}

pub async fn import(ctx: &Ctx, args: &ImportArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let done = op::import(ctx, &mut db, &args.options()).await?;
    print_import(ctx, &done.job, &done.analysis)
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
    let entries = op::list(&db).await?;
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
    let opts = DropOptions {
        slug: args.slug.clone(),
        dry_run: args.dry_run,
    };
    let mut db = ctx.db().await?;
    match op::drop_plan(&db, &opts.slug).await? {
        None => ctx
            .printer
            .status(format!("no dataset `{}`: nothing to drop", opts.slug)),
        Some(plan) if !opts.dry_run => ctx.confirm(&format!(
            "delete dataset `{}` (table {}, {} rows, {} subscriptions)?",
            plan.entry.slug,
            quote_qualified(catalogue::SCHEMA, &plan.entry.table_name),
            plan.entry.row_count,
            plan.subscriptions
        ))?,
        Some(_) => {}
    }
    let report = op::drop(ctx, &mut db, &opts).await?;
    ctx.finish(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Command, FromArgMatches};

    /// The options of a command line with only what it requires are the documented defaults.
    #[test]
    fn default_options_are_the_command_lines() {
        let m = ImportArgs::augment_args(Command::new("import"))
            .try_get_matches_from(["import", "f.csv", "--slug", "x"])
            .unwrap();
        assert_eq!(
            ImportArgs::from_arg_matches(&m).unwrap().options(),
            ImportOptions {
                file: "f.csv".into(),
                slug: "x".into(),
                ..Default::default()
            }
        );
    }
}
