//! `accounts import`, `logs import`, `surveys import`: platform exports into platform tables.

use crate::csvin::{CsvInput, CsvOptions, DelimiterChoice, EncodingChoice};
use crate::error::Result;
use crate::platform_import::{self, Kind};
use crate::Ctx;
use clap::Args;
use serde_json::Value;
use std::path::PathBuf;

/// How to read the CSV file (detected when not given).
#[derive(Debug, Args, Default)]
pub struct CsvArgs {
    /// Field delimiter: auto, `,`, `;`, `|` or tab
    #[arg(long, default_value = "auto", value_name = "D")]
    pub delimiter: DelimiterChoice,
    /// Character encoding of the file
    #[arg(long, value_enum, default_value_t = EncodingChoice::Auto)]
    pub encoding: EncodingChoice,
    /// Check the whole file and report what would change; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct AccountsImportArgs {
    /// CSV export with a header: pseudonym,email,first_name,last_name,role,created_at,last_activity_at
    /// (pseudonym and email required; upsert by email, case-insensitive); `-` for stdin
    pub file: PathBuf,
    #[command(flatten)]
    pub csv: CsvArgs,
}

#[derive(Debug, Args)]
pub struct LogsImportArgs {
    /// CSV export with a header: pseudonym,occurred_at,ip,geo,request,user_agent (empty pseudonym:
    /// anonymous visit); `-` for stdin
    pub file: PathBuf,
    #[command(flatten)]
    pub csv: CsvArgs,
}

#[derive(Debug, Args)]
pub struct SurveysImportArgs {
    /// CSV export with a header: email, submitted_at, consent_at, and one column per question; `-` for stdin
    pub file: PathBuf,
    /// The survey's identifier (created if new)
    #[arg(long, value_name = "SLUG")]
    pub survey: String,
    /// Also import responses already past the retention (skipped by default, so that an old
    /// export cannot bring back emails); they are then due for `surveys anonymise`
    #[arg(long)]
    pub keep_expired: bool,
    #[command(flatten)]
    pub csv: CsvArgs,
}

async fn import(
    ctx: &Ctx,
    kind: Kind,
    file: &std::path::Path,
    csv: &CsvArgs,
    survey: Option<&str>,
    keep_expired: bool,
) -> Result<()> {
    let mut input = CsvInput::open(
        file,
        CsvOptions {
            encoding: csv.encoding,
            delimiter: csv.delimiter,
        },
    )?;
    ctx.printer.detail(format!(
        "{}: {}, delimiter {}",
        input.name,
        input.encoding_name(),
        input.delimiter_name()
    ));
    let mut db = ctx.db().await?;
    let out = platform_import::run(
        ctx,
        &mut db,
        kind,
        &mut input,
        platform_import::Options {
            survey,
            keep_expired,
            dry_run: csv.dry_run,
        },
    )
    .await?;
    for w in &out.warnings {
        ctx.printer.warn(w);
    }
    ctx.printer
        .summary(kind.job(), csv.dry_run, &Value::Object(out.counts))
}

pub async fn accounts(ctx: &Ctx, args: &AccountsImportArgs) -> Result<()> {
    import(ctx, Kind::Accounts, &args.file, &args.csv, None, false).await
}

pub async fn logs(ctx: &Ctx, args: &LogsImportArgs) -> Result<()> {
    import(ctx, Kind::Logs, &args.file, &args.csv, None, false).await
}

pub async fn surveys(ctx: &Ctx, args: &SurveysImportArgs) -> Result<()> {
    import(
        ctx,
        Kind::Surveys,
        &args.file,
        &args.csv,
        Some(&args.survey),
        args.keep_expired,
    )
    .await
}
