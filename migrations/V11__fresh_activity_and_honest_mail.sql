-- Issue 12, points 6-8.
--
-- 6. Each activity import (`accounts import`, `logs import`) is recorded with its time and the
--    newest activity it carried: `accounts warn` and `accounts purge` refuse to act on activity
--    data older than `[accounts] activity_max_age` (README, "Fresh activity data").
CREATE TABLE activity_imports (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                text NOT NULL CHECK (kind IN ('accounts', 'logs')),
    imported_at         timestamptz NOT NULL,
    -- The newest activity date in the file (NULL: the file carried no activity date).
    newest_activity_at  timestamptz,
    rows                bigint NOT NULL DEFAULT 0
);
CREATE INDEX activity_imports_at_idx ON activity_imports (imported_at);

-- The imports made before this version are known from the journal only: their newest activity
-- is taken to be the time of the import.
INSERT INTO activity_imports (kind, imported_at, newest_activity_at, rows)
SELECT CASE command WHEN 'accounts import' THEN 'accounts' ELSE 'logs' END, at, at,
       coalesce((counts ->> 'rows_read')::bigint, 0)
  FROM audit_log
 WHERE command IN ('accounts import', 'logs import') AND outcome = 'ok';

-- 7. A warning written to the outbox folder for review is not a delivery: status `written`.
-- 8. A bounced warning (`failed`) remembers when it failed and for which address (a hash), so
--    that the account becomes deletable once the bounce lead has passed, unless the address was
--    corrected since.
ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_status_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_status_check
    CHECK (status IN ('pending', 'written', 'sent', 'failed'));
ALTER TABLE notifications
    ADD COLUMN written_at timestamptz,
    ADD COLUMN failed_at timestamptz,
    ADD COLUMN failed_address_sha256 text;

-- Warnings an earlier version marked `sent` when it only wrote them to the outbox folder: they
-- were not delivered, so they are `written` (a real send delivers them; with
-- `[mail] outbox_is_delivery = true` the next run marks them sent again).
UPDATE notifications
   SET status = 'written', written_at = sent_at, sent_at = NULL
 WHERE status = 'sent' AND server_response LIKE 'written to %';

-- Bounces recorded before this version: the attempt's time is unknown, so the bounce lead
-- counts from this migration; the address is the account's current one.
UPDATE notifications n
   SET failed_at = now(),
       failed_address_sha256 = encode(sha256(convert_to(lower(a.email), 'UTF8')), 'hex')
  FROM accounts a
 WHERE a.id = n.account_id AND n.status = 'failed';
