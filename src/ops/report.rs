//! `report`: the compliance status the DPO shows an auditor — per retention rule, what is within
//! the limit, what is past it, the oldest row, what becomes due before the horizon; the open
//! rights requests; the last runs of each job. Reads only.

use super::Env;
use crate::db::report::{self as q, Figures, LastRun};
use crate::db::Db;
use crate::error::Result;
use crate::policy::CalDuration;
use chrono::{DateTime, Utc};

pub const DEFAULT_HORIZON_DAYS: u32 = 30;

/// The options of a report; `Default` is the documented default (the command line's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOptions {
    /// Days ahead for the "due next" column.
    pub horizon: u32,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            horizon: DEFAULT_HORIZON_DAYS,
        }
    }
}

/// One retention rule (or the requests' deadline) and where the data stands against it.
#[derive(Debug, Clone)]
pub struct Line {
    pub category: &'static str,
    pub rule: String,
    /// Where the rule is written (notice, article).
    pub source: &'static str,
    pub figures: Figures,
    pub note: String,
    /// Counted in `past_total` (false for a line whose rows another line already counts, or
    /// that is not a retention limit: the bounced warnings, the freshness of the activity data).
    pub in_total: bool,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub as_of: DateTime<Utc>,
    pub horizon_days: u32,
    pub lines: Vec<Line>,
    pub last_runs: Vec<LastRun>,
}

impl Report {
    /// Items past their limit (rows and overdue requests).
    pub fn past_total(&self) -> i64 {
        self.lines
            .iter()
            .filter(|l| l.in_total)
            .map(|l| l.figures.past)
            .sum()
    }
}

/// The jobs whose last runs the report shows.
pub const JOBS: [&str; 6] = [
    "logs purge",
    "surveys anonymise",
    "accounts warn",
    "accounts purge",
    "enforce",
    "db migrate",
];

pub async fn report(env: &Env, db: &mut Db, opts: &ReportOptions) -> Result<Report> {
    let now = env.now();
    let p = &env.settings.policy;
    let later = CalDuration::Days(opts.horizon).after(now);
    let mut lines = Vec::new();

    // Accounts: the deletion date is last activity + 24 months.
    let (figures, restricted, warned) =
        q::accounts(db, p.inactivity_cutoff(now), p.inactivity_cutoff(later)).await?;
    lines.push(Line {
        category: "accounts (identification data)",
        rule: format!(
            "{} after the last activity, warning mail {} before",
            p.account_inactivity, p.warning_lead
        ),
        source: "platform notice, « Vos données sont conservées »",
        figures,
        note: format!(
            "{restricted} restricted (Art. 18), kept; {warned} of those past the limit warned, waiting for the announced date"
        ),
        in_total: true,
    });

    // Bounced warnings (issue 12, point 8): their accounts are counted in the line above.
    let lead = env.settings.bounce_lead;
    let (figures, corrected, ids) = q::bounced(
        db,
        lead.before(now),
        lead.before(later),
        p.inactivity_cutoff(now),
        p.inactivity_cutoff(later),
    )
    .await?;
    let listed = if ids.is_empty() {
        String::new()
    } else {
        let shown: Vec<String> = ids.iter().map(i64::to_string).collect();
        format!(
            "; deletable now: account id {}{}",
            shown.join(", "),
            if (ids.len() as i64) < figures.past {
                ", …"
            } else {
                ""
            }
        )
    };
    lines.push(Line {
        category: "bounced warnings (accounts)",
        rule: format!(
            "account deleted {lead} after the failed attempt once past the inactivity limit, unless the address was corrected (then warned again)"
        ),
        source: "docs/accounts.md « Bounced warnings » (accounts.bounce_lead)",
        figures,
        note: format!(
            "past = deletable by `accounts purge`; {corrected} with a corrected address: a new warning is due{listed}"
        ),
        in_total: false,
    });

    // The freshness of the activity data (issue 12, point 6).
    let max_age = env.settings.activity_max_age;
    let f = crate::db::accounts::activity_freshness(db, now).await?;
    let fresh = f.known_until.is_some_and(|k| k >= max_age.before(now));
    let last = match &f.last_import {
        Some(l) => format!(
            "last activity import: `{} import` of {}",
            l.kind,
            crate::policy::show_time(l.imported_at)
        ),
        None => "no activity import recorded".to_string(),
    };
    lines.push(Line {
        category: "activity data (platform imports)",
        rule: format!("accounts warn / purge need activity at most {max_age} old"),
        source: "docs/accounts.md « Fresh activity data » (accounts.activity_max_age)",
        figures: Figures {
            within: i64::from(fresh),
            past: i64::from(!fresh),
            oldest: f.known_until,
            due_next: 0,
        },
        note: format!(
            "{}; activity known up to {}; {last}",
            if fresh {
                "fresh"
            } else {
                "STALE: accounts warn and purge refuse it"
            },
            f.known_until
                .map(crate::policy::show_time)
                .unwrap_or_else(|| "never".into())
        ),
        in_total: false,
    });

    for (table, category, dur, source) in [
        (
            "connection_logs",
            "connection logs (IP, logins, geolocation, queries)",
            p.connection_logs,
            "platform notice, « données de connexion »",
        ),
        (
            "audience_events",
            "audience measurement / cookies",
            p.audience_events,
            "platform notice, « UTILISATION DES COOKIES »",
        ),
    ] {
        lines.push(Line {
            category,
            rule: format!("{dur}, then deleted"),
            source,
            figures: q::logs(db, table, dur.cutoff(now), dur.cutoff(later)).await?,
            note: String::new(),
            in_total: true,
        });
    }

    let (figures, anonymised) =
        q::survey_emails(db, p.survey_email_cutoff(now), p.survey_email_cutoff(later)).await?;
    lines.push(Line {
        category: "survey respondents' emails",
        rule: format!(
            "{}, then anonymised (answers kept for statistics)",
            p.survey_email
        ),
        source: "survey notice, « Durée de conservation »",
        figures,
        note: format!("{anonymised} anonymised responses kept"),
        in_total: true,
    });

    let paris = |t: DateTime<Utc>| t.with_timezone(&chrono_tz::Europe::Paris).date_naive();
    lines.push(Line {
        category: "open rights requests",
        rule: format!(
            "answered within {} of receipt (+{} if extended)",
            p.request_deadline, p.request_extension
        ),
        source: "GDPR Art. 12(3)",
        figures: q::open_requests(db, paris(now), paris(later)).await?,
        note: "past = overdue".into(),
        in_total: true,
    });

    Ok(Report {
        as_of: now,
        horizon_days: opts.horizon,
        lines,
        last_runs: q::last_runs(db, &JOBS).await?,
    })
}
