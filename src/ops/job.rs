//! The job runner: one lifecycle for every run that changes data.
//!
//! `run(env, db, spec, work)`:
//! 1. refuses a clock in the future for a run that writes;
//! 2. takes the job's lock (a second run exits 75 at once, naming the job) — not for a dry
//!    run, which writes nothing at all, not even the journal;
//! 3. records the earlier runs of this job that started and never ended (killed) as
//!    `abandoned`, with the counts they had committed;
//! 4. writes the `started` row before any change;
//! 5. runs `work`, which fills the report and calls [`Run::checkpoint`] after each committed
//!    batch (saves the counts so far, and stops there if a signal came);
//! 6. writes the outcome row with the counts committed: `ok`, `partial` (some items failed),
//!    `retry` (some items to retry), `interrupted` (a signal), `failed` or `failed: temporary`
//!    — on a fresh connection when the work lost its own; then releases the lock.

use super::Env;
use crate::db::audit::{self, Entry};
use crate::db::{lock::JobLock, Db};
use crate::error::{AppError, ErrorKind, Result};
use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};

/// The result of one job run: its counts, and a problem when some items failed (the job went
/// to the end but the exit code must say so).
#[derive(Debug)]
pub struct JobReport {
    pub job: &'static str,
    pub dry_run: bool,
    pub counts: Map<String, Value>,
    pub problem: Option<AppError>,
    /// The journal's head after this run's outcome row (none for a dry run): printed in the
    /// summary so that cron mails and syslog keep an anchor of the chain outside the database.
    pub head: Option<audit::Head>,
}

impl JobReport {
    pub fn new(job: &'static str, dry_run: bool) -> Self {
        JobReport {
            job,
            dry_run,
            counts: Map::new(),
            problem: None,
            head: None,
        }
    }
    pub fn set(&mut self, key: &str, v: impl Into<Value>) {
        self.counts.insert(key.to_string(), v.into());
    }
    pub fn add(&mut self, key: &str, n: i64) {
        let cur = self.counts.get(key).and_then(Value::as_i64).unwrap_or(0);
        self.counts.insert(key.to_string(), (cur + n).into());
    }
    /// The journal outcome of a run that went to its end.
    pub fn outcome(&self) -> &'static str {
        match self.problem.as_ref().map(|p| p.kind) {
            None => "ok",
            Some(ErrorKind::Temporary) => "retry",
            Some(_) => "partial",
        }
    }
    /// Hands the problem back as the command's error, after the summary was printed.
    pub fn into_result(self) -> Result<()> {
        match self.problem {
            Some(p) => Err(p),
            None => Ok(()),
        }
    }
}

/// What a run is: its journal name, whether it is dry, and its parameters (no personal data:
/// they go to the journal).
#[derive(Debug, Clone)]
pub struct Spec {
    pub name: &'static str,
    pub dry_run: bool,
    pub parameters: Value,
}

/// The running job, as the work sees it.
pub struct Run<'e> {
    env: &'e Env,
    name: &'static str,
    dry_run: bool,
    run_id: Option<i64>,
    last_saved: Instant,
    saved: bool,
}

/// Progress is saved at most this often (a batch may take a few milliseconds).
const SAVE_EVERY: Duration = Duration::from_millis(500);

impl Run<'_> {
    pub fn dry_run(&self) -> bool {
        self.dry_run
    }

    /// The journal id of this run's `started` row (none for a dry run).
    pub fn id(&self) -> Option<i64> {
        self.run_id
    }

    /// `Err(Interrupted)` once a signal came: call it where stopping is safe.
    pub fn check(&self) -> Result<()> {
        self.env.cancel.check()
    }

    /// Call after each committed batch: saves the counts committed so far (so that a run
    /// killed later is journalled with them), then stops here if a signal came.
    pub async fn checkpoint(&mut self, db: &Db, report: &JobReport) -> Result<()> {
        if let Some(id) = self.run_id {
            // A short run saves nothing: its outcome row comes soon enough.
            if self.last_saved.elapsed() >= SAVE_EVERY {
                audit::save_progress(
                    db,
                    id,
                    self.name,
                    &Value::Object(report.counts.clone()),
                    self.env.now(),
                )
                .await?;
                self.last_saved = Instant::now();
                self.saved = true;
            }
        }
        self.check()
    }
}

/// Runs `work` as the job `spec` (see the module's documentation).
pub async fn run<F>(env: &Env, db: &mut Db, spec: Spec, work: F) -> Result<JobReport>
where
    F: AsyncFnOnce(&mut Run<'_>, &mut Db, &mut JobReport) -> Result<()>,
{
    super::clock::guard_write(env, db, spec.name, spec.dry_run).await?;
    refuse_future_clock(env, &spec)?;
    // A declared deviation from the notices is said by every run, a dry run included (its
    // journal rows record it too).
    for d in env.settings.policy.notice_deviations() {
        env.events.warn(&format!(
            "`{}`{}: {} = {} keeps longer than the notice ({}), by the declared deviation `[retention] exceed_notice`",
            spec.name,
            if spec.dry_run { " (dry run)" } else { "" },
            d.key,
            d.configured,
            d.notice
        ));
    }
    let spec = Spec {
        parameters: with_deviation(env, &spec.parameters),
        ..spec
    };
    let mut report = JobReport::new(spec.name, spec.dry_run);
    let mut run = Run {
        env,
        name: spec.name,
        dry_run: spec.dry_run,
        run_id: None,
        last_saved: Instant::now(),
        saved: false,
    };
    if spec.dry_run {
        work(&mut run, db, &mut report).await?;
        return Ok(report);
    }
    let lock = match JobLock::acquire(db, spec.name).await {
        Ok(lock) => lock,
        Err(e) => return Err(name_the_holder(db, spec.name, e).await),
    };
    record_abandoned(env, db, spec.name).await?;
    let empty = Value::Object(Map::new());
    let started = entry(env, &spec, &empty, "started", None);
    let id = audit::record(db, &started).await?;
    run.run_id = Some(id);
    env.cancel.check()?;

    let result = work(&mut run, db, &mut report).await;

    let outcome = match &result {
        Ok(()) => report.outcome(),
        Err(e) => match e.kind {
            ErrorKind::Interrupted(_) => "interrupted",
            ErrorKind::Temporary => "failed: temporary",
            _ => "failed",
        },
    };
    // The work may have lost its connection (the server restarted): the journal must still
    // say how the run ended, so a fresh connection writes it.
    if db.is_closed() {
        match env.db().await {
            Ok(fresh) => *db = fresh,
            Err(e) => {
                env.events.warn(&format!(
                    "the outcome of this run could not be journalled ({e}); the next run of `{}` will record it as abandoned",
                    spec.name
                ));
                return result.map(|()| report);
            }
        }
    }
    let counts = Value::Object(report.counts.clone());
    let ended = entry(env, &spec, &counts, outcome, Some(id));
    let written = audit::record_row(db, &ended).await;
    if let Ok(head) = &written {
        if run.saved {
            let _ = audit::clear_progress(db, id).await;
        }
        append_head_file(env, head);
        report.head = Some(head.clone());
        // Not a count: the summary prints it last (JSON: `journal_head` beside `counts`).
        report.set(crate::output::JOURNAL_HEAD, head.hash.clone());
    }
    if !db.is_closed() {
        let _ = lock.release(db).await;
    }
    match (result, written) {
        (Err(e), _) => Err(e),
        (Ok(()), Err(e)) => Err(e),
        (Ok(()), Ok(_)) => Ok(report),
    }
}

/// A run's parameters with the declared deviation from the notices, when there is one (every
/// run's journal row states it).
pub(crate) fn with_deviation(env: &Env, parameters: &Value) -> Value {
    let mut p = parameters.clone();
    if let (Some(dev), Some(m)) = (env.settings.policy.deviation_record(), p.as_object_mut()) {
        m.insert("notice_deviation".into(), dev);
    }
    p
}

fn entry<'a>(
    env: &'a Env,
    spec: &'a Spec,
    counts: &'a Value,
    outcome: &'a str,
    run_id: Option<i64>,
) -> Entry<'a> {
    Entry {
        at: env.now(),
        actor: &env.settings.actor,
        command: spec.name,
        parameters: &spec.parameters,
        counts,
        outcome,
        run_id,
    }
}

/// Appends the new head of the journal to `[audit] head_file` (one line: time, row id, hash),
/// when configured. The run has happened: a file that cannot be written is a warning.
pub(crate) fn append_head_file(env: &Env, head: &audit::Head) {
    let Some(path) = &env.settings.audit_head_file else {
        return;
    };
    use std::io::Write;
    let line = format!("{} {} {}\n", head.at.to_rfc3339(), head.id, head.hash);
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(line.as_bytes()));
    if let Err(e) = written {
        env.events.warn(&format!(
            "the journal head ({} at row {}) could not be appended to the head file `{}`: {e}",
            head.hash,
            head.id,
            path.display()
        ));
    }
}

/// A clock in the future would delete data before the notice's time, and stamp the journal
/// with a date that has not come: planning ahead is what --dry-run is for.
pub(crate) fn refuse_future_clock(env: &Env, spec: &Spec) -> Result<()> {
    let real_now = chrono::Utc::now();
    if !spec.dry_run
        && env.settings.as_of_given
        && !env.settings.allow_future
        && env.now() > real_now + chrono::Duration::hours(1)
    {
        return Err(AppError::usage(format!(
            "--as-of {} is in the future: `{}` would act before its time",
            crate::policy::show_time(env.now()),
            spec.name
        ))
        .hint("add --dry-run to see what will be due then; --allow-future (RGPDCTL_ALLOW_FUTURE) for a test database"));
    }
    Ok(())
}

/// A held lock: say which run holds it (its started row), when the journal knows.
async fn name_the_holder(db: &Db, name: &str, err: AppError) -> AppError {
    match audit::unfinished_runs(db, name).await {
        Ok(runs) => match runs.last() {
            Some((id, at, _)) => AppError {
                message: format!(
                    "{} (the run of journal row {id}, started {})",
                    err.message,
                    crate::policy::show_time(*at)
                ),
                ..err
            },
            None => err,
        },
        Err(_) => err,
    }
}

/// Earlier runs of `name` that wrote `started` and never their outcome (we hold the job's
/// lock, so none of them is still running): journalled now as `abandoned`.
async fn record_abandoned(env: &Env, db: &mut Db, name: &'static str) -> Result<()> {
    for (id, at, counts) in audit::unfinished_runs(db, name).await? {
        let params =
            json!({"started_at": at.to_rfc3339(), "recorded_by": "a later run of the same job"});
        audit::record(
            db,
            &Entry {
                at: env.now(),
                actor: &env.settings.actor,
                command: name,
                parameters: &params,
                counts: &counts,
                outcome: "abandoned",
                run_id: Some(id),
            },
        )
        .await?;
        audit::clear_progress(db, id).await?;
        env.events.warn(&format!(
            "an earlier `{name}` run (journal row {id}, started {}) never ended; journalled as abandoned{}",
            crate::policy::show_time(at),
            if counts.as_object().is_some_and(|m| !m.is_empty()) {
                format!(", having committed at least: {}", crate::output::summary_line(name, false, &counts).split_once(": ").map_or("", |x| x.1))
            } else {
                String::new()
            }
        ));
    }
    Ok(())
}
