//! `subject export | erase | restrict | unrestrict | rectify`: one person's rights.

use crate::db::subject::{self as sdb, Ident, Person, CATEGORIES};
use crate::db::Db;
use crate::error::{AppError, Result};
use crate::export::{self, Export, Target};
use crate::job::{Job, JobReport};
use crate::policy::show_time;
use crate::Ctx;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde_json::{json, Map, Value};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum SubjectCommand {
    /// Everything about one person, as a zip archive (Art. 15 and 20)
    Export(ExportArgs),
    /// Erase one person's account and linked data (Art. 17)
    Erase(EraseArgs),
    /// Restrict processing of an account: destructive jobs skip it (Art. 18)
    Restrict(RestrictArgs),
    /// Lift a restriction
    Unrestrict(UnrestrictArgs),
    /// Correct identification fields (Art. 16)
    Rectify(RectifyArgs),
}

impl SubjectCommand {
    pub async fn run(&self, ctx: &Ctx) -> Result<()> {
        match self {
            SubjectCommand::Export(a) => export(ctx, a).await,
            SubjectCommand::Erase(a) => erase(ctx, a).await,
            SubjectCommand::Restrict(a) => restrict(ctx, a).await,
            SubjectCommand::Unrestrict(a) => unrestrict(ctx, a).await,
            SubjectCommand::Rectify(a) => rectify(ctx, a).await,
        }
    }
}

/// Who the person is: one of these.
#[derive(Debug, Default, Clone, Args)]
#[group(required = true, multiple = false)]
pub struct Who {
    /// The person's email (case-insensitive); also finds survey responses and requests made
    /// without an account
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// The account's numeric id
    #[arg(long, value_name = "ID")]
    pub account: Option<i64>,
    /// The account's pseudonym
    #[arg(long, value_name = "PSEUDONYM")]
    pub pseudonym: Option<String>,
}

impl Who {
    pub fn ident(&self) -> Result<Ident> {
        match (&self.email, self.account, &self.pseudonym) {
            (Some(e), _, _) => {
                let e = e.trim();
                if e.is_empty() {
                    return Err(AppError::usage("--email is empty"));
                }
                Ok(Ident::Email(e.to_string()))
            }
            (_, Some(id), _) => Ok(Ident::Account(id)),
            (_, _, Some(p)) => Ok(Ident::Pseudonym(p.clone())),
            _ => Err(AppError::usage(
                "say who: --email EMAIL, --account ID or --pseudonym PSEUDONYM",
            )),
        }
    }
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub who: Who,
    /// Where to write: a `.zip` archive, a folder with --dir, or `-` for one JSON document on
    /// stdout
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Write the files into the folder OUT instead of a zip archive
    #[arg(long)]
    pub dir: bool,
    /// Replace OUT if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Default, Args)]
pub struct EraseArgs {
    #[command(flatten)]
    pub who: Who,
    /// Show what would be erased; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Erase even if processing of the account is restricted (Art. 18)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct RestrictArgs {
    #[command(flatten)]
    pub who: Who,
    /// Why processing is restricted (kept with the account; no personal data, please)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct UnrestrictArgs {
    #[command(flatten)]
    pub who: Who,
}

#[derive(Debug, Args)]
pub struct RectifyArgs {
    #[command(flatten)]
    pub who: Who,
    /// A correction FIELD=VALUE, repeatable; fields: pseudonym, first_name, last_name, email
    /// (an empty value clears a name)
    #[arg(long = "set", value_name = "FIELD=VALUE", required = true)]
    pub set: Vec<String>,
}

/// The Paris date of this run.
fn today(ctx: &Ctx) -> NaiveDate {
    ctx.now()
        .with_timezone(&chrono_tz::Europe::Paris)
        .date_naive()
}

// ----- export -----

pub async fn export(ctx: &Ctx, args: &ExportArgs) -> Result<()> {
    let target = if args.output.as_os_str() == "-" {
        if args.dir || args.force {
            return Err(AppError::usage(
                "`-o -` writes one JSON document to stdout: --dir and --force do not apply",
            ));
        }
        Target::Stdout
    } else if args.dir {
        Target::Dir(args.output.clone())
    } else {
        Target::Zip(args.output.clone())
    };
    let who = args.who.ident()?;
    target.check(args.force)?;

    let mut db = ctx.db().await?;
    // Timestamps leave the database as ISO 8601 in UTC, whatever the server's time zone.
    db.batch_execute("SET TIME ZONE 'UTC'").await?;
    let now = ctx.now();
    let tx = db
        .build_transaction()
        .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
        .start()
        .await?;
    let person = sdb::find(&tx, &who, false)
        .await?
        .ok_or_else(|| sdb::unknown(&who))?;
    // The answer is registered in the same snapshot, so the archive shows its own request.
    let due = ctx.settings.policy.request_due(today(ctx));
    let requests = sdb::fulfil(
        &tx,
        &person,
        &["access", "portability"],
        now,
        due,
        &format!("réponse : export de données ({})", target.kind()),
    )
    .await?;
    let mut data = Vec::with_capacity(CATEGORIES.len());
    for cat in CATEGORIES {
        data.push((cat, sdb::gather(&tx, cat, &person).await?));
    }
    let exp = Export {
        exported_at: now,
        actor: ctx.settings.actor.clone(),
        person: person.clone(),
        data,
    };
    let total: usize = exp.data.iter().map(|(_, r)| r.len()).sum();
    match &target {
        Target::Stdout => ctx.printer.json(&exp.document(&ctx.settings.controller))?,
        t => {
            let files = exp.files(&ctx.settings.controller, &ctx.settings.policy)?;
            export::write(t, &files, now, args.force)?;
        }
    }
    if let Err(e) = tx.commit().await {
        export::remove(&target);
        return Err(AppError::from(e).context("recording the export in the register"));
    }
    ctx.audit(
        &mut db,
        "subject export",
        &json!({"account_id": person.account_id}),
        &Value::Object(exp.counts()),
        "ok",
    )
    .await?;
    let ids: Vec<String> = requests.iter().map(|i| format!("#{i}")).collect();
    let place = match &target {
        Target::Stdout => "stdout".to_string(),
        Target::Zip(p) | Target::Dir(p) => format!("`{}`", p.display()),
    };
    ctx.printer.status(format!(
        "exported {total} records in {} categories to {place}; request {} fulfilled",
        CATEGORIES.len(),
        ids.join(", ")
    ));
    if !matches!(target, Target::Stdout) && ctx.printer.format != crate::output::Format::Table {
        // Scripts asking for JSON or CSV get the counts as data.
        let mut counts = exp.counts();
        counts.insert("requests_fulfilled".into(), json!(requests));
        ctx.printer
            .summary("subject export", false, &Value::Object(counts))?;
    }
    Ok(())
}

// ----- erase -----

/// What erasing the person touches.
async fn erase_counts(
    c: &impl tokio_postgres::GenericClient,
    p: &Person,
) -> Result<Map<String, Value>> {
    let row = c
        .query_one(
            "SELECT (SELECT count(*) FROM accounts WHERE id = $1),
                    (SELECT count(*) FROM connection_logs WHERE account_id = $1),
                    (SELECT count(*) FROM audience_events WHERE account_id = $1),
                    (SELECT count(*) FROM dataset_subscriptions WHERE account_id = $1),
                    (SELECT count(*) FROM notifications WHERE account_id = $1),
                    (SELECT count(*) FROM datasets WHERE producer_account_id = $1),
                    (SELECT count(*) FROM survey_responses WHERE lower(email) = lower($2))",
            &[&p.account_id, &p.email],
        )
        .await?;
    let mut m = Map::new();
    for (i, k) in [
        "accounts_deleted",
        "connection_logs_deleted",
        "audience_events_deleted",
        "subscriptions_deleted",
        "notifications_deleted",
        "datasets_unlinked",
        "survey_responses_anonymised",
    ]
    .iter()
    .enumerate()
    {
        m.insert(k.to_string(), json!(row.get::<_, i64>(i)));
    }
    Ok(m)
}

fn restricted_error(p: &Person) -> AppError {
    AppError::failure(format!(
        "account `{}` is restricted (Art. 18) since {}: not erased",
        p.account_id.unwrap_or_default(),
        p.restricted_at.map(show_time).unwrap_or_default()
    ))
    .hint("lift the restriction first (`subject unrestrict`), or pass --force if erasure is what the person asked for")
}

/// Erases the person (Art. 17) in one transaction: survey responses anonymised, account deleted
/// (its logs, audience events, subscriptions and notifications go with it by foreign key,
/// datasets it produced lose the link), the erasure recorded as fulfilled in the register.
/// Honours `dry_run`; does not prompt or print.
pub async fn execute(ctx: &Ctx, db: &mut Db, args: &EraseArgs) -> Result<JobReport> {
    let who = args.who.ident()?;
    let found = sdb::find(&**db, &who, false)
        .await?
        .ok_or_else(|| sdb::unknown(&who))?;
    if found.restricted_at.is_some() && !args.force {
        return Err(restricted_error(&found));
    }
    let job = Job::start(
        ctx,
        db,
        "subject erase",
        args.dry_run,
        json!({"account_id": found.account_id, "force": args.force}),
    )
    .await?;
    let res = erase_in_tx(ctx, db, &who, args).await;
    job.settle(ctx, db, res).await
}

async fn erase_in_tx(ctx: &Ctx, db: &mut Db, who: &Ident, args: &EraseArgs) -> Result<JobReport> {
    let mut report = JobReport::new("subject erase", args.dry_run);
    let now = ctx.now();
    let tx = db.transaction().await?;
    let Some(p) = sdb::find(&tx, who, true).await? else {
        // Gone between the look-up and the lock: a concurrent erase did the work.
        report.counts = Map::new();
        return Ok(report);
    };
    if p.restricted_at.is_some() && !args.force {
        return Err(restricted_error(&p));
    }
    report.counts = erase_counts(&tx, &p).await?;
    let work: i64 = report.counts.values().filter_map(Value::as_i64).sum();
    if args.dry_run || work == 0 {
        // Nothing written: a dry run, or a person already erased (only the register knows them).
        return Ok(report);
    }
    let note = "réponse : effacement (compte supprimé, réponses aux enquêtes anonymisées)";
    let due = ctx.settings.policy.request_due(today(ctx));
    let ids = sdb::fulfil(&tx, &p, &["erasure"], now, due, note).await?;
    // The person's survey responses get the retention job's full treatment (scrubbed answers,
    // month only, fresh id), not just a blank email.
    if let Some(email) = &p.email {
        crate::db::surveys::anonymise_person(&tx, &ctx.settings.surveys, email, now, None).await?;
    }
    if let Some(id) = p.account_id {
        tx.execute("DELETE FROM accounts WHERE id = $1", &[&id])
            .await?;
    }
    tx.commit().await?;
    report.set("requests_fulfilled", ids.len() as i64);
    Ok(report)
}

pub async fn erase(ctx: &Ctx, args: &EraseArgs) -> Result<()> {
    let mut db = ctx.db().await?;
    if !args.dry_run {
        let who = args.who.ident()?;
        let p = sdb::find(&*db, &who, false)
            .await?
            .ok_or_else(|| sdb::unknown(&who))?;
        if p.restricted_at.is_some() && !args.force {
            return Err(restricted_error(&p));
        }
        let plan = erase_counts(&*db, &p).await?;
        ctx.printer.status(crate::output::summary_line(
            "subject erase (plan)",
            false,
            &Value::Object(plan),
        ));
        ctx.confirm(&format!(
            "erase {} and everything linked to it? This cannot be undone",
            who.describe()
        ))?;
    }
    let report = execute(ctx, &mut db, args).await?;
    ctx.printer
        .summary(report.job, report.dry_run, &Value::Object(report.counts))?;
    match report.problem {
        Some(p) => Err(p),
        None => Ok(()),
    }
}

// ----- restrict / unrestrict -----

/// The person's account, locked, or an error: restriction and rectification are about accounts.
async fn account_of(c: &impl tokio_postgres::GenericClient, who: &Ident) -> Result<(i64, Person)> {
    let p = sdb::find(c, who, true)
        .await?
        .ok_or_else(|| sdb::unknown(who))?;
    match p.account_id {
        Some(id) => Ok((id, p)),
        None => Err(AppError::failure(format!(
            "{} has no account: nothing to restrict or rectify here",
            who.describe()
        ))
        .hint("their survey responses are handled by `surveys withdraw`")),
    }
}

pub async fn restrict(ctx: &Ctx, args: &RestrictArgs) -> Result<()> {
    let who = args.who.ident()?;
    let mut db = ctx.db().await?;
    let now = ctx.now();
    let tx = db.transaction().await?;
    let (id, p) = account_of(&tx, &who).await?;
    if let Some(since) = p.restricted_at {
        ctx.printer.status(format!(
            "account `{id}` is already restricted since {}: nothing changed",
            show_time(since)
        ));
        return Ok(());
    }
    tx.execute(
        "UPDATE accounts SET restricted_at = $2, restriction_reason = $3 WHERE id = $1",
        &[&id, &now, &args.reason],
    )
    .await?;
    let due = ctx.settings.policy.request_due(today(ctx));
    sdb::fulfil(
        &tx,
        &p,
        &["restriction"],
        now,
        due,
        "réponse : traitement limité",
    )
    .await?;
    tx.commit().await?;
    ctx.audit(
        &mut db,
        "subject restrict",
        &json!({"account_id": id}),
        &json!({"restricted": 1}),
        "ok",
    )
    .await?;
    ctx.printer.status(format!(
        "account `{id}` restricted: destructive jobs will skip it"
    ));
    Ok(())
}

pub async fn unrestrict(ctx: &Ctx, args: &UnrestrictArgs) -> Result<()> {
    let who = args.who.ident()?;
    let mut db = ctx.db().await?;
    let tx = db.transaction().await?;
    let (id, p) = account_of(&tx, &who).await?;
    if p.restricted_at.is_none() {
        ctx.printer
            .status(format!("account `{id}` is not restricted: nothing changed"));
        return Ok(());
    }
    tx.execute(
        "UPDATE accounts SET restricted_at = NULL, restriction_reason = NULL WHERE id = $1",
        &[&id],
    )
    .await?;
    tx.commit().await?;
    ctx.audit(
        &mut db,
        "subject unrestrict",
        &json!({"account_id": id}),
        &json!({"unrestricted": 1}),
        "ok",
    )
    .await?;
    ctx.printer.status(format!(
        "account `{id}`: restriction lifted (Art. 18(3): tell the person before)"
    ));
    Ok(())
}

// ----- rectify -----

const RECTIFIABLE: [&str; 4] = ["pseudonym", "first_name", "last_name", "email"];

/// Parses `--set FIELD=VALUE` into (field, value); an empty name becomes NULL.
pub fn parse_sets(sets: &[String]) -> Result<Vec<(&'static str, Option<String>)>> {
    let mut out: Vec<(&'static str, Option<String>)> = Vec::new();
    for s in sets {
        let (field, value) = s
            .split_once('=')
            .ok_or_else(|| AppError::usage(format!("invalid --set `{s}`: expected FIELD=VALUE")))?;
        let field = field.trim();
        let Some(f) = RECTIFIABLE.iter().find(|f| **f == field) else {
            return Err(
                AppError::usage(format!("field `{field}` cannot be rectified here"))
                    .hint(format!("rectifiable fields: {}", RECTIFIABLE.join(", "))),
            );
        };
        if out.iter().any(|(g, _)| g == f) {
            return Err(AppError::usage(format!("field `{f}` is set twice")));
        }
        let value = value.trim();
        let value = match *f {
            "pseudonym" if value.is_empty() => {
                return Err(AppError::usage("the pseudonym cannot be empty"))
            }
            "email" => {
                let ok = value.len() > 2
                    && value.matches('@').count() == 1
                    && !value.starts_with('@')
                    && !value.ends_with('@')
                    && !value.contains(char::is_whitespace);
                if !ok {
                    return Err(AppError::usage(format!(
                        "invalid email `{}`",
                        crate::output::mask_email(value)
                    )));
                }
                Some(value.to_string())
            }
            _ if value.is_empty() => None,
            _ => Some(value.to_string()),
        };
        out.push((f, value));
    }
    Ok(out)
}

pub async fn rectify(ctx: &Ctx, args: &RectifyArgs) -> Result<()> {
    let who = args.who.ident()?;
    let sets = parse_sets(&args.set)?;
    let mut db = ctx.db().await?;
    let now = ctx.now();
    let tx = db.transaction().await?;
    let (id, p) = account_of(&tx, &who).await?;
    let mut changed: Vec<&str> = Vec::new();
    for (field, value) in &sets {
        // The column name comes from the fixed list above, never from the input.
        let sql = format!(
            "UPDATE accounts SET {col} = $2 WHERE id = $1 AND {col} IS DISTINCT FROM $2",
            col = crate::db::quote_ident(field)
        );
        match tx.execute(&sql, &[&id, value]).await {
            Ok(n) if n > 0 => changed.push(field),
            Ok(_) => {}
            Err(e) if e.code() == Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION) => {
                return Err(AppError::failure(format!(
                    "another account already uses this {field}: nothing changed"
                )));
            }
            Err(e) => return Err(e.into()),
        }
    }
    if changed.is_empty() {
        ctx.printer.status(format!(
            "account `{id}`: values already as given, nothing changed"
        ));
        return Ok(());
    }
    let due = ctx.settings.policy.request_due(today(ctx));
    let note = format!("réponse : rectification ({})", changed.join(", "));
    sdb::fulfil(&tx, &p, &["rectification"], now, due, &note).await?;
    tx.commit().await?;
    ctx.audit(
        &mut db,
        "subject rectify",
        &json!({"account_id": id, "fields": changed}),
        &json!({"fields_changed": changed.len()}),
        "ok",
    )
    .await?;
    ctx.printer
        .status(format!("account `{id}` rectified: {}", changed.join(", ")));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_are_checked() {
        let s = |v: &[&str]| parse_sets(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(
            s(&["first_name=Élodie", "last_name="]).unwrap(),
            vec![("first_name", Some("Élodie".into())), ("last_name", None)]
        );
        assert!(s(&["role=admin"]).is_err());
        assert!(s(&["email=nope"]).is_err());
        assert!(s(&["pseudonym="]).is_err());
        assert!(s(&["email"]).is_err());
        assert!(s(&["email=a@b.fr", "email=c@d.fr"]).is_err());
    }
}
