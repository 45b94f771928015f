//! `accounts import`, `logs import`, `surveys import`: platform exports into platform tables.

use super::not_yet;
use crate::error::Result;
use crate::Ctx;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct AccountsImportArgs {
    /// CSV export: pseudonym,email,first_name,last_name,role,created_at,last_activity_at
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct LogsImportArgs {
    /// CSV export: pseudonym,occurred_at,ip,geo,request,user_agent
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct SurveysImportArgs {
    /// CSV export: email, submitted_at, consent_at, and one column per question
    pub file: PathBuf,
    /// The survey (created if new)
    #[arg(long)]
    pub survey: String,
}

pub async fn accounts(_ctx: &Ctx, _args: &AccountsImportArgs) -> Result<()> {
    not_yet("accounts import")
}
pub async fn logs(_ctx: &Ctx, _args: &LogsImportArgs) -> Result<()> {
    not_yet("logs import")
}
pub async fn surveys(_ctx: &Ctx, _args: &SurveysImportArgs) -> Result<()> {
    not_yet("surveys import")
}
