//! The jobs themselves. Each `ops::<job>` function takes a plain options struct (no clap type)
//! and returns a plain report struct; it prints nothing and reads no environment: what it
//! needs comes in the [`Env`] (settings resolved once, the cancel token, an [`Events`] sink
//! for progress and warnings). Every job that changes data runs inside [`job::run`].

pub mod accounts;
pub mod audit;
pub mod clock;
pub mod datasets;
pub mod enforce;
pub mod import;
pub mod job;
pub mod logs;
pub mod migrate;
pub mod report;
pub mod requests;
pub mod subject;
pub mod surveys;

use crate::cancel::Cancel;
use crate::db::{self, Db};
use crate::error::Result;
use crate::settings::Settings;
use chrono::{DateTime, Utc};
use indicatif::ProgressBar;
use serde_json::Value;
use std::sync::Arc;

/// Where an op tells what it is doing. The command layer's printer implements it; ops never
/// write to stdout or stderr themselves.
pub trait Events: Send + Sync {
    /// A status line (hidden by --quiet).
    fn status(&self, msg: &str);
    /// Detail shown with -v.
    fn detail(&self, msg: &str);
    /// A warning (always shown).
    fn warn(&self, msg: &str);
    /// A progress bar, hidden when nobody watches.
    fn progress(&self, len: Option<u64>, template: &str) -> ProgressBar;
}

/// Events that go nowhere: for ops run where nobody watches (tests, plans).
pub struct Silent;

impl Events for Silent {
    fn status(&self, _: &str) {}
    fn detail(&self, _: &str) {}
    fn warn(&self, _: &str) {}
    fn progress(&self, len: Option<u64>, _: &str) -> ProgressBar {
        let pb = len.map_or_else(ProgressBar::no_length, ProgressBar::new);
        pb.set_draw_target(indicatif::ProgressDrawTarget::hidden());
        pb
    }
}

/// What every op gets.
#[derive(Clone)]
pub struct Env {
    pub settings: Settings,
    pub events: Arc<dyn Events>,
    pub cancel: Cancel,
}

impl Env {
    pub fn new(settings: Settings, events: Arc<dyn Events>, cancel: Cancel) -> Env {
        Env {
            settings,
            events,
            cancel,
        }
    }

    /// The clock of this run (`--as-of` or now).
    pub fn now(&self) -> DateTime<Utc> {
        self.settings.now
    }

    /// Opens a database connection as configured (README, "Connecting to PostgreSQL").
    pub async fn db(&self) -> Result<Db> {
        let (params, warnings) = db::connect::resolve(
            self.settings.database_url.as_deref(),
            &db::connect::process_env,
        )?;
        for w in warnings {
            self.events.warn(&w);
        }
        self.events
            .detail(&format!("connecting to {}", params.describe()));
        db::connect::connect(&params).await
    }

    /// Appends a one-shot command's row to the journal (commands that are not jobs: a request
    /// registered, a restriction set), at this run's clock and actor. `parameters` and
    /// `counts` must hold no personal data.
    pub async fn audit(
        &self,
        db: &mut Db,
        command: &str,
        parameters: &Value,
        counts: &Value,
        outcome: &str,
    ) -> Result<i64> {
        // The last line of defence of the clock model (the one-shot writers check it first,
        // before their change): never a journal row at a simulated time on a real database.
        clock::guard_write(self, db, command, false).await?;
        let parameters = &job::with_deviation(self, parameters);
        let head = db::audit::record_row(
            db,
            &db::audit::Entry {
                at: self.now(),
                actor: &self.settings.actor,
                command,
                parameters,
                counts,
                outcome,
                run_id: None,
            },
        )
        .await?;
        job::append_head_file(self, &head);
        Ok(head.id)
    }
}
