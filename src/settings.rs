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
            connections: file.mail.connections.unwrap_or(DEFAULT_MAIL_CONNECTIONS),
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
        })
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
