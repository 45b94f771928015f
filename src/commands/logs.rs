//! `logs purge`.

use super::not_yet;
use crate::error::Result;
use crate::Ctx;
use clap::Args;

#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Show what would be deleted; delete nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn purge(_ctx: &Ctx, _args: &PurgeArgs) -> Result<()> {
    not_yet("logs purge")
}
