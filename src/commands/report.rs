//! `report`: compliance status for the DPO.

use super::not_yet;
use crate::error::Result;
use crate::Ctx;
use clap::Args;

#[derive(Debug, Args)]
pub struct ReportArgs {}

pub async fn report(_ctx: &Ctx, _args: &ReportArgs) -> Result<()> {
    not_yet("report")
}
