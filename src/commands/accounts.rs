//! `accounts inactive | warn | purge`.

use super::not_yet;
use crate::error::Result;
use crate::Ctx;
use clap::Args;

#[derive(Debug, Args)]
pub struct InactiveArgs {}

#[derive(Debug, Args)]
pub struct WarnArgs {
    /// Show what would be sent; send nothing, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Show what would be deleted; delete nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn inactive(_ctx: &Ctx, _args: &InactiveArgs) -> Result<()> {
    not_yet("accounts inactive")
}
pub async fn warn(_ctx: &Ctx, _args: &WarnArgs) -> Result<()> {
    not_yet("accounts warn")
}
pub async fn purge(_ctx: &Ctx, _args: &PurgeArgs) -> Result<()> {
    not_yet("accounts purge")
}
