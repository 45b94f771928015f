//! `surveys anonymise | withdraw | list`: the commands; the jobs are `ops::surveys`.

use super::Ctx;
use crate::error::{AppError, Result};
use crate::ops::surveys::{self as op, AnonymiseOptions, Plan, WithdrawOptions};
use crate::output::{mask_email, Records};
use crate::policy::{show_date, show_time};
use clap::{Args, Subcommand};
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
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(super::ranges::K))]
    pub k: Option<i64>,
    /// Responses per transaction
    #[arg(long, value_name = "N", default_value_t = op::DEFAULT_BATCH_SIZE, value_parser = clap::value_parser!(i64).range(super::ranges::BATCH_SIZE))]
    pub batch_size: i64,
}

impl AnonymiseArgs {
    pub fn options(&self) -> AnonymiseOptions {
        AnonymiseOptions {
            dry_run: self.dry_run,
            survey: self.survey.clone(),
            k: self.k,
            batch_size: self.batch_size,
        }
    }
}

#[derive(Debug, Args)]
pub struct WithdrawArgs {
    /// The respondent's email (matched case-insensitively); `-` reads it from stdin, which
    /// keeps it out of the shell history and `ps`
    #[arg(
        long,
        required_unless_present = "email_file",
        conflicts_with = "email_file"
    )]
    pub email: Option<String>,
    /// Read the respondent's email from FILE (one line), kept out of the shell history and `ps`
    #[arg(long, value_name = "FILE")]
    pub email_file: Option<std::path::PathBuf>,
    /// Delete the responses instead of anonymising them
    #[arg(long)]
    pub delete: bool,
    /// Show how many responses would be anonymised or deleted; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

impl WithdrawArgs {
    pub fn options(&self) -> Result<WithdrawOptions> {
        let email = super::subject::read_email(self.email.as_deref(), self.email_file.as_deref())?
            .ok_or_else(|| AppError::usage("say who: --email EMAIL, - or --email-file FILE"))?;
        Ok(WithdrawOptions {
            email,
            delete: self.delete,
            dry_run: self.dry_run,
        })
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {}

/// One line per survey on stderr: what is due, its dates, and the k-anonymity it leads to.
fn show_plan(ctx: &Ctx, plan: &Plan, opts: &AnonymiseOptions) {
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
        let below = match opts.k {
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

pub async fn anonymise(ctx: &Ctx, args: &AnonymiseArgs) -> Result<()> {
    let opts = args.options();
    let mut db = ctx.db().await?;
    let p = op::plan(ctx, &db, &opts).await?;
    show_plan(ctx, &p, &opts);
    if !opts.dry_run && !p.refused(&opts) && p.due() > 0 {
        ctx.confirm(&format!(
            "anonymise {} survey responses submitted before {}?",
            p.due(),
            show_time(p.cutoff)
        ))?;
    }
    let report = op::anonymise(ctx, &mut db, &opts, Some(p)).await?;
    ctx.finish(report)
}

pub async fn withdraw(ctx: &Ctx, args: &WithdrawArgs) -> Result<()> {
    let opts = args.options()?;
    let masked = mask_email(opts.checked_email()?);
    let mut db = ctx.db().await?;
    let found = op::withdrawal_found(&db, &opts).await?;
    let action = if opts.delete { "delete" } else { "anonymise" };
    ctx.printer.status(format!(
        "consent withdrawn by {masked}: {} identifiable responses to {action}{}",
        found.responses,
        if found.nothing() {
            "; the withdrawal is already in the register"
        } else {
            ""
        }
    ));
    if !opts.dry_run && !found.nothing() {
        ctx.confirm(&format!(
            "{action} {} responses of {masked} and record the withdrawal?",
            found.responses
        ))?;
    }
    let report = op::withdraw(ctx, &mut db, &opts).await?;
    ctx.finish(report)
}

pub async fn list(ctx: &Ctx, _args: &ListArgs) -> Result<()> {
    let db = ctx.db().await?;
    let (cutoff, surveys) = op::list(ctx, &db).await?;
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
    for s in surveys {
        r.push(vec![
            s.slug.into(),
            s.title.into(),
            s.responses.into(),
            s.identifiable.into(),
            s.anonymised.into(),
            s.withdrawn.into(),
            s.due.into(),
            s.oldest_identifiable.map(show_date).into(),
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
    use clap::{Command, FromArgMatches};

    /// `enforce` runs the op with `AnonymiseOptions::default()`: it must be what `--help` says.
    #[test]
    fn default_options_are_the_command_lines() {
        let m = AnonymiseArgs::augment_args(Command::new("anonymise"))
            .try_get_matches_from(["anonymise"])
            .unwrap();
        assert_eq!(
            AnonymiseArgs::from_arg_matches(&m).unwrap().options(),
            AnonymiseOptions::default()
        );
    }
}
