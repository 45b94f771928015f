-- The job runner's lifecycle: every run writes a `started` journal row before any change and
-- its outcome row at the end, which carries the started row's id in `run_id`. A run killed
-- before its end leaves a `started` row without an outcome; the next run of that job records
-- it as `abandoned`, with the counts of the last batch it had committed (`job_progress`).
ALTER TABLE audit_log ADD COLUMN run_id bigint;
CREATE INDEX audit_log_run_idx ON audit_log (run_id) WHERE run_id IS NOT NULL;

-- What a running job has committed so far (one row per run, replaced after each batch; not
-- part of the chained journal: the outcome row copies it).
CREATE TABLE job_progress (
    run_id      bigint PRIMARY KEY,
    command     text NOT NULL,
    counts      jsonb NOT NULL DEFAULT '{}',
    updated_at  timestamptz NOT NULL
);
