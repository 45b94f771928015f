//! `datasets import | list | drop`.

use super::not_yet;
use crate::error::Result;
use crate::Ctx;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV file to import, or `-` for stdin
    pub file: PathBuf,
    /// Dataset identifier (also its table name in schema `datasets`)
    #[arg(long)]
    pub slug: String,
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {}

#[derive(Debug, Args)]
pub struct DropArgs {
    /// The dataset to drop
    pub slug: String,
}

pub async fn import(_ctx: &Ctx, _args: &ImportArgs) -> Result<()> {
    not_yet("datasets import")
}
pub async fn list(_ctx: &Ctx, _args: &ListArgs) -> Result<()> {
    not_yet("datasets list")
}
pub async fn drop(_ctx: &Ctx, _args: &DropArgs) -> Result<()> {
    not_yet("datasets drop")
}
