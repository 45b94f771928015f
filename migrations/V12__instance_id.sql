-- A random identifier of this database, for the Message-ID of the warning mails, so that a
-- staging copy's first warning is never `<rgpdctl.warning.1@…>` like production's (a provider
-- may drop the real one as a duplicate). Made at first use, with the database's name and oid: a
-- copy (CREATE DATABASE … TEMPLATE, a dump restored under another name) makes its own.
CREATE TABLE IF NOT EXISTS rgpdctl_instance (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    id         text NOT NULL,
    datname    text NOT NULL,
    db_oid     bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
