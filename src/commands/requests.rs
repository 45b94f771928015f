//! `requests add | list | extend | close`: the register of rights requests.

use super::not_yet;
use crate::error::Result;
use crate::Ctx;
use clap::Args;

#[derive(Debug, Args)]
pub struct AddArgs {}
#[derive(Debug, Args)]
pub struct ListArgs {}
#[derive(Debug, Args)]
pub struct ExtendArgs {}
#[derive(Debug, Args)]
pub struct CloseArgs {}

pub async fn add(_ctx: &Ctx, _args: &AddArgs) -> Result<()> {
    not_yet("requests add")
}
pub async fn list(_ctx: &Ctx, _args: &ListArgs) -> Result<()> {
    not_yet("requests list")
}
pub async fn extend(_ctx: &Ctx, _args: &ExtendArgs) -> Result<()> {
    not_yet("requests extend")
}
pub async fn close(_ctx: &Ctx, _args: &CloseArgs) -> Result<()> {
    not_yet("requests close")
}
