//! The database: connection, migrations, the audit journal, job locks, and shared SQL helpers.

pub mod accounts;
pub mod audit;
pub mod clock;
pub mod connect;
pub mod datasets;
pub mod import;
pub mod instance;
pub mod lock;
pub mod migrate;
pub mod partitions;
pub mod report;
pub mod requests;
pub mod subject;
pub mod surveys;

pub use connect::Db;

/// Quotes an SQL identifier (table or column name from a CSV header, a slug): the only way an
/// outside string enters SQL text. Values are always bound as parameters.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Quotes a possibly schema-qualified name: `datasets.x` -> `"datasets"."x"`.
pub fn quote_qualified(schema: &str, name: &str) -> String {
    format!("{}.{}", quote_ident(schema), quote_ident(name))
}

/// The month-partitioned tables and their retention rules.
pub const PARTITIONED_TABLES: [&str; 2] = ["connection_logs", "audience_events"];

/// Creates the monthly partitions of `table` covering `[from, to]` (idempotent); rows of those
/// months waiting in the default partition move into them. Returns how many were created.
pub async fn ensure_month_partitions(
    db: &tokio_postgres::Client,
    table: &str,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> crate::error::Result<u64> {
    let row = db
        .query_one(
            "SELECT count(*) FILTER (WHERE rgpd_ensure_month_partition($1, m::date))
               FROM generate_series(date_trunc('month', $2::date), $3::date, interval '1 month') AS m",
            &[&table, &from, &to],
        )
        .await?;
    Ok(row.get::<_, i64>(0) as u64)
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_hostile_identifiers() {
        assert_eq!(super::quote_ident("a"), "\"a\"");
        assert_eq!(
            super::quote_ident("\"; DROP TABLE accounts; --"),
            "\"\"\"; DROP TABLE accounts; --\""
        );
        assert_eq!(
            super::quote_qualified("datasets", "x\"y"),
            "\"datasets\".\"x\"\"y\""
        );
    }
}
