//! `enforce`: the nightly pass.

use super::not_yet;
use crate::error::Result;
use crate::Ctx;
use clap::Args;

#[derive(Debug, Args)]
pub struct EnforceArgs {
    /// Show what each job would do; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn enforce(_ctx: &Ctx, _args: &EnforceArgs) -> Result<()> {
    not_yet("enforce")
}
