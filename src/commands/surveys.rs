//! `surveys anonymise | withdraw | list`.

use crate::anonymise::FreeText;
use crate::db::surveys::{self as sql, KReport, Survey};
use crate::db::Db;
use crate::error::{AppError, Result};
use crate::job::{Job, JobReport};
use crate::output::{mask_email, Records};
use crate::policy::{from_paris, show_date, show_time};
use crate::Ctx;
use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Europe::Paris;
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use std::collections::HashMap;

#[derive(Debug, Subcommand)]
pub enum SurveysCommand {
    /// Import survey responses (one column per question)
    Import(super::import::SurveysImportArgs),
    /// Anonymise responses older than the retention: email gone, answers kept
    #[command(visible_alias = "anonymize")]
    Anonymise(AnonymiseArgs),
    /// Consent withdrawn: anonymise (or delete) that person's responses now
    Withdraw(WithdrawArgs),
    /// Surveys with counts of identifiable, anonymised and due responses
    List(ListArgs),
}

impl SurveysCommand {
    pub async fn run(&self, ctx: &Ctx) -> Result<()> {
        match self {
            SurveysCommand::Import(a) => super::import::surveys(ctx, a).await,
            SurveysCommand::Anonymise(a) => anonymise(ctx, a).await,
            SurveysCommand::Withdraw(a) => withdraw(ctx, a).await,
            SurveysCommand::List(a) => list(ctx, a).await,
        }
    }
}

pub const JOB: &str = "surveys anonymise";
const WITHDRAW_JOB: &str = "surveys withdraw";

#[derive(Debug, Args)]
pub struct AnonymiseArgs {
    /// Show what would be anonymised and the k-anonymity it would reach; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Only this survey (its slug)
    #[arg(long, value_name = "SLUG")]
    pub survey: Option<String>,
    /// Refuse (exit 1, nothing changed) if a combination of the survey's quasi-identifiers
    /// would be shared by fewer than N anonymised responses
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
    pub k: Option<i64>,
    /// Responses per transaction
    #[arg(long, value_name = "N", default_value_t = DEFAULT_BATCH_SIZE, value_parser = clap::value_parser!(i64).range(1..))]
    pub batch_size: i64,
}

/// The batch size when `enforce` builds the arguments (as the command line's default).
pub const DEFAULT_BATCH_SIZE: i64 = 5000;

impl Default for AnonymiseArgs {
    fn default() -> Self {
        AnonymiseArgs {
            dry_run: false,
            survey: None,
            k: None,
            batch_size: DEFAULT_BATCH_SIZE,
        }
    }
}

#[derive(Debug, Args)]
pub struct WithdrawArgs {
    /// The respondent's email (matched case-insensitively)
    #[arg(long)]
    pub email: String,
    /// Delete the responses instead of anonymising them
    #[arg(long)]
    pub delete: bool,
    /// Show how many responses would be anonymised or deleted; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {}

/// What a run would do for one survey, computed before anything is written.
struct SurveyPlan {
    survey: Survey,
    due: sql::Due,
    k: KReport,
    unknown_keys: Vec<String>,
}

struct Plan {
    cutoff: DateTime<Utc>,
    max_id: i64,
    surveys: Vec<SurveyPlan>,
}

impl Plan {
    fn due(&self) -> i64 {
        self.surveys.iter().map(|s| s.due.count).sum()
    }
    /// Combinations below k in the surveys this run would change (a survey with nothing due
    /// keeps the state it has: refusing would not improve it).
    fn below_k(&self) -> i64 {
        self.surveys
            .iter()
            .filter(|s| s.due.count > 0)
            .map(|s| s.k.below_k)
            .sum()
    }
    fn smallest(&self) -> Option<i64> {
        self.surveys.iter().filter_map(|s| s.k.smallest).min()
    }
}

async fn plan(ctx: &Ctx, db: &Db, args: &AnonymiseArgs) -> Result<Plan> {
    let cutoff = ctx.settings.policy.survey_email_cutoff(ctx.now());
    let max_id = sql::max_id(&**db).await?;
    let mut surveys = Vec::new();
    for survey in sql::surveys(&**db, args.survey.as_deref(), &ctx.settings.surveys).await? {
        let due = sql::due(&**db, survey.id, cutoff, max_id).await?;
        let k = sql::k_anonymity(&**db, &survey, cutoff, max_id, args.k).await?;
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

/// One line per survey on stderr: what is due, its dates, and the k-anonymity it leads to.
fn show_plan(ctx: &Ctx, plan: &Plan, args: &AnonymiseArgs) {
    for s in &plan.surveys {
        for key in &s.unknown_keys {
            ctx.printer.warn(format!(
                "survey `{}`: the configured answer key `{key}` appears in no response; check the configuration",
                s.survey.slug
            ));
        }
        let qis = &s.survey.config.quasi_identifiers;
        let dates = match (s.due.oldest, s.due.newest) {
            (Some(a), Some(b)) => format!(" (submitted {} to {})", show_date(a), show_date(b)),
            _ => String::new(),
        };
        let k = match (s.k.smallest, qis.is_empty()) {
            (None, _) => "no anonymised responses".to_string(),
            (Some(n), true) => format!("no quasi-identifiers configured: one class of {n}"),
            (Some(n), false) => format!(
                "smallest class {n} over {} ({} combinations)",
                qis.join(", "),
                s.k.classes
            ),
        };
        let below = match args.k {
            Some(k) if s.k.below_k > 0 => {
                format!(", {} combinations below k={k}", s.k.below_k)
            }
            _ => String::new(),
        };
        ctx.printer.status(format!(
            "survey `{}`: {} responses submitted before {}{dates} to anonymise; {k}{below}",
            s.survey.slug,
            s.due.count,
            show_time(plan.cutoff)
        ));
    }
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

/// The retention job (also run by `enforce`): responses submitted before the cutoff lose their
/// email, consent time and exact submission time, their free text is scrubbed, and they get a
/// fresh id; in batches, each its own transaction.
pub async fn execute(ctx: &Ctx, db: &mut Db, args: &AnonymiseArgs) -> Result<JobReport> {
    execute_planned(ctx, db, args, None).await
}

/// `execute` with a plan the caller already computed (and showed): it is used if it still
/// describes the database once the lock is held (same due counts), recomputed otherwise.
async fn execute_planned(
    ctx: &Ctx,
    db: &mut Db,
    args: &AnonymiseArgs,
    given: Option<Plan>,
) -> Result<JobReport> {
    let params = json!({
        "survey": args.survey,
        "k": args.k,
        "batch_size": args.batch_size,
    });
    let job = Job::start(ctx, db, JOB, args.dry_run, params).await?;
    match run_job(ctx, db, args, given).await {
        Ok((report, refused)) => {
            let outcome = if refused.is_some() {
                "refused: k-anonymity"
            } else {
                report.outcome()
            };
            job.finish(ctx, db, &report.counts, outcome).await?;
            match refused {
                Some(e) => Err(e),
                None => Ok(report),
            }
        }
        Err(e) => {
            job.fail(ctx, db, &e).await;
            Err(e)
        }
    }
}

async fn run_job(
    ctx: &Ctx,
    db: &mut Db,
    args: &AnonymiseArgs,
    given: Option<Plan>,
) -> Result<(JobReport, Option<AppError>)> {
    let mut report = JobReport::new(JOB, args.dry_run);
    let started = std::time::Instant::now();
    let plan = match given {
        Some(p) if still_current(db, &p).await? => p,
        _ => plan(ctx, db, args).await?,
    };
    ctx.printer
        .detail(format!("plan ready in {:.2?}", started.elapsed()));
    report.set("cutoff", show_time(plan.cutoff));
    report.set("surveys", plan.surveys.len() as i64);
    report.set("due", plan.due());
    let ids: Vec<i64> = plan.surveys.iter().map(|s| s.survey.id).collect();
    report.set(
        "skipped_restricted",
        sql::restricted_due(&**db, &ids, plan.cutoff).await?,
    );
    report.set("smallest_class", plan.smallest());
    if let Some(k) = args.k {
        report.set("classes_below_k", plan.below_k());
        if plan.below_k() > 0 {
            return Ok((report, Some(k_refusal(&plan, k))));
        }
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
        return Ok((report, None));
    }
    let free_text: HashMap<i64, FreeText> = plan
        .surveys
        .iter()
        .map(|s| (s.survey.id, s.survey.free_text()))
        .collect();
    let pb = ctx.printer.progress(
        Some(plan.due() as u64),
        "{bar:40} {pos}/{len} responses {eta}",
    );
    let now = ctx.now();
    // A real run reads the next batch on a second connection while the current one is written:
    // the database works on both at once. A dry run reads on the one connection.
    let reader = if args.dry_run {
        None
    } else {
        Some(ctx.db().await?)
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
            args.batch_size,
        )
    };
    // Time spent on the first read, scrubbing, and writing (reading ahead meanwhile), for -v.
    let mut spent = [std::time::Duration::ZERO; 3];
    let t = std::time::Instant::now();
    let mut rows = read(0).await?;
    spent[0] += t.elapsed();
    let mut changed_meanwhile = 0i64;
    while let Some(last) = rows.last() {
        let after = last.id;
        let t = std::time::Instant::now();
        let scrubbed = sql::scrub(&rows, &free_text);
        spent[1] += t.elapsed();
        let t = std::time::Instant::now();
        let next = if args.dry_run {
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
        ctx.printer.detail(format!(
            "batch of {} responses up to id {after}{}",
            rows.len(),
            if args.dry_run {
                " (dry run)"
            } else {
                " committed"
            }
        ));
        rows = next;
    }
    pb.finish_and_clear();
    ctx.printer.detail(format!(
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
    Ok((report, None))
}

pub async fn anonymise(ctx: &Ctx, args: &AnonymiseArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    let p = plan(ctx, &db, args).await?;
    show_plan(ctx, &p, args);
    let refused = args.k.is_some() && p.below_k() > 0;
    if !args.dry_run && !refused && p.due() > 0 {
        ctx.confirm(&format!(
            "anonymise {} survey responses submitted before {}?",
            p.due(),
            show_time(p.cutoff)
        ))?;
    }
    let report = execute_planned(ctx, &mut db, args, Some(p)).await?;
    ctx.printer
        .summary(report.job, report.dry_run, &Value::Object(report.counts))?;
    match report.problem {
        Some(p) => Err(p),
        None => Ok(()),
    }
}

/// The first instant of the current month in Paris: withdrawal marks are generalised like
/// submission times, so that they cannot be matched with the exact time in the register.
fn month_start(t: DateTime<Utc>) -> DateTime<Utc> {
    let d = t.with_timezone(&Paris).date_naive();
    let first = d.with_day(1).unwrap_or(d);
    from_paris(first.and_hms_opt(0, 0, 0).expect("midnight exists"))
}

pub async fn withdraw(ctx: &Ctx, args: &WithdrawArgs) -> Result<()> {
    let email = args.email.trim();
    if !email.contains('@') || email.len() < 3 || email.chars().any(char::is_whitespace) {
        return Err(
            AppError::usage(format!("invalid --email `{}`", mask_email(&args.email)))
                .hint("give the respondent's email address, e.g. --email jean.dupont@example.org"),
        );
    }
    let masked = mask_email(email);
    let mut db = ctx.db().await?;
    let found = sql::responses_of(&*db, email, false).await?;
    let recorded = sql::withdrawal_recorded(&*db, email).await?;
    let action = if args.delete { "delete" } else { "anonymise" };
    ctx.printer.status(format!(
        "consent withdrawn by {masked}: {} identifiable responses to {action}{}",
        found.len(),
        if found.is_empty() && recorded {
            "; the withdrawal is already in the register"
        } else {
            ""
        }
    ));
    let nothing = found.is_empty() && recorded;
    if !args.dry_run && !nothing {
        ctx.confirm(&format!(
            "{action} {} responses of {masked} and record the withdrawal?",
            found.len()
        ))?;
    }
    let mut report = JobReport::new(WITHDRAW_JOB, args.dry_run);
    let counted = if args.delete {
        "responses_deleted"
    } else {
        "responses_anonymised"
    };
    if args.dry_run {
        report.set(counted, found.len() as i64);
        report.set("requests_recorded", i64::from(!recorded));
        return ctx
            .printer
            .summary(report.job, true, &Value::Object(report.counts));
    }
    let job = Job::start(
        ctx,
        &db,
        WITHDRAW_JOB,
        false,
        json!({"delete": args.delete}),
    )
    .await?;
    match withdraw_tx(ctx, &mut db, email, args.delete, &mut report, counted).await {
        Ok(()) => job.conclude(ctx, &mut db, report).await,
        Err(e) => {
            job.fail(ctx, &mut db, &e).await;
            Err(e)
        }
    }
}

/// One transaction: the person's responses anonymised (or deleted) and the register row.
async fn withdraw_tx(
    ctx: &Ctx,
    db: &mut Db,
    email: &str,
    delete: bool,
    report: &mut JobReport,
    counted: &str,
) -> Result<()> {
    let now = ctx.now();
    let tx = db.transaction().await?;
    let rows = sql::responses_of(&tx, email, true).await?;
    let recorded = sql::withdrawal_recorded(&tx, email).await?;
    let n = if delete {
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        sql::delete(&tx, &ids).await?
    } else {
        let month = month_start(now);
        let (n, values) =
            sql::anonymise_person(&tx, &ctx.settings.surveys, email, month, Some(month)).await?;
        report.set("values_scrubbed", values as i64);
        n
    };
    report.set(counted, n as i64);
    if rows.is_empty() && recorded {
        report.set("requests_recorded", 0);
    } else {
        let today = now.with_timezone(&Paris).date_naive();
        let due = ctx.settings.policy.request_due(today);
        let note = if delete {
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
}

pub async fn list(ctx: &Ctx, _args: &ListArgs) -> Result<()> {
    let db = ctx.db().await?;
    let cutoff = ctx.settings.policy.survey_email_cutoff(ctx.now());
    let mut r = Records::new([
        "survey",
        "title",
        "responses",
        "identifiable",
        "anonymised",
        "withdrawn",
        "due",
        "oldest_identifiable",
    ]);
    for row in sql::listing(&*db, cutoff).await? {
        let oldest: Option<DateTime<Utc>> = row.get(7);
        r.push(vec![
            row.get::<_, String>(0).into(),
            row.get::<_, Option<String>>(1).into(),
            row.get::<_, i64>(2).into(),
            row.get::<_, i64>(3).into(),
            row.get::<_, i64>(4).into(),
            row.get::<_, i64>(5).into(),
            row.get::<_, i64>(6).into(),
            oldest.map(show_date).into(),
        ]);
    }
    ctx.printer.detail(format!(
        "due: submitted before {} and not anonymised",
        show_time(cutoff)
    ));
    ctx.printer.records(&r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::parse_time;

    #[test]
    fn default_arguments_match_the_command_line() {
        use clap::FromArgMatches;
        let cmd = AnonymiseArgs::augment_args(clap::Command::new("x"));
        let parsed = AnonymiseArgs::from_arg_matches(&cmd.get_matches_from(["x"])).unwrap();
        let d = AnonymiseArgs::default();
        assert_eq!(
            (parsed.batch_size, parsed.dry_run, parsed.k),
            (d.batch_size, d.dry_run, d.k)
        );
    }

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
