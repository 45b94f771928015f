//! The `datasets` catalogue table: one row per imported dataset, its table in schema `datasets`.

use crate::db::quote_qualified;
use crate::error::{AppError, Result};
use chrono::{DateTime, Utc};
use serde_json::Value;

/// The schema holding every dataset's table.
pub const SCHEMA: &str = "datasets";

#[derive(Debug, Clone)]
pub struct Entry {
    pub id: i64,
    pub slug: String,
    pub title: Option<String>,
    pub producer: Option<String>,
    pub table_name: String,
    pub source_name: Option<String>,
    pub source_sha256: Option<String>,
    pub row_count: i64,
    pub columns: Value,
    pub imported_at: DateTime<Utc>,
    pub imported_by: String,
}

const SELECT: &str = "SELECT d.id, d.slug, d.title, a.pseudonym, d.table_name, d.source_name,
        d.source_sha256, d.row_count, d.columns, d.imported_at, d.imported_by
   FROM datasets d LEFT JOIN accounts a ON a.id = d.producer_account_id";

fn entry(r: &tokio_postgres::Row) -> Entry {
    Entry {
        id: r.get(0),
        slug: r.get(1),
        title: r.get(2),
        producer: r.get(3),
        table_name: r.get(4),
        source_name: r.get(5),
        source_sha256: r.get(6),
        row_count: r.get(7),
        columns: r.get(8),
        imported_at: r.get(9),
        imported_by: r.get(10),
    }
}

pub async fn list(db: &tokio_postgres::Client) -> Result<Vec<Entry>> {
    let rows = db.query(&format!("{SELECT} ORDER BY d.slug"), &[]).await?;
    Ok(rows.iter().map(entry).collect())
}

pub async fn get(db: &impl tokio_postgres::GenericClient, slug: &str) -> Result<Option<Entry>> {
    let row = db
        .query_opt(&format!("{SELECT} WHERE d.slug = $1"), &[&slug])
        .await?;
    Ok(row.as_ref().map(entry))
}

/// Whether `datasets.<name>` exists as a table.
pub async fn table_exists(db: &impl tokio_postgres::GenericClient, name: &str) -> Result<bool> {
    let row = db
        .query_one(
            "SELECT to_regclass($1) IS NOT NULL",
            &[&quote_qualified(SCHEMA, name)],
        )
        .await?;
    Ok(row.get(0))
}

/// The account id of the producer with this email (case-insensitive).
pub async fn producer_id(db: &tokio_postgres::Client, email: &str) -> Result<Option<i64>> {
    let row = db
        .query_opt(
            "SELECT id FROM accounts WHERE lower(email) = lower($1)",
            &[&email],
        )
        .await?;
    Ok(row.map(|r| r.get(0)))
}

/// A slug is the dataset's table name: lowercase letters, digits, `-` and `_`, at most 48
/// characters (room for the staging table's prefix within PostgreSQL's 63).
pub fn check_slug(slug: &str) -> Result<()> {
    let ok = !slug.is_empty()
        && slug.len() <= 48
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && slug.as_bytes()[0].is_ascii_alphanumeric();
    if ok {
        Ok(())
    } else {
        Err(AppError::usage(format!("invalid slug `{slug}`")).hint(
            "use lowercase letters, digits, `-` and `_` (at most 48, starting with a letter or digit), e.g. `annuaire-education`",
        ))
    }
}

/// The name of the table an import loads into before it is swapped in.
pub fn staging_name(slug: &str) -> String {
    format!("_importing_{slug}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for ok in ["a", "annuaire-education_2024", "0x"] {
            assert!(check_slug(ok).is_ok(), "{ok}");
        }
        for bad in ["", "-a", "A", "a b", "a;drop", &"a".repeat(49), "é"] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
    }
}
