#!/usr/bin/env bash
# Benchmark of `rgpdctl logs purge` against the obvious alternative, one plain DELETE, on two
# identical copies of the same data: ROWS connection log rows spread over 12 months, purged to
# the 3-month retention (about 3/4 of the rows go).
#
# Usage: bench/logs_purge.sh            (ROWS=10000000 by default; ROWS=1000000 for a quick run)
# Needs: psql, a PostgreSQL where the user may CREATE DATABASE (TEST_DATABASE_URL / DATABASE_URL,
# default postgres://postgres@127.0.0.1:5432/postgres), about 8 GB of free disk for 10 M rows.
# Prints: times, their ratio, WAL written (pg_current_wal_lsn difference: cluster-wide, so other
# activity on the same server adds to it) and the table sizes before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh
ensure_postgres

ROWS="${ROWS:-10000000}"
AS_OF="2026-06-15T10:00:00Z"
CUTOFF="2026-03-15T11:00:00Z" # AS_OF - 3 calendar months, Paris clock (what rgpdctl computes)
if [ -z "${RGPDCTL:-}" ]; then
  echo "building the release binary" >&2
  cargo build --release --quiet
  RGPDCTL="$PWD/target/release/rgpdctl"
fi
base="${PG_URL%%\?*}"; base="${base%/*}"
A=rgpdctl_bench_purge   # purged by rgpdctl
B=rgpdctl_bench_delete  # purged by a plain DELETE
admin() { psql "$PG_URL" -qAtX -v ON_ERROR_STOP=1 "$@"; }
on() { local db="$1"; shift; psql "$base/$db" -qAtX -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
lsn() { admin -c 'SELECT pg_current_wal_lsn()'; }
wal_since() { admin -c "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '$1')::bigint"; }
pretty() { admin -c "SELECT pg_size_pretty($1::bigint)"; }
size_of() { # on-disk size of connection_logs with every partition, index and TOAST table
  on "$1" -c "SELECT coalesce(sum(pg_total_relation_size(relid)), 0)::bigint FROM pg_partition_tree('connection_logs')"
}
cleanup() { admin -c "DROP DATABASE IF EXISTS $A WITH (FORCE)" -c "DROP DATABASE IF EXISTS $B WITH (FORCE)"; }
[ -n "${KEEP:-}" ] || trap cleanup EXIT

cleanup
admin -c "CREATE DATABASE $A"
export DATABASE_URL="$base/$A" RGPDCTL_AS_OF="$AS_OF" RGPDCTL_ACTOR=bench
"$RGPDCTL" -q db migrate

echo "generating $ROWS connection log rows over 12 months (server-side)" >&2
t0=$(now)
on "$A" >/dev/null <<SQL
SELECT rgpd_ensure_month_partition('connection_logs', m::date)
  FROM generate_series(date '2025-06-01', date '2026-06-01', interval '1 month') m;
INSERT INTO connection_logs (occurred_at, ip, geo, request, user_agent)
SELECT timestamptz '$AS_OF' - interval '12 months' + (i::float8 / $ROWS) * (timestamptz '$AS_OF' - (timestamptz '$AS_OF' - interval '12 months')),
       ('10.' || (i % 256) || '.' || (i / 256 % 256) || '.' || (i / 65536 % 256))::inet,
       (ARRAY['Toulouse', 'Montpellier', 'Nîmes', 'Perpignan', 'Albi'])[1 + i % 5],
       '/api/records/1.0/search?dataset=dataset-' || (i % 997) || '&rows=' || (i % 100),
       'Mozilla/5.0 (X11; Linux x86_64; rv:' || (100 + i % 30) || '.0) Gecko/20100101 Firefox/' || (100 + i % 30) || '.0'
  FROM generate_series(1, $ROWS) i;
VACUUM (ANALYZE) connection_logs;
CHECKPOINT;
SQL
echo "generated in $(secs "$t0" "$(now)") s; copying the database for the DELETE" >&2
admin -c "CREATE DATABASE $B TEMPLATE $A STRATEGY FILE_COPY"
old=$(on "$A" -c "SELECT count(*) FROM connection_logs WHERE occurred_at < '$CUTOFF'")
size_before=$(size_of "$A")
admin -c CHECKPOINT

# 1. rgpdctl logs purge: drops 9 month partitions, deletes the boundary month's old rows.
l=$(lsn); t0=$(now)
"$RGPDCTL" ${VERBOSE:+-v} --yes logs purge --only connection >&2
t_purge=$(secs "$t0" "$(now)"); wal_purge=$(wal_since "$l")
size_purge=$(size_of "$A")
left_purge=$(on "$A" -c "SELECT count(*) FROM connection_logs WHERE occurred_at < '$CUTOFF'")
admin -c CHECKPOINT

# 2. The obvious alternative on the identical copy: one DELETE.
l=$(lsn); t0=$(now)
on "$B" -c "DELETE FROM connection_logs WHERE occurred_at < '$CUTOFF'"
t_delete=$(secs "$t0" "$(now)"); wal_delete=$(wal_since "$l")
size_delete=$(size_of "$B")
left_delete=$(on "$B" -c "SELECT count(*) FROM connection_logs WHERE occurred_at < '$CUTOFF'")

same=$( [ "$(on "$A" -c 'SELECT count(*), min(occurred_at), max(occurred_at) FROM connection_logs')" = \
          "$(on "$B" -c 'SELECT count(*), min(occurred_at), max(occurred_at) FROM connection_logs')" ] && echo yes || echo NO)
ratio=$(awk -v a="$t_delete" -v b="$t_purge" 'BEGIN { printf "%.1f", a / b }')
cat <<EOF
rows: $ROWS over 12 months, $old older than the cutoff ($CUTOFF), table $(pretty "$size_before")
                       time      WAL written     table after     rows older left
rgpdctl logs purge   $(printf '%6s s' "$t_purge")   $(printf '%12s' "$(pretty "$wal_purge")")   $(printf '%12s' "$(pretty "$size_purge")")   $left_purge
plain DELETE         $(printf '%6s s' "$t_delete")   $(printf '%12s' "$(pretty "$wal_delete")")   $(printf '%12s' "$(pretty "$size_delete")")   $left_delete
ratio (DELETE time / purge time): ${ratio}x; same rows left in both: $same
EOF
