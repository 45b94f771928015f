//! Every environment variable the tool reads, named once. Commands never read the environment:
//! clap (`env = ...`) and `settings.rs` do, so each variable shows in `--help`.

pub const DATABASE_URL: &str = "DATABASE_URL";
pub const RGPDCTL_CONFIG: &str = "RGPDCTL_CONFIG";
pub const RGPDCTL_AS_OF: &str = "RGPDCTL_AS_OF";
pub const RGPDCTL_ACTOR: &str = "RGPDCTL_ACTOR";
pub const RGPDCTL_ALLOW_FUTURE: &str = "RGPDCTL_ALLOW_FUTURE";
pub const RGPDCTL_SMTP_URL: &str = "RGPDCTL_SMTP_URL";
pub const RGPDCTL_SMTP_PASSWORD: &str = "RGPDCTL_SMTP_PASSWORD";
pub const RGPDCTL_SMTP_CA_FILE: &str = "RGPDCTL_SMTP_CA_FILE";
pub const RGPDCTL_MAIL_FROM: &str = "RGPDCTL_MAIL_FROM";
pub const RGPDCTL_OUTBOX_DIR: &str = "RGPDCTL_OUTBOX_DIR";

// The libpq environment (https://www.postgresql.org/docs/current/libpq-envars.html).
pub const PGHOST: &str = "PGHOST";
pub const PGHOSTADDR: &str = "PGHOSTADDR";
pub const PGPORT: &str = "PGPORT";
pub const PGUSER: &str = "PGUSER";
pub const PGPASSWORD: &str = "PGPASSWORD";
pub const PGPASSFILE: &str = "PGPASSFILE";
pub const PGDATABASE: &str = "PGDATABASE";
pub const PGSSLMODE: &str = "PGSSLMODE";
pub const PGSSLROOTCERT: &str = "PGSSLROOTCERT";
pub const PGAPPNAME: &str = "PGAPPNAME";
pub const PGCONNECT_TIMEOUT: &str = "PGCONNECT_TIMEOUT";

// Who runs the tool, for the audit journal when --actor is not given.
pub const USER: &str = "USER";
pub const LOGNAME: &str = "LOGNAME";
pub const HOME: &str = "HOME";
