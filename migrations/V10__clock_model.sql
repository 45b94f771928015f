-- The clock model (issue 12). A database used for tests or demos is marked once, by
-- `db migrate --simulated-clock`, on an empty database: only there may a writing run use a
-- simulated clock (`--as-of`). The mark cannot be changed or removed (like the journal).
CREATE TABLE clock_mode (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    simulated   boolean NOT NULL,
    marked_at   timestamptz NOT NULL
);
CREATE TRIGGER clock_mode_no_update BEFORE UPDATE OR DELETE ON clock_mode
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER clock_mode_no_truncate BEFORE TRUNCATE ON clock_mode
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Journal timestamps are monotonic: a row dated before the previous one is refused (outside
-- a simulated-clock database, whose clock the test or demo moves at will).
CREATE FUNCTION audit_log_monotonic() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_at timestamptz;
BEGIN
    IF EXISTS (SELECT 1 FROM clock_mode WHERE simulated) THEN
        RETURN NEW;
    END IF;
    SELECT at INTO last_at FROM audit_log ORDER BY id DESC LIMIT 1;
    IF last_at IS NOT NULL AND NEW.at < last_at THEN
        RAISE EXCEPTION 'audit_log: a row dated % is before the previous row (%)', NEW.at, last_at
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_monotonic BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_monotonic();

-- A request is closed after it was received (rows written before this rule are left to
-- `audit verify`, which names them).
ALTER TABLE rights_requests ADD CONSTRAINT rights_requests_closed_after_received
    CHECK (closed_at IS NULL OR closed_at >= received_at) NOT VALID;
