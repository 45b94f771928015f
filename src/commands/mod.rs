//! One module per command noun: its clap `Args` structs and thin `run` functions.

pub mod accounts;
pub mod audit;
pub mod completions;
pub mod datasets;
pub mod db;
pub mod enforce;
pub mod import;
pub mod logs;
pub mod report;
pub mod requests;
pub mod subject;
pub mod surveys;
