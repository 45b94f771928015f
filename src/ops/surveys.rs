//! `surveys anonymise` (the retention job, also run by `enforce`), `surveys withdraw` (consent
//! withdrawn: one person's responses now) and the figures of `surveys list`.

use super::job::{self, JobReport, Spec};
use super::Env;
use crate::anonymise::FreeText;
use crate::db::surveys::{self as sql, KReport, Listing, Survey};
use crate::db::Db;
use crate::error::{AppError, Result};
use crate::output::mask_email;
use crate::policy::{from_paris, show_time};
use chrono::{DateTime, Datelike, NaiveTime, Utc};
use chrono_tz::Europe::Paris;
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::time::{Duration, Instant};

pub const JOB: &str = "surveys anonymise";
pub const WITHDRAW_JOB: &str = "surveys withdraw";

/// Responses per transaction, by default.
pub const DEFAULT_BATCH_SIZE: i64 = 5000;

/// The options of `surveys anonymise`; `Default` is the documented default (the command line's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnonymiseOptions {
    pub dry_run: bool,
    /// Only this survey (its slug).
    pub survey: Option<String>,
    /// Refuse (nothing changed) if a combination of quasi-identifiers would be shared by fewer
    /// than k anonymised responses.
    pub k: Option<i64>,
    /// Responses per transaction.
    pub batch_size: i64,
}

impl Default for AnonymiseOptions {
    fn default() -> Self {
        AnonymiseOptions {
            dry_run: false,
            survey: None,
            k: None,
            batch_size: DEFAULT_BATCH_SIZE,
        }
    }
}

/// What a run would do for one survey, computed before anything is written.
pub struct SurveyPlan {
    pub survey: Survey,
    pub due: sql::Due,
    pub k: KReport,
    /// Configured answer keys that no response has (a typo in the configuration?).
    pub unknown_keys: Vec<String>,
}

/// What a run would do: the surveys, their due responses and the k-anonymity they lead to.
pub struct Plan {
    pub cutoff: DateTime<Utc>,
    max_id: i64,
    pub surveys: Vec<SurveyPlan>,
}

impl Plan {
    pub fn due(&self) -> i64 {
        self.surveys.iter().map(|s| s.due.count).sum()
    }
    /// Combinations below k in the surveys this run would change (a survey with nothing due
    /// keeps the state it has: refusing would not improve it).
    pub fn below_k(&self) -> i64 {
        self.surveys
            .iter()
            .filter(|s| s.due.count > 0)
            .map(|s| s.k.below_k)
            .sum()
    }
    fn smallest(&self) -> Option<i64> {
        self.surveys.iter().filter_map(|s| s.k.smallest).min()
    }
    /// Whether the k gate refuses this plan.
    pub fn refused(&self, opts: &AnonymiseOptions) -> bool {
        opts.k.is_some() && self.below_k() > 0
    }
}

/// The plan of a run, as the database is now.
pub async fn plan(env: &Env, db: &Db, opts: &AnonymiseOptions) -> Result<Plan> {
    let cutoff = env.settings.policy.survey_email_cutoff(env.now());
    let max_id = sql::max_id(&**db).await?;
    let mut surveys = Vec::new();
    for survey in sql::surveys(&**db, opts.survey.as_deref(), &env.settings.surveys).await? {
        let due = sql::due(&**db, survey.id, cutoff, max_id).await?;
        let k = sql::k_anonymity(&**db, &survey, cutoff, max_id, opts.k).await?;
        let unknown_keys = sql::unknown_keys(&**db, &survey).await?;
        surveys.push(SurveyPlan {
            survey,
            due,
            k,
            unknown_keys,
        });
    }
    Ok(Plan {
        cutoff,
        max_id,
        surveys,
    })
}

/// Whether a plan made before the lock was taken still holds: the same responses are due.
async fn still_current(db: &Db, p: &Plan) -> Result<bool> {
    for s in &p.surveys {
        if sql::due(&**db, s.survey.id, p.cutoff, p.max_id)
            .await?
            .count
            != s.due.count
        {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The refusal of the k gate: names how many combinations fall short, never the people.
fn k_refusal(plan: &Plan, k: i64) -> AppError {
    let worst: Vec<String> = plan
        .surveys
        .iter()
        .filter(|s| s.due.count > 0 && s.k.below_k > 0)
        .map(|s| {
            format!(
                "survey `{}`: {} of {} combinations of {} have fewer than {k} responses (smallest: {})",
                s.survey.slug,
                s.k.below_k,
                s.k.classes,
                if s.survey.config.quasi_identifiers.is_empty() {
                    "(no quasi-identifiers)".to_string()
                } else {
                    s.survey.config.quasi_identifiers.join(", ")
                },
                s.k.smallest.unwrap_or(0)
            )
        })
        .collect();
    AppError::failure(format!(
        "k-anonymity below {k}, nothing was changed: {}",
        worst.join("; ")
    ))
    .hint("generalise the quasi-identifier answers (wider brackets, larger areas), or choose a lower --k")
}

/// The figures of a plan, as the report and the journal give them.
async fn plan_counts(
    db: &Db,
    plan: &Plan,
    opts: &AnonymiseOptions,
    report: &mut Map<String, Value>,
) -> Result<()> {
    report.insert("cutoff".into(), show_time(plan.cutoff).into());
    report.insert("surveys".into(), (plan.surveys.len() as i64).into());
    report.insert("due".into(), plan.due().into());
    let ids: Vec<i64> = plan.surveys.iter().map(|s| s.survey.id).collect();
    report.insert(
        "skipped_restricted".into(),
        sql::restricted_due(&**db, &ids, plan.cutoff).await?.into(),
    );
    report.insert("smallest_class".into(), plan.smallest().into());
    if opts.k.is_some() {
        report.insert("classes_below_k".into(), plan.below_k().into());
    }
    Ok(())
}

/// The retention job: responses submitted before the cutoff lose their email, consent time and
/// exact submission time, their free text is scrubbed, and they get a fresh id; in batches,
/// each its own transaction. `given` is a plan the caller already computed (and showed): it is
/// used if it still describes the database once the lock is held, recomputed otherwise.
///
/// The k gate refuses before the run starts (outcome `refused: k-anonymity`, nothing changed);
/// a plan recomputed under the lock that falls below k fails the run, also changing nothing.
pub async fn anonymise(
    env: &Env,
    db: &mut Db,
    opts: &AnonymiseOptions,
    given: Option<Plan>,
) -> Result<JobReport> {
    let parameters = json!({
        "survey": opts.survey,
        "k": opts.k,
        "batch_size": opts.batch_size,
    });
    let given = match given {
        Some(p) => p,
        None => plan(env, db, opts).await?,
    };
    if let (Some(k), true) = (opts.k, given.refused(opts)) {
        if !opts.dry_run {
            let mut counts = Map::new();
            plan_counts(db, &given, opts, &mut counts).await?;
            env.audit(
                db,
                JOB,
                &parameters,
                &Value::Object(counts),
                "refused: k-anonymity",
            )
            .await?;
        }
        return Err(k_refusal(&given, k));
    }
    let spec = Spec {
        name: JOB,
        dry_run: opts.dry_run,
        parameters,
    };
    job::run(env, db, spec, async |run, db, report| {
        let started = Instant::now();
        let plan = if still_current(db, &given).await? {
            given
        } else {
            plan(env, db, opts).await?
        };
        env.events
            .detail(&format!("plan ready in {:.2?}", started.elapsed()));
        plan_counts(db, &plan, opts, &mut report.counts).await?;
        if let (Some(k), true) = (opts.k, plan.refused(opts)) {
            return Err(k_refusal(&plan, k));
        }
        report.set("responses_anonymised", 0);
        report.set("values_scrubbed", 0);
        report.set("batches", 0);
        let ids: Vec<i64> = plan
            .surveys
            .iter()
            .filter(|s| s.due.count > 0)
            .map(|s| s.survey.id)
            .collect();
        if ids.is_empty() {
            return Ok(());
        }
        let free_text: HashMap<i64, FreeText> = plan
            .surveys
            .iter()
            .map(|s| (s.survey.id, s.survey.free_text()))
            .collect();
        let pb = env.events.progress(
            Some(plan.due() as u64),
            "{bar:40} {pos}/{len} responses {eta}",
        );
        let now = env.now();
        // A real run reads the next batch on a second connection while the current one is
        // written: the database works on both at once. A dry run reads on the one connection.
        let reader = if opts.dry_run {
            None
        } else {
            Some(env.db().await?)
        };
        let db: &Db = db;
        let read = |after: i64| {
            let conn: &Db = reader.as_ref().unwrap_or(db);
            sql::due_batch(
                &**conn,
                &ids,
                plan.cutoff,
                after,
                plan.max_id,
                opts.batch_size,
            )
        };
        // Time spent on the first read, scrubbing, and writing (reading ahead meanwhile), for -v.
        let mut spent = [Duration::ZERO; 3];
        let t = Instant::now();
        let mut rows = read(0).await?;
        spent[0] += t.elapsed();
        let mut changed_meanwhile = 0i64;
        while let Some(last) = rows.last() {
            let after = last.id;
            let t = Instant::now();
            let scrubbed = sql::scrub(&rows, &free_text);
            spent[1] += t.elapsed();
            let t = Instant::now();
            let next = if opts.dry_run {
                report.add("responses_anonymised", rows.len() as i64);
                read(after).await?
            } else {
                // Each batch is its own transaction: one UPDATE statement.
                let (written, next) = tokio::join!(
                    sql::write_anonymised(&**db, &scrubbed, now, None),
                    read(after)
                );
                let written = written? as i64;
                changed_meanwhile += rows.len() as i64 - written;
                report.add("responses_anonymised", written);
                next?
            };
            spent[2] += t.elapsed();
            report.add("values_scrubbed", scrubbed.values as i64);
            report.add("batches", 1);
            pb.inc(rows.len() as u64);
            env.events.detail(&format!(
                "batch of {} responses up to id {after}{}",
                rows.len(),
                if opts.dry_run {
                    " (dry run)"
                } else {
                    " committed"
                }
            ));
            // The batch is committed: its counts are saved, and a signal stops the run here.
            run.checkpoint(db, report).await?;
            rows = next;
        }
        pb.finish_and_clear();
        env.events.detail(&format!(
            "done in {:.2?}: first read {:.2?}, scrubbing {:.2?}, writing (and reading ahead) {:.2?}",
            started.elapsed(),
            spent[0],
            spent[1],
            spent[2]
        ));
        if changed_meanwhile > 0 {
            report.set("changed_meanwhile", changed_meanwhile);
            report.problem = Some(
                AppError::temporary(format!(
                    "{changed_meanwhile} responses changed while the run read them and were left as they were"
                ))
                .hint("re-run `rgpdctl surveys anonymise`: they will be anonymised then"),
            );
        }
        Ok(())
    })
    .await
}

// ----- withdraw -----

/// The options of `surveys withdraw`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WithdrawOptions {
    /// The respondent's email (matched case-insensitively).
    pub email: String,
    /// Delete the responses instead of anonymising them.
    pub delete: bool,
    pub dry_run: bool,
}

impl WithdrawOptions {
    /// The email, trimmed and checked (a usage error names it masked).
    pub fn checked_email(&self) -> Result<&str> {
        let email = self.email.trim();
        if !crate::output::looks_like_email(email) {
            return Err(
                AppError::usage(format!("invalid --email `{}`", mask_email(&self.email))).hint(
                    "give the respondent's email address, e.g. --email jean.dupont@example.org",
                ),
            );
        }
        Ok(email)
    }
    fn counted(&self) -> &'static str {
        if self.delete {
            "responses_deleted"
        } else {
            "responses_anonymised"
        }
    }
}

/// What a withdrawal finds before it acts.
#[derive(Debug, Clone, Copy)]
pub struct WithdrawalFound {
    /// Identifiable responses of the person.
    pub responses: usize,
    /// Whether the register already holds their fulfilled withdrawal.
    pub recorded: bool,
}

impl WithdrawalFound {
    /// Nothing to do: no response left and the withdrawal already registered.
    pub fn nothing(&self) -> bool {
        self.responses == 0 && self.recorded
    }
}

pub async fn withdrawal_found(db: &Db, opts: &WithdrawOptions) -> Result<WithdrawalFound> {
    let email = opts.checked_email()?;
    Ok(WithdrawalFound {
        responses: sql::responses_of(&**db, email, false).await?.len(),
        recorded: sql::withdrawal_recorded(&**db, email).await?,
    })
}

/// The first instant of the current month in Paris: withdrawal marks are generalised like
/// submission times, so that they cannot be matched with the exact time in the register.
fn month_start(t: DateTime<Utc>) -> DateTime<Utc> {
    let d = t.with_timezone(&Paris).date_naive();
    let first = d.with_day(1).unwrap_or(d);
    from_paris(first.and_time(NaiveTime::MIN))
}

/// Consent withdrawn: the person's responses anonymised (or deleted) and the withdrawal
/// registered as fulfilled, in one transaction. A dry run counts what it would do.
pub async fn withdraw(env: &Env, db: &mut Db, opts: &WithdrawOptions) -> Result<JobReport> {
    let email = opts.checked_email()?;
    let spec = Spec {
        name: WITHDRAW_JOB,
        dry_run: opts.dry_run,
        parameters: json!({"delete": opts.delete}),
    };
    job::run(env, db, spec, async |run, db, report| {
        if run.dry_run() {
            let found = withdrawal_found(db, opts).await?;
            report.set(opts.counted(), found.responses as i64);
            report.set("requests_recorded", i64::from(!found.recorded));
            return Ok(());
        }
        let now = env.now();
        let tx = db.transaction().await?;
        let rows = sql::responses_of(&tx, email, true).await?;
        let recorded = sql::withdrawal_recorded(&tx, email).await?;
        let n = if opts.delete {
            let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
            sql::delete(&tx, &ids).await?
        } else {
            let month = month_start(now);
            let (n, values) =
                sql::anonymise_person(&tx, &env.settings.surveys, email, month, Some(month))
                    .await?;
            report.set("values_scrubbed", values as i64);
            n
        };
        report.set(opts.counted(), n as i64);
        if rows.is_empty() && recorded {
            report.set("requests_recorded", 0);
        } else {
            let today = now.with_timezone(&Paris).date_naive();
            let due = env.settings.policy.request_due(today);
            let note = if opts.delete {
                "consent to the satisfaction surveys withdrawn: responses deleted"
            } else {
                "consent to the satisfaction surveys withdrawn: responses anonymised"
            };
            let id = sql::record_withdrawal(&tx, email, now, due, note).await?;
            report.set("requests_recorded", 1);
            report.set("request_id", id);
        }
        tx.commit().await?;
        Ok(())
    })
    .await
}

// ----- list -----

/// `surveys list`: per survey, its responses by state; `cutoff` is the retention's.
pub async fn list(env: &Env, db: &Db) -> Result<(DateTime<Utc>, Vec<Listing>)> {
    let cutoff = env.settings.policy.survey_email_cutoff(env.now());
    Ok((cutoff, sql::listing(&**db, cutoff).await?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::parse_time;

    #[test]
    fn withdrawal_marks_are_cut_to_the_paris_month() {
        assert_eq!(
            month_start(parse_time("2026-06-15T10:00:00Z").unwrap()),
            parse_time("2026-06-01 00:00:00").unwrap()
        );
        // 31 Oct 23:30 UTC is already 1 November in Paris.
        assert_eq!(
            month_start(parse_time("2026-10-31T23:30:00Z").unwrap()),
            parse_time("2026-11-01 00:00:00").unwrap()
        );
    }
}
