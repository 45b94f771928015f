#!/usr/bin/env bash
# Benchmark of `rgpdctl subject export`: one person among ACCOUNTS accounts and LOGS connection
# log rows (plus audience events, subscriptions, survey responses, requests, notifications),
# against the obvious alternative: the same person's log rows fetched without the indexes
# (what a query by email through a join, or a missing index, costs).
#
# Usage: bench/subject_export.sh     (ACCOUNTS=1000000 LOGS=10000000 by default; smaller for a
#                                     quick run; KEEP=1 keeps the database, REUSE=1 reuses a
#                                     kept one instead of seeding again)
# Needs: psql, a PostgreSQL where the user may CREATE DATABASE (TEST_DATABASE_URL / DATABASE_URL,
# default postgres://postgres@127.0.0.1:5432/postgres), about 3 GB of free disk.
# Prints: the seeding time, each export's wall time (whole process: start, connect, queries,
# zip, fsync, register and journal rows), and the ratio against the scan.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh
ensure_postgres

ACCOUNTS="${ACCOUNTS:-1000000}"
LOGS="${LOGS:-10000000}"
RUNS="${RUNS:-5}"
AS_OF="2026-06-15T10:00:00Z"
if [ -z "${RGPDCTL:-}" ]; then
  echo "building the release binary" >&2
  cargo build --release --quiet
  RGPDCTL="$PWD/target/release/rgpdctl"
fi
base="${PG_URL%%\?*}"; base="${base%/*}"
DB=rgpdctl_bench_export
admin() { psql "$PG_URL" -qAtX -v ON_ERROR_STOP=1 "$@"; }
on() { psql "$base/$DB" -qAtX -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) * 1000 }'; }
out="$(mktemp -d)"
cleanup() { rm -rf "$out"; [ -n "${KEEP:-}" ] || admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"; }
trap cleanup EXIT

export DATABASE_URL="$base/$DB" RGPDCTL_AS_OF="$AS_OF" RGPDCTL_ACTOR=bench
if [ -n "${REUSE:-}" ] && [ "$(on -c 'SELECT count(*) FROM accounts' 2>/dev/null || echo 0)" -gt 0 ]; then
  echo "reusing database $DB ($(on -c 'SELECT count(*) FROM accounts') accounts, $(on -c 'SELECT count(*) FROM connection_logs') log rows)" >&2
else
admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
"$RGPDCTL" -q db migrate

echo "generating $ACCOUNTS accounts and $LOGS connection log rows (server-side)" >&2
t0=$(now)
on >/dev/null <<SQL
SELECT rgpd_ensure_month_partition(p, m::date)
  FROM unnest(ARRAY['connection_logs', 'audience_events']) p,
       generate_series(date '2025-05-01', date '2026-06-01', interval '1 month') m;
INSERT INTO accounts (pseudonym, first_name, last_name, email, role, created_at, last_activity_at)
SELECT 'u' || i, 'Prénom' || i, 'Nom' || i, 'User' || i || '@example.org',
       CASE WHEN i % 1000 = 0 THEN 'producer' ELSE 'user' END,
       timestamptz '2023-01-01' + (i % 900) * interval '1 day',
       timestamptz '$AS_OF' - (i % 700) * interval '1 day'
  FROM generate_series(1::bigint, $ACCOUNTS) i;
INSERT INTO connection_logs (account_id, occurred_at, ip, geo, request, user_agent)
SELECT 1 + (i * 7919) % $ACCOUNTS, timestamptz '$AS_OF' - (i % 7776000) * interval '1 second',
       ('10.' || (i % 250) || '.' || (i / 250 % 250) || '.' || (i % 7 + 1))::inet, 'Toulouse, FR',
       '/explore/dataset/d' || (i % 1000), 'Mozilla/5.0'
  FROM generate_series(1::bigint, $LOGS) i;
INSERT INTO audience_events (account_id, visitor_id, occurred_at, page, event)
SELECT 1 + (i * 104729) % $ACCOUNTS, 'v' || i % 100000, timestamptz '$AS_OF' - (i % 33000000) * interval '1 second',
       '/pages/p' || (i % 50), 'pageview'
  FROM generate_series(1::bigint, $LOGS / 5) i;
INSERT INTO datasets (slug, title, producer_account_id, table_name, row_count, imported_at, imported_by)
SELECT 'd' || i, 'Jeu ' || i, i * 1000 % $ACCOUNTS + 1000, 'd' || i, i, timestamptz '2025-01-01' + i * interval '1 hour', 'bench'
  FROM generate_series(1, 1000) i;
INSERT INTO dataset_subscriptions (account_id, dataset_id, subscribed_at)
SELECT DISTINCT 1 + (i * 31) % $ACCOUNTS, 1 + i % 1000, timestamptz '2025-06-01'
  FROM generate_series(1::bigint, $ACCOUNTS) i;
INSERT INTO surveys (slug, title) VALUES ('satisfaction', 'Satisfaction');
INSERT INTO survey_responses (survey_id, email, consent_at, submitted_at, answers)
SELECT 1, 'user' || (1 + (i * 13) % $ACCOUNTS) || '@EXAMPLE.org', timestamptz '2026-01-01', timestamptz '2026-01-01',
       jsonb_build_object('note', i % 5, 'commentaire', 'texte ' || i)
  FROM generate_series(1, $ACCOUNTS / 5) i;
INSERT INTO rights_requests (subject_email, "right", received_at, due_at)
SELECT 'user' || (i * 97) || '@example.org', 'access', timestamptz '2026-06-01', date '2026-07-01'
  FROM generate_series(1, 10000) i;
INSERT INTO notifications (account_id, period_start, deletion_date, status, created_at)
SELECT 1 + (i * 11) % $ACCOUNTS, timestamptz '2024-06-01', timestamptz '2026-06-01', 'sent', timestamptz '2026-05-01'
  FROM generate_series(1, $ACCOUNTS / 10) i;
-- A heavy user (scripts hitting the API): 20,000 log rows of their own.
INSERT INTO connection_logs (account_id, occurred_at, ip, request, user_agent)
SELECT 1, timestamptz '$AS_OF' - i * interval '5 minutes', '192.0.2.1', '/api/v2/catalog/datasets', 'python-requests'
  FROM generate_series(1, 20000) i;
VACUUM ANALYZE;
SQL
t1=$(now)
echo "seeded in $(ms "$t0" "$t1") ms" >&2
fi

# The person: an account with data in most categories.
ID=$(on -c "SELECT a.id FROM accounts a
              JOIN dataset_subscriptions s ON s.account_id = a.id
              JOIN notifications n ON n.account_id = a.id
              JOIN survey_responses r ON lower(r.email) = lower(a.email)
             WHERE EXISTS (SELECT 1 FROM audience_events e WHERE e.account_id = a.id)
             ORDER BY a.id LIMIT 1")
EMAIL=$(on -c "SELECT email FROM accounts WHERE id = $ID")
echo "person: account $ID with $(on -c "SELECT count(*) FROM connection_logs WHERE account_id = $ID") log rows, $(on -c "SELECT count(*) FROM audience_events WHERE account_id = $ID") audience events" >&2

times=()
for i in $(seq 1 "$RUNS"); do
  t0=$(now)
  "$RGPDCTL" -q subject export --email "$EMAIL" -o "$out/export-$i.zip"
  t1=$(now)
  times+=("$(ms "$t0" "$t1")")
done
heavy=()
for i in $(seq 1 "$RUNS"); do
  t0=$(now)
  "$RGPDCTL" -q subject export --account 1 -o "$out/heavy-$i.zip"
  t1=$(now)
  heavy+=("$(ms "$t0" "$t1")")
done
heavy_median=$(printf '%s\n' "${heavy[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
t0=$(now)
"$RGPDCTL" -q subject export --account "$ID" -o - >"$out/export.json"
t1=$(now)
json_ms=$(ms "$t0" "$t1")
best=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')

# The obvious alternative: the same export with the planner kept off the indexes (what a missing
# index on account or email costs: sequential scans of every table), same binary, same person.
noidx="$base/$DB?options=-c%20enable_indexscan%3Doff%20-c%20enable_bitmapscan%3Doff%20-c%20enable_indexonlyscan%3Doff"
t0=$(now)
DATABASE_URL="$noidx" "$RGPDCTL" -q subject export --email "$EMAIL" -o "$out/export-noidx.zip"
t1=$(now)
alt_ms=$(ms "$t0" "$t1")
idx_ms=$(on <<SQL | awk '/^Time:/ { t = $2 } END { print t }'
\timing on
SELECT count(*) FROM connection_logs WHERE account_id = $ID;
SQL
)

echo
echo "subject export of 1 person among $ACCOUNTS accounts and $LOGS connection log rows"
echo "  zip export, whole process, $RUNS runs: ${times[*]} ms (best $best ms, median $median ms)"
echo "  JSON to stdout, whole process: $json_ms ms"
echo "  heavy user (account 1, $(on -c 'SELECT count(*) FROM connection_logs WHERE account_id = 1') log rows), zip: ${heavy[*]} ms (median $heavy_median ms)"
echo "  archive size: $(stat -c %s "$out/export-1.zip") bytes, mode $(stat -c %a "$out/export-1.zip")"
echo "  that person's log rows, indexed query alone (psql): $idx_ms ms"
echo "  the same export without index use (sequential scans): $alt_ms ms"
awk -v a="$alt_ms" -v m="$median" 'BEGIN { printf "  ratio no-index / indexed export: %.1fx\n", a / m }'
awk -v m="$median" 'BEGIN { if (m < 200) print "  target (< 200 ms): met"; else print "  target (< 200 ms): NOT met" }'
