//! `surveys anonymise | withdraw | list`.

use super::not_yet;
use crate::error::Result;
use crate::Ctx;
use clap::Args;

#[derive(Debug, Args)]
pub struct AnonymiseArgs {
    /// Show what would be anonymised; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct WithdrawArgs {
    /// The respondent's email
    #[arg(long)]
    pub email: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {}

pub async fn anonymise(_ctx: &Ctx, _args: &AnonymiseArgs) -> Result<()> {
    not_yet("surveys anonymise")
}
pub async fn withdraw(_ctx: &Ctx, _args: &WithdrawArgs) -> Result<()> {
    not_yet("surveys withdraw")
}
pub async fn list(_ctx: &Ctx, _args: &ListArgs) -> Result<()> {
    not_yet("surveys list")
}
