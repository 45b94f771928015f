-- The platform schema (DESIGN.md section 4). Owned by rgpdctl; applied by `rgpdctl db migrate`.

CREATE TABLE accounts (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pseudonym              text NOT NULL UNIQUE,
    first_name             text,
    last_name              text,
    email                  text NOT NULL,
    role                   text NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'producer', 'admin')),
    created_at             timestamptz NOT NULL DEFAULT now(),
    last_activity_at       timestamptz NOT NULL DEFAULT now(),
    restricted_at          timestamptz,
    restriction_reason     text,
    objection_at           timestamptz,
    post_mortem_directive  text,
    newsletter_consent_at  timestamptz
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email));
CREATE INDEX accounts_last_activity_idx ON accounts (last_activity_at);

-- Connection data: kept 3 months. Range-partitioned by month so that a purge drops whole
-- partitions; the default partition catches rows of months not created yet.
CREATE TABLE connection_logs (
    account_id   bigint REFERENCES accounts (id) ON DELETE CASCADE,
    occurred_at  timestamptz NOT NULL,
    ip           inet,
    geo          text,
    request      text,
    user_agent   text
) PARTITION BY RANGE (occurred_at);
CREATE INDEX connection_logs_account_idx ON connection_logs (account_id, occurred_at);
CREATE INDEX connection_logs_occurred_idx ON connection_logs (occurred_at);
CREATE TABLE connection_logs_default PARTITION OF connection_logs DEFAULT;

-- Audience measurement / cookie data: kept 13 months.
CREATE TABLE audience_events (
    account_id   bigint REFERENCES accounts (id) ON DELETE CASCADE,
    visitor_id   text,
    occurred_at  timestamptz NOT NULL,
    page         text,
    event        text,
    referrer     text
) PARTITION BY RANGE (occurred_at);
CREATE INDEX audience_events_account_idx ON audience_events (account_id, occurred_at);
CREATE INDEX audience_events_occurred_idx ON audience_events (occurred_at);
CREATE TABLE audience_events_default PARTITION OF audience_events DEFAULT;

-- Catalogue of imported datasets; each dataset's rows live in schema `datasets`.
CREATE SCHEMA IF NOT EXISTS datasets;
CREATE TABLE datasets (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                 text NOT NULL UNIQUE,
    title                text,
    producer_account_id  bigint REFERENCES accounts (id) ON DELETE SET NULL,
    table_name           text NOT NULL,
    source_name          text,
    source_sha256        text,
    row_count            bigint NOT NULL DEFAULT 0,
    columns              jsonb NOT NULL DEFAULT '[]',
    imported_at          timestamptz NOT NULL,
    imported_by          text NOT NULL
);
CREATE INDEX datasets_producer_idx ON datasets (producer_account_id);

CREATE TABLE dataset_subscriptions (
    account_id     bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    dataset_id     bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    subscribed_at  timestamptz NOT NULL,
    PRIMARY KEY (account_id, dataset_id)
);
CREATE INDEX dataset_subscriptions_dataset_idx ON dataset_subscriptions (dataset_id);

CREATE TABLE surveys (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    title       text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE survey_responses (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    survey_id      bigint NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    email          text,
    consent_at     timestamptz,
    submitted_at   timestamptz NOT NULL,
    answers        jsonb NOT NULL DEFAULT '{}',
    anonymised_at  timestamptz,
    withdrawn_at   timestamptz
);
CREATE INDEX survey_responses_email_idx ON survey_responses (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX survey_responses_due_idx ON survey_responses (submitted_at) WHERE anonymised_at IS NULL;
CREATE INDEX survey_responses_survey_idx ON survey_responses (survey_id);

CREATE TABLE rights_requests (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id        bigint REFERENCES accounts (id) ON DELETE SET NULL,
    subject_email     text,
    "right"           text NOT NULL CHECK ("right" IN ('access', 'rectification', 'erasure', 'restriction',
                                                      'portability', 'objection', 'withdrawal')),
    received_at       timestamptz NOT NULL,
    due_at            date NOT NULL,
    extended_due_at   date,
    extension_reason  text,
    status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'fulfilled', 'refused')),
    closed_at         timestamptz,
    note              text
);
CREATE INDEX rights_requests_email_idx ON rights_requests (lower(subject_email));
CREATE INDEX rights_requests_account_idx ON rights_requests (account_id);

-- Outbox of warning mails. One row per (account, inactivity period): the period is identified
-- by the last activity it started from, so a crash or a second run never sends twice.
CREATE TABLE notifications (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id        bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind              text NOT NULL DEFAULT 'inactivity_warning',
    period_start      timestamptz NOT NULL,
    deletion_date     timestamptz NOT NULL,
    status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts          integer NOT NULL DEFAULT 0,
    last_error        text,
    created_at        timestamptz NOT NULL,
    sent_at           timestamptz,
    message_id        text,
    server_response   text,
    UNIQUE (account_id, kind, period_start)
);
CREATE INDEX notifications_status_idx ON notifications (status) WHERE status <> 'sent';

-- The journal of every run: no personal data, a hash chain, append-only.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text NOT NULL,
    command     text NOT NULL,
    parameters  jsonb NOT NULL DEFAULT '{}',
    counts      jsonb NOT NULL DEFAULT '{}',
    outcome     text NOT NULL,
    prev_hash   text NOT NULL,
    hash        text NOT NULL
);
CREATE INDEX audit_log_command_idx ON audit_log (command, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Creates the monthly partition of `parent` holding `month` (idempotent). Rows of that month
-- already sitting in the default partition are moved into it, in the same transaction.
CREATE FUNCTION rgpd_ensure_month_partition(parent text, month date) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    lo timestamptz := date_trunc('month', month::timestamp) AT TIME ZONE 'UTC';
    hi timestamptz := (date_trunc('month', month::timestamp) + interval '1 month') AT TIME ZONE 'UTC';
    part text := parent || '_p' || to_char(month, 'YYYY_MM');
    def text := parent || '_default';
    moved bigint;
BEGIN
    IF to_regclass(format('%I', part)) IS NOT NULL THEN
        RETURN false;
    END IF;
    EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part, parent);
    IF to_regclass(format('%I', def)) IS NOT NULL THEN
        EXECUTE format('WITH m AS (DELETE FROM %I WHERE occurred_at >= $1 AND occurred_at < $2 RETURNING *)
                        INSERT INTO %I SELECT * FROM m', def, part) USING lo, hi;
    END IF;
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (occurred_at >= %L AND occurred_at < %L)',
                   part, part || '_range', lo, hi);
    EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', parent, part, lo, hi);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', part, part || '_range');
    RETURN true;
END
$$;
