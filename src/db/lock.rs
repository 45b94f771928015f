//! Per-job PostgreSQL advisory locks: a second concurrent run of the same job exits 75 at once.

use crate::error::{AppError, Result};

pub struct JobLock {
    job: String,
}

const KEY_SQL: &str = "hashtextextended('rgpdctl job: ' || $1, 0)";

impl JobLock {
    /// Takes the job's lock for this session, or fails at once (exit 75) naming the job.
    pub async fn acquire(db: &tokio_postgres::Client, job: &str) -> Result<JobLock> {
        let got: bool = db
            .query_one(&format!("SELECT pg_try_advisory_lock({KEY_SQL})"), &[&job])
            .await?
            .get(0);
        if !got {
            return Err(AppError::temporary(format!("another `rgpdctl {job}` run holds the job lock")).hint(
                "wait for it to finish and retry; to see it: SELECT pid, backend_start FROM pg_stat_activity WHERE application_name = 'rgpdctl'",
            ));
        }
        Ok(JobLock {
            job: job.to_string(),
        })
    }

    /// Releases the lock. On an error path it is not called: the lock belongs to the session
    /// and goes when the connection closes at exit.
    pub async fn release(self, db: &tokio_postgres::Client) -> Result<()> {
        db.execute(
            &format!("SELECT pg_advisory_unlock({KEY_SQL})"),
            &[&self.job],
        )
        .await?;
        Ok(())
    }
}
