//! `subject export | erase | restrict | unrestrict | rectify`: the commands; the work is
//! `ops::subject`.

use super::Ctx;
use crate::db::subject::{Ident, CATEGORIES};
use crate::error::{AppError, Result};
use crate::export::Target;
use crate::ops::subject::{
    self as op, EraseOptions, ExportOptions, RectifyOptions, RestrictOptions, Restricted,
};
use crate::output::{summary_line, Format};
use crate::policy::show_time;
use clap::{Args, Subcommand};
use serde_json::{json, Value};
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
    /// Record an objection (Art. 21) to communications, statistics or all, and stop that
    /// processing
    Object(ObjectArgs),
    /// Lift an objection (the person withdrew it)
    Unobject(UnobjectArgs),
}

impl SubjectCommand {
    pub async fn run(&self, ctx: &Ctx) -> Result<()> {
        match self {
            SubjectCommand::Export(a) => export(ctx, a).await,
            SubjectCommand::Erase(a) => erase(ctx, a).await,
            SubjectCommand::Restrict(a) => restrict(ctx, a).await,
            SubjectCommand::Unrestrict(a) => unrestrict(ctx, a).await,
            SubjectCommand::Rectify(a) => rectify(ctx, a).await,
            SubjectCommand::Object(a) => object(ctx, a).await,
            SubjectCommand::Unobject(a) => unobject(ctx, a).await,
        }
    }
}

/// Who the person is: one of these.
#[derive(Debug, Default, Clone, Args)]
#[group(required = true, multiple = false)]
pub struct Who {
    /// The person's email (case-insensitive); also finds survey responses and requests made
    /// without an account. `-` reads it from stdin, which keeps it out of the shell history
    /// and `ps`
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// Read the person's email from FILE (one line), kept out of the shell history and `ps`
    #[arg(long, value_name = "FILE")]
    pub email_file: Option<PathBuf>,
    /// The account's numeric id
    #[arg(long, value_name = "ID", value_parser = clap::value_parser!(i64).range(super::ranges::ID))]
    pub account: Option<i64>,
    /// The account's pseudonym
    #[arg(long, value_name = "PSEUDONYM")]
    pub pseudonym: Option<String>,
}

/// The longest address accepted (RFC 5321: 254 characters).
pub const EMAIL_MAX: usize = 254;

/// The address given by `--email EMAIL`, `--email -` (stdin) or `--email-file FILE`: one line,
/// trimmed, 1 to [`EMAIL_MAX`] characters. Errors never quote it.
pub fn read_email(email: Option<&str>, file: Option<&std::path::Path>) -> Result<Option<String>> {
    use std::io::Read;
    let (text, from) = match (email, file) {
        (Some("-"), _) => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .take(4096)
                .read_to_end(&mut buf)
                .map_err(|e| AppError::usage(format!("--email -: cannot read stdin: {e}")))?;
            (buf, "--email - (stdin)".to_string())
        }
        (Some(e), _) => (e.as_bytes().to_vec(), "--email".to_string()),
        (None, Some(f)) => {
            let mut buf = Vec::new();
            std::fs::File::open(f)
                .and_then(|h| h.take(4096).read_to_end(&mut buf))
                .map_err(|e| {
                    AppError::usage(format!("--email-file `{}`: {e}", f.display()))
                        .hint("give a readable file holding the address on one line")
                })?;
            (buf, format!("--email-file `{}`", f.display()))
        }
        (None, None) => return Ok(None),
    };
    let text = String::from_utf8(text)
        .map_err(|_| AppError::usage(format!("{from}: the address is not UTF-8 text")))?;
    let e = text.trim();
    if e.is_empty() {
        return Err(AppError::usage(format!("{from}: the address is empty")));
    }
    if e.contains(['\n', '\r']) {
        return Err(AppError::usage(format!(
            "{from}: more than one line; give one address"
        )));
    }
    let n = e.chars().count();
    if n > EMAIL_MAX {
        return Err(AppError::usage(format!(
            "{from}: the address has {n} characters, more than {EMAIL_MAX} (1..={EMAIL_MAX})"
        )));
    }
    Ok(Some(e.to_string()))
}

impl Who {
    pub fn ident(&self) -> Result<Ident> {
        if let Some(e) = read_email(self.email.as_deref(), self.email_file.as_deref())? {
            return Ok(Ident::Email(e));
        }
        match (&self.email, self.account, &self.pseudonym) {
            (_, Some(id), _) => Ok(Ident::Account(id)),
            (_, _, Some(p)) => Ok(Ident::Pseudonym(p.clone())),
            _ => Err(AppError::usage(
                "say who: --email EMAIL (or -, or --email-file FILE), --account ID or --pseudonym PSEUDONYM",
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

#[derive(Debug, Args)]
pub struct ObjectArgs {
    #[command(flatten)]
    pub who: Who,
    /// What the person objects to: communications (newsletters, communications about
    /// datasets: their consent is withdrawn), statistics (audience measurement: their rows are
    /// deleted), or all
    #[arg(long, value_name = "SCOPE", value_parser = clap::builder::PossibleValuesParser::new(op::OBJECTION_SCOPES))]
    pub scope: String,
    /// Show what would change; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct UnobjectArgs {
    #[command(flatten)]
    pub who: Who,
}

// ----- export -----

impl ExportArgs {
    pub fn options(&self) -> Result<ExportOptions> {
        let target = if self.output.as_os_str() == "-" {
            if self.dir || self.force {
                return Err(AppError::usage(
                    "`-o -` writes one JSON document to stdout: --dir and --force do not apply",
                ));
            }
            Target::Stdout
        } else if self.dir {
            Target::Dir(self.output.clone())
        } else {
            Target::Zip(self.output.clone())
        };
        Ok(ExportOptions {
            who: self.who.ident()?,
            target,
            force: self.force,
        })
    }
}

pub async fn export(ctx: &Ctx, args: &ExportArgs) -> Result<()> {
    let opts = args.options()?;
    opts.target.check(opts.force)?;
    let mut db = ctx.db().await?;
    let report = op::export(ctx, &mut db, &opts, |doc| ctx.printer.json(doc)).await?;
    let ids: Vec<String> = report.requests.iter().map(|i| format!("#{i}")).collect();
    let place = match &opts.target {
        Target::Stdout => "stdout".to_string(),
        Target::Zip(p) | Target::Dir(p) => format!("`{}`", p.display()),
    };
    ctx.printer.status(format!(
        "exported {} records in {} categories to {place}; request {} fulfilled",
        report.total,
        CATEGORIES.len(),
        ids.join(", ")
    ));
    if !matches!(opts.target, Target::Stdout) && ctx.printer.format != Format::Table {
        // Scripts asking for JSON or CSV get the counts as data.
        let mut counts = report.counts;
        counts.insert("requests_fulfilled".into(), json!(report.requests));
        ctx.printer
            .summary(op::EXPORT_JOB, false, &Value::Object(counts))?;
    }
    Ok(())
}

// ----- erase -----

impl EraseArgs {
    pub fn options(&self) -> Result<EraseOptions> {
        Ok(EraseOptions {
            who: self.who.ident()?,
            dry_run: self.dry_run,
            force: self.force,
        })
    }
}

pub async fn erase(ctx: &Ctx, args: &EraseArgs) -> Result<()> {
    let opts = args.options()?;
    let mut db = ctx.db().await?;
    if !opts.dry_run {
        let plan = op::erase_plan(&db, &opts).await?;
        ctx.printer.status(summary_line(
            "subject erase (plan)",
            false,
            &Value::Object(plan),
        ));
        ctx.confirm(&format!(
            "erase {} and everything linked to it? This cannot be undone",
            opts.who.describe()
        ))?;
    }
    let report = op::erase(ctx, &mut db, &opts).await?;
    ctx.finish(report)
}

// ----- restrict / unrestrict -----

pub async fn restrict(ctx: &Ctx, args: &RestrictArgs) -> Result<()> {
    let opts = RestrictOptions {
        who: args.who.ident()?,
        reason: args.reason.clone(),
    };
    let mut db = ctx.db().await?;
    match op::restrict(ctx, &mut db, &opts).await? {
        Restricted::Already { account, since } => ctx.printer.status(format!(
            "account `{account}` is already restricted since {}: nothing changed",
            show_time(since)
        )),
        Restricted::Done { account } => ctx.printer.status(format!(
            "account `{account}` restricted: destructive jobs will skip it"
        )),
    }
    Ok(())
}

pub async fn unrestrict(ctx: &Ctx, args: &UnrestrictArgs) -> Result<()> {
    let who = args.who.ident()?;
    let mut db = ctx.db().await?;
    let done = op::unrestrict(ctx, &mut db, &who).await?;
    let id = done.account;
    if done.lifted {
        ctx.printer.status(format!(
            "account `{id}`: restriction lifted (Art. 18(3): tell the person before)"
        ));
    } else {
        ctx.printer
            .status(format!("account `{id}` is not restricted: nothing changed"));
    }
    Ok(())
}

// ----- rectify -----

pub async fn rectify(ctx: &Ctx, args: &RectifyArgs) -> Result<()> {
    let opts = RectifyOptions {
        who: args.who.ident()?,
        sets: args.set.clone(),
    };
    // A bad --set is refused before connecting.
    op::parse_sets(&opts.sets)?;
    let mut db = ctx.db().await?;
    let done = op::rectify(ctx, &mut db, &opts).await?;
    let Some(id) = done.account else {
        if done.changed.is_empty() {
            ctx.printer
                .status("person without an account: address already as given, nothing changed");
        } else {
            ctx.printer.status(format!(
                "person without an account: survey email rectified ({} response(s), {} request(s) moved to the new address)",
                done.responses, done.requests
            ));
        }
        return Ok(());
    };
    if done.changed.is_empty() {
        ctx.printer.status(format!(
            "account `{id}`: values already as given, nothing changed"
        ));
    } else {
        ctx.printer.status(format!(
            "account `{id}` rectified: {}",
            done.changed.join(", ")
        ));
    }
    Ok(())
}

// ----- object / unobject -----

pub async fn object(ctx: &Ctx, args: &ObjectArgs) -> Result<()> {
    let opts = op::ObjectOptions {
        who: args.who.ident()?,
        scope: args.scope.clone(),
        dry_run: args.dry_run,
    };
    let mut db = ctx.db().await?;
    let report = op::object(ctx, &mut db, &opts).await?;
    ctx.finish(report)
}

pub async fn unobject(ctx: &Ctx, args: &UnobjectArgs) -> Result<()> {
    let who = args.who.ident()?;
    let mut db = ctx.db().await?;
    let done = op::unobject(ctx, &mut db, &who).await?;
    let id = done.account;
    if done.lifted {
        ctx.printer.status(format!(
            "account `{id}`: objection lifted (what it stopped does not come back)"
        ));
    } else {
        ctx.printer
            .status(format!("account `{id}` has no objection: nothing changed"));
    }
    Ok(())
}
