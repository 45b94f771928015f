#!/usr/bin/env bash
# Benchmark: `rgpdctl accounts inactive` over 1,000,000 accounts (about 244,000 past their warning
# date), CSV on stdout, against psql printing the same rows with the same query (--csv).
# Usage: bench/accounts_inactive.sh [ACCOUNTS]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh
ensure_postgres
N="${1:-1000000}"
cargo build --release --quiet
BIN="$PWD/target/release/rgpdctl"
base="${PG_URL%%\?*}"; base="${base%/*}"
DB="rgpdctl_bench_inactive"
export DATABASE_URL="$base/$DB"
export RGPDCTL_AS_OF="2026-06-15T10:00:00Z" RGPDCTL_ACTOR=bench
psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
"$BIN" -q db migrate
# Last activity spread over the 926 days before the as-of date: about 24.4 % are older than
# the warning date (23 months); a few of them warned already.
psql "$DATABASE_URL" -qc "INSERT INTO accounts (pseudonym, email, first_name, last_name, last_activity_at)
  SELECT 'user' || i, 'user' || i || '@example.org', 'Camille', 'Dupont',
         '2026-06-15T10:00:00Z'::timestamptz - (hashint4(i)::bigint & 2147483647) % (926 * 86400) * interval '1 second'
    FROM generate_series(1, $N) AS i" -c "ANALYZE accounts" \
  -c "INSERT INTO notifications (account_id, period_start, deletion_date, status, created_at, sent_at)
      SELECT id, last_activity_at, last_activity_at + interval '24 months', 'sent', '2026-06-01', '2026-06-01'
        FROM accounts WHERE last_activity_at < '2024-06-01' AND id % 3 = 0" -c "ANALYZE notifications"
# The query rgpdctl runs (db::accounts::LISTING_SQL), with its pre-filter bound for this date:
# warning cutoff 2024-07-15 12:00 Paris plus a week.
SQL="SELECT a.id, a.pseudonym, a.email, a.role, a.last_activity_at, a.restricted_at,
       n.id, n.status, n.sent_at, n.deletion_date
  FROM accounts a
  LEFT JOIN notifications n
    ON n.account_id = a.id AND n.kind = 'inactivity_warning' AND n.period_start = a.last_activity_at
 WHERE a.last_activity_at <= '2024-07-22T10:00:00Z' AND (NULL::text IS NULL OR a.role = NULL)
 ORDER BY a.last_activity_at, a.id"
best() { # best of 3 wall-clock seconds of a command
  local b=999999 t0 t1 d
  for _ in 1 2 3; do
    t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N)
    d=$(echo "$t1 - $t0" | bc -l)
    if (( $(echo "$d < $b" | bc -l) )); then b=$d; fi
  done
  echo "$b"
}
rows=$("$BIN" --format csv accounts inactive 2>/dev/null | tail -n +2 | wc -l)
psql_rows=$(psql "$DATABASE_URL" --csv -c "$SQL" | tail -n +2 | wc -l)
r=$(best "$BIN" -q --format csv accounts inactive)
p=$(best psql "$DATABASE_URL" -q --csv -c "$SQL")
printf 'accounts: %d; listed by rgpdctl: %d; rows printed by psql: %d\n' "$N" "$rows" "$psql_rows"
printf 'rgpdctl --format csv accounts inactive : %.3f s (best of 3)\n' "$r"
printf 'psql --csv, same query                 : %.3f s (best of 3)\n' "$p"
printf 'ratio                                  : %.2fx psql\n' "$(echo "$r / $p" | bc -l)"
psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
