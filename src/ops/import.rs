//! `accounts import`, `logs import`, `surveys import`: a platform export into the platform
//! tables, as one job. The file is checked and merged in one transaction (`platform_import`),
//! so a bad line, a failure or a signal imports nothing.

use super::job::{self, JobReport, Spec};
use super::Env;
use crate::csvin::{CsvInput, CsvOptions};
use crate::db::Db;
use crate::error::{AppError, Result};
pub use crate::platform_import::Kind;
use crate::platform_import::{self, Options};
use std::path::PathBuf;

/// One import: the file, how to read it, and what the command line says.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The CSV export; `-` for stdin.
    pub file: PathBuf,
    pub csv: CsvOptions,
    /// Check the whole file and report what would change; write nothing.
    pub dry_run: bool,
    /// The survey's slug (surveys only: required for them).
    pub survey: Option<String>,
    /// Surveys: import responses past the retention identifiable instead of anonymised.
    pub keep_expired: bool,
}

/// The `activity_imports.kind` of an import that carries activity (accounts, logs).
fn activity_kind(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Accounts => Some("accounts"),
        Kind::Logs => Some("logs"),
        Kind::Surveys => None,
    }
}

/// Imports the file as the job `kind.job()`.
pub async fn import(env: &Env, db: &mut Db, kind: Kind, opts: &ImportOptions) -> Result<JobReport> {
    if kind == Kind::Surveys && opts.survey.is_none() {
        return Err(AppError::internal("surveys import without a survey slug"));
    }
    let mut input = CsvInput::open(&opts.file, opts.csv)?;
    env.events.detail(&format!(
        "{}: {}, delimiter {}",
        input.name,
        input.encoding_name(),
        input.delimiter_name()
    ));
    let spec = Spec {
        name: kind.job(),
        dry_run: opts.dry_run,
        parameters: serde_json::json!({
            "source": std::path::Path::new(&input.name).file_name().map(|f| f.to_string_lossy().into_owned()),
            "survey": opts.survey,
            "keep_expired": opts.keep_expired,
            "encoding": input.encoding_name(),
            "delimiter": input.delimiter_name(),
        }),
    };
    // The survey's free-text columns, for the responses past the retention (imported
    // anonymised, with the rules of `surveys anonymise`).
    let free_text = opts.survey.as_deref().map(|slug| {
        let config = env.settings.surveys.get(slug).cloned().unwrap_or_default();
        crate::anonymise::FreeText {
            columns: config.free_text,
            quasi_identifiers: config.quasi_identifiers,
        }
    });
    let lower = Options {
        survey: opts.survey.as_deref(),
        keep_expired: opts.keep_expired,
        free_text: free_text.as_ref(),
    };
    job::run(env, db, spec, async |_run, db, report| {
        let progress = env.events.progress(
            input.size,
            "{spinner} {bytes}/{total_bytes} {msg} [{elapsed_precise}] eta {eta}",
        );
        let result = async {
            let tx = db.transaction().await?;
            // A pseudonym changed by the file is dated with the run's clock in its history.
            crate::db::subject::set_clock(&tx, env.now()).await?;
            let mut out = platform_import::import(
                &tx,
                kind,
                &mut input,
                lower,
                env.now(),
                &progress,
                &env.settings.policy,
                &env.cancel,
            )
            .await?;
            out.counts
                .insert("sha256".into(), input.stats.sha256_hex().into());
            // The freshness of the activity data (issue 12): each activity import is recorded,
            // in the same transaction, with the newest activity it carried.
            if let Some(k) = activity_kind(kind) {
                let rows = out
                    .counts
                    .get("rows_read")
                    .and_then(serde_json::Value::as_i64);
                crate::db::accounts::record_activity_import(
                    tx.client(),
                    k,
                    env.now(),
                    out.newest_activity,
                    rows.unwrap_or(0),
                )
                .await?;
            }
            // A signal during the merge: the transaction is dropped, so rolled back.
            env.cancel.check()?;
            if opts.dry_run {
                tx.rollback().await?;
            } else {
                tx.commit().await?;
            }
            Ok::<_, AppError>(out)
        }
        .await;
        progress.finish_and_clear();
        let out = result?;
        report.counts = out.counts;
        for w in &out.warnings {
            env.events.warn(w);
        }
        Ok(())
    })
    .await
}
