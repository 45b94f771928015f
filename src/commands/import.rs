//! `accounts import`, `logs import`, `surveys import`: the commands; the job is `ops::import`.

use super::Ctx;
use crate::csvin::{CsvOptions, DelimiterChoice, EncodingChoice};
use crate::error::Result;
use crate::ops::import::{self as op, ImportOptions, Kind};
use clap::Args;
use std::path::{Path, PathBuf};

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
    /// Import responses already past the retention identifiable, due for `surveys anonymise`
    /// and its k-anonymity check (by default they are imported already anonymised)
    #[arg(long)]
    pub keep_expired: bool,
    #[command(flatten)]
    pub csv: CsvArgs,
}

impl CsvArgs {
    fn options(&self, file: &Path, survey: Option<&str>, keep_expired: bool) -> ImportOptions {
        ImportOptions {
            file: file.to_path_buf(),
            csv: CsvOptions {
                encoding: self.encoding,
                delimiter: self.delimiter,
            },
            dry_run: self.dry_run,
            survey: survey.map(str::to_string),
            keep_expired,
        }
    }
}

impl AccountsImportArgs {
    pub fn options(&self) -> ImportOptions {
        self.csv.options(&self.file, None, false)
    }
}

impl LogsImportArgs {
    pub fn options(&self) -> ImportOptions {
        self.csv.options(&self.file, None, false)
    }
}

impl SurveysImportArgs {
    pub fn options(&self) -> ImportOptions {
        self.csv
            .options(&self.file, Some(&self.survey), self.keep_expired)
    }
}

async fn import(ctx: &Ctx, kind: Kind, opts: &ImportOptions) -> Result<()> {
    let mut db = ctx.db().await?;
    let report = op::import(ctx, &mut db, kind, opts).await?;
    ctx.finish(report)
}

pub async fn accounts(ctx: &Ctx, args: &AccountsImportArgs) -> Result<()> {
    import(ctx, Kind::Accounts, &args.options()).await
}

pub async fn logs(ctx: &Ctx, args: &LogsImportArgs) -> Result<()> {
    import(ctx, Kind::Logs, &args.options()).await
}

pub async fn surveys(ctx: &Ctx, args: &SurveysImportArgs) -> Result<()> {
    import(ctx, Kind::Surveys, &args.options()).await
}
