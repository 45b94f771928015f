//! This database's random instance id (table `rgpdctl_instance`, migration V12), for the mails'
//! Message-IDs.

use crate::error::Result;

/// The instance id (32 hex digits): made at first use, and made anew in a copy of the database
/// (another name or oid than the one it was made in).
pub async fn id(db: &tokio_postgres::Client) -> Result<String> {
    db.execute(
        "INSERT INTO rgpdctl_instance (id, datname, db_oid)
         SELECT replace(gen_random_uuid()::text, '-', ''), datname, oid::bigint
           FROM pg_database WHERE datname = current_database()
         ON CONFLICT (singleton) DO UPDATE
            SET id = EXCLUDED.id, datname = EXCLUDED.datname, db_oid = EXCLUDED.db_oid,
                created_at = now()
          WHERE rgpdctl_instance.datname <> EXCLUDED.datname
             OR rgpdctl_instance.db_oid <> EXCLUDED.db_oid",
        &[],
    )
    .await?;
    let row = db
        .query_one("SELECT id FROM rgpdctl_instance WHERE singleton", &[])
        .await?;
    Ok(row.get(0))
}
