//! The SQL of the datasets: the catalogue table (one row per imported dataset), the typed
//! table of each in schema `datasets`, the staging table an import loads into and the swap.
//! Names are always quoted (`quote_ident`), values bound as parameters.

use crate::db::{quote_ident, quote_qualified};
use crate::error::{AppError, ErrorKind, Result};
use chrono::{DateTime, Utc};
use serde_json::Value;
use tokio_postgres::GenericClient;

/// The schema holding every dataset's table.
pub const SCHEMA: &str = "datasets";

/// One row of the catalogue.
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

pub async fn list(db: &impl GenericClient) -> Result<Vec<Entry>> {
    let rows = db.query(&format!("{SELECT} ORDER BY d.slug"), &[]).await?;
    Ok(rows.iter().map(entry).collect())
}

pub async fn get(db: &impl GenericClient, slug: &str) -> Result<Option<Entry>> {
    let row = db
        .query_opt(&format!("{SELECT} WHERE d.slug = $1"), &[&slug])
        .await?;
    Ok(row.as_ref().map(entry))
}

/// Whether `datasets.<name>` exists as a table.
pub async fn table_exists(db: &impl GenericClient, name: &str) -> Result<bool> {
    let row = db
        .query_one(
            "SELECT to_regclass($1) IS NOT NULL",
            &[&quote_qualified(SCHEMA, name)],
        )
        .await?;
    Ok(row.get(0))
}

/// The account id of the producer with this email (case-insensitive).
pub async fn producer_id(db: &impl GenericClient, email: &str) -> Result<Option<i64>> {
    let row = db
        .query_opt(
            "SELECT id FROM accounts WHERE lower(email) = lower($1)",
            &[&email],
        )
        .await?;
    Ok(row.map(|r| r.get(0)))
}

/// `CREATE TABLE` of a dataset table: (quoted column name, SQL type) pairs.
pub fn create_table_sql<'a>(
    table: &str,
    columns: impl Iterator<Item = (&'a str, &'a str)>,
) -> String {
    let cols: Vec<String> = columns
        .map(|(name, ty)| format!("{} {ty}", quote_ident(name)))
        .collect();
    format!(
        "CREATE TABLE {} ({})",
        quote_qualified(SCHEMA, table),
        cols.join(", ")
    )
}

/// The binary COPY into a dataset table created in the same transaction (FREEZE).
pub fn copy_sql<'a>(table: &str, columns: impl Iterator<Item = &'a str>) -> String {
    let cols: Vec<String> = columns.map(quote_ident).collect();
    format!(
        "COPY {} ({}) FROM STDIN (FORMAT binary, FREEZE)",
        quote_qualified(SCHEMA, table),
        cols.join(", ")
    )
}

/// Creates the staging table (in the caller's transaction), replacing a leftover one.
pub async fn create_staging(
    db: &impl GenericClient,
    staging: &str,
    create_sql: &str,
) -> Result<()> {
    db.batch_execute(&format!(
        "DROP TABLE IF EXISTS {}",
        quote_qualified(SCHEMA, staging)
    ))
    .await?;
    db.batch_execute(create_sql).await?;
    Ok(())
}

/// What the catalogue keeps of an import.
pub struct Version<'a> {
    pub slug: &'a str,
    pub title: Option<&'a str>,
    pub producer: Option<i64>,
    pub source_name: &'a str,
    pub sha256: &'a str,
    pub rows: i64,
    pub columns: Value,
    pub imported_at: DateTime<Utc>,
    pub imported_by: &'a str,
}

/// The swap, in the caller's transaction: the previous version's table (`old_table`) dropped
/// (waiting at most `lock_timeout` seconds for its readers), the staging table renamed to the
/// slug, the catalogue row written. Readers see the previous version until the commit.
pub async fn swap(
    tx: &impl GenericClient,
    staging: &str,
    old_table: Option<&str>,
    lock_timeout: u32,
    v: &Version<'_>,
) -> Result<()> {
    tx.batch_execute(&format!("SET LOCAL lock_timeout = '{lock_timeout}s'"))
        .await?;
    if let Some(old) = old_table {
        tx.batch_execute(&format!(
            "DROP TABLE IF EXISTS {}",
            quote_qualified(SCHEMA, old)
        ))
        .await
        .map_err(|e| {
            let err = AppError::from(e);
            if err.kind == ErrorKind::Temporary {
                err.hint(format!(
                    "readers held `{}` longer than --lock-timeout; the previous version is intact, retry later",
                    v.slug
                ))
            } else {
                err
            }
        })?;
    }
    tx.batch_execute(&format!(
        "ALTER TABLE {} RENAME TO {}",
        quote_qualified(SCHEMA, staging),
        quote_ident(v.slug)
    ))
    .await?;
    tx.execute(
        "INSERT INTO datasets (slug, title, producer_account_id, table_name, source_name,
                               source_sha256, row_count, columns, imported_at, imported_by)
         VALUES ($1, $2, $3, $1, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (slug) DO UPDATE SET
             title = COALESCE(EXCLUDED.title, datasets.title),
             producer_account_id = COALESCE(EXCLUDED.producer_account_id, datasets.producer_account_id),
             table_name = EXCLUDED.table_name, source_name = EXCLUDED.source_name,
             source_sha256 = EXCLUDED.source_sha256, row_count = EXCLUDED.row_count,
             columns = EXCLUDED.columns, imported_at = EXCLUDED.imported_at,
             imported_by = EXCLUDED.imported_by",
        &[
            &v.slug,
            &v.title,
            &v.producer,
            &v.source_name,
            &v.sha256,
            &v.rows,
            &v.columns,
            &v.imported_at,
            &v.imported_by,
        ],
    )
    .await?;
    Ok(())
}

/// Subscriptions to a dataset (they go with it when it is dropped).
pub async fn subscriptions(db: &impl GenericClient, dataset_id: i64) -> Result<i64> {
    Ok(db
        .query_one(
            "SELECT count(*) FROM dataset_subscriptions WHERE dataset_id = $1",
            &[&dataset_id],
        )
        .await?
        .get(0))
}

/// Drops a dataset's table and its catalogue row, in the caller's transaction.
pub async fn drop_dataset(tx: &impl GenericClient, e: &Entry) -> Result<()> {
    tx.batch_execute(&format!(
        "DROP TABLE IF EXISTS {}",
        quote_qualified(SCHEMA, &e.table_name)
    ))
    .await?;
    tx.execute("DELETE FROM datasets WHERE id = $1", &[&e.id])
        .await?;
    Ok(())
}
