//! CLI > environment > `--config` file > defaults, resolved once into typed settings before any
//! work. Commands read these, never the environment.

use crate::env_vars;
use crate::error::{AppError, Result};
use crate::output::Format;
use crate::policy::{self, CalDuration, Policy};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The default wait for an SMTP connection, greeting, TLS handshake and each answer (seconds).
pub const SMTP_TIMEOUT_DEFAULT_SECS: u64 = 30;
/// The accepted range of `mail.timeout` (seconds).
pub const SMTP_TIMEOUT_RANGE: std::ops::RangeInclusive<u64> = 1..=600;

/// The `--config` file.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ConfigFile {
    pub database_url: Option<String>,
    pub retention: Policy,
    pub mail: MailConfig,
    pub controller: Controller,
    /// Per survey (by slug): which answer columns are quasi-identifiers for k-anonymity.
    pub surveys: BTreeMap<String, SurveyConfig>,
    /// `[accounts]`: the freshness of the activity data and the bounce rule (issue 12).
    pub accounts: AccountsConfig,
    pub audit: AuditConfig,
}

/// `[audit]`: the journal's anchors outside the database.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuditConfig {
    /// A file each run appends the journal's new head to (one line: time, row id, hash).
    pub head_file: Option<PathBuf>,
}

/// `[accounts]` in the configuration file.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AccountsConfig {
    /// `accounts warn` and `accounts purge` refuse activity data older than this (default
    /// 2 days; from 1 day to 31 days).
    pub activity_max_age: Option<CalDuration>,
    /// A bounced warning's account is deletable this long after the failed attempt (default:
    /// `retention.warning_lead`; from 1 day to 12 months).
    pub bounce_lead: Option<CalDuration>,
}

/// The default of `[accounts] activity_max_age`.
pub const DEFAULT_ACTIVITY_MAX_AGE: CalDuration = CalDuration::Days(2);

/// Refuses a duration outside `lo..=hi` (a month counts as 30 days against a bound in days, and
/// the reverse), naming the key and the range.
fn in_range(key: &str, d: CalDuration, lo: CalDuration, hi: CalDuration) -> Result<CalDuration> {
    let days = |d: CalDuration| -> u64 {
        match d {
            CalDuration::Days(n) => u64::from(n),
            CalDuration::Months(m) => u64::from(m) * 30,
        }
    };
    if days(d) < days(lo) || days(d) > days(hi) {
        return Err(AppError::usage(format!(
            "`{key} = \"{d}\"` is out of range: from {lo} to {hi}"
        ))
        .hint("see the Configuration section of README.md"));
    }
    Ok(d)
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MailConfig {
    /// lettre SMTP URL; better in the environment (`RGPDCTL_SMTP_URL`) when it holds a password.
    pub smtp_url: Option<String>,
    pub from: Option<String>,
    pub reply_to: Option<String>,
    pub outbox_dir: Option<PathBuf>,
    /// A folder whose templates override the built-in ones (same file names).
    pub templates_dir: Option<PathBuf>,
    /// Mails per second at most (the relay's quota).
    pub rate: Option<f64>,
    /// SMTP connections used in parallel.
    pub connections: Option<u32>,
    /// PEM file of the CA(s) to trust for the SMTP server, on top of the system's roots.
    pub ca_file: Option<PathBuf>,
    /// A file holding the SMTP password (mode 0600 or stricter), instead of the URL.
    pub password_file: Option<PathBuf>,
    /// The name sent in EHLO (default: this machine's FQDN, else the sender's domain).
    pub helo_name: Option<String>,
    /// Seconds to wait for the connection, greeting, TLS handshake and each SMTP answer.
    pub timeout: Option<u64>,
    /// The outbox folder is a spool that an MTA delivers: a warning written there counts as
    /// sent. Default false: a written warning is `written` (for review), not a delivery.
    pub outbox_is_delivery: bool,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SurveyConfig {
    pub quasi_identifiers: Vec<String>,
    /// Answer columns holding free text, scrubbed on anonymisation (all strings when empty).
    pub free_text: Vec<String>,
}

/// Who the controller is, used in mails and exports (Art. 13/15 information). Defaults are the
/// platform notice's.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Controller {
    pub name: String,
    /// The article before the name in French (`la` Région Occitanie, `le` Département, `l'`,
    /// `les`, or empty): the mail says « de la Région Occitanie ».
    pub name_article: String,
    pub representative: String,
    pub postal_address: String,
    pub dpo_email: String,
    pub support_email: String,
    pub platform_name: String,
    pub platform_url: String,
    pub hosting_processor: String,
    pub mail_processor: String,
    pub survey_processor: String,
    pub survey_contact_email: String,
    pub supervisory_authority: String,
}

impl Default for Controller {
    fn default() -> Self {
        Controller {
            name: "Région Occitanie".into(),
            name_article: "la".into(),
            representative: "sa présidente".into(),
            postal_address: "Région Occitanie - 22 boulevard du Maréchal Juin 31406 Toulouse Cedex".into(),
            dpo_email: "dpd@laregion.fr".into(),
            support_email: "opendata@laregion.fr".into(),
            platform_name: "Plateforme Open Data Occitanie".into(),
            platform_url: "https://data.laregion.fr".into(),
            hosting_processor: "OpenDataSoft (hébergement, fourniture, maintenance et support de la plateforme)".into(),
            mail_processor: "Brevo (gestion de contacts et envoi d'emails)".into(),
            survey_processor: "Feedier (création et analyse d'enquêtes)".into(),
            survey_contact_email: "enquetesatisfaction-usagers@laregion.fr".into(),
            supervisory_authority: "CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 - https://www.cnil.fr/fr/plaintes".into(),
        }
    }
}

/// Mail settings after CLI and environment have been applied over the config file.
#[derive(Debug, Clone, Default)]
pub struct MailSettings {
    pub smtp_url: Option<String>,
    pub from: Option<String>,
    pub reply_to: Option<String>,
    pub outbox_dir: Option<PathBuf>,
    pub templates_dir: Option<PathBuf>,
    pub rate: Option<f64>,
    pub connections: u32,
    pub ca_file: Option<PathBuf>,
    /// The SMTP password: `RGPDCTL_SMTP_PASSWORD`, else `mail.password_file` (never logged).
    pub password: Option<String>,
    pub helo_name: Option<String>,
    pub timeout: std::time::Duration,
    /// `[mail] outbox_is_delivery`.
    pub outbox_is_delivery: bool,
}

/// What the command line and the environment give, before the configuration file and the
/// defaults are applied (the `cli` layer fills it from its global options).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub database_url: Option<String>,
    pub config: Option<PathBuf>,
    pub format: Format,
    pub as_of: Option<String>,
    pub allow_future: bool,
    pub actor: Option<String>,
    pub quiet: bool,
    pub verbose: u8,
    pub yes: bool,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub outbox_dir: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub database_url: Option<String>,
    pub format: Format,
    /// The clock of this run: `--as-of`, or now.
    pub now: DateTime<Utc>,
    pub as_of_given: bool,
    /// `--allow-future`: a run that writes may use an `--as-of` in the future.
    pub allow_future: bool,
    pub actor: String,
    pub quiet: bool,
    pub verbose: u8,
    pub yes: bool,
    pub policy: Policy,
    pub mail: MailSettings,
    pub controller: Controller,
    pub surveys: BTreeMap<String, SurveyConfig>,
    /// Said once before the command runs (secrets on the command line, a readable config).
    pub warnings: Vec<String>,
    /// `[accounts] activity_max_age`, checked.
    pub activity_max_age: CalDuration,
    /// `[accounts] bounce_lead`, checked (default: the warning lead).
    pub bounce_lead: CalDuration,
    /// `[audit] head_file`: where each run appends the journal's new head.
    pub audit_head_file: Option<PathBuf>,
}

impl Settings {
    pub fn resolve(g: &Overrides) -> Result<Settings> {
        let file = match &g.config {
            Some(path) => load_config(path)?,
            None => ConfigFile::default(),
        };
        let now = match &g.as_of {
            Some(s) => policy::parse_as_of(s).map_err(|e| {
                AppError::usage(e.for_option("--as-of"))
                    .hint("use RFC 3339 (`2026-01-31T10:00:00Z`), `2026-01-31 10:00:00` (Paris time) or `2026-01-31`")
            })?,
            None => Utc::now(),
        };
        if let Some(path) = &g.config {
            file.validate(path)?;
        }
        check_retention(&file.retention)?;
        let actor = g
            .actor
            .clone()
            .or_else(|| std::env::var(env_vars::USER).ok())
            .or_else(|| std::env::var(env_vars::LOGNAME).ok())
            .filter(|s| !s.is_empty())
            .or_else(|| Some(whoami::username()))
            .unwrap_or_else(|| "unknown".into());
        let mut warnings = Vec::new();
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        // Given on the command line (not the same value as the environment's): visible in `ps`.
        let on_argv = |v: &Option<String>, var: &str| {
            v.as_deref().is_some_and(|v| env(var).as_deref() != Some(v))
        };
        if on_argv(&g.smtp_url, env_vars::RGPDCTL_SMTP_URL)
            && g.smtp_url.as_deref().is_some_and(url_has_password)
        {
            warnings.push("the --smtp-url on the command line holds a password, visible to every user in `ps`: put it in RGPDCTL_SMTP_PASSWORD or mail.password_file".into());
        }
        if on_argv(&g.database_url, env_vars::DATABASE_URL)
            && g.database_url.as_deref().is_some_and(url_has_password)
        {
            warnings.push("the --database-url on the command line holds a password, visible to every user in `ps`: use PGPASSWORD or ~/.pgpass".into());
        }
        if let Some(path) = &g.config {
            let secret = file.mail.smtp_url.as_deref().is_some_and(url_has_password)
                || file.database_url.as_deref().is_some_and(url_has_password);
            if secret && readable_by_others(path) {
                warnings.push(format!("the configuration file `{}` holds a password and is readable by other users: chmod 600 it", path.display()));
            }
        }
        let timeout = match file.mail.timeout {
            None => SMTP_TIMEOUT_DEFAULT_SECS,
            Some(t) if SMTP_TIMEOUT_RANGE.contains(&t) => t,
            Some(t) => {
                let r = SMTP_TIMEOUT_RANGE;
                return Err(AppError::usage(format!(
                    "mail.timeout = {t} is out of range: {}..={} seconds",
                    r.start(),
                    r.end()
                ))
                .hint("the wait for each SMTP answer, e.g. timeout = 30"));
            }
        };
        let helo_name = match file.mail.helo_name {
            Some(h) if !valid_helo(&h) => {
                return Err(AppError::usage(format!("invalid mail.helo_name `{h}`"))
                    .hint("a fully-qualified host name such as `rgpdctl.example.org`"))
            }
            h => h,
        };
        let ca_file = env(env_vars::RGPDCTL_SMTP_CA_FILE)
            .map(PathBuf::from)
            .or(file.mail.ca_file);
        let password = match env(env_vars::RGPDCTL_SMTP_PASSWORD) {
            Some(p) => Some(p),
            None => match &file.mail.password_file {
                Some(p) => Some(read_password_file(p)?),
                None => None,
            },
        };
        let mail = MailSettings {
            ca_file,
            password,
            helo_name,
            timeout: std::time::Duration::from_secs(timeout),
            smtp_url: g.smtp_url.clone().or(file.mail.smtp_url),
            from: g.mail_from.clone().or(file.mail.from),
            reply_to: file.mail.reply_to,
            outbox_dir: g.outbox_dir.clone().or(file.mail.outbox_dir),
            templates_dir: file.mail.templates_dir,
            rate: file.mail.rate,
            connections: file.mail.connections.unwrap_or(DEFAULT_MAIL_CONNECTIONS),
            outbox_is_delivery: file.mail.outbox_is_delivery,
        };
        let activity_max_age = in_range(
            "accounts.activity_max_age",
            file.accounts
                .activity_max_age
                .unwrap_or(DEFAULT_ACTIVITY_MAX_AGE),
            CalDuration::Days(1),
            CalDuration::Days(31),
        )?;
        let bounce_lead = in_range(
            if file.accounts.bounce_lead.is_some() {
                "accounts.bounce_lead"
            } else {
                "accounts.bounce_lead (by default retention.warning_lead)"
            },
            file.accounts
                .bounce_lead
                .unwrap_or(file.retention.warning_lead),
            CalDuration::Days(1),
            CalDuration::Months(12),
        )?;
        Ok(Settings {
            database_url: g.database_url.clone().or(file.database_url),
            format: g.format,
            now,
            as_of_given: g.as_of.is_some(),
            allow_future: g.allow_future,
            actor,
            quiet: g.quiet,
            verbose: g.verbose,
            yes: g.yes,
            policy: file.retention,
            mail,
            controller: file.controller,
            surveys: file.surveys,
            warnings,
            activity_max_age,
            bounce_lead,
            audit_head_file: check_head_file(file.audit.head_file)?,
        })
    }
}

fn url_has_password(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| u.password().is_some())
}

fn readable_by_others(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0)
}

/// A host name: dot-separated labels of letters, digits and hyphens.
fn valid_helo(h: &str) -> bool {
    h.len() <= 253
        && h.contains('.')
        && h.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// The SMTP password from `mail.password_file`: its first line; the file must be readable by
/// its owner only (0600 or 0400).
fn read_password_file(path: &Path) -> Result<String> {
    let bad =
        |why: String| AppError::usage(format!("mail.password_file `{}`: {why}", path.display()));
    if readable_by_others(path) {
        return Err(
            bad("readable by other users".into()).hint(format!("chmod 600 {}", path.display()))
        );
    }
    let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
    let pw = text
        .lines()
        .next()
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_string();
    if pw.is_empty() {
        return Err(bad("empty".into())
            .hint("write the password (an SMTP key for Brevo) on its first line"));
    }
    Ok(pw)
}

/// The notices' durations are maxima: a longer one needs `[retention] exceed_notice`; the
/// request deadlines of Art. 12(3) are never lengthened.
fn check_retention(p: &Policy) -> Result<()> {
    p.check_request_limits().map_err(|m| {
        AppError::usage(format!("[retention] {m}"))
            .hint("Art. 12(3) GDPR: an answer within one month of receipt, extensible by two further months")
    })?;
    if let Some(reason) = &p.exceed_notice {
        let n = reason.trim().chars().count();
        if n == 0 || n > policy::EXCEED_NOTICE_MAX_CHARS {
            return Err(AppError::usage(format!(
                "[retention] exceed_notice must state the reason in 1 to {} characters (it has {n})",
                policy::EXCEED_NOTICE_MAX_CHARS
            )));
        }
    }
    let devs = p.notice_deviations();
    if !devs.is_empty() && p.exceed_notice.is_none() {
        let list = devs
            .iter()
            .map(|d| {
                format!(
                    "{} = \"{}\" (the notice: {})",
                    d.key, d.configured, d.notice
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        return Err(AppError::usage(format!(
            "[retention] longer than the privacy notices, which are maxima: {list}"
        ))
        .hint("shorten it to the notice's duration at most, or state why in [retention] exceed_notice = \"reason…\" (recorded in every run's journal row, in `report` and in the export's LISEZMOI)"));
    }
    Ok(())
}

/// `[audit] head_file`: a file path (not empty, not a directory).
fn check_head_file(p: Option<PathBuf>) -> Result<Option<PathBuf>> {
    match p {
        Some(p) if p.as_os_str().is_empty() || p.is_dir() => Err(AppError::usage(format!(
            "[audit] head_file `{}` must be the path of a file (it is {})",
            p.display(),
            if p.as_os_str().is_empty() {
                "empty"
            } else {
                "a directory"
            }
        ))
        .hint("for example head_file = \"/var/log/rgpdctl/journal-heads\"")),
        p => Ok(p),
    }
}

/// `[mail] rate` and `--rate`: mails per second, from one an hour to 1000 a second.
pub const MAIL_RATE_MIN: f64 = 1.0 / 3600.0;
pub const MAIL_RATE_MAX: f64 = 1000.0;
pub const MAIL_RATE_RANGE: &str = "from 1/h to 1000/s";
/// `[mail] connections` and `--connections`.
pub const MAIL_CONNECTIONS: std::ops::RangeInclusive<u32> = 1..=64;
pub const DEFAULT_MAIL_CONNECTIONS: u32 = 4;

/// Whether a mail rate (per second) is in [`MAIL_RATE_RANGE`].
pub fn mail_rate_in_range(r: f64) -> bool {
    r.is_finite() && (MAIL_RATE_MIN * (1.0 - 1e-9)..=MAIL_RATE_MAX).contains(&r)
}

impl ConfigFile {
    /// The ranges of the values that are not durations (durations are bounded by their parser).
    fn validate(&self, path: &Path) -> Result<()> {
        let bad = |key: &str, value: String, range: &str| {
            Err(AppError::usage(format!(
                "invalid configuration file `{}`: {key} = {value} is out of range: {range}",
                path.display()
            ))
            .hint("see the Configuration section of README.md for the accepted values"))
        };
        if let Some(r) = self.mail.rate {
            if !mail_rate_in_range(r) {
                return bad("[mail] rate", r.to_string(), MAIL_RATE_RANGE);
            }
        }
        if let Some(c) = self.mail.connections {
            if !MAIL_CONNECTIONS.contains(&c) {
                return bad("[mail] connections", c.to_string(), "from 1 to 64");
            }
        }
        Ok(())
    }
}

fn load_config(path: &Path) -> Result<ConfigFile> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        AppError::usage(format!(
            "cannot read the configuration file `{}`: {e}",
            path.display()
        ))
    })?;
    toml::from_str(&text).map_err(|e| {
        AppError::usage(format!(
            "invalid configuration file `{}`: {}",
            path.display(),
            e.message()
        ))
        .hint("see the Configuration section of README.md for the accepted keys")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_keys_have_a_range() {
        let d = CalDuration::Days;
        let m = CalDuration::Months;
        assert!(in_range("k", d(1), d(1), d(31)).is_ok());
        assert!(in_range("k", d(31), d(1), d(31)).is_ok());
        assert!(in_range("k", d(0), d(1), d(31)).is_err());
        assert!(in_range("k", d(32), d(1), d(31)).is_err());
        assert!(in_range("k", m(1), d(1), d(31)).is_ok());
        assert!(in_range("k", m(2), d(1), d(31)).is_err());
        assert!(in_range("k", m(12), d(1), m(12)).is_ok());
        assert!(in_range("k", m(13), d(1), m(12)).is_err());
        assert!(in_range("k", d(360), d(1), m(12)).is_ok());
        assert!(in_range("k", d(361), d(1), m(12)).is_err());
        let e = in_range("accounts.bounce_lead", m(13), d(1), m(12)).unwrap_err();
        assert!(e.to_string().contains("accounts.bounce_lead"), "{e}");
        let c: ConfigFile = toml::from_str(
            "[accounts]\nactivity_max_age = \"3 days\"\nbounce_lead = \"P10D\"\n[mail]\noutbox_is_delivery = true",
        )
        .unwrap();
        assert_eq!(c.accounts.activity_max_age, Some(d(3)));
        assert_eq!(c.accounts.bounce_lead, Some(d(10)));
        assert!(c.mail.outbox_is_delivery);
    }

    #[test]
    fn config_file_overrides_defaults() {
        let c: ConfigFile = toml::from_str(
            r#"
            [retention]
            account_inactivity = "36 months"
            warning_lead = "P15D"
            [controller]
            dpo_email = "dpo@example.org"
            [surveys.satisfaction-2025]
            quasi_identifiers = ["commune", "tranche_age"]
            "#,
        )
        .unwrap();
        assert_eq!(c.retention.account_inactivity, CalDuration::Months(36));
        assert_eq!(c.retention.warning_lead, CalDuration::Days(15));
        assert_eq!(c.retention.connection_logs, CalDuration::Months(3));
        assert_eq!(c.controller.dpo_email, "dpo@example.org");
        assert_eq!(c.controller.name, "Région Occitanie");
        assert_eq!(c.surveys["satisfaction-2025"].quasi_identifiers.len(), 2);
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(
            toml::from_str::<ConfigFile>("[retention]\naccount_inactivty = \"1 month\"").is_err()
        );
        assert!(
            toml::from_str::<ConfigFile>("[retention]\naccount_inactivity = \"soon\"").is_err()
        );
    }
}
