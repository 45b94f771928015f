-- Idempotent (IF NOT EXISTS, OR REPLACE): it can be applied again over its own objects.
--
-- The history of each account's identifiers (issue 14): every email (case-folded) and pseudonym
-- the account held, with the interval [valid_from, valid_to) during which it held it (valid_to
-- NULL: held now). Everything keyed by an email (survey responses, requests made without an
-- account) is matched to a person through it: a survey response belongs to the account that
-- held the address when it was submitted, never to whoever holds the address today. The rows go
-- with the account (erasure, purge), but for the addresses that survey responses still carry:
-- those stay as a tombstone (account_id NULL) until no response carries them, so that the
-- answers of a deleted account never pass to the next holder of its address.
CREATE TABLE IF NOT EXISTS account_identifiers (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint REFERENCES accounts (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('email', 'pseudonym')),
    value       text NOT NULL,
    valid_from  timestamptz NOT NULL,
    valid_to    timestamptz,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX IF NOT EXISTS account_identifiers_value_idx ON account_identifiers (kind, value, valid_from);
CREATE INDEX IF NOT EXISTS account_identifiers_account_idx ON account_identifiers (account_id, kind);
CREATE UNIQUE INDEX IF NOT EXISTS account_identifiers_current_key ON account_identifiers (account_id, kind)
    WHERE valid_to IS NULL;

-- The clock of the run that changes an identifier: rgpdctl sets `rgpdctl.now` (its --as-of)
-- in the transaction; any other writer gets the server's time.
CREATE OR REPLACE FUNCTION rgpd_clock() RETURNS timestamptz LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('rgpdctl.now', true), '')::timestamptz, now())
$$;

-- Account `acc` takes identifier `v` of kind `k` at `ts`: its current one (if another) ends
-- then, and the new interval starts then, but never before another account gave `v` up (two
-- accounts never hold one identifier at once, whatever dates an import file carries).
CREATE OR REPLACE FUNCTION rgpd_identifier_take(acc bigint, k text, v text, ts timestamptz) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    start timestamptz;
BEGIN
    UPDATE account_identifiers SET valid_to = greatest(ts, valid_from)
     WHERE account_id = acc AND kind = k AND valid_to IS NULL AND value <> v;
    IF EXISTS (SELECT 1 FROM account_identifiers
                WHERE account_id = acc AND kind = k AND valid_to IS NULL) THEN
        RETURN;
    END IF;
    SELECT greatest(ts, max(valid_to)) INTO start
      FROM account_identifiers WHERE kind = k AND value = v;
    INSERT INTO account_identifiers (account_id, kind, value, valid_from)
    VALUES (acc, k, v, coalesce(start, ts));
END
$$;

-- From the existing data: the emails an account had before a rectification are those its own
-- requests were registered under (`subject_email` of a request linked to it by id); each held
-- from the account's creation (or the previous one's end) to the last request made under it.
DO $$
DECLARE
    a record;
    o record;
    start timestamptz;
BEGIN
    -- Applied again over its own objects (a database whose history lost the row): kept as is.
    IF EXISTS (SELECT 1 FROM account_identifiers) THEN
        RETURN;
    END IF;
    FOR a IN SELECT id, lower(email) AS email, pseudonym, created_at FROM accounts ORDER BY id LOOP
        start := a.created_at;
        FOR o IN SELECT lower(r.subject_email) AS email,
                        max(coalesce(r.closed_at, r.received_at)) AS last_seen
                   FROM rights_requests r
                  WHERE r.account_id = a.id AND r.subject_email IS NOT NULL
                    AND lower(r.subject_email) <> a.email
                  GROUP BY lower(r.subject_email)
                  ORDER BY 2 LOOP
            INSERT INTO account_identifiers (account_id, kind, value, valid_from, valid_to)
            VALUES (a.id, 'email', o.email, least(start, o.last_seen), o.last_seen);
            start := greatest(start, o.last_seen);
        END LOOP;
        INSERT INTO account_identifiers (account_id, kind, value, valid_from)
        VALUES (a.id, 'pseudonym', a.pseudonym, a.created_at);
        -- Set after every account's old addresses are known (below).
        INSERT INTO account_identifiers (account_id, kind, value, valid_from)
        VALUES (a.id, 'email', a.email, start);
    END LOOP;
    -- A current address another account held before (the case issue 14 found: an address
    -- given up by a rectification, then imported for a new account) starts when that one ended.
    UPDATE account_identifiers c SET valid_from = greatest(c.valid_from, g.ended)
      FROM (SELECT value, max(valid_to) AS ended FROM account_identifiers
             WHERE kind = 'email' AND valid_to IS NOT NULL GROUP BY value) g
     WHERE c.kind = 'email' AND c.valid_to IS NULL AND c.value = g.value;
END
$$;

CREATE OR REPLACE FUNCTION rgpd_accounts_identifiers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM rgpd_identifier_take(NEW.id, 'email', lower(NEW.email), NEW.created_at);
        PERFORM rgpd_identifier_take(NEW.id, 'pseudonym', NEW.pseudonym, NEW.created_at);
    ELSE
        IF lower(NEW.email) IS DISTINCT FROM lower(OLD.email) THEN
            PERFORM rgpd_identifier_take(NEW.id, 'email', lower(NEW.email), rgpd_clock());
        END IF;
        IF NEW.pseudonym IS DISTINCT FROM OLD.pseudonym THEN
            PERFORM rgpd_identifier_take(NEW.id, 'pseudonym', NEW.pseudonym, rgpd_clock());
        END IF;
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS accounts_identifier_history ON accounts;
CREATE TRIGGER accounts_identifier_history AFTER INSERT OR UPDATE OF email, pseudonym ON accounts
    FOR EACH ROW EXECUTE FUNCTION rgpd_accounts_identifiers();

-- The account an address belonged to at `ts`: the one holding it then, or, when none did (an
-- answer given before the address was registered with any account), the next one to hold it.
-- NULL when every holder had given it up before `ts` (or none ever had it), or when it was an
-- account deleted since (a tombstone): a person without an account.
CREATE OR REPLACE FUNCTION rgpd_email_holder(addr text, ts timestamptz) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT account_id FROM account_identifiers
     WHERE kind = 'email' AND value = lower(addr) AND coalesce(valid_to, 'infinity') > ts
     ORDER BY valid_from, id LIMIT 1
$$;

-- The survey responses of a person: of account `acc` (through its address history), or, when
-- `acc` is NULL, of the person without an account known by `addr`.
CREATE OR REPLACE FUNCTION rgpd_responses_of(acc bigint, addr text) RETURNS SETOF bigint
LANGUAGE sql STABLE AS $$
    SELECT r.id FROM survey_responses r
     WHERE acc IS NOT NULL AND r.email IS NOT NULL
       AND lower(r.email) IN (SELECT value FROM account_identifiers
                               WHERE account_id = acc AND kind = 'email')
       AND rgpd_email_holder(r.email, r.submitted_at) = acc
    UNION ALL
    SELECT r.id FROM survey_responses r
     WHERE acc IS NULL AND r.email IS NOT NULL AND lower(r.email) = lower(addr)
       AND rgpd_email_holder(r.email, r.submitted_at) IS NULL
$$;

-- A request whose account was deleted (erased, purged) loses its link by the foreign key; it
-- keeps the date, so that it is never matched by its address to whoever holds it next.
ALTER TABLE rights_requests ADD COLUMN IF NOT EXISTS account_deleted_at timestamptz;
CREATE OR REPLACE FUNCTION rgpd_accounts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ts timestamptz := rgpd_clock();
BEGIN
    UPDATE rights_requests SET account_deleted_at = ts WHERE account_id = OLD.id;
    -- Tombstones: the addresses still carried by a survey response (an erasure anonymises
    -- the person's own first, so only another person's answers keep one).
    UPDATE account_identifiers h SET account_id = NULL,
           valid_to = coalesce(h.valid_to, greatest(ts, h.valid_from))
     WHERE h.account_id = OLD.id AND h.kind = 'email'
       AND EXISTS (SELECT 1 FROM survey_responses r
                    WHERE lower(r.email) = h.value AND r.email IS NOT NULL);
    -- Tombstones of those addresses no response carries any more go.
    DELETE FROM account_identifiers t
     WHERE t.account_id IS NULL AND t.kind = 'email'
       AND t.value IN (SELECT value FROM account_identifiers
                        WHERE account_id = OLD.id AND kind = 'email')
       AND NOT EXISTS (SELECT 1 FROM survey_responses r
                        WHERE lower(r.email) = t.value AND r.email IS NOT NULL);
    RETURN OLD;
END
$$;
DROP TRIGGER IF EXISTS accounts_deleted_requests ON accounts;
CREATE TRIGGER accounts_deleted_requests BEFORE DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION rgpd_accounts_deleted();

-- The rights requests of a person: those linked to account `acc` by id, and those registered
-- under an address it held when they were received and linked to no account (registered
-- before the link was kept); for a person without an account (`acc` NULL), those registered
-- under `addr`, linked to no account, that no account held then.
CREATE OR REPLACE FUNCTION rgpd_requests_of(acc bigint, addr text) RETURNS SETOF bigint
LANGUAGE sql STABLE AS $$
    SELECT id FROM rights_requests WHERE acc IS NOT NULL AND account_id = acc
    UNION ALL
    SELECT id FROM rights_requests
     WHERE acc IS NOT NULL AND account_id IS NULL AND account_deleted_at IS NULL
       AND lower(subject_email) IN (SELECT value FROM account_identifiers
                                     WHERE account_id = acc AND kind = 'email')
       AND rgpd_email_holder(subject_email, received_at) = acc
    UNION ALL
    SELECT id FROM rights_requests
     WHERE acc IS NULL AND account_id IS NULL AND lower(subject_email) = lower(addr)
       AND rgpd_email_holder(subject_email, received_at) IS NULL
$$;

-- Objection (Art. 21, issue 14.2): what the person objects to, with `objection_at`:
-- `communications` (newsletters and communications about datasets), `statistics` (audience
-- measurement), or `all`.
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS objection_scope text
    CHECK (objection_scope IN ('communications', 'statistics', 'all'));
