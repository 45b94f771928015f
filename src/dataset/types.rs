//! Column type inference for datasets, and the binary COPY encoding of each type.
//!
//! Every value is classified into the set of types that can hold it *without changing it*
//! (`01000` is not an integer: its leading zero would be lost). A column's type is the most
//! specific type that every non-empty value of the column fits; empty strings are NULL.

use bytes::{BufMut, BytesMut};
use chrono::{Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike};

/// A column type, from most to least specific.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColType {
    Boolean,
    Integer,
    Bigint,
    Numeric,
    Date,
    Timestamp,
    Timestamptz,
    Jsonb,
    Text,
}

const ALL_TYPES: [ColType; 9] = [
    ColType::Boolean,
    ColType::Integer,
    ColType::Bigint,
    ColType::Numeric,
    ColType::Date,
    ColType::Timestamp,
    ColType::Timestamptz,
    ColType::Jsonb,
    ColType::Text,
];

impl ColType {
    fn bit(self) -> u16 {
        1 << (self as u16)
    }

    /// The PostgreSQL type name.
    pub fn sql(self) -> &'static str {
        match self {
            ColType::Boolean => "boolean",
            ColType::Integer => "integer",
            ColType::Bigint => "bigint",
            ColType::Numeric => "numeric",
            ColType::Date => "date",
            ColType::Timestamp => "timestamp without time zone",
            ColType::Timestamptz => "timestamp with time zone",
            ColType::Jsonb => "jsonb",
            ColType::Text => "text",
        }
    }

    /// The name shown to users and kept in the catalogue.
    pub fn name(self) -> &'static str {
        match self {
            ColType::Timestamp => "timestamp",
            ColType::Timestamptz => "timestamptz",
            other => other.sql(),
        }
    }

    /// Appends the value in PostgreSQL's binary format, length prefix included. Returns false
    /// (and writes nothing) when the value does not fit this type: exactly when inference over
    /// the value would have excluded the type.
    pub fn encode(self, v: &str, out: &mut BytesMut) -> bool {
        match self {
            ColType::Text => {
                put_bytes(out, v.as_bytes());
                true
            }
            ColType::Jsonb => {
                if !(v.starts_with('{') || v.starts_with('[')) || !is_json(v) {
                    return false;
                }
                // jsonb binary format: a version byte, then the JSON text.
                out.put_i32(v.len() as i32 + 1);
                out.put_u8(1);
                out.put_slice(v.as_bytes());
                true
            }
            ColType::Boolean => match parse_bool(v) {
                Some(b) => {
                    out.put_i32(1);
                    out.put_u8(b as u8);
                    true
                }
                None => false,
            },
            ColType::Integer => match parse_int(v).and_then(|i| i32::try_from(i).ok()) {
                Some(i) => {
                    out.put_i32(4);
                    out.put_i32(i);
                    true
                }
                None => false,
            },
            ColType::Bigint => match parse_int(v) {
                Some(i) => {
                    out.put_i32(8);
                    out.put_i64(i);
                    true
                }
                None => false,
            },
            ColType::Numeric => encode_numeric(v, out),
            ColType::Date => match parse_date(v) {
                Some(d) => {
                    out.put_i32(4);
                    out.put_i32((d - pg_epoch().date()).num_days() as i32);
                    true
                }
                None => false,
            },
            ColType::Timestamp => {
                let t = match parse_timestamp(v) {
                    Some((t, None)) => t,
                    Some((_, Some(_))) => return false,
                    // A column of dates and timestamps: a date is midnight.
                    None => match parse_date(v) {
                        Some(d) => d.and_time(NaiveTime::MIN),
                        None => return false,
                    },
                };
                out.put_i32(8);
                out.put_i64(micros_since_pg_epoch(t));
                true
            }
            ColType::Timestamptz => match parse_timestamp(v) {
                Some((t, Some(off))) => match off.from_local_datetime(&t).single() {
                    Some(t) => {
                        out.put_i32(8);
                        out.put_i64(micros_since_pg_epoch(t.naive_utc()));
                        true
                    }
                    None => false,
                },
                _ => false,
            },
        }
    }
}

/// The set of types that can still hold every value of a column seen so far.
#[derive(Debug, Clone, Copy)]
pub struct Candidates {
    mask: u16,
    /// Whether a non-empty value was seen (an all-empty column is text).
    seen: bool,
}

impl Default for Candidates {
    fn default() -> Self {
        Candidates {
            mask: ALL_TYPES.iter().fold(0, |m, t| m | t.bit()),
            seen: false,
        }
    }
}

impl Candidates {
    /// Narrows the candidates to those that can hold `v` (widening the column type).
    #[inline]
    pub fn observe(&mut self, v: &str) {
        if v.is_empty() || self.mask == ColType::Text.bit() {
            return;
        }
        self.seen = true;
        self.mask &= fitting(v, self.mask);
    }

    /// Whether a non-empty value was seen.
    pub fn seen(&self) -> bool {
        self.seen
    }

    /// The most specific type left.
    pub fn best(&self) -> ColType {
        if !self.seen {
            return ColType::Text;
        }
        ALL_TYPES
            .into_iter()
            .find(|t| self.mask & t.bit() != 0)
            .unwrap_or(ColType::Text)
    }
}

/// The types among `wanted` that can hold `v` unchanged (text always can).
fn fitting(v: &str, wanted: u16) -> u16 {
    let mut m = ColType::Text.bit();
    let want = |t: ColType| wanted & t.bit() != 0;
    let first = v.as_bytes()[0];
    if first.is_ascii_digit() || first == b'-' {
        let numberish = ColType::Integer.bit() | ColType::Bigint.bit() | ColType::Numeric.bit();
        if wanted & numberish != 0 && is_decimal(v) {
            m |= ColType::Numeric.bit();
            if let Some(i) = parse_int(v) {
                m |= ColType::Bigint.bit();
                if i32::try_from(i).is_ok() {
                    m |= ColType::Integer.bit();
                }
            }
        }
        let timeish = ColType::Date.bit() | ColType::Timestamp.bit() | ColType::Timestamptz.bit();
        if wanted & timeish != 0 && first != b'-' {
            if parse_date(v).is_some() {
                // A date is also midnight of that day.
                m |= ColType::Date.bit() | ColType::Timestamp.bit();
            } else if let Some((_, zone)) = parse_timestamp(v) {
                m |= if zone.is_some() {
                    ColType::Timestamptz.bit()
                } else {
                    ColType::Timestamp.bit()
                };
            }
        }
    } else if first == b'{' || first == b'[' {
        if want(ColType::Jsonb) && is_json(v) {
            m |= ColType::Jsonb.bit();
        }
    } else if want(ColType::Boolean) && parse_bool(v).is_some() {
        m |= ColType::Boolean.bit();
    }
    m
}

fn put_bytes(out: &mut BytesMut, b: &[u8]) {
    out.put_i32(b.len() as i32);
    out.put_slice(b);
}

/// `true`/`false`, `vrai`/`faux`, `oui`/`non`, `yes`/`no`, in any case.
pub fn parse_bool(v: &str) -> Option<bool> {
    if v.len() > 5 {
        return None;
    }
    let l = v.to_ascii_lowercase();
    match l.as_str() {
        "true" | "vrai" | "oui" | "yes" => Some(true),
        "false" | "faux" | "non" | "no" => Some(false),
        _ => None,
    }
}

/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`, not a negative zero: the forms PostgreSQL gives back
/// unchanged.
fn is_decimal(v: &str) -> bool {
    let b = v.as_bytes();
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        _ => (false, b),
    };
    let (int, frac) = match digits.iter().position(|&c| c == b'.') {
        Some(i) => (&digits[..i], Some(&digits[i + 1..])),
        None => (digits, None),
    };
    if int.is_empty() || !int.iter().all(u8::is_ascii_digit) || (int.len() > 1 && int[0] == b'0') {
        return false;
    }
    if let Some(f) = frac {
        if f.is_empty() || !f.iter().all(u8::is_ascii_digit) {
            return false;
        }
    }
    if int.len() + frac.map_or(0, <[u8]>::len) > 1000 {
        return false;
    }
    // PostgreSQL has no negative zero: `-0.0` would come back as `0.0`.
    let zero = int.iter().chain(frac.unwrap_or(&[])).all(|&c| c == b'0');
    !(neg && zero)
}

/// An integer in canonical form (no sign `+`, no leading zero, no `-0`).
fn parse_int(v: &str) -> Option<i64> {
    let b = v.as_bytes();
    let digits = b.strip_prefix(b"-").unwrap_or(b);
    if digits.is_empty()
        || digits.len() > 19
        || !digits.iter().all(u8::is_ascii_digit)
        || (digits.len() > 1 && digits[0] == b'0')
        || v == "-0"
    {
        return None;
    }
    v.parse().ok()
}

fn num(b: &[u8]) -> Option<u32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0u32, |n, &c| n * 10 + (c - b'0') as u32))
}

/// `YYYY-MM-DD` or `DD/MM/YYYY` (French order).
pub fn parse_date(v: &str) -> Option<NaiveDate> {
    let b = v.as_bytes();
    if b.len() != 10 {
        return None;
    }
    let (y, m, d) = if b[4] == b'-' && b[7] == b'-' {
        (num(&b[0..4])?, num(&b[5..7])?, num(&b[8..10])?)
    } else if b[2] == b'/' && b[5] == b'/' {
        (num(&b[6..10])?, num(&b[3..5])?, num(&b[0..2])?)
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// `YYYY-MM-DD[T ]HH:MM[:SS[.ffffff]][Z|±HH[:MM]|±HHMM]`: the local time and the zone if any.
pub fn parse_timestamp(v: &str) -> Option<(NaiveDateTime, Option<FixedOffset>)> {
    let b = v.as_bytes();
    if b.len() < 16 || !(b[10] == b'T' || b[10] == b' ') {
        return None;
    }
    let date = parse_date(&v[..10])?;
    if b[4] != b'-' {
        return None;
    }
    let rest = &b[11..];
    if rest.len() < 5 || rest[2] != b':' {
        return None;
    }
    let h = num(&rest[0..2])?;
    let mi = num(&rest[3..5])?;
    let mut i = 5;
    let mut s = 0;
    let mut micros = 0;
    if rest.get(i) == Some(&b':') {
        s = num(rest.get(i + 1..i + 3)?)?;
        i += 3;
        if rest.get(i) == Some(&b'.') {
            let start = i + 1;
            let mut end = start;
            while end < rest.len() && rest[end].is_ascii_digit() {
                end += 1;
            }
            // More than microseconds would be rounded by PostgreSQL: keep such values as text.
            if end == start || end - start > 6 {
                return None;
            }
            micros = num(&rest[start..end])? * 10u32.pow(6 - (end - start) as u32);
            i = end;
        }
    }
    let time = NaiveTime::from_hms_micro_opt(h, mi, s, micros)?;
    let zone = &rest[i..];
    let offset = match zone {
        [] => None,
        [b'Z'] => Some(FixedOffset::east_opt(0)?),
        [sign @ (b'+' | b'-'), z @ ..] => {
            let (zh, zm) = match z {
                [a, b] => (num(&[*a, *b])?, 0),
                [a, b, b':', c, d] | [a, b, c, d] => (num(&[*a, *b])?, num(&[*c, *d])?),
                _ => return None,
            };
            if zh > 15 || zm > 59 {
                return None;
            }
            let secs = (zh * 3600 + zm * 60) as i32;
            Some(FixedOffset::east_opt(if *sign == b'-' {
                -secs
            } else {
                secs
            })?)
        }
        _ => return None,
    };
    Some((NaiveDateTime::new(date, time), offset))
}

fn is_json(v: &str) -> bool {
    // jsonb refuses the NUL character, which serde_json accepts.
    !v.contains("\\u0000") && serde_json::from_str::<serde::de::IgnoredAny>(v).is_ok()
}

/// PostgreSQL's epoch, 2000-01-01 00:00:00.
fn pg_epoch() -> NaiveDateTime {
    const PG_EPOCH_DAYS_AFTER_UNIX: i64 = 10_957;
    chrono::DateTime::UNIX_EPOCH.naive_utc() + chrono::Duration::days(PG_EPOCH_DAYS_AFTER_UNIX)
}

fn micros_since_pg_epoch(t: NaiveDateTime) -> i64 {
    let d = t.date().num_days_from_ce() as i64 - pg_epoch().date().num_days_from_ce() as i64;
    let secs = d * 86_400 + t.time().num_seconds_from_midnight() as i64;
    secs * 1_000_000 + (t.time().nanosecond() / 1_000) as i64
}

/// PostgreSQL's binary numeric: base-10000 digits, weight of the first, sign, display scale.
fn encode_numeric(v: &str, out: &mut BytesMut) -> bool {
    if !is_decimal(v) {
        return false;
    }
    let (neg, body) = match v.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, v),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let int = int.trim_start_matches('0');
    let dscale = frac.len() as i16;
    // Pad the integer part on the left and the fraction on the right to groups of 4.
    let lead = (4 - int.len() % 4) % 4;
    let mut digits: Vec<i16> = Vec::with_capacity((int.len() + frac.len()) / 4 + 2);
    let group = |chunk: &mut dyn Iterator<Item = u8>| {
        let mut g: i16 = 0;
        for c in chunk {
            g = g * 10 + (c - b'0') as i16;
        }
        g
    };
    let int_padded: Vec<u8> = std::iter::repeat_n(b'0', lead).chain(int.bytes()).collect();
    for c in int_padded.chunks(4) {
        digits.push(group(&mut c.iter().copied()));
    }
    let int_groups = digits.len() as i16;
    let frac_pad = (4 - frac.len() % 4) % 4;
    let frac_padded: Vec<u8> = frac
        .bytes()
        .chain(std::iter::repeat_n(b'0', frac_pad))
        .collect();
    for c in frac_padded.chunks(4) {
        digits.push(group(&mut c.iter().copied()));
    }
    let mut weight = int_groups - 1;
    // Leading and trailing zero groups are implied by weight and dscale.
    let lead_zeros = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..lead_zeros);
    weight -= lead_zeros as i16;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    if digits.is_empty() {
        weight = 0;
    }
    out.put_i32(8 + 2 * digits.len() as i32);
    out.put_i16(digits.len() as i16);
    out.put_i16(weight);
    out.put_u16(if neg && !digits.is_empty() { 0x4000 } else { 0 });
    out.put_i16(dscale);
    for d in digits {
        out.put_i16(d);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_postgres_epoch_is_2000() {
        assert_eq!(pg_epoch().to_string(), "2000-01-01 00:00:00");
    }

    fn infer(values: &[&str]) -> ColType {
        let mut c = Candidates::default();
        for v in values {
            c.observe(v);
        }
        c.best()
    }

    #[test]
    fn infers_the_most_specific_type() {
        assert_eq!(infer(&["1", "-2", "", "300"]), ColType::Integer);
        assert_eq!(infer(&["1", "3000000000"]), ColType::Bigint);
        assert_eq!(infer(&["1", "99999999999999999999"]), ColType::Numeric);
        assert_eq!(infer(&["1.5", "2", "-0.25"]), ColType::Numeric);
        assert_eq!(infer(&["true", "FALSE", "Oui", "non"]), ColType::Boolean);
        assert_eq!(infer(&["2024-01-31", "31/12/2023"]), ColType::Date);
        assert_eq!(
            infer(&["2024-01-31", "2024-01-31T10:00:00"]),
            ColType::Timestamp
        );
        assert_eq!(
            infer(&["2024-01-31T10:00:00+01:00", "2024-02-01 08:00Z"]),
            ColType::Timestamptz
        );
        assert_eq!(
            infer(&[r#"{"type": "Point", "coordinates": [1.4, 43.6]}"#, "[1]"]),
            ColType::Jsonb
        );
        assert_eq!(infer(&["", ""]), ColType::Text);
        assert_eq!(infer(&["43.6, 1.44"]), ColType::Text);
    }

    #[test]
    fn a_late_value_widens_the_column() {
        let mut many = vec!["12"; 10_000];
        many.push("12.5");
        assert_eq!(infer(&many), ColType::Numeric);
        many.push("n/a");
        assert_eq!(infer(&many), ColType::Text);
        assert_eq!(infer(&["2024-01-01", "2024-13-01"]), ColType::Text);
        assert_eq!(
            infer(&["2024-01-01T00:00:00Z", "2024-01-01T00:00:00"]),
            ColType::Text
        );
    }

    #[test]
    fn values_that_would_change_stay_text() {
        for v in [
            "01000", "2A004", "+33", "-0", "1e5", " 12", "12 ", "1,5", "1.", ".5", "-0.0",
        ] {
            assert_eq!(infer(&[v]), ColType::Text, "{v:?}");
        }
        assert_eq!(infer(&["2024-01-01T10:00:00.1234567"]), ColType::Text);
        assert_eq!(infer(&["2024-1-1"]), ColType::Text);
        assert_eq!(infer(&[r#"{"a": "\u0000"}"#]), ColType::Text);
        assert_eq!(infer(&["{not json"]), ColType::Text);
        assert_eq!(infer(&["0"]), ColType::Integer);
        assert_eq!(infer(&["0.50"]), ColType::Numeric);
    }

    #[test]
    fn encoding_succeeds_exactly_for_the_inferred_types() {
        let values = [
            "1",
            "-7",
            "0",
            "01",
            "3000000000",
            "99999999999999999999",
            "1.5",
            "-0",
            "2024-02-29",
            "2023-02-29",
            "31/12/2023",
            "2024-01-01T10:00",
            "2024-01-01 10:00:00.123456Z",
            "2024-01-01T10:00:00+0200",
            "{\"a\": 1}",
            "[1,",
            "[1]",
            "oui",
            "Faux",
            "x",
            "1,5",
        ];
        for v in values {
            let fit = fitting(v, u16::MAX);
            for t in ALL_TYPES {
                let mut b = BytesMut::new();
                assert_eq!(t.encode(v, &mut b), fit & t.bit() != 0, "{v:?} as {t:?}");
            }
        }
    }

    fn numeric(v: &str) -> Vec<i16> {
        let mut b = BytesMut::new();
        assert!(encode_numeric(v, &mut b));
        b[4..]
            .chunks(2)
            .map(|c| i16::from_be_bytes([c[0], c[1]]))
            .collect()
    }

    #[test]
    fn numeric_binary_layout() {
        // ndigits, weight, sign, dscale, digits...
        assert_eq!(numeric("0"), [0, 0, 0, 0]);
        assert_eq!(numeric("12345.678"), [3, 1, 0, 3, 1, 2345, 6780]);
        assert_eq!(numeric("-0.0001"), [1, -1, 0x4000, 4, 1]);
        assert_eq!(numeric("10000"), [1, 1, 0, 0, 1]);
        assert_eq!(numeric("0.50"), [1, -1, 0, 2, 5000]);
    }

    #[test]
    fn timestamps() {
        let (t, z) = parse_timestamp("2024-03-31T02:30:00.5+02:00").unwrap();
        assert_eq!(t.to_string(), "2024-03-31 02:30:00.500");
        assert_eq!(z.unwrap().local_minus_utc(), 7200);
        assert!(parse_timestamp("2024-03-31 25:00").is_none());
        assert!(parse_timestamp("2024-03-31T10:00:00+0130").is_some());
        assert!(parse_timestamp("2024-03-31T10:00:00 CET").is_none());
    }
}
