//! One person's data across the platform tables: who they are, what every table holds about
//! them, and the register of their rights requests. Values are always bound parameters.

use crate::error::{AppError, Result};
use crate::output::mask_email;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Map, Value};
use tokio_postgres::GenericClient;

/// How the person was named on the command line.
#[derive(Debug, Clone)]
pub enum Ident {
    Email(String),
    Account(i64),
    Pseudonym(String),
}

impl Ident {
    /// How to name the person in a message without copying their identity (email masked).
    pub fn describe(&self) -> String {
        match self {
            Ident::Email(e) => format!("email `{}`", mask_email(e)),
            Ident::Account(id) => format!("account `{id}`"),
            Ident::Pseudonym(p) => format!("pseudonym `{p}`"),
        }
    }
}

/// The person as found in the database: their account if any, and the email that links their
/// survey responses and requests (the account's, or the one given when there is no account).
#[derive(Debug, Clone)]
pub struct Person {
    pub account_id: Option<i64>,
    pub email: Option<String>,
    pub restricted_at: Option<DateTime<Utc>>,
}

/// Finds the person. `lock` takes the account row FOR UPDATE (erase, restrict, rectify).
/// Returns None when no table knows them.
pub async fn find(c: &impl GenericClient, who: &Ident, lock: bool) -> Result<Option<Person>> {
    let suffix = if lock { " FOR UPDATE" } else { "" };
    let row = match who {
        Ident::Account(id) => {
            c.query_opt(
                &format!(
                    "SELECT id, email, restricted_at FROM accounts WHERE id = $1{suffix}"
                ),
                &[id],
            )
            .await?
        }
        Ident::Pseudonym(p) => {
            c.query_opt(
                &format!("SELECT id, email, restricted_at FROM accounts WHERE pseudonym = $1{suffix}"),
                &[p],
            )
            .await?
        }
        Ident::Email(e) => {
            c.query_opt(
                &format!("SELECT id, email, restricted_at FROM accounts WHERE lower(email) = lower($1){suffix}"),
                &[e],
            )
            .await?
        }
    };
    if let Some(r) = row {
        return Ok(Some(Person {
            account_id: Some(r.get(0)),
            email: Some(r.get(1)),
            restricted_at: r.get(2),
        }));
    }
    // No account: a survey respondent or a requester is still a person we hold data about.
    if let Ident::Email(e) = who {
        let known: bool = c
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM rgpd_responses_of(NULL, $1))
                     OR EXISTS (SELECT 1 FROM rgpd_requests_of(NULL, $1))",
                &[e],
            )
            .await?
            .get(0);
        if known {
            return Ok(Some(Person {
                account_id: None,
                email: Some(e.clone()),
                restricted_at: None,
            }));
        }
    }
    Ok(None)
}

/// The error for a person no table knows (exit 1).
pub fn unknown(who: &Ident) -> AppError {
    AppError::failure(format!("no person known with {}", who.describe())).hint(
        "check the spelling; emails match case-insensitively, `--account` takes the numeric id",
    )
}

/// What a category's rows are keyed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Account,
    Email,
    Both,
}

/// How a column is shown in the CSV files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// A timestamp: ISO 8601 UTC in JSON, Paris wall clock in CSV.
    Time,
    /// A JSON value, written as JSON text in CSV.
    Json,
}

/// One category of data about a person: its JSON key, CSV file, columns and query.
pub struct Category {
    /// Key in `donnees.json` (stable, English snake_case).
    pub key: &'static str,
    /// CSV file name in the archive.
    pub file: &'static str,
    /// French name, for LISEZMOI.txt.
    pub title: &'static str,
    /// (JSON key, French CSV header, kind).
    pub columns: &'static [(&'static str, &'static str, Kind)],
    pub by: Key,
    /// A query selecting exactly `columns`; `$1` is the account id or the email (`Both`: both).
    pub sql: &'static str,
    /// Column to order the rows by.
    pub order: &'static str,
}

use Kind::{Json, Text, Time};

pub const CATEGORIES: &[Category] = &[
    Category {
        key: "account",
        file: "compte.csv",
        title: "Compte (données d'identification et de gestion du compte)",
        columns: &[
            ("id", "identifiant du compte", Text),
            ("pseudonym", "pseudonyme", Text),
            ("first_name", "prénom", Text),
            ("last_name", "nom", Text),
            ("email", "adresse email", Text),
            ("role", "rôle", Text),
            ("created_at", "compte créé le", Time),
            ("last_activity_at", "dernière activité le", Time),
            ("restricted_at", "traitement limité depuis le", Time),
            ("restriction_reason", "motif de la limitation", Text),
            ("objection_at", "opposition enregistrée le", Time),
            ("post_mortem_directive", "directive post mortem", Text),
            ("newsletter_consent_at", "consentement à la lettre d'information le", Time),
        ],
        by: Key::Account,
        sql: "SELECT id, pseudonym, first_name, last_name, email, role, created_at, last_activity_at,
                     restricted_at, restriction_reason, objection_at, post_mortem_directive,
                     newsletter_consent_at
                FROM accounts WHERE id = $1",
        order: "id",
    },
    Category {
        key: "connection_logs",
        file: "connexions.csv",
        title: "Données de connexion (adresse IP, date et heure, géolocalisation approximative, requêtes)",
        columns: &[
            ("occurred_at", "date et heure", Time),
            ("ip", "adresse IP", Text),
            ("geo", "géolocalisation approximative", Text),
            ("request", "requête", Text),
            ("user_agent", "navigateur", Text),
        ],
        by: Key::Account,
        sql: "SELECT occurred_at, host(ip) AS ip, geo, request, user_agent
                FROM connection_logs WHERE account_id = $1",
        order: "occurred_at",
    },
    Category {
        key: "audience_events",
        file: "mesure_audience.csv",
        title: "Mesure d'audience (cookies)",
        columns: &[
            ("occurred_at", "date et heure", Time),
            ("visitor_id", "identifiant de visiteur", Text),
            ("page", "page", Text),
            ("event", "événement", Text),
            ("referrer", "page de provenance", Text),
        ],
        by: Key::Account,
        sql: "SELECT occurred_at, visitor_id, page, event, referrer
                FROM audience_events WHERE account_id = $1",
        order: "occurred_at",
    },
    Category {
        key: "dataset_subscriptions",
        file: "abonnements.csv",
        title: "Abonnements à des jeux de données",
        columns: &[
            ("dataset_slug", "jeu de données (identifiant)", Text),
            ("dataset_title", "jeu de données (titre)", Text),
            ("subscribed_at", "abonné le", Time),
        ],
        by: Key::Account,
        sql: "SELECT d.slug AS dataset_slug, d.title AS dataset_title, s.subscribed_at
                FROM dataset_subscriptions s JOIN datasets d ON d.id = s.dataset_id
               WHERE s.account_id = $1",
        order: "subscribed_at",
    },
    Category {
        key: "datasets_produced",
        file: "jeux_de_donnees_produits.csv",
        title: "Jeux de données publiés en tant que producteur",
        columns: &[
            ("slug", "identifiant", Text),
            ("title", "titre", Text),
            ("source_name", "fichier source", Text),
            ("source_sha256", "empreinte SHA-256 du fichier source", Text),
            ("row_count", "nombre de lignes", Text),
            ("imported_at", "importé le", Time),
        ],
        by: Key::Account,
        sql: "SELECT slug, title, source_name, source_sha256, row_count, imported_at
                FROM datasets WHERE producer_account_id = $1",
        order: "imported_at",
    },
    Category {
        key: "survey_responses",
        file: "reponses_enquetes.csv",
        title: "Réponses aux enquêtes de satisfaction",
        columns: &[
            ("id", "identifiant de la réponse", Text),
            ("survey_slug", "enquête (identifiant)", Text),
            ("survey_title", "enquête (titre)", Text),
            ("email", "adresse email", Text),
            ("submitted_at", "répondu le", Time),
            ("consent_at", "consentement donné le", Time),
            ("withdrawn_at", "consentement retiré le", Time),
            ("answers", "réponses", Json),
        ],
        by: Key::Both,
        sql: "SELECT r.id, s.slug AS survey_slug, s.title AS survey_title, r.email, r.submitted_at,
                     r.consent_at, r.withdrawn_at, r.answers
                FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
               WHERE r.id IN (SELECT rgpd_responses_of($1, $2))",
        order: "submitted_at",
    },
    Category {
        key: "rights_requests",
        file: "demandes_droits.csv",
        title: "Demandes d'exercice de vos droits",
        columns: &[
            ("id", "numéro de demande", Text),
            ("right", "droit exercé", Text),
            ("received_at", "reçue le", Time),
            ("due_at", "date limite de réponse", Text),
            ("extended_due_at", "date limite prolongée", Text),
            ("extension_reason", "motif de la prolongation", Text),
            ("status", "état", Text),
            ("closed_at", "close le", Time),
            ("note", "note", Text),
        ],
        by: Key::Both,
        sql: "SELECT id, \"right\", received_at, due_at, extended_due_at, extension_reason, status,
                     closed_at, note
                FROM rights_requests WHERE id IN (SELECT rgpd_requests_of($1, $2))",
        order: "id",
    },
    Category {
        key: "notifications",
        file: "notifications.csv",
        title: "Messages envoyés (avertissements avant suppression du compte)",
        columns: &[
            ("kind", "type de message", Text),
            ("period_start", "période d'inactivité depuis le", Time),
            ("deletion_date", "date de suppression annoncée", Time),
            ("status", "état", Text),
            ("created_at", "préparé le", Time),
            ("sent_at", "envoyé le", Time),
            ("message_id", "identifiant du message", Text),
        ],
        by: Key::Account,
        sql: "SELECT kind, period_start, deletion_date, status, created_at, sent_at, message_id
                FROM notifications WHERE account_id = $1",
        order: "created_at",
    },
];

/// Timestamps leave the database as ISO 8601 in UTC, whatever the server's time zone (for the
/// rest of the session).
pub async fn utc_timestamps(c: &impl GenericClient) -> Result<()> {
    c.batch_execute("SET TIME ZONE 'UTC'").await?;
    Ok(())
}

/// The rows of one category, as JSON objects keyed by the column keys.
pub async fn gather(c: &impl GenericClient, cat: &Category, p: &Person) -> Result<Vec<Value>> {
    let sql = format!(
        // json_agg, not jsonb_agg: no jsonb building of every row (five times faster for a
        // person with tens of thousands of log rows).
        "SELECT coalesce(json_agg(x ORDER BY x.{}), '[]'::json) FROM ({}) x",
        cat.order, cat.sql
    );
    let v: Value = match cat.by {
        Key::Account => match p.account_id {
            Some(id) => c.query_one(&sql, &[&id]).await?.get(0),
            None => Value::Array(vec![]),
        },
        Key::Email => match &p.email {
            Some(e) => c.query_one(&sql, &[e]).await?.get(0),
            None => Value::Array(vec![]),
        },
        Key::Both => c.query_one(&sql, &[&p.account_id, &p.email]).await?.get(0),
    };
    match v {
        Value::Array(rows) => Ok(rows),
        _ => Ok(vec![]),
    }
}

// ----- the register of rights requests -----

pub const RIGHTS: [&str; 7] = [
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "withdrawal",
];

/// Marks the person's open requests for one of `rights` fulfilled; when there was none,
/// registers one, received and fulfilled now, so that the register shows every answer given.
/// Returns the ids of the requests closed or created.
pub async fn fulfil(
    c: &impl GenericClient,
    p: &Person,
    rights: &[&str],
    now: DateTime<Utc>,
    due: NaiveDate,
    note: &str,
) -> Result<Vec<i64>> {
    let rights: Vec<String> = rights.iter().map(|s| s.to_string()).collect();
    let closed: Vec<i64> = c
        .query(
            "UPDATE rights_requests SET status = 'fulfilled', closed_at = $4,
                    account_id = coalesce(account_id, $1),
                    note = concat_ws(' ; ', note, $5::text)
              WHERE status = 'open' AND \"right\" = ANY($3)
                AND id IN (SELECT rgpd_requests_of($1, $2))
              RETURNING id",
            &[&p.account_id, &p.email, &rights, &now, &note],
        )
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    if !closed.is_empty() {
        return Ok(closed);
    }
    let id: i64 = c
        .query_one(
            "INSERT INTO rights_requests (account_id, subject_email, \"right\", received_at, due_at,
                                          status, closed_at, note)
             VALUES ($1, $2, $3, $4, $5, 'fulfilled', $4, $6) RETURNING id",
            &[&p.account_id, &p.email, &rights[0], &now, &due, &note],
        )
        .await?
        .get(0);
    Ok(vec![id])
}

// ----- erase, restrict, rectify -----

/// The figures of an erasure, in order, as the journal names them.
pub const ERASE_COUNTS: [&str; 7] = [
    "accounts_deleted",
    "connection_logs_deleted",
    "audience_events_deleted",
    "subscriptions_deleted",
    "notifications_deleted",
    "datasets_unlinked",
    "survey_responses_anonymised",
];

/// What erasing the person touches, keyed by `ERASE_COUNTS`.
pub async fn erase_counts(c: &impl GenericClient, p: &Person) -> Result<Map<String, Value>> {
    let row = c
        .query_one(
            "SELECT (SELECT count(*) FROM accounts WHERE id = $1),
                    (SELECT count(*) FROM connection_logs WHERE account_id = $1),
                    (SELECT count(*) FROM audience_events WHERE account_id = $1),
                    (SELECT count(*) FROM dataset_subscriptions WHERE account_id = $1),
                    (SELECT count(*) FROM notifications WHERE account_id = $1),
                    (SELECT count(*) FROM datasets WHERE producer_account_id = $1),
                    (SELECT count(*) FROM rgpd_responses_of($1, $2))",
            &[&p.account_id, &p.email],
        )
        .await?;
    Ok(ERASE_COUNTS
        .iter()
        .enumerate()
        .map(|(i, k)| (k.to_string(), Value::from(row.get::<_, i64>(i))))
        .collect())
}

/// Deletes the account: its logs, audience events, subscriptions and notifications go with it
/// by foreign key, datasets it produced lose the link.
pub async fn delete_account(c: &impl GenericClient, id: i64) -> Result<u64> {
    Ok(c.execute("DELETE FROM accounts WHERE id = $1", &[&id])
        .await?)
}

/// Marks the account restricted (Art. 18) since `at`, with the reason given.
pub async fn restrict(
    c: &impl GenericClient,
    id: i64,
    at: DateTime<Utc>,
    reason: Option<&str>,
) -> Result<u64> {
    Ok(c.execute(
        "UPDATE accounts SET restricted_at = $2, restriction_reason = $3 WHERE id = $1",
        &[&id, &at, &reason],
    )
    .await?)
}

/// Lifts the account's restriction.
pub async fn unrestrict(c: &impl GenericClient, id: i64) -> Result<u64> {
    Ok(c.execute(
        "UPDATE accounts SET restricted_at = NULL, restriction_reason = NULL WHERE id = $1",
        &[&id],
    )
    .await?)
}

/// Sets one identification field of the account; `field` is one of a fixed list, never input.
/// Returns whether the value changed; a value another account has is refused.
pub async fn rectify(
    c: &impl GenericClient,
    id: i64,
    field: &'static str,
    value: &Option<String>,
) -> Result<bool> {
    let sql = format!(
        "UPDATE accounts SET {col} = $2 WHERE id = $1 AND {col} IS DISTINCT FROM $2",
        col = crate::db::quote_ident(field)
    );
    match c.execute(&sql, &[&id, value]).await {
        Ok(n) => Ok(n > 0),
        // Not kept as the cause: the server's detail quotes the value (personal data).
        Err(e) if e.code() == Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION) => {
            Err(AppError::failure(format!(
                "another account already uses this {field}: nothing changed"
            )))
        }
        Err(e) => Err(e.into()),
    }
}

/// Sets the run's clock for the rest of transaction `c`: the identifier history
/// (`account_identifiers`, kept by a trigger) dates a change of email or pseudonym with it.
pub async fn set_clock(c: &impl GenericClient, now: DateTime<Utc>) -> Result<()> {
    c.execute(
        "SELECT set_config('rgpdctl.now', $1, true)",
        &[&now.to_rfc3339()],
    )
    .await?;
    Ok(())
}

/// Whether an account holds or held `email` (case-insensitive), by its identifier history.
pub async fn address_of_an_account(c: &impl GenericClient, email: &str) -> Result<bool> {
    Ok(c.query_one(
        "SELECT EXISTS (SELECT 1 FROM account_identifiers
                             WHERE kind = 'email' AND value = lower($1) AND account_id IS NOT NULL)
                 OR EXISTS (SELECT 1 FROM accounts WHERE lower(email) = lower($1))",
        &[&email],
    )
    .await?
    .get(0))
}

/// Rectifies the address of a person without an account: their survey responses and the
/// requests registered under it move to `new`. Returns (responses, requests) changed.
pub async fn rectify_unlinked_email(
    c: &impl GenericClient,
    old: &str,
    new: &str,
) -> Result<(u64, u64)> {
    let responses = c
        .execute(
            "UPDATE survey_responses SET email = $2
              WHERE id IN (SELECT rgpd_responses_of(NULL, $1)) AND email IS DISTINCT FROM $2",
            &[&old, &new],
        )
        .await?;
    let requests = c
        .execute(
            "UPDATE rights_requests SET subject_email = $2
              WHERE id IN (SELECT rgpd_requests_of(NULL, $1)) AND subject_email IS DISTINCT FROM $2",
            &[&old, &new],
        )
        .await?;
    Ok((responses, requests))
}

// ----- objection (Art. 21) -----

/// The account's objection: since when, and to what.
pub async fn objection(
    c: &impl GenericClient,
    id: i64,
) -> Result<(Option<DateTime<Utc>>, Option<String>)> {
    let r = c
        .query_one(
            "SELECT objection_at, objection_scope FROM accounts WHERE id = $1",
            &[&id],
        )
        .await?;
    Ok((r.get(0), r.get(1)))
}

/// What an objection of `scope` stops now: (audience events to delete, newsletter consent to
/// withdraw: 0 or 1).
pub async fn objection_counts(c: &impl GenericClient, id: i64, scope: &str) -> Result<(i64, i64)> {
    let r = c
        .query_one(
            "SELECT CASE WHEN $2 IN ('statistics', 'all')
                         THEN (SELECT count(*) FROM audience_events WHERE account_id = $1) ELSE 0 END,
                    CASE WHEN $2 IN ('communications', 'all')
                         THEN (SELECT count(*) FROM accounts WHERE id = $1 AND newsletter_consent_at IS NOT NULL)
                         ELSE 0 END",
            &[&id, &scope],
        )
        .await?;
    Ok((r.get(0), r.get(1)))
}

/// Records the objection and stops what it objects to: audience measurement rows deleted
/// (statistics), newsletter consent withdrawn (communications).
pub async fn object(
    c: &impl GenericClient,
    id: i64,
    at: DateTime<Utc>,
    scope: &str,
) -> Result<(u64, u64)> {
    c.execute(
        "UPDATE accounts SET objection_at = $2, objection_scope = $3 WHERE id = $1",
        &[&id, &at, &scope],
    )
    .await?;
    let audience = if scope == "statistics" || scope == "all" {
        c.execute("DELETE FROM audience_events WHERE account_id = $1", &[&id])
            .await?
    } else {
        0
    };
    let newsletter = if scope == "communications" || scope == "all" {
        c.execute(
            "UPDATE accounts SET newsletter_consent_at = NULL
              WHERE id = $1 AND newsletter_consent_at IS NOT NULL",
            &[&id],
        )
        .await?
    } else {
        0
    };
    Ok((audience, newsletter))
}

/// Lifts the objection.
pub async fn unobject(c: &impl GenericClient, id: i64) -> Result<u64> {
    Ok(c.execute(
        "UPDATE accounts SET objection_at = NULL, objection_scope = NULL
          WHERE id = $1 AND objection_at IS NOT NULL",
        &[&id],
    )
    .await?)
}

/// How many open requests for `right` the person has.
pub async fn open_requests(c: &impl GenericClient, p: &Person, right: &str) -> Result<i64> {
    Ok(c.query_one(
        "SELECT count(*) FROM rights_requests
              WHERE status = 'open' AND \"right\" = $3 AND id IN (SELECT rgpd_requests_of($1, $2))",
        &[&p.account_id, &p.email, &right],
    )
    .await?
    .get(0))
}
