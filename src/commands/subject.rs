//! `subject export | erase | restrict | unrestrict | rectify`: one person's rights.

use super::not_yet;
use crate::error::Result;
use crate::Ctx;
use clap::Args;

#[derive(Debug, Args)]
pub struct ExportArgs {}
#[derive(Debug, Args)]
pub struct EraseArgs {}
#[derive(Debug, Args)]
pub struct RestrictArgs {}
#[derive(Debug, Args)]
pub struct UnrestrictArgs {}
#[derive(Debug, Args)]
pub struct RectifyArgs {}

pub async fn export(_ctx: &Ctx, _args: &ExportArgs) -> Result<()> {
    not_yet("subject export")
}
pub async fn erase(_ctx: &Ctx, _args: &EraseArgs) -> Result<()> {
    not_yet("subject erase")
}
pub async fn restrict(_ctx: &Ctx, _args: &RestrictArgs) -> Result<()> {
    not_yet("subject restrict")
}
pub async fn unrestrict(_ctx: &Ctx, _args: &UnrestrictArgs) -> Result<()> {
    not_yet("subject unrestrict")
}
pub async fn rectify(_ctx: &Ctx, _args: &RectifyArgs) -> Result<()> {
    not_yet("subject rectify")
}
