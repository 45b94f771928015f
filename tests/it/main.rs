//! The integration tests: one binary, a module per command, a shared harness.

mod harness;

mod accounts;
mod architecture;
mod clock;
mod datasets;
mod db_tls;
mod enforce;
mod foundation;
mod freshness;
mod identity;
mod import;
mod limits;
mod logs;
mod mail_tls;
mod requests;
mod scrub;
mod subject;
mod surveys;
