//! The integration tests: one binary, a module per command, a shared harness.

mod harness;

mod accounts;
mod architecture;
mod datasets;
mod enforce;
mod foundation;
mod import;
mod limits;
mod logs;
mod requests;
mod subject;
mod surveys;
