//! Retention durations and cutoffs: calendar arithmetic, pure functions, no database.
//!
//! Durations are calendar durations ("24 months" from 2024-01-31 is 2026-01-31, and from
//! 2024-02-29 twelve months later is 2025-02-28): month arithmetic is done on the Europe/Paris
//! wall-clock date and clamps to the end of the month, as chrono's `Months` does.

use chrono::{
    DateTime, Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};
use chrono_tz::Europe::Paris;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The longest duration accepted anywhere (options and configuration): 100 years.
pub const MAX_MONTHS: u32 = 1200;
/// The same bound in days (100 Julian years).
pub const MAX_DAYS: u32 = 36_525;
/// The accepted range of a duration, as the error messages state it.
pub const DURATION_RANGE: &str = "from 1 day to 100 years (at most 1200 months or 36525 days)";

/// A calendar duration: whole months or whole days, from 1 day to 100 years (the parser refuses
/// anything else; a value built in code outside that range still never panics: the arithmetic is
/// checked and saturates at "never").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalDuration {
    Months(u32),
    Days(u32),
}

impl CalDuration {
    /// `t - self`, on the Paris calendar (chrono's clamping: the time of day is kept). Used for
    /// the accounts' pre-filters and lead times; a cutoff is [`CalDuration::cutoff`].
    pub fn before(self, t: DateTime<Utc>) -> DateTime<Utc> {
        shift(t, self, false).unwrap_or(DateTime::<Utc>::MIN_UTC)
    }
    /// `t + self`, on the Paris calendar (chrono's clamping: the time of day is kept); beyond
    /// the representable range, the latest instant ("never").
    pub fn after(self, t: DateTime<Utc>) -> DateTime<Utc> {
        shift(t, self, true).unwrap_or(DateTime::<Utc>::MAX_UTC)
    }
    /// `d + self` on dates, clamped to the end of the month; beyond the range, the last date.
    pub fn add_to_date(self, d: NaiveDate) -> NaiveDate {
        match self {
            CalDuration::Months(m) => d.checked_add_months(Months::new(m)),
            CalDuration::Days(n) => d.checked_add_days(Days::new(n.into())),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    /// The per-row rule: a row of time `t` kept for this duration is due (to be deleted or
    /// anonymised) once its due date has come: `due(t) < now` (the instant itself still keeps
    /// it, as the jobs always did: "rows strictly older than the cutoff"). `due(t)` is `t` plus the duration on the Paris wall
    /// clock; a day that the target month does not have (31 May + 1 month) clamps to the END of
    /// that month (24:00 of its last day, i.e. 1 July 00:00), a local time skipped by the spring
    /// change moves to the change itself, and the hour repeated in the autumn counts from its
    /// first occurrence. These three choices make `due` non-decreasing in `t`, so that one cutoff
    /// per run is exactly the per-row rule (see [`CalDuration::cutoff`]).
    pub fn due(self, t: DateTime<Utc>) -> DateTime<Utc> {
        due_in(&Paris, self, t)
    }

    /// The cutoff of a run at `now`: the least instant (to the microsecond, PostgreSQL's
    /// resolution) whose due date has not passed. A row of time `t` is due, i.e.
    /// `due(t) < now`, if and only if `t < cutoff(now)`: one cutoff is the per-row rule.
    pub fn cutoff(self, now: DateTime<Utc>) -> DateTime<Utc> {
        cutoff_in(&Paris, self, now)
    }

    /// Whether the duration is in the accepted range ([`DURATION_RANGE`]).
    pub fn in_range(self) -> bool {
        match self {
            CalDuration::Months(m) => (1..=MAX_MONTHS).contains(&m),
            CalDuration::Days(d) => (1..=MAX_DAYS).contains(&d),
        }
    }
}

/// Instants within years -100000..=100000: time zone conversions of them cannot overflow
/// (chrono's range is about ±262000 years).
fn convertible(t: DateTime<Utc>) -> bool {
    const LIMIT_S: i64 = 100_000 * 366 * 86_400;
    (-LIMIT_S..=LIMIT_S).contains(&t.timestamp())
}

fn shift(t: DateTime<Utc>, d: CalDuration, forward: bool) -> Option<DateTime<Utc>> {
    if !convertible(t) {
        return None;
    }
    let local: NaiveDateTime = t.with_timezone(&Paris).naive_local();
    let moved = match (d, forward) {
        (CalDuration::Months(m), true) => local.checked_add_months(Months::new(m)),
        (CalDuration::Months(m), false) => local.checked_sub_months(Months::new(m)),
        (CalDuration::Days(n), true) => local.checked_add_days(Days::new(n.into())),
        (CalDuration::Days(n), false) => local.checked_sub_days(Days::new(n.into())),
    }?;
    Some(from_paris(moved))
}

/// `due` in any time zone (the property tests run it over many).
pub fn due_in<Z: TimeZone>(tz: &Z, d: CalDuration, t: DateTime<Utc>) -> DateTime<Utc> {
    // Beyond the convertible range: a row from before year -100000 is due, one from after
    // year 100000 never (which keeps `due` non-decreasing).
    if !convertible(t) {
        return if t.timestamp() < 0 {
            DateTime::<Utc>::MIN_UTC
        } else {
            DateTime::<Utc>::MAX_UTC
        };
    }
    let local = monotone_local(tz, t);
    let moved = match d {
        CalDuration::Months(m) => add_months_to_month_end(local, m),
        CalDuration::Days(n) => local.checked_add_days(Days::new(n.into())),
    };
    match moved {
        Some(l) => monotone_utc(tz, l),
        None => DateTime::<Utc>::MAX_UTC,
    }
}

/// `cutoff` in any time zone: a binary search of the least microsecond whose due date is not
/// before `now`, exact because `due_in` is non-decreasing.
pub fn cutoff_in<Z: TimeZone>(tz: &Z, d: CalDuration, now: DateTime<Utc>) -> DateTime<Utc> {
    // due(t) - t is at most the duration in days (31 per month) plus a day (clamping, time zone
    // changes), and at least the duration less a day (so at least -1 day).
    let span_days: i64 = match d {
        CalDuration::Months(m) => i64::from(m) * 31 + 2,
        CalDuration::Days(n) => i64::from(n) + 2,
    };
    const DAY_US: i64 = 86_400_000_000;
    let min_us = DateTime::<Utc>::MIN_UTC.timestamp_micros();
    let max_us = DateTime::<Utc>::MAX_UTC.timestamp_micros();
    let now_us = now.timestamp_micros();
    let at =
        |us: i64| DateTime::<Utc>::from_timestamp_micros(us).unwrap_or(DateTime::<Utc>::MAX_UTC);
    let is_due = |us: i64| due_in(tz, d, at(us)) < now;
    let lo = now_us
        .saturating_sub(span_days.saturating_mul(DAY_US))
        .max(min_us);
    let hi = now_us.saturating_add(2 * DAY_US).min(max_us);
    if !is_due(lo) {
        // Only at the edge of the representable range: nothing older is due either.
        return at(lo);
    }
    if is_due(hi) {
        return at(hi);
    }
    at(least_us(lo, hi, |us| !is_due(us)))
}

/// The least microsecond in (lo, hi] where `yes` holds, given that it does not at `lo`, does at
/// `hi`, and never turns back to false in between.
fn least_us(mut lo: i64, mut hi: i64, yes: impl Fn(i64) -> bool) -> i64 {
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if yes(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

/// The wall-clock time of `t`, made non-decreasing: during the first occurrence of an hour
/// repeated in the autumn, the start of the repeated interval (as if it were already the
/// second occurrence's start).
fn monotone_local<Z: TimeZone>(tz: &Z, t: DateTime<Utc>) -> NaiveDateTime {
    let local = t.with_timezone(tz).naive_local();
    let chrono::LocalResult::Ambiguous(first, second) = tz.from_local_datetime(&local) else {
        return local;
    };
    let (first, second) = (first.with_timezone(&Utc), second.with_timezone(&Utc));
    if t != first || second <= first {
        return local;
    }
    // The change of offset lies in (first, second]: find its instant T, the least instant
    // with the offset of `second`; the repeated interval starts at local(T).
    let off = |x: DateTime<Utc>| x.with_timezone(tz).offset().fix();
    let target = off(second);
    let hi = least_us(first.timestamp_micros(), second.timestamp_micros(), |us| {
        DateTime::<Utc>::from_timestamp_micros(us).is_none_or(|m| off(m) == target)
    });
    match DateTime::<Utc>::from_timestamp_micros(hi) {
        Some(change) => change.with_timezone(tz).naive_local().min(local),
        None => local,
    }
}

/// A wall-clock time to UTC, non-decreasing: a repeated time is its first occurrence, a
/// skipped time is the instant of the change (the first instant whose wall clock is later).
fn monotone_utc<Z: TimeZone>(tz: &Z, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(a, _) => a.with_timezone(&Utc),
        chrono::LocalResult::None => {
            // UTC offsets lie within -12 h..+14 h: search the least instant whose wall clock
            // is at or after `local`.
            const HOUR_US: i64 = 3_600_000_000;
            let naive_us = local.and_utc().timestamp_micros();
            if !convertible(local.and_utc()) {
                return local.and_utc();
            }
            let lo = naive_us.saturating_sub(15 * HOUR_US);
            let hi = naive_us.saturating_add(13 * HOUR_US);
            let hi = least_us(lo, hi, |us| {
                DateTime::<Utc>::from_timestamp_micros(us)
                    .is_none_or(|x| x.with_timezone(tz).naive_local() >= local)
            });
            DateTime::<Utc>::from_timestamp_micros(hi).unwrap_or(DateTime::<Utc>::MAX_UTC)
        }
    }
}

/// `local + m` months; a day the target month lacks clamps to the end of that month (the first
/// instant of the next one).
fn add_months_to_month_end(local: NaiveDateTime, m: u32) -> Option<NaiveDateTime> {
    let first = local.date().with_day(1)?;
    let target_first = first.checked_add_months(Months::new(m))?;
    let next_first = target_first.checked_add_months(Months::new(1))?;
    match target_first.with_day(local.day()) {
        Some(day) => Some(day.and_time(local.time())),
        None => Some(next_first.and_time(NaiveTime::MIN)),
    }
}

/// A Paris wall-clock time to UTC; in the autumn overlap the earlier instant, in the spring gap
/// the instant one hour later (the wall clock jumps over it). For times a user types.
pub fn from_paris(local: NaiveDateTime) -> DateTime<Utc> {
    match Paris.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(a, _) => a.with_timezone(&Utc),
        chrono::LocalResult::None => local
            .checked_add_signed(chrono::Duration::hours(1))
            .and_then(|later| Paris.from_local_datetime(&later).earliest())
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| monotone_utc(&Paris, local)),
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

/// A value as an error message may show it: at most 40 characters, control characters escaped.
pub fn shown(s: &str) -> String {
    let mut out: String = s.chars().take(40).flat_map(char::escape_debug).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DurationError {
    #[error("invalid duration `{}`: expected for example \"24 months\", \"30 days\", \"1 year\", \"P24M\" or \"P30D\"", shown(.0))]
    Invalid(String),
    #[error("duration `{}` is out of range: durations go {DURATION_RANGE}", shown(.0))]
    OutOfRange(String),
}

impl FromStr for CalDuration {
    type Err = DurationError;
    /// The grammar: `N UNIT` or `NUNIT` (unit: d, day(s), jour(s), w, week(s), semaine(s), m,
    /// mo, month(s), mois, y, year(s), an(s), année(s)), or ISO 8601 with one component (`P24M`,
    /// `P1Y`, `P30D`, `P2W`); N is a whole number; the result must lie in [`DURATION_RANGE`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || DurationError::Invalid(s.to_string());
        let t = s.trim();
        if t.len() > 64 {
            return Err(invalid());
        }
        let (num, unit) = if let Some(iso) = t.strip_prefix('P').or_else(|| t.strip_prefix('p')) {
            // ISO 8601, one component only: P24M, P1Y, P30D, P2W.
            let idx = iso
                .find(|c: char| !c.is_ascii_digit())
                .ok_or_else(invalid)?;
            let (num, unit) = iso.split_at(idx);
            if unit.chars().count() != 1 {
                return Err(invalid());
            }
            (num, unit.to_lowercase())
        } else {
            let mut parts = t.split_whitespace();
            match (parts.next(), parts.next(), parts.next()) {
                (Some(a), Some(b), None) => (a, b.to_lowercase()),
                (Some(a), None, None) => {
                    let idx = a.find(|c: char| !c.is_ascii_digit()).ok_or_else(invalid)?;
                    let (num, unit) = a.split_at(idx);
                    (num, unit.to_lowercase())
                }
                _ => return Err(invalid()),
            }
        };
        if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        let (per, days) = unit_factor(&unit).ok_or_else(invalid)?;
        let out_of_range = || DurationError::OutOfRange(s.to_string());
        // More than 9 significant digits is out of any range (and of u64 arithmetic's worries).
        let digits = num.trim_start_matches('0');
        if digits.len() > 9 {
            return Err(out_of_range());
        }
        let n: u64 = if digits.is_empty() {
            0
        } else {
            digits.parse().map_err(|_| invalid())?
        };
        let total = n * per;
        let (max, d) = if days {
            (
                u64::from(MAX_DAYS),
                CalDuration::Days as fn(u32) -> CalDuration,
            )
        } else {
            (
                u64::from(MAX_MONTHS),
                CalDuration::Months as fn(u32) -> CalDuration,
            )
        };
        if total == 0 || total > max {
            return Err(out_of_range());
        }
        let total = u32::try_from(total).map_err(|_| out_of_range())?;
        Ok(d(total))
    }
}

/// A unit's factor, and whether it counts days (else months).
fn unit_factor(unit: &str) -> Option<(u64, bool)> {
    Some(match unit {
        "m" | "mo" | "month" | "months" | "mois" => (1, false),
        "y" | "year" | "years" | "an" | "ans" | "année" | "années" => (12, false),
        "d" | "day" | "days" | "jour" | "jours" => (1, true),
        "w" | "week" | "weeks" | "semaine" | "semaines" => (7, true),
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
    /// Connection logs older than this (strictly) are due: [`CalDuration::cutoff`].
    pub fn connection_logs_cutoff(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        self.connection_logs.cutoff(now)
    }
    /// Audience events older than this (strictly) are due: [`CalDuration::cutoff`].
    pub fn audience_events_cutoff(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        self.audience_events.cutoff(now)
    }
    /// Survey responses submitted before this (strictly) are due: [`CalDuration::cutoff`].
    pub fn survey_email_cutoff(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        self.survey_email.cutoff(now)
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
        .map(|d| from_paris(d.and_time(NaiveTime::MIN)))
}

/// The instants a user may give (`--as-of`, `--since`, `--received`): within these years.
pub const TIME_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;
/// The same range, as the error messages state it.
pub const TIME_RANGE: &str = "from 2000-01-01 to 2100-12-31 (Paris time)";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TimeError {
    #[error("invalid time `{}`: use RFC 3339 (`2026-01-31T10:00:00Z`), `2026-01-31 10:00:00` (Paris time) or `2026-01-31`", shown(.0))]
    Invalid(String),
    #[error("time `{}` is out of range: times go {TIME_RANGE}", shown(.0))]
    OutOfRange(String),
}

impl TimeError {
    /// The message naming the option: "invalid --as-of `x`", "--as-of `x` is out of range: …".
    pub fn for_option(&self, option: &str) -> String {
        match self {
            TimeError::Invalid(v) => format!("invalid {option} `{}`", shown(v)),
            TimeError::OutOfRange(v) => {
                format!(
                    "{option} `{}` is out of range: times go {TIME_RANGE}",
                    shown(v)
                )
            }
        }
    }
}

/// [`parse_time`], bounded to [`TIME_YEARS`] on the Paris calendar: for `--as-of` and the other
/// instants a user gives.
pub fn parse_as_of(s: &str) -> Result<DateTime<Utc>, TimeError> {
    if s.len() > 64 {
        return Err(TimeError::Invalid(s.to_string()));
    }
    let t = parse_time(s).ok_or_else(|| TimeError::Invalid(s.to_string()))?;
    let year = if convertible(t) {
        t.with_timezone(&Paris).year()
    } else {
        t.year()
    };
    if TIME_YEARS.contains(&year) {
        Ok(t)
    } else {
        Err(TimeError::OutOfRange(s.to_string()))
    }
}

/// A UTC instant shown on the Paris clock, `2026-01-31 14:05:00`.
pub fn show_time(t: DateTime<Utc>) -> String {
    if !convertible(t) {
        return t.to_rfc3339();
    }
    t.with_timezone(&Paris)
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// A UTC instant shown as a Paris date, `2026-01-31`.
pub fn show_date(t: DateTime<Utc>) -> String {
    if !convertible(t) {
        return t.format("%Y-%m-%d").to_string();
    }
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

    const US: chrono::Duration = chrono::Duration::microseconds(1);

    #[test]
    fn log_and_survey_cutoffs() {
        // Issue 12: on 05-31 the 3-month cutoff is 03-01 00:00 (all of 28 February is due),
        // no longer 02-28 at the run's clock time.
        let p = Policy::default();
        let now = paris("2026-05-31 12:00:00");
        assert_eq!(p.connection_logs_cutoff(now), paris("2026-03-01 00:00:00"));
        assert_eq!(p.audience_events_cutoff(now), paris("2025-05-01 00:00:00"));
        assert_eq!(p.survey_email_cutoff(now), paris("2025-05-01 00:00:00"));
        // A row exactly three months old is kept at that instant, due one microsecond later.
        let now = paris("2026-03-31 00:00:00");
        assert_eq!(p.connection_logs_cutoff(now), paris("2025-12-31 00:00:00"));
        assert_eq!(
            p.connection_logs_cutoff(now + US),
            paris("2025-12-31 00:00:00") + US
        );
    }

    #[test]
    fn the_issue_examples() {
        let p = Policy::default();
        let m3 = p.connection_logs;
        // A connection log of 2026-02-28 05:00 is due after 2026-05-28 05:00: at 05:00:01.
        let row = paris("2026-02-28 05:00:00");
        assert_eq!(m3.due(row), paris("2026-05-28 05:00:00"));
        assert!(row < p.connection_logs_cutoff(paris("2026-05-28 05:00:01")));
        assert!(row < p.connection_logs_cutoff(paris("2026-05-28 05:00:00") + US));
        assert!(row >= p.connection_logs_cutoff(paris("2026-05-28 05:00:00")));
        // On 05-29, 05-30 and 05-31, at any hour, the cutoff is 03-01 00:00 Paris.
        for day in ["2026-05-29", "2026-05-30", "2026-05-31"] {
            for time in ["00:00:00", "05:00:01", "12:00:00", "23:59:59"] {
                let now = paris(&format!("{day} {time}"));
                assert_eq!(
                    p.connection_logs_cutoff(now),
                    paris("2026-03-01 00:00:00"),
                    "{day} {time}"
                );
            }
        }
        // Just after 06-01 00:00, 1 March 00:00 itself is due.
        assert_eq!(
            p.connection_logs_cutoff(paris("2026-06-01 00:00:00") + US),
            paris("2026-03-01 00:00:00") + US
        );
        // Survey responses of 2025-02-28 at 13 months: due from 2026-03-28, all of them.
        for day in ["2026-03-29", "2026-03-30", "2026-03-31"] {
            let now = paris(&format!("{day} 12:00:00"));
            assert_eq!(p.survey_email_cutoff(now), paris("2025-03-01 00:00:00"));
        }
        // A day the target month lacks clamps to the end of that month.
        assert_eq!(
            m3.due(paris("2025-11-30 09:00:00")),
            paris("2026-03-01 00:00:00")
        );
        assert_eq!(
            CalDuration::Months(12).due(paris("2024-02-29 23:30:00")),
            paris("2025-03-01 00:00:00")
        );
    }

    /// Each side of the cutoff, to the microsecond: `due(t) < now` iff `t < cutoff`.
    fn check_both_sides(d: CalDuration, now: DateTime<Utc>) {
        let c = d.cutoff(now);
        assert!(d.due(c - US) < now, "{d} at {now}: due({}) >= now", c - US);
        assert!(d.due(c) >= now, "{d} at {now}: due({c}) < now");
    }

    #[test]
    fn cutoffs_match_the_per_row_rule_on_every_day_of_a_leap_and_a_common_year() {
        let durations = [
            CalDuration::Months(1),
            CalDuration::Months(3),
            CalDuration::Months(13),
            CalDuration::Months(24),
            CalDuration::Days(30),
            CalDuration::Days(1),
        ];
        let times = [
            "00:00:00",
            "00:00:00.000001",
            "01:59:59.999999",
            "02:00:00",
            "02:30:00",
            "03:00:00",
            "05:00:01",
            "12:00:00",
            "23:59:59.999999",
        ];
        let mut day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let end = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        while day < end {
            for time in times {
                let now = paris(&format!("{day} {time}"));
                for d in durations {
                    check_both_sides(d, now);
                }
            }
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn cutoffs_at_the_dst_changes_to_the_microsecond() {
        // Both changes of 2025 and 2026, each minute of the four hours around them (UTC).
        for change in [
            "2025-03-30T01:00:00Z",
            "2025-10-26T01:00:00Z",
            "2026-03-29T01:00:00Z",
            "2026-10-25T01:00:00Z",
        ] {
            let change: DateTime<Utc> = change.parse().unwrap();
            for minute in -120..=120 {
                let now = change + chrono::Duration::minutes(minute);
                for d in [
                    CalDuration::Months(3),
                    CalDuration::Months(13),
                    CalDuration::Days(1),
                    CalDuration::Days(30),
                ] {
                    check_both_sides(d, now);
                    // Rows at the change, one month (or days) back, are on the right side too.
                    for back in [now - US, now, now + US] {
                        let c = d.cutoff(back);
                        assert!(d.due(c - US) < back && d.due(c) >= back);
                    }
                }
            }
        }
    }

    #[test]
    fn due_never_decreases_across_dst_changes_and_month_ends() {
        let d = [
            CalDuration::Months(3),
            CalDuration::Days(1),
            CalDuration::Months(1),
        ];
        for start in [
            "2025-10-25T23:00:00Z",
            "2026-03-28T23:00:00Z",
            "2025-07-28T22:00:00Z",
            "2026-01-27T23:00:00Z",
        ] {
            let start: DateTime<Utc> = start.parse().unwrap();
            for d in d {
                let mut prev = d.due(start);
                // Every 30 s over four days.
                for i in 1..(4 * 24 * 120) {
                    let t = start + chrono::Duration::seconds(30 * i);
                    let due = d.due(t);
                    assert!(due >= prev, "{d}: due({t}) = {due} < {prev}");
                    prev = due;
                }
            }
        }
        // The repeated hour: its first occurrence counts from 02:00 of the second one.
        let first = "2025-10-26T00:30:00Z".parse::<DateTime<Utc>>().unwrap(); // 02:30 CEST
        let second = "2025-10-26T01:30:00Z".parse::<DateTime<Utc>>().unwrap(); // 02:30 CET
        assert_eq!(
            CalDuration::Days(1).due(first),
            paris("2025-10-27 02:00:00")
        );
        assert_eq!(
            CalDuration::Days(1).due(second),
            paris("2025-10-27 02:30:00")
        );
        // A time skipped in the spring moves to the change itself (03:00 CEST).
        assert_eq!(
            CalDuration::Days(1).due(paris("2026-03-28 02:30:00")),
            "2026-03-29T01:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
    }

    #[test]
    fn arithmetic_at_the_edges_of_time_never_panics() {
        for t in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC] {
            for d in [
                CalDuration::Months(MAX_MONTHS),
                CalDuration::Days(MAX_DAYS),
                CalDuration::Months(u32::MAX),
                CalDuration::Days(u32::MAX),
            ] {
                let _ = (d.due(t), d.cutoff(t), d.after(t), d.before(t));
                let _ = d.add_to_date(NaiveDate::MAX);
                let _ = (show_time(t), show_date(t));
            }
        }
        assert_eq!(
            CalDuration::Months(1).after(DateTime::<Utc>::MAX_UTC),
            DateTime::<Utc>::MAX_UTC
        );
    }

    #[test]
    fn durations_are_bounded() {
        assert_eq!("100 years".parse(), Ok(CalDuration::Months(1200)));
        assert_eq!("1200 months".parse(), Ok(CalDuration::Months(1200)));
        assert_eq!("36525 days".parse(), Ok(CalDuration::Days(36525)));
        assert_eq!("1 day".parse(), Ok(CalDuration::Days(1)));
        assert_eq!("P100Y".parse(), Ok(CalDuration::Months(1200)));
        assert_eq!("2 années".parse(), Ok(CalDuration::Months(24)));
        for over in [
            "101 years",
            "1201 months",
            "36526 days",
            "5218 weeks",
            "1000000 years",
            "P1000000Y",
            "99999999999999999999999 days",
            "0 days",
            "0 months",
            "P0D",
        ] {
            let e = over.parse::<CalDuration>().unwrap_err();
            assert_eq!(e, DurationError::OutOfRange(over.into()), "{over}");
            assert!(e.to_string().contains(DURATION_RANGE), "{e}");
            assert!(e.to_string().contains(over), "{e}");
        }
        for bad in [
            "P3é", "3é", "é", "Pé", "P", "3 moïs", "٣ days", "３ days", "P3\u{0}", "3\u{7f}d",
            "+3 days",
        ] {
            assert!(
                matches!(bad.parse::<CalDuration>(), Err(DurationError::Invalid(_))),
                "{bad:?}"
            );
        }
        // Control characters are escaped and long values cut in the message.
        let e = "3\u{1b}[31m days"
            .parse::<CalDuration>()
            .unwrap_err()
            .to_string();
        assert!(!e.contains('\u{1b}'), "{e}");
        let long = "9".repeat(10_000);
        assert!(long.parse::<CalDuration>().unwrap_err().to_string().len() < 300);
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

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        const ZONES: [chrono_tz::Tz; 8] = [
            chrono_tz::Europe::Paris,
            chrono_tz::America::New_York,
            chrono_tz::Australia::Lord_Howe,
            chrono_tz::Pacific::Apia,
            chrono_tz::Pacific::Chatham,
            chrono_tz::Asia::Kolkata,
            chrono_tz::America::Santiago,
            chrono_tz::UTC,
        ];
        // 2000-01-01 .. 2101-01-01, in microseconds.
        const FROM_US: i64 = 946_684_800_000_000;
        const TO_US: i64 = 4_133_980_800_000_000;

        fn instant() -> impl Strategy<Value = DateTime<Utc>> {
            (FROM_US..TO_US).prop_map(|us| DateTime::<Utc>::from_timestamp_micros(us).unwrap())
        }
        fn duration() -> impl Strategy<Value = CalDuration> {
            prop_oneof![
                (1..=MAX_MONTHS).prop_map(CalDuration::Months),
                (1..=MAX_DAYS).prop_map(CalDuration::Days),
                (1u32..=40).prop_map(CalDuration::Months),
                (1u32..=62).prop_map(CalDuration::Days),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            #[test]
            fn any_text_parses_or_is_refused_without_panic(s in "\\PC*|[0-9 PpYyMmDdWwé\u{0}-\u{1f}]{0,12}") {
                if let Ok(d) = s.parse::<CalDuration>() {
                    prop_assert!(d.in_range());
                    prop_assert_eq!(d.to_string().parse::<CalDuration>(), Ok(d));
                }
                let _ = parse_time(&s);
                let _ = parse_as_of(&s);
            }

            #[test]
            fn forward_rule_and_cutoff_agree(d in duration(), now in instant(), zone in 0..ZONES.len(),
                                             offset_us in -3 * 86_400_000_000i64..3 * 86_400_000_000i64) {
                let tz = &ZONES[zone];
                let c = cutoff_in(tz, d, now);
                let us = chrono::Duration::microseconds(1);
                prop_assert!(due_in(tz, d, c - us) < now);
                prop_assert!(due_in(tz, d, c) >= now);
                // Any row near the cutoff: due iff older than the cutoff.
                let t = c + chrono::Duration::microseconds(offset_us);
                prop_assert_eq!(due_in(tz, d, t) < now, t < c, "row {} cutoff {}", t, c);
            }

            #[test]
            fn due_never_decreases(d in duration(), a in instant(), zone in 0..ZONES.len(),
                                   step_us in 0i64..7_200_000_000) {
                let tz = &ZONES[zone];
                let b = a + chrono::Duration::microseconds(step_us);
                prop_assert!(due_in(tz, d, a) <= due_in(tz, d, b));
                prop_assert!(due_in(tz, d, a) > a);
            }
        }
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
