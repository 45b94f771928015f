//! One person's rights: `subject export` (Art. 15 and 20), `erase` (17), `restrict` and
//! `unrestrict` (18), `rectify` (16). Each answer is recorded in the register of requests.

use super::job::{self, JobReport, Spec};
use super::Env;
use crate::db::subject::{self as sdb, Ident, Person, CATEGORIES};
use crate::db::Db;
use crate::error::{AppError, Result};
use crate::export::{self, Export, Target};
use crate::policy::show_time;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{json, Map, Value};

pub const EXPORT_JOB: &str = "subject export";
pub const ERASE_JOB: &str = "subject erase";

/// The Paris date of this run.
fn today(env: &Env) -> NaiveDate {
    env.now()
        .with_timezone(&chrono_tz::Europe::Paris)
        .date_naive()
}

// ----- export -----

/// The options of `subject export`.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub who: Ident,
    pub target: Target,
    /// Replace the output if it exists.
    pub force: bool,
}

/// What an export did.
#[derive(Debug)]
pub struct ExportReport {
    /// Rows per category (no personal data).
    pub counts: Map<String, Value>,
    /// Records in all.
    pub total: usize,
    /// The requests fulfilled (closed, or registered and closed) by this export.
    pub requests: Vec<i64>,
}

/// Gathers everything about the person in one snapshot, records the answer in the register,
/// and writes the archive or folder, or hands the document to `deliver` (a stdout export: the
/// caller prints it). The files are written under a temporary name and put in place before the
/// commit; a failed commit or a signal removes them, so that no export the register does not
/// know of is left behind. The document is delivered before the commit too: an answer that
/// could not be given (a closed pipe) is not recorded as given.
pub async fn export(
    env: &Env,
    db: &mut Db,
    opts: &ExportOptions,
    deliver: impl FnOnce(&Value) -> Result<()>,
) -> Result<ExportReport> {
    opts.target.check(opts.force)?;
    super::clock::guard_write(env, db, "subject export", false).await?;
    sdb::utc_timestamps(&**db).await?;
    let tx = db
        .build_transaction()
        .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
        .start()
        .await?;
    // Until the commit a signal stops the export at once, even in a wait for a lock: the
    // transaction rolls back when dropped, and so do the files (their guards).
    let prepared = tokio::select! {
        r = prepare(env, &tx, opts, deliver) => r?,
        code = env.cancel.cancelled() => return Err(crate::cancel::interrupted(code)),
    };
    tx.commit()
        .await
        .map_err(|e| AppError::from(e).context("recording the export in the register"))?;
    let Prepared {
        exp,
        requests,
        placed,
    } = prepared;
    if let Some(p) = placed {
        p.keep();
    }
    env.audit(
        db,
        EXPORT_JOB,
        &json!({"account_id": exp.person.account_id}),
        &Value::Object(exp.counts()),
        "ok",
    )
    .await?;
    Ok(ExportReport {
        counts: exp.counts(),
        total: exp.data.iter().map(|(_, r)| r.len()).sum(),
        requests,
    })
}

/// An export written (or its document made) and its answer registered, not yet committed.
struct Prepared {
    exp: Export,
    requests: Vec<i64>,
    placed: Option<export::Placed>,
}

async fn prepare(
    env: &Env,
    tx: &tokio_postgres::Transaction<'_>,
    opts: &ExportOptions,
    deliver: impl FnOnce(&Value) -> Result<()>,
) -> Result<Prepared> {
    let now = env.now();
    let person = sdb::find(tx, &opts.who, false)
        .await?
        .ok_or_else(|| sdb::unknown(&opts.who))?;
    // The answer is registered in the same snapshot, so the archive shows its own request.
    let due = env.settings.policy.request_due(today(env));
    let requests = sdb::fulfil(
        tx,
        &person,
        &["access", "portability"],
        now,
        due,
        &format!("réponse : export de données ({})", opts.target.kind()),
    )
    .await?;
    let mut data = Vec::with_capacity(CATEGORIES.len());
    for cat in CATEGORIES {
        env.cancel.check()?;
        data.push((cat, sdb::gather(tx, cat, &person).await?));
    }
    let exp = Export {
        exported_at: now,
        actor: env.settings.actor.clone(),
        person,
        data,
        simulated: crate::db::clock::simulated(tx).await?,
    };
    env.cancel.check()?;
    let placed = match &opts.target {
        Target::Stdout => {
            deliver(&exp.document(&env.settings.controller))?;
            None
        }
        t => {
            // Building and writing the files is blocking work: it checks the token itself.
            let files = exp.files(&env.settings.controller, &env.settings.policy)?;
            Some(export::write(t, &files, now, opts.force, &env.cancel)?)
        }
    };
    // A signal now still drops the export (the guard) and rolls the register back.
    env.cancel.check()?;
    Ok(Prepared {
        exp,
        requests,
        placed,
    })
}

// ----- erase -----

/// The options of `subject erase`.
#[derive(Debug, Clone)]
pub struct EraseOptions {
    pub who: Ident,
    pub dry_run: bool,
    /// Erase even if processing of the account is restricted (Art. 18).
    pub force: bool,
}

fn restricted_error(p: &Person) -> AppError {
    AppError::failure(format!(
        "account `{}` is restricted (Art. 18) since {}: not erased",
        p.account_id.unwrap_or_default(),
        p.restricted_at.map(show_time).unwrap_or_default()
    ))
    .hint("lift the restriction first (`subject unrestrict`), or pass --force if erasure is what the person asked for")
}

/// What erasing the person would touch (refused for a restricted account without `force`).
pub async fn erase_plan(db: &Db, opts: &EraseOptions) -> Result<Map<String, Value>> {
    let p = sdb::find(&**db, &opts.who, false)
        .await?
        .ok_or_else(|| sdb::unknown(&opts.who))?;
    if p.restricted_at.is_some() && !opts.force {
        return Err(restricted_error(&p));
    }
    sdb::erase_counts(&**db, &p).await
}

/// Erases the person (Art. 17) in one transaction: survey responses anonymised, account deleted
/// (its logs, audience events, subscriptions and notifications go with it by foreign key,
/// datasets it produced lose the link), the erasure recorded as fulfilled in the register.
pub async fn erase(env: &Env, db: &mut Db, opts: &EraseOptions) -> Result<JobReport> {
    let found = sdb::find(&**db, &opts.who, false)
        .await?
        .ok_or_else(|| sdb::unknown(&opts.who))?;
    if found.restricted_at.is_some() && !opts.force {
        return Err(restricted_error(&found));
    }
    let spec = Spec {
        name: ERASE_JOB,
        dry_run: opts.dry_run,
        parameters: json!({"account_id": found.account_id, "force": opts.force}),
    };
    job::run(env, db, spec, async |_run, db, report| {
        let now = env.now();
        let tx = db.transaction().await?;
        // The deletion dates the account's requests and tombstones with the run's clock.
        sdb::set_clock(&tx, now).await?;
        let Some(p) = sdb::find(&tx, &opts.who, true).await? else {
            // Gone between the look-up and the lock: a concurrent erase did the work.
            return Ok(());
        };
        if p.restricted_at.is_some() && !opts.force {
            return Err(restricted_error(&p));
        }
        report.counts = sdb::erase_counts(&tx, &p).await?;
        let work: i64 = report.counts.values().filter_map(Value::as_i64).sum();
        if opts.dry_run || work == 0 {
            // Nothing written: a dry run, or a person already erased (only the register
            // knows them).
            return Ok(());
        }
        let note = "réponse : effacement (compte supprimé, réponses aux enquêtes anonymisées)";
        let due = env.settings.policy.request_due(today(env));
        let ids = sdb::fulfil(&tx, &p, &["erasure"], now, due, note).await?;
        // The person's survey responses get the retention job's full treatment (scrubbed
        // answers, month only, fresh id), not just a blank email.
        if let Some(email) = &p.email {
            crate::db::surveys::anonymise_person(&tx, &env.settings.surveys, email, now, None)
                .await?;
        }
        if let Some(id) = p.account_id {
            sdb::delete_account(&tx, id).await?;
        }
        tx.commit().await?;
        report.set("requests_fulfilled", ids.len() as i64);
        Ok(())
    })
    .await
}

// ----- restrict / unrestrict -----

/// The person's account, locked, or an error: a restriction is about an account.
async fn account_of(
    c: &impl tokio_postgres::GenericClient,
    who: &Ident,
    verb: &str,
) -> Result<(i64, Person)> {
    let p = sdb::find(c, who, true)
        .await?
        .ok_or_else(|| sdb::unknown(who))?;
    match p.account_id {
        Some(id) => Ok((id, p)),
        None => Err(AppError::failure(format!(
            "{} has no account: nothing to {verb} here",
            who.describe()
        ))
        .hint("their survey responses are handled by `surveys withdraw`")),
    }
}

/// What a restriction did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Restricted {
    /// Restricted now.
    Done { account: i64 },
    /// Already restricted: nothing changed.
    Already { account: i64, since: DateTime<Utc> },
}

/// The options of `subject restrict`.
#[derive(Debug, Clone)]
pub struct RestrictOptions {
    pub who: Ident,
    /// Why processing is restricted (kept with the account; no personal data).
    pub reason: Option<String>,
}

/// Restricts processing of the person's account (Art. 18): destructive jobs skip it. The
/// answer is recorded in the register and the journal.
pub async fn restrict(env: &Env, db: &mut Db, opts: &RestrictOptions) -> Result<Restricted> {
    super::clock::guard_write(env, db, "subject restrict", false).await?;
    let now = env.now();
    let tx = db.transaction().await?;
    let (id, p) = account_of(&tx, &opts.who, "restrict").await?;
    if let Some(since) = p.restricted_at {
        return Ok(Restricted::Already { account: id, since });
    }
    sdb::restrict(&tx, id, now, opts.reason.as_deref()).await?;
    let due = env.settings.policy.request_due(today(env));
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
    env.audit(
        db,
        "subject restrict",
        &json!({"account_id": id}),
        &json!({"restricted": 1}),
        "ok",
    )
    .await?;
    Ok(Restricted::Done { account: id })
}

/// What lifting a restriction did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unrestricted {
    pub account: i64,
    /// Whether the account was restricted (else nothing changed).
    pub lifted: bool,
}

/// Lifts the restriction of the person's account.
pub async fn unrestrict(env: &Env, db: &mut Db, who: &Ident) -> Result<Unrestricted> {
    super::clock::guard_write(env, db, "subject unrestrict", false).await?;
    let tx = db.transaction().await?;
    let (id, p) = account_of(&tx, who, "restrict").await?;
    if p.restricted_at.is_none() {
        return Ok(Unrestricted {
            account: id,
            lifted: false,
        });
    }
    sdb::unrestrict(&tx, id).await?;
    tx.commit().await?;
    env.audit(
        db,
        "subject unrestrict",
        &json!({"account_id": id}),
        &json!({"unrestricted": 1}),
        "ok",
    )
    .await?;
    Ok(Unrestricted {
        account: id,
        lifted: true,
    })
}

// ----- object / unobject (Art. 21) -----

pub const OBJECT_JOB: &str = "subject object";

/// What the person objects to: `communications` (newsletters, communications about datasets),
/// `statistics` (audience measurement), `all`.
pub const OBJECTION_SCOPES: [&str; 3] = ["communications", "statistics", "all"];

/// Whether an objection of scope `had` already covers `wanted`.
pub fn scope_covers(had: &str, wanted: &str) -> bool {
    had == "all" || had == wanted
}

/// The options of `subject object`.
#[derive(Debug, Clone)]
pub struct ObjectOptions {
    pub who: Ident,
    /// One of [`OBJECTION_SCOPES`].
    pub scope: String,
    pub dry_run: bool,
}

/// Records the person's objection (Art. 21) and stops the processing it objects to, in one
/// transaction with the register's answer (their open objection requests are fulfilled):
/// `statistics` deletes their audience measurement rows, `communications` withdraws their
/// newsletter consent; jobs that process for that purpose skip them from then on. An
/// objection already covering the scope changes nothing. A widened one (communications, then
/// statistics) becomes `all`.
pub async fn object(env: &Env, db: &mut Db, opts: &ObjectOptions) -> Result<JobReport> {
    if !OBJECTION_SCOPES.contains(&opts.scope.as_str()) {
        return Err(AppError::usage(format!(
            "invalid objection scope `{}`: one of {}",
            opts.scope,
            OBJECTION_SCOPES.join(", ")
        )));
    }
    let found = sdb::find(&**db, &opts.who, false)
        .await?
        .ok_or_else(|| sdb::unknown(&opts.who))?;
    let spec = Spec {
        name: OBJECT_JOB,
        dry_run: opts.dry_run,
        parameters: json!({"account_id": found.account_id, "scope": opts.scope}),
    };
    job::run(env, db, spec, async |_run, db, report| {
        let now = env.now();
        let tx = db.transaction().await?;
        let (id, p) = account_of(&tx, &opts.who, "object to").await?;
        let (since, had) = sdb::objection(&tx, id).await?;
        let scope = match had.as_deref() {
            Some(h) if since.is_some() && scope_covers(h, &opts.scope) => {
                report.set("objections_recorded", 0);
                // Already recorded: its open requests are still answered by it.
                if !opts.dry_run {
                    let due = env.settings.policy.request_due(today(env));
                    let ids = close_open_objections(&tx, &p, now, due).await?;
                    report.set("requests_fulfilled", ids as i64);
                    tx.commit().await?;
                }
                return Ok(());
            }
            Some(_) if since.is_some() => "all".to_string(),
            _ => opts.scope.clone(),
        };
        let (audience, newsletter) = sdb::objection_counts(&tx, id, &scope).await?;
        report.set("objections_recorded", 1);
        report.set("audience_events_deleted", audience);
        report.set("newsletter_consents_withdrawn", newsletter);
        if opts.dry_run {
            return Ok(());
        }
        sdb::object(&tx, id, since.unwrap_or(now), &scope).await?;
        let due = env.settings.policy.request_due(today(env));
        let ids = sdb::fulfil(
            &tx,
            &p,
            &["objection"],
            now,
            due,
            &format!("réponse : opposition enregistrée ({scope})"),
        )
        .await?;
        tx.commit().await?;
        report.set("requests_fulfilled", ids.len() as i64);
        Ok(())
    })
    .await
}

/// The person's open objection requests, fulfilled by an objection already recorded.
async fn close_open_objections(
    c: &impl tokio_postgres::GenericClient,
    p: &Person,
    now: DateTime<Utc>,
    due: NaiveDate,
) -> Result<usize> {
    let open = crate::db::subject::open_requests(c, p, "objection").await?;
    if open == 0 {
        return Ok(0);
    }
    Ok(sdb::fulfil(
        c,
        p,
        &["objection"],
        now,
        due,
        "réponse : opposition déjà enregistrée",
    )
    .await?
    .len())
}

/// What lifting an objection did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unobjected {
    pub account: i64,
    /// Whether there was an objection (else nothing changed).
    pub lifted: bool,
}

/// Lifts the person's objection (they withdrew it): nothing deleted comes back.
pub async fn unobject(env: &Env, db: &mut Db, who: &Ident) -> Result<Unobjected> {
    let tx = db.transaction().await?;
    let (id, _p) = account_of(&tx, who, "object to").await?;
    let lifted = sdb::unobject(&tx, id).await? > 0;
    tx.commit().await?;
    if lifted {
        env.audit(
            db,
            "subject unobject",
            &json!({"account_id": id}),
            &json!({"objections_lifted": 1}),
            "ok",
        )
        .await?;
    }
    Ok(Unobjected {
        account: id,
        lifted,
    })
}

// ----- rectify -----

pub const RECTIFIABLE: [&str; 4] = ["pseudonym", "first_name", "last_name", "email"];

/// Parses `FIELD=VALUE` corrections into (field, value); an empty name becomes NULL.
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

/// The options of `subject rectify`.
#[derive(Debug, Clone)]
pub struct RectifyOptions {
    pub who: Ident,
    /// Corrections `FIELD=VALUE` (see [`parse_sets`]).
    pub sets: Vec<String>,
}

/// What a rectification did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rectified {
    /// The account rectified; None for a person without an account (their survey email).
    pub account: Option<i64>,
    /// The fields that changed (none: nothing written, nothing journalled).
    pub changed: Vec<&'static str>,
    /// For a person without an account: the survey responses and requests moved to the new
    /// address.
    pub responses: u64,
    pub requests: u64,
}

/// Corrects identification fields of the person's account (Art. 16), in one transaction with
/// the register's answer.
pub async fn rectify(env: &Env, db: &mut Db, opts: &RectifyOptions) -> Result<Rectified> {
    let sets = parse_sets(&opts.sets)?;
    super::clock::guard_write(env, db, "subject rectify", false).await?;
    let now = env.now();
    let tx = db.transaction().await?;
    // The identifier history dates a new email or pseudonym with the run's clock.
    sdb::set_clock(&tx, now).await?;
    let found = sdb::find(&tx, &opts.who, true)
        .await?
        .ok_or_else(|| sdb::unknown(&opts.who))?;
    if found.account_id.is_none() {
        let done = rectify_unlinked(env, tx, opts, &sets, found).await?;
        if !done.changed.is_empty() {
            env.audit(
                db,
                "subject rectify",
                &json!({"account_id": null, "fields": ["email"]}),
                &json!({"fields_changed": 1, "survey_responses_rectified": done.responses,
                        "requests_rectified": done.requests}),
                "ok",
            )
            .await?;
        }
        return Ok(done);
    }
    let (id, p) = account_of(&tx, &opts.who, "rectify").await?;
    let mut changed: Vec<&'static str> = Vec::new();
    for (field, value) in &sets {
        if sdb::rectify(&tx, id, field, value).await? {
            changed.push(field);
        }
    }
    if changed.is_empty() {
        return Ok(Rectified {
            account: Some(id),
            changed,
            responses: 0,
            requests: 0,
        });
    }
    let due = env.settings.policy.request_due(today(env));
    let note = format!("réponse : rectification ({})", changed.join(", "));
    sdb::fulfil(&tx, &p, &["rectification"], now, due, &note).await?;
    tx.commit().await?;
    env.audit(
        db,
        "subject rectify",
        &json!({"account_id": id, "fields": changed}),
        &json!({"fields_changed": changed.len()}),
        "ok",
    )
    .await?;
    Ok(Rectified {
        account: Some(id),
        changed,
        responses: 0,
        requests: 0,
    })
}

/// Rectifies the survey email of a person without an account (Art. 16): their responses and
/// the requests registered under it take the new address. Only `email` applies; an address an
/// account holds or held is refused (the answers would become that account's).
async fn rectify_unlinked(
    env: &Env,
    tx: tokio_postgres::Transaction<'_>,
    opts: &RectifyOptions,
    sets: &[(&'static str, Option<String>)],
    found: Person,
) -> Result<Rectified> {
    if let Some((field, _)) = sets.iter().find(|(f, _)| *f != "email") {
        return Err(AppError::usage(format!(
            "{} has no account: `{field}` cannot be rectified, only `email` (the address of their survey responses and requests)",
            opts.who.describe()
        ))
        .hint("pass only --set email=NEW-ADDRESS"));
    }
    let (Some(old), Some((_, Some(new)))) = (found.email.clone(), sets.first()) else {
        return Err(AppError::internal(
            "rectify of a person without account and address",
        ));
    };
    if old == *new {
        return Ok(Rectified {
            account: None,
            changed: Vec::new(),
            responses: 0,
            requests: 0,
        });
    }
    if old.to_lowercase() != new.to_lowercase() && sdb::address_of_an_account(&tx, new).await? {
        return Err(AppError::failure(format!(
            "`{}` is (or was) the address of an account: their answers would become that account's; nothing changed",
            crate::output::mask_email(new)
        ))
        .hint("if it is the same person, erase or export by the account instead (`--account ID`)"));
    }
    let now = env.now();
    let (responses, requests) = sdb::rectify_unlinked_email(&tx, &old, new).await?;
    let person = Person {
        account_id: None,
        email: Some(new.clone()),
        restricted_at: None,
    };
    let due = env.settings.policy.request_due(today(env));
    sdb::fulfil(
        &tx,
        &person,
        &["rectification"],
        now,
        due,
        "réponse : rectification (email des réponses aux enquêtes)",
    )
    .await?;
    tx.commit().await?;
    Ok(Rectified {
        account: None,
        changed: vec!["email"],
        responses,
        requests,
    })
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
