//! Mail: the warning templates (minijinja, built in and overridable) and the message builder.
//!
//! Headers are only ever built through lettre's typed builders (`Mailbox`, `Subject`, ...), which
//! encode non-ASCII and control characters (RFC 2047), so a name or pseudonym holding CR/LF cannot
//! inject a header; control characters are also replaced by spaces before they get there.

pub mod outbox;
pub mod transport;

use crate::error::{AppError, Result};
use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Europe::Paris;
use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::{Address, Message};
use minijinja::Environment;
use serde::Serialize;
use std::path::Path;

/// The templates of the warning mail, by file name, with their built-in text.
pub const TEMPLATES: [(&str, &str); 3] = [
    (
        "warning.subject.txt",
        include_str!("templates/warning.subject.txt"),
    ),
    ("warning.txt", include_str!("templates/warning.txt")),
    ("warning.html", include_str!("templates/warning.html")),
];

/// The compiled templates: built-in ones, each replaced by the file of the same name in the
/// configured folder when there is one.
pub struct Templates {
    env: Environment<'static>,
    /// Which templates came from the folder (for `-v`).
    pub overridden: Vec<String>,
    /// Mails from a simulated-clock (test/demo) database: subject and text say « [SIMULATION] ».
    pub simulation: bool,
}

impl Templates {
    pub fn load(dir: Option<&Path>) -> Result<Templates> {
        let mut env = Environment::new();
        // Sanity over silence: a misspelt variable in a custom template is an error, not a blank.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        let mut overridden = Vec::new();
        for (name, builtin) in TEMPLATES {
            let source = match dir.map(|d| d.join(name)) {
                Some(path) if path.exists() => {
                    overridden.push(name.to_string());
                    std::fs::read_to_string(&path).map_err(|e| {
                        AppError::usage(format!("cannot read template `{}`: {e}", path.display()))
                    })?
                }
                _ => builtin.to_string(),
            };
            env.add_template_owned(name, source).map_err(|e| {
                AppError::usage(format!("template `{name}`: {e}")).hint(
                    "fix the template in mail.templates_dir, or remove it to use the built-in one",
                )
            })?;
        }
        if let Some(d) = dir {
            if !d.is_dir() {
                return Err(AppError::usage(format!(
                    "templates folder `{}` does not exist",
                    d.display()
                ))
                .hint("set mail.templates_dir to a folder holding warning.subject.txt, warning.txt and/or warning.html"));
            }
        }
        Ok(Templates {
            env,
            overridden,
            simulation: false,
        })
    }

    /// Renders the three parts of one warning.
    pub fn render(&self, ctx: &WarningContext) -> Result<Rendered> {
        let r = |name: &str| {
            self.env
                .get_template(name)
                .and_then(|t| t.render(ctx))
                .map_err(|e| {
                    AppError::usage(format!("rendering template `{name}`: {e}")).hint(
                        "check the variables used by the template (see docs: accounts, templates)",
                    )
                })
        };
        let rendered = Rendered {
            subject: one_line(&r("warning.subject.txt")?),
            text: r("warning.txt")?,
            html: r("warning.html")?,
        };
        Ok(if self.simulation {
            mark_simulation(rendered)
        } else {
            rendered
        })
    }
}

/// What the templates can use.
#[derive(Debug, Clone, Serialize)]
pub struct WarningContext {
    pub pseudonym: String,
    pub first_name: String,
    pub last_name: String,
    /// "Prénom Nom", or the pseudonym when the names are unknown.
    pub display_name: String,
    /// In French: "31 janvier 2026".
    pub deletion_date: String,
    pub deletion_date_iso: String,
    pub last_activity_date: String,
    /// The retention, in French ("24 mois").
    pub inactivity: String,
    pub platform_name: String,
    pub platform_url: String,
    pub controller_name: String,
    pub dpo_email: String,
    pub support_email: String,
}

pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// A mail from a simulated-clock database says so, in its subject and first line.
fn mark_simulation(r: Rendered) -> Rendered {
    const NOTE: &str = "Message issu d'une base de test ou de démonstration (horloge simulée) : il ne concerne aucun compte réel.";
    let html = match r
        .html
        .find("<body")
        .and_then(|i| r.html[i..].find('>').map(|j| i + j + 1))
    {
        Some(at) => format!(
            "{}<p><strong>[SIMULATION]</strong> {NOTE}</p>{}",
            &r.html[..at],
            &r.html[at..]
        ),
        None => format!("<p><strong>[SIMULATION]</strong> {NOTE}</p>{}", r.html),
    };
    Rendered {
        subject: format!("[SIMULATION] {}", r.subject),
        text: format!("[SIMULATION] {NOTE}\n\n{}", r.text),
        html,
    }
}

/// A date on the Paris calendar, in French: `1er mars 2026`, `31 janvier 2026`.
pub fn french_date(t: DateTime<Utc>) -> String {
    const MONTHS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let d = t.with_timezone(&Paris).date_naive();
    let day = if d.day() == 1 {
        "1er".to_string()
    } else {
        d.day().to_string()
    };
    format!("{day} {} {}", MONTHS[d.month0() as usize], d.year())
}

/// A duration in French: `24 mois`, `2 ans`, `30 jours`.
pub fn french_duration(d: crate::policy::CalDuration) -> String {
    use crate::policy::CalDuration::*;
    match d {
        Months(m) if m % 12 == 0 && m >= 12 => {
            let y = m / 12;
            if y == 1 {
                "1 an".into()
            } else {
                format!("{y} ans")
            }
        }
        Months(m) => format!("{m} mois"),
        Days(1) => "1 jour".into(),
        Days(n) => format!("{n} jours"),
    }
}

/// Control characters (CR, LF, tabs...) become spaces, runs of spaces one space: what goes into
/// a header is one line whatever the database holds.
pub fn one_line(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The fixed parts of every warning: sender, reply-to, the domain of the Message-IDs.
#[derive(Debug, Clone)]
pub struct Envelope {
    pub from: Mailbox,
    pub reply_to: Option<Mailbox>,
    pub id_domain: String,
}

impl Envelope {
    pub fn new(from: &str, reply_to: Option<&str>, sender_name: &str) -> Result<Envelope> {
        let parse = |what: &str, s: &str| -> Result<Mailbox> {
            // Either a bare address (named after the platform) or `Name <addr>`.
            match s.parse::<Address>() {
                Ok(addr) => Ok(Mailbox::new(Some(one_line(sender_name)), addr)),
                Err(_) => s.parse::<Mailbox>().map_err(|e| {
                    AppError::usage(format!("invalid {what} address `{s}`: {e}"))
                        .hint("use `addr@example.org` or `Name <addr@example.org>`")
                }),
            }
        };
        let from = parse("sender (--mail-from)", from)?;
        let reply_to = reply_to.map(|r| parse("reply-to", r)).transpose()?;
        let id_domain = from.email.domain().to_string();
        Ok(Envelope {
            from,
            reply_to,
            id_domain,
        })
    }

    /// The Message-ID of a notification: stable across retries of the same notification, so a
    /// receiver can recognise a resent warning as the same message.
    pub fn message_id(&self, notification_id: i64) -> String {
        format!("<rgpdctl.warning.{notification_id}@{}>", self.id_domain)
    }

    /// Builds the message. Fails (permanently for this recipient) on an invalid address.
    pub fn build(
        &self,
        to_email: &str,
        to_name: Option<&str>,
        rendered: &Rendered,
        message_id: &str,
        date: DateTime<Utc>,
    ) -> std::result::Result<Message, String> {
        let addr: Address = to_email
            .trim()
            .parse()
            .map_err(|e| format!("invalid recipient address: {e}"))?;
        let name = to_name.map(one_line).filter(|n| !n.is_empty());
        let mut b = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(name, addr))
            .subject(one_line(&rendered.subject))
            .date(date.into())
            .message_id(Some(message_id.to_string()));
        if let Some(r) = &self.reply_to {
            b = b.reply_to(r.clone());
        }
        b.multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(rendered.text.clone()),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(rendered.html.clone()),
                ),
        )
        .map_err(|e| format!("cannot build the message: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::parse_time;

    fn ctx(pseudonym: &str) -> WarningContext {
        WarningContext {
            pseudonym: pseudonym.into(),
            first_name: "Élodie".into(),
            last_name: "N'Diaye".into(),
            display_name: "Élodie N'Diaye".into(),
            deletion_date: "31 janvier 2026".into(),
            deletion_date_iso: "2026-01-31".into(),
            last_activity_date: "31 janvier 2024".into(),
            inactivity: "24 mois".into(),
            platform_name: "Plateforme Open Data Occitanie".into(),
            platform_url: "https://data.laregion.fr".into(),
            controller_name: "Région Occitanie".into(),
            dpo_email: "dpd@laregion.fr".into(),
            support_email: "opendata@laregion.fr".into(),
        }
    }

    #[test]
    fn a_simulation_says_so_in_subject_text_and_html_and_only_then() {
        let mut t = Templates::load(None).unwrap();
        let real = t.render(&ctx("zoé")).unwrap();
        assert!(!real.subject.contains("SIMULATION") && !real.text.contains("SIMULATION"));
        t.simulation = true;
        let sim = t.render(&ctx("zoé")).unwrap();
        assert_eq!(sim.subject, format!("[SIMULATION] {}", real.subject));
        assert!(sim
            .text
            .starts_with("[SIMULATION] Message issu d'une base de test"));
        assert!(sim.text.ends_with(&real.text));
        assert!(sim.html.contains("<strong>[SIMULATION]</strong>"));
    }

    #[test]
    fn french_dates() {
        assert_eq!(
            french_date(parse_time("2026-01-31").unwrap()),
            "31 janvier 2026"
        );
        assert_eq!(
            french_date(parse_time("2026-03-01").unwrap()),
            "1er mars 2026"
        );
        // 23:30 UTC on 31 July is already 1 August in Paris.
        assert_eq!(
            french_date(parse_time("2026-07-31T23:30:00Z").unwrap()),
            "1er août 2026"
        );
        assert_eq!(
            french_duration(crate::policy::CalDuration::Months(24)),
            "2 ans"
        );
        assert_eq!(
            french_duration(crate::policy::CalDuration::Months(18)),
            "18 mois"
        );
    }

    #[test]
    fn built_in_templates_render_the_facts() {
        let t = Templates::load(None).unwrap();
        let r = t.render(&ctx("<b>zoé</b>")).unwrap();
        assert!(r.subject.contains("31 janvier 2026"), "{}", r.subject);
        assert!(r.text.contains("dpd@laregion.fr"));
        assert!(r.text.contains("vous connecter"));
        assert!(r.text.contains("<b>zoé</b>"));
        // HTML escapes what comes from the database.
        assert!(
            r.html.contains("&lt;b&gt;zoé&lt;&#x2f;b&gt;")
                || r.html.contains("&lt;b&gt;zoé&lt;/b&gt;")
        );
        assert!(!r.html.contains("<b>zoé</b>"));
    }

    #[test]
    fn no_header_injection_through_a_pseudonym_or_a_name() {
        let t = Templates::load(None).unwrap();
        let r = t
            .render(&ctx("evil\r\nBcc: victim@example.net\r\n"))
            .unwrap();
        let env = Envelope::new("noreply@example.org", None, "Plateforme").unwrap();
        let m = env
            .build(
                "dest@example.org",
                Some("Jean\r\nBcc: other@example.net"),
                &r,
                &env.message_id(7),
                parse_time("2026-06-15").unwrap(),
            )
            .unwrap();
        let raw = String::from_utf8(m.formatted()).unwrap();
        let head = raw.split("\r\n\r\n").next().unwrap();
        assert!(
            !head
                .lines()
                .any(|l| l.to_ascii_lowercase().starts_with("bcc:")),
            "{head}"
        );
        assert_eq!(m.envelope().to().len(), 1);
        assert!(head.contains("Message-ID: <rgpdctl.warning.7@example.org>"));
    }

    #[test]
    fn custom_templates_override_and_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("warning.subject.txt"),
            "Adieu {{ pseudonym }}",
        )
        .unwrap();
        let t = Templates::load(Some(dir.path())).unwrap();
        assert_eq!(t.overridden, vec!["warning.subject.txt"]);
        assert_eq!(t.render(&ctx("zoé")).unwrap().subject, "Adieu zoé");
        std::fs::write(dir.path().join("warning.txt"), "{{ nope }}").unwrap();
        let t = Templates::load(Some(dir.path())).unwrap();
        assert!(t.render(&ctx("zoé")).is_err());
        std::fs::write(dir.path().join("warning.html"), "{% if %}").unwrap();
        assert!(Templates::load(Some(dir.path())).is_err());
    }
}
