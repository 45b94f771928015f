//! CLI > environment > `--config` file > defaults, resolved once into typed settings before any
//! work. Commands read these, never the environment.

use crate::env_vars;
use crate::error::{AppError, Result};
use crate::output::Format;
use crate::policy::{self, Policy};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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
    pub audit: AuditConfig,
}

/// `[audit]`: the journal's anchors outside the database.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuditConfig {
    /// A file each run appends the journal's new head to (one line: time, row id, hash).
    pub head_file: Option<PathBuf>,
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
            Some(s) => policy::parse_time(s).ok_or_else(|| {
                AppError::usage(format!("invalid --as-of `{s}`"))
                    .hint("use RFC 3339 (`2026-01-31T10:00:00Z`), `2026-01-31 10:00:00` (Paris time) or `2026-01-31`")
            })?,
            None => Utc::now(),
        };
        check_retention(&file.retention)?;
        let actor = g
            .actor
            .clone()
            .or_else(|| std::env::var(env_vars::USER).ok())
            .or_else(|| std::env::var(env_vars::LOGNAME).ok())
            .filter(|s| !s.is_empty())
            .or_else(|| Some(whoami::username()))
            .unwrap_or_else(|| "unknown".into());
        let mail = MailSettings {
            smtp_url: g.smtp_url.clone().or(file.mail.smtp_url),
            from: g.mail_from.clone().or(file.mail.from),
            reply_to: file.mail.reply_to,
            outbox_dir: g.outbox_dir.clone().or(file.mail.outbox_dir),
            templates_dir: file.mail.templates_dir,
            rate: file.mail.rate,
            connections: file.mail.connections.unwrap_or(4).max(1),
        };
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
            audit_head_file: check_head_file(file.audit.head_file)?,
        })
    }
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
    use crate::policy::CalDuration;

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
