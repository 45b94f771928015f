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
    /// "de la Région Occitanie", "du Département", "de l'Agence": the name after « de ».
    pub controller_of: String,
    /// The announced date is later than the policy's: the retention has already passed.
    pub late: bool,
    /// The last day a login surely keeps the account: the day before the deletion, in French.
    pub login_deadline: String,
    pub dpo_email: String,
    pub support_email: String,
}

/// « de » + the article + the name: `la` -> "de la Région", `le` -> "du Département", `les` ->
/// "des …", `l'` -> "de l'Agence", none -> "de Toulouse Métropole".
pub fn of_name(article: &str, name: &str) -> String {
    match article.trim() {
        "le" | "Le" => format!("du {name}"),
        "les" | "Les" => format!("des {name}"),
        "l'" | "L'" | "l’" => format!("de l'{name}"),
        "" => format!("de {name}"),
        a => format!("de {a} {name}"),
    }
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

/// A header of lettre's kind with a fixed name and a plain ASCII value.
macro_rules! plain_header {
    ($ty:ident, $name:literal) => {
        #[derive(Debug, Clone)]
        struct $ty(String);
        impl lettre::message::header::Header for $ty {
            fn name() -> lettre::message::header::HeaderName {
                lettre::message::header::HeaderName::new_from_ascii_str($name)
            }
            fn parse(
                s: &str,
            ) -> std::result::Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok($ty(s.to_string()))
            }
            fn display(&self) -> lettre::message::header::HeaderValue {
                lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}
// RFC 3834: an automated notice; no auto-reply should answer it.
plain_header!(AutoSubmitted, "Auto-Submitted");
// Exchange / Outlook: no out-of-office or other automatic answer.
plain_header!(AutoResponseSuppress, "X-Auto-Response-Suppress");
// RFC 3282.
plain_header!(ContentLanguage, "Content-Language");

/// The fixed parts of every warning: sender, reply-to, the domain of the Message-IDs.
#[derive(Debug, Clone)]
pub struct Envelope {
    pub from: Mailbox,
    pub reply_to: Option<Mailbox>,
    pub id_domain: String,
    /// This database's random id (`rgpdctl_instance`), so Message-IDs differ between databases.
    pub instance: Option<String>,
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
            instance: None,
        })
    }

    /// The same, with this database's instance id in the Message-IDs.
    pub fn with_instance(mut self, instance: String) -> Envelope {
        self.instance = Some(instance);
        self
    }

    /// The Message-ID of a notification: stable across retries of the same notification, so a
    /// receiver can recognise a resent warning as the same message, and unique across databases
    /// (the instance id).
    pub fn message_id(&self, notification_id: i64) -> String {
        match &self.instance {
            Some(i) => format!("<rgpdctl.warning.{notification_id}.{i}@{}>", self.id_domain),
            None => format!("<rgpdctl.warning.{notification_id}@{}>", self.id_domain),
        }
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
            .message_id(Some(message_id.to_string()))
            .header(AutoSubmitted("auto-generated".into()))
            .header(AutoResponseSuppress("All".into()))
            .header(ContentLanguage("fr".into()));
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
            controller_of: "de la Région Occitanie".into(),
            late: false,
            login_deadline: "30 janvier 2026".into(),
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
        assert!(
            head.contains("Auto-Submitted: auto-generated\r\n"),
            "{head}"
        );
        assert!(head.contains("X-Auto-Response-Suppress: All\r\n"), "{head}");
        assert!(head.contains("Content-Language: fr\r\n"), "{head}");
        let env = env.with_instance("0123abcd".into());
        assert_eq!(
            env.message_id(7),
            "<rgpdctl.warning.7.0123abcd@example.org>"
        );
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

    #[test]
    fn the_rendered_warning_is_snapshotted_on_time_and_late() {
        let t = Templates::load(None).unwrap();
        let on_time = t.render(&ctx("zoé")).unwrap();
        insta::assert_snapshot!("warning_subject", on_time.subject);
        insta::assert_snapshot!("warning_text", on_time.text);
        insta::assert_snapshot!("warning_html", on_time.html);
        let late = t
            .render(&WarningContext {
                late: true,
                ..ctx("zoé")
            })
            .unwrap();
        insta::assert_snapshot!("warning_text_late", late.text);
        insta::assert_snapshot!("warning_html_late", late.html);
        // Late: the retention has passed, no « 2 ans … seront donc supprimés » sentence.
        assert!(late.text.contains("a dépassé cette durée de conservation"));
        assert!(!late.text.contains("seront donc supprimés"));
        assert!(on_time.text.contains("seront donc supprimés"));
    }

    #[test]
    fn the_warning_says_what_a_careful_reader_needs() {
        let t = Templates::load(None).unwrap();
        let r = t.render(&ctx("zoé")).unwrap();
        // A phone shows about 40 characters of a subject: the date comes first.
        let at = r.subject.find("31 janvier 2026").unwrap();
        let end = r.subject[..at].chars().count() + "31 janvier 2026".chars().count();
        assert!(end <= 45, "{}", r.subject);
        for part in [&r.text, &r.html] {
            assert!(part.contains("de la Région Occitanie"), "{part}");
            assert!(part.contains("au plus tard le 30 janvier 2026"), "{part}");
            assert!(part.contains("Nous ne vous demanderons jamais votre mot de passe"));
            assert!(part.contains("saisissez vous-même l'adresse de la plateforme"));
            assert!(part.contains("ils restent en ligne"));
        }
        // Non-breaking spaces inside « » and before « : ».
        assert!(r.text.contains("«\u{a0}zoé\u{a0}»"), "{}", r.text);
        assert!(!r.text.contains("« ") && !r.text.contains(" »") && !r.text.contains(" :"));
        assert!(r.html.contains("«&nbsp;<strong>zoé</strong>&nbsp;»"));
        // No link to log in (a phishing mail would have one): the URL is to be typed.
        assert!(
            !r.html.contains("href=\"https://data.laregion.fr"),
            "{}",
            r.html
        );
        assert_eq!(of_name("la", "Région Occitanie"), "de la Région Occitanie");
        assert_eq!(of_name("le", "Département"), "du Département");
        assert_eq!(of_name("l'", "Agence"), "de l'Agence");
        assert_eq!(of_name("les", "Archives"), "des Archives");
        assert_eq!(of_name("", "Toulouse Métropole"), "de Toulouse Métropole");
    }
}
