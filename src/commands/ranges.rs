//! The ranges of the options' values, in one place: each option is refused outside its range
//! (exit 2) with the value and the range in the message. Durations are bounded by their parser
//! (`policy::DURATION_RANGE`), times by `policy::parse_as_of` (`policy::TIME_RANGE`).

use crate::error::{AppError, Result};
use crate::output::{looks_like_email, mask_email};
use crate::policy;
use crate::settings;
use chrono::{DateTime, Utc};

/// `logs purge --months-ahead`, `db migrate --months-ahead`: months of partitions made ahead.
pub const MONTHS_AHEAD: std::ops::RangeInclusive<i64> = 0..=24;
/// `logs purge --batch-size`, `surveys anonymise --batch-size`: rows per transaction.
pub const BATCH_SIZE: std::ops::RangeInclusive<i64> = 1..=1_000_000;
/// `accounts purge --batch-size`: accounts per transaction.
pub const ACCOUNT_BATCH_SIZE: std::ops::RangeInclusive<i64> = 1..=100_000;
/// `accounts warn --limit`: warnings this run.
pub const LIMIT: std::ops::RangeInclusive<u64> = 1..=10_000_000;
/// `surveys anonymise --k`: the smallest class size.
pub const K: std::ops::RangeInclusive<i64> = 1..=1000;
/// `datasets import --lock-timeout`: seconds to wait for readers at the swap.
pub const LOCK_TIMEOUT: std::ops::RangeInclusive<i64> = 1..=3600;
/// `report --horizon`: days looked ahead.
pub const HORIZON_DAYS: std::ops::RangeInclusive<i64> = 0..=3660;
/// `--account`: a database id.
pub const ID: std::ops::RangeFrom<i64> = 1..;

/// A time option (`--since`, `--received`): the forms of `--as-of`, within its range.
pub fn time(option: &str, s: &str) -> Result<DateTime<Utc>> {
    policy::parse_as_of(s).map_err(|e| {
        AppError::usage(e.for_option(option)).hint(
            "use `2026-01-31`, `2026-01-31 10:00:00` (Paris time) or RFC 3339 (`2026-01-31T10:00:00Z`)",
        )
    })
}

/// An email option: one `@`, something before it, a dot inside the domain, no space or control
/// character; the message shows it masked.
pub fn email(option: &str, s: &str) -> Result<String> {
    let e = s.trim();
    if looks_like_email(e) {
        Ok(e.to_string())
    } else {
        Err(
            AppError::usage(format!("invalid {option} `{}`", mask_email(s))).hint(format!(
                "give an email address, e.g. {option} prenom.nom@exemple.fr"
            )),
        )
    }
}

/// `accounts warn --rate`: `10`, `10/s`, `600/min`, `36000/h`, from 1/h to 1000/s.
pub fn rate(s: &str) -> std::result::Result<f64, String> {
    let shown = policy::shown(s);
    let err = || {
        format!("invalid rate `{shown}`: expected mails per second, e.g. `10`, `10/s`, `600/min`")
    };
    let (num, per) = match s.trim().split_once('/') {
        Some((n, p)) => (n.trim(), p.trim().to_ascii_lowercase()),
        None => (s.trim(), "s".to_string()),
    };
    let n: f64 = num.parse().map_err(|_| err())?;
    let secs = match per.as_str() {
        "s" | "sec" | "second" => 1.0,
        "m" | "min" | "minute" => 60.0,
        "h" | "hour" => 3600.0,
        _ => return Err(err()),
    };
    if !n.is_finite() {
        return Err(err());
    }
    let r = n / secs;
    if !settings::mail_rate_in_range(r) {
        return Err(format!(
            "rate `{shown}` is out of range: {}",
            settings::MAIL_RATE_RANGE
        ));
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_on_both_sides_of_the_range() {
        assert_eq!(rate("10"), Ok(10.0));
        assert_eq!(rate("1000/s"), Ok(1000.0));
        assert!(rate("1/h").is_ok());
        assert!(rate("1001").unwrap_err().contains("from 1/h to 1000/s"));
        assert!(rate("0.9/h").unwrap_err().contains("out of range"));
        for bad in ["0", "-1", "NaN", "inf", "1e400", "é/s", "10/é"] {
            assert!(rate(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails() {
        for ok in ["a@b.fr", " jean.dupont@example.org ", "x+y@sub.example.org"] {
            assert!(email("--email", ok).is_ok(), "{ok}");
        }
        for bad in [
            "not an email at all",
            "a@b",
            "@b.fr",
            "a@@b.fr",
            "a@b@c.fr",
            "a b@c.fr",
            "a@.fr",
            "a@b.",
            "a@b\u{7}.fr",
            "",
        ] {
            let e = email("--email", bad).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{bad}");
        }
    }
}
