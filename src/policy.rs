//! Retention durations and cutoffs: calendar arithmetic, pure functions, no database.
//!
//! Durations are calendar durations ("24 months" from 2024-01-31 is 2026-01-31, and from
//! 2024-02-29 twelve months later is 2025-02-28): month arithmetic is done on the Europe/Paris
//! wall-clock date and clamps to the end of the month, as chrono's `Months` does.

use chrono::{DateTime, Days, Months, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A calendar duration: whole months or whole days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalDuration {
    Months(u32),
    Days(u32),
}

impl CalDuration {
    /// `t - self`, on the Paris calendar.
    pub fn before(self, t: DateTime<Utc>) -> DateTime<Utc> {
        shift(t, self, false)
    }
    /// `t + self`, on the Paris calendar.
    pub fn after(self, t: DateTime<Utc>) -> DateTime<Utc> {
        shift(t, self, true)
    }
    pub fn add_to_date(self, d: NaiveDate) -> NaiveDate {
        match self {
            CalDuration::Months(m) => d + Months::new(m),
            CalDuration::Days(n) => d + Days::new(n.into()),
        }
    }
}

fn shift(t: DateTime<Utc>, d: CalDuration, forward: bool) -> DateTime<Utc> {
    let local: NaiveDateTime = t.with_timezone(&Paris).naive_local();
    let moved = match (d, forward) {
        (CalDuration::Months(m), true) => local.checked_add_months(Months::new(m)),
        (CalDuration::Months(m), false) => local.checked_sub_months(Months::new(m)),
        (CalDuration::Days(n), true) => local.checked_add_days(Days::new(n.into())),
        (CalDuration::Days(n), false) => local.checked_sub_days(Days::new(n.into())),
    }
    .unwrap_or(local);
    from_paris(moved)
}

/// A Paris wall-clock time to UTC; in the autumn overlap the earlier instant, in the spring gap
/// the instant one hour later (the wall clock jumps over it).
pub fn from_paris(local: NaiveDateTime) -> DateTime<Utc> {
    match Paris.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(a, _) => a.with_timezone(&Utc),
        chrono::LocalResult::None => {
            let later = local + chrono::Duration::hours(1);
            Paris
                .from_local_datetime(&later)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_else(|| Utc.from_utc_datetime(&local))
        }
    }
}

impl fmt::Display for CalDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            CalDuration::Months(1) => write!(f, "1 month"),
            CalDuration::Months(m) => write!(f, "{m} months"),
            CalDuration::Days(1) => write!(f, "1 day"),
            CalDuration::Days(n) => write!(f, "{n} days"),
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid duration `{0}`: expected for example \"24 months\", \"30 days\", \"1 year\", \"P24M\" or \"P30D\"")]
pub struct DurationError(pub String);

impl FromStr for CalDuration {
    type Err = DurationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DurationError(s.to_string());
        let t = s.trim();
        if let Some(iso) = t.strip_prefix('P').or_else(|| t.strip_prefix('p')) {
            // ISO 8601, one component only: P24M, P1Y, P30D, P2W.
            let (num, unit) = iso.split_at(iso.len().saturating_sub(1));
            let n: u32 = num.parse().map_err(|_| err())?;
            return from_unit(n, &unit.to_ascii_lowercase()).ok_or_else(err);
        }
        let mut parts = t.split_whitespace();
        let (num, unit) = match (parts.next(), parts.next(), parts.next()) {
            (Some(a), Some(b), None) => (a.to_string(), b.to_ascii_lowercase()),
            (Some(a), None, None) => {
                let idx = a.find(|c: char| !c.is_ascii_digit()).ok_or_else(err)?;
                (a[..idx].to_string(), a[idx..].to_ascii_lowercase())
            }
            _ => return Err(err()),
        };
        let n: u32 = num.parse().map_err(|_| err())?;
        from_unit(n, &unit).ok_or_else(err)
    }
}

fn from_unit(n: u32, unit: &str) -> Option<CalDuration> {
    Some(match unit {
        "m" | "mo" | "month" | "months" | "mois" => CalDuration::Months(n),
        "y" | "year" | "years" | "an" | "ans" | "année" | "années" => {
            CalDuration::Months(n.checked_mul(12)?)
        }
        "d" | "day" | "days" | "jour" | "jours" => CalDuration::Days(n),
        "w" | "week" | "weeks" | "semaine" | "semaines" => CalDuration::Days(n.checked_mul(7)?),
        _ => return None,
    })
}

impl Serialize for CalDuration {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CalDuration {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The retention rules. Defaults are the notices' values (the notices; README, "Configuration").
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// Accounts: kept this long after the last activity, then deleted (after a warning).
    pub account_inactivity: CalDuration,
    /// Warning mail this long before the deletion date.
    pub warning_lead: CalDuration,
    /// Connection data (IP, login times, geolocation, queries) in the back-office.
    pub connection_logs: CalDuration,
    /// Audience measurement / cookie data.
    pub audience_events: CalDuration,
    /// Survey respondents' emails, then anonymised.
    pub survey_email: CalDuration,
    /// Answer to a rights request (Art. 12(3)).
    pub request_deadline: CalDuration,
    /// Extension of a request's deadline when the person is told within the first period.
    pub request_extension: CalDuration,
    /// Why durations longer than the notices are configured (issue 12): required for them,
    /// recorded in every run's journal row, `report` and the export's LISEZMOI.
    pub exceed_notice: Option<String>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            account_inactivity: CalDuration::Months(24),
            warning_lead: CalDuration::Days(30),
            connection_logs: CalDuration::Months(3),
            audience_events: CalDuration::Months(13),
            survey_email: CalDuration::Months(13),
            request_deadline: CalDuration::Months(1),
            request_extension: CalDuration::Months(2),
            exceed_notice: None,
        }
    }
}

impl Policy {
    /// When an account with this last activity is due for deletion.
    pub fn deletion_date(&self, last_activity: DateTime<Utc>) -> DateTime<Utc> {
        self.account_inactivity.after(last_activity)
    }
    /// When the pre-deletion warning is due.
    pub fn warning_date(&self, last_activity: DateTime<Utc>) -> DateTime<Utc> {
        self.warning_lead.before(self.deletion_date(last_activity))
    }
    /// Accounts whose last activity is before this instant have reached the deletion date.
    pub fn inactivity_cutoff(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        self.account_inactivity.before(now)
    }
    /// Accounts whose last activity is before this instant are due a warning.
    pub fn warning_cutoff(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        self.account_inactivity.before(self.warning_lead.after(now))
    }
    pub fn connection_logs_cutoff(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        self.connection_logs.before(now)
    }
    pub fn audience_events_cutoff(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        self.audience_events.before(now)
    }
    pub fn survey_email_cutoff(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        self.survey_email.before(now)
    }
    /// A rights request's due date: one calendar month after receipt, clamped to the month end.
    pub fn request_due(&self, received: NaiveDate) -> NaiveDate {
        self.request_deadline.add_to_date(received)
    }
    /// The extended due date: two further months after the first due date.
    pub fn request_extended_due(&self, received: NaiveDate) -> NaiveDate {
        self.request_extension
            .add_to_date(self.request_due(received))
    }
}

/// Parses the time forms of `--as-of` (README): RFC 3339, `YYYY-MM-DD HH:MM:SS` (Paris), or
/// `YYYY-MM-DD` (midnight, Paris).
pub fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(from_paris(t));
        }
    }
    if let Ok(t) = DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%#z") {
        return Some(t.with_timezone(&Utc));
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .map(|d| from_paris(d.and_hms_opt(0, 0, 0).expect("midnight exists")))
}

/// A UTC instant shown on the Paris clock, `2026-01-31 14:05:00`.
pub fn show_time(t: DateTime<Utc>) -> String {
    t.with_timezone(&Paris)
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// A UTC instant shown as a Paris date, `2026-01-31`.
pub fn show_date(t: DateTime<Utc>) -> String {
    t.with_timezone(&Paris).format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paris(s: &str) -> DateTime<Utc> {
        parse_time(s).unwrap()
    }

    #[test]
    fn parses_the_documented_forms() {
        assert_eq!("24 months".parse(), Ok(CalDuration::Months(24)));
        assert_eq!("3 months".parse(), Ok(CalDuration::Months(3)));
        assert_eq!("1 month".parse(), Ok(CalDuration::Months(1)));
        assert_eq!("13 mois".parse(), Ok(CalDuration::Months(13)));
        assert_eq!("30 days".parse(), Ok(CalDuration::Days(30)));
        assert_eq!("1 year".parse(), Ok(CalDuration::Months(12)));
        assert_eq!("2 years".parse(), Ok(CalDuration::Months(24)));
        assert_eq!("P24M".parse(), Ok(CalDuration::Months(24)));
        assert_eq!("P30D".parse(), Ok(CalDuration::Days(30)));
        assert_eq!("P1Y".parse(), Ok(CalDuration::Months(12)));
        assert_eq!("P2W".parse(), Ok(CalDuration::Days(14)));
        assert_eq!("30d".parse(), Ok(CalDuration::Days(30)));
        for bad in [
            "",
            "months",
            "24",
            "24 fortnights",
            "P",
            "PXM",
            "-3 months",
            "3 months ago",
            "P1Y2M",
        ] {
            assert!(
                bad.parse::<CalDuration>().is_err(),
                "{bad:?} should be refused"
            );
        }
    }

    #[test]
    fn display_round_trips() {
        for d in [
            CalDuration::Months(1),
            CalDuration::Months(24),
            CalDuration::Days(1),
            CalDuration::Days(30),
        ] {
            assert_eq!(d.to_string().parse::<CalDuration>(), Ok(d));
        }
    }

    #[test]
    fn month_arithmetic_clamps_to_the_end_of_the_month() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            CalDuration::Months(12).add_to_date(d("2024-02-29")),
            d("2025-02-28")
        );
        assert_eq!(
            CalDuration::Months(1).add_to_date(d("2024-01-31")),
            d("2024-02-29")
        );
        assert_eq!(
            CalDuration::Months(1).add_to_date(d("2025-01-31")),
            d("2025-02-28")
        );
        assert_eq!(
            CalDuration::Months(24).add_to_date(d("2024-01-31")),
            d("2026-01-31")
        );
        assert_eq!(
            CalDuration::Months(48).add_to_date(d("2024-02-29")),
            d("2028-02-29")
        );
    }

    #[test]
    fn timestamps_move_on_the_paris_calendar() {
        // 24 months after 2024-01-31 10:00 Paris is 2026-01-31 10:00 Paris.
        assert_eq!(
            CalDuration::Months(24).after(paris("2024-01-31 10:00:00")),
            paris("2026-01-31 10:00:00")
        );
        // Across a DST change the wall clock is kept, not the 24-hour multiple.
        assert_eq!(
            CalDuration::Months(3).before(paris("2026-06-15 12:00:00")),
            paris("2026-03-15 12:00:00")
        );
        assert_eq!(
            paris("2026-06-15 12:00:00") - paris("2026-03-15 12:00:00"),
            chrono::Duration::hours(24 * 92 - 1)
        );
        assert_eq!(
            CalDuration::Days(30).before(paris("2026-01-31 00:00:00")),
            paris("2026-01-01 00:00:00")
        );
        // 2024-02-29 + 12 months clamps to 2025-02-28.
        assert_eq!(
            CalDuration::Months(12).after(paris("2024-02-29 23:30:00")),
            paris("2025-02-28 23:30:00")
        );
        // A time in the spring-forward gap moves to the next valid instant.
        assert_eq!(
            CalDuration::Days(1).after(paris("2026-03-28 02:30:00")),
            paris("2026-03-29 03:30:00")
        );
    }

    #[test]
    fn account_limits_on_both_sides() {
        let p = Policy::default();
        let last = paris("2024-01-31 10:00:00");
        assert_eq!(p.deletion_date(last), paris("2026-01-31 10:00:00"));
        assert_eq!(p.warning_date(last), paris("2026-01-01 10:00:00"));
        // One second before the warning date the account is not due; at the date it is.
        let now = paris("2026-01-01 09:59:59");
        assert!(last >= p.warning_cutoff(now));
        let now = paris("2026-01-01 10:00:00");
        assert!(last < p.warning_cutoff(now) || last == p.warning_cutoff(now));
        assert_eq!(p.warning_cutoff(now), last);
        // Deletion cutoff: 2026-01-31 10:00 Paris is the exact deletion instant.
        assert_eq!(p.inactivity_cutoff(paris("2026-01-31 10:00:00")), last);
        assert!(p.inactivity_cutoff(paris("2026-01-31 09:59:59")) < last);
        assert!(p.inactivity_cutoff(paris("2026-01-31 10:00:01")) > last);
    }

    #[test]
    fn log_and_survey_cutoffs() {
        let p = Policy::default();
        let now = paris("2026-05-31 12:00:00");
        assert_eq!(p.connection_logs_cutoff(now), paris("2026-02-28 12:00:00"));
        assert_eq!(p.audience_events_cutoff(now), paris("2025-04-30 12:00:00"));
        assert_eq!(p.survey_email_cutoff(now), paris("2025-04-30 12:00:00"));
        let now = paris("2026-03-31 00:00:00");
        assert_eq!(p.connection_logs_cutoff(now), paris("2025-12-31 00:00:00"));
    }

    #[test]
    fn request_deadlines() {
        let p = Policy::default();
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(p.request_due(d("2025-01-31")), d("2025-02-28"));
        assert_eq!(p.request_due(d("2024-01-31")), d("2024-02-29"));
        assert_eq!(p.request_due(d("2025-03-15")), d("2025-04-15"));
        assert_eq!(p.request_due(d("2025-12-31")), d("2026-01-31"));
        assert_eq!(p.request_extended_due(d("2025-01-31")), d("2025-04-28"));
        assert_eq!(p.request_extended_due(d("2024-11-30")), d("2025-02-28"));
    }

    #[test]
    fn time_forms() {
        assert_eq!(
            parse_time("2026-01-31T09:00:00Z"),
            Some(Utc.with_ymd_and_hms(2026, 1, 31, 9, 0, 0).unwrap())
        );
        assert_eq!(
            parse_time("2026-01-31 10:00:00"),
            Some(Utc.with_ymd_and_hms(2026, 1, 31, 9, 0, 0).unwrap())
        );
        assert_eq!(
            parse_time("2026-07-31 10:00:00"),
            Some(Utc.with_ymd_and_hms(2026, 7, 31, 8, 0, 0).unwrap())
        );
        assert_eq!(
            parse_time("2026-01-31"),
            Some(Utc.with_ymd_and_hms(2026, 1, 30, 23, 0, 0).unwrap())
        );
        assert_eq!(parse_time("31/01/2026"), None);
        assert_eq!(
            show_time(Utc.with_ymd_and_hms(2026, 1, 30, 23, 0, 0).unwrap()),
            "2026-01-31 00:00:00"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The notices' durations are maxima (issue 12, point 3): a configuration may shorten them,
// never lengthen them unless `[retention] exceed_notice = "reason…"` says why; the request
// deadlines of Art. 12(3) (one month, three with the extension) cannot be lengthened at all.

/// The retention keys the notices bound, with the notices' durations.
pub const NOTICE_MAXIMA: [(&str, CalDuration); 4] = [
    ("account_inactivity", CalDuration::Months(24)),
    ("connection_logs", CalDuration::Months(3)),
    ("audience_events", CalDuration::Months(13)),
    ("survey_email", CalDuration::Months(13)),
];

/// Art. 12(3): one month to answer, three in all with the extension.
pub const REQUEST_DEADLINE_MAX: CalDuration = CalDuration::Months(1);
pub const REQUEST_TOTAL_MAX: CalDuration = CalDuration::Months(3);

/// `[retention] exceed_notice`: a reason of 1 to this many characters.
pub const EXCEED_NOTICE_MAX_CHARS: usize = 500;

/// A retention key configured longer than its notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoticeDeviation {
    pub key: &'static str,
    pub configured: CalDuration,
    pub notice: CalDuration,
}

/// Whether `chain` (durations added one after the other) can end later than `max` from the
/// same start: checked from every day of four years (every month length, a leap year). An
/// overflow counts as longer.
pub fn longer_than(chain: &[CalDuration], max: CalDuration) -> bool {
    fn add(d: NaiveDate, c: CalDuration) -> Option<NaiveDate> {
        match c {
            CalDuration::Months(m) => d.checked_add_months(Months::new(m)),
            CalDuration::Days(n) => d.checked_add_days(Days::new(n.into())),
        }
    }
    let Some(first) = NaiveDate::from_ymd_opt(2024, 1, 1) else {
        return true;
    };
    first.iter_days().take(4 * 366).any(|start| {
        let end = chain.iter().try_fold(start, |d, c| add(d, *c));
        match (end, add(start, max)) {
            (Some(e), Some(m)) => e > m,
            _ => true,
        }
    })
}

impl Policy {
    /// The retention keys configured longer than the notices.
    pub fn notice_deviations(&self) -> Vec<NoticeDeviation> {
        NOTICE_MAXIMA
            .iter()
            .filter_map(|&(key, notice)| {
                let configured = match key {
                    "account_inactivity" => self.account_inactivity,
                    "connection_logs" => self.connection_logs,
                    "audience_events" => self.audience_events,
                    _ => self.survey_email,
                };
                longer_than(&[configured], notice).then_some(NoticeDeviation {
                    key,
                    configured,
                    notice,
                })
            })
            .collect()
    }

    /// The request deadlines within Art. 12(3); the refusal's message otherwise.
    pub fn check_request_limits(&self) -> Result<(), String> {
        if longer_than(&[self.request_deadline], REQUEST_DEADLINE_MAX) {
            return Err(format!(
                "request_deadline = \"{}\" is longer than Art. 12(3)'s {REQUEST_DEADLINE_MAX} (the accepted range is 1 day to {REQUEST_DEADLINE_MAX})",
                self.request_deadline
            ));
        }
        if longer_than(
            &[self.request_deadline, self.request_extension],
            REQUEST_TOTAL_MAX,
        ) {
            return Err(format!(
                "request_deadline + request_extension = \"{}\" + \"{}\" is longer than Art. 12(3)'s {REQUEST_TOTAL_MAX} in all (with a 1-month deadline, the extension is at most 2 months)",
                self.request_deadline, self.request_extension
            ));
        }
        Ok(())
    }

    /// What the journal, `report` and the export record of a declared deviation: the keys,
    /// their values and the notices', and the reason. None without a deviation.
    pub fn deviation_record(&self) -> Option<serde_json::Value> {
        let devs = self.notice_deviations();
        if devs.is_empty() {
            return None;
        }
        let keys: serde_json::Map<String, serde_json::Value> = devs
            .iter()
            .map(|d| {
                (
                    d.key.to_string(),
                    serde_json::json!({"configured": d.configured.to_string(), "notice": d.notice.to_string()}),
                )
            })
            .collect();
        Some(serde_json::json!({"keys": keys, "reason": self.exceed_notice}))
    }
}

#[cfg(test)]
mod notice_tests {
    use super::*;

    #[test]
    fn a_duration_is_longer_than_a_notice_only_where_it_can_end_later() {
        use CalDuration::*;
        assert!(!longer_than(&[Months(3)], Months(3)));
        assert!(longer_than(&[Months(4)], Months(3)));
        assert!(!longer_than(&[Months(2)], Months(3)));
        // 3 months are 89 to 92 days.
        assert!(!longer_than(&[Days(89)], Months(3)));
        assert!(longer_than(&[Days(90)], Months(3)));
        assert!(!longer_than(&[Days(28)], Months(1)));
        assert!(longer_than(&[Days(29)], Months(1)));
        assert!(!longer_than(&[Months(1), Months(2)], Months(3)));
        assert!(longer_than(&[Months(1), Days(62)], Months(3)));
        assert!(longer_than(&[Months(u32::MAX)], Months(3)));
    }

    #[test]
    fn the_defaults_are_the_notices_and_within_art_12() {
        let p = Policy::default();
        assert_eq!(p.notice_deviations(), vec![]);
        assert_eq!(p.check_request_limits(), Ok(()));
        assert_eq!(p.deviation_record(), None);
        let p = Policy {
            connection_logs: CalDuration::Months(60),
            ..Policy::default()
        };
        assert_eq!(p.notice_deviations()[0].key, "connection_logs");
        let p = Policy {
            request_extension: CalDuration::Months(3),
            ..Policy::default()
        };
        assert!(p.check_request_limits().is_err());
    }
}
