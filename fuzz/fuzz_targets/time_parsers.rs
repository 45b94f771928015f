//! The duration and time parsers on any input: no panic, every accepted duration in range and
//! round-tripping, and the cutoff at an instant drawn from the input agreeing with the per-row
//! rule on both sides.
#![no_main]

use chrono::{DateTime, Duration, Utc};
use libfuzzer_sys::fuzz_target;
use rgpdctl::policy::{parse_as_of, parse_time, show_date, show_time, CalDuration};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(t) = parse_time(s) {
        let _ = (show_time(t), show_date(t));
    }
    let now = parse_as_of(s).ok();
    if let Ok(d) = s.parse::<CalDuration>() {
        assert!(d.in_range(), "{s:?} gave {d:?}");
        assert_eq!(d.to_string().parse::<CalDuration>(), Ok(d));
        // An instant from the input's bytes, within 2000..2100.
        let h = data.iter().fold(0u64, |h, b| h.wrapping_mul(131).wrapping_add(u64::from(*b)));
        let us = 946_684_800_000_000i64 + (h % 3_187_296_000_000_000) as i64;
        let now = now.unwrap_or_else(|| DateTime::<Utc>::from_timestamp_micros(us).unwrap());
        let c = d.cutoff(now);
        let one = Duration::microseconds(1);
        assert!(d.due(c - one) < now, "{d} at {now}: cutoff {c}");
        assert!(d.due(c) >= now, "{d} at {now}: cutoff {c}");
        let _ = (d.after(now), d.before(now), d.add_to_date(now.date_naive()));
    }
});
