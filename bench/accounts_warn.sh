#!/usr/bin/env bash
# Benchmark: `rgpdctl accounts warn` sending N (default 10,000) warnings to a loopback aiosmtpd,
# outbox bookkeeping included, against Python smtplib sending N similar mails over one reused
# connection to the same kind of server. Prints both rates and the ratio.
# Usage: bench/accounts_warn.sh [N] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh
ensure_postgres
ensure_aiosmtpd
N="${1:-10000}"
CONN="${2:-4}"
cargo build --release --quiet
BIN="$PWD/target/release/rgpdctl"
base="${PG_URL%%\?*}"; base="${base%/*}"
DB="rgpdctl_bench_warn"
export DATABASE_URL="$base/$DB"
psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
export RGPDCTL_AS_OF="2026-06-15T10:00:00Z" RGPDCTL_ACTOR=bench
"$BIN" -q db migrate
psql "$DATABASE_URL" -qc "INSERT INTO accounts (pseudonym, email, first_name, last_name, last_activity_at)
  SELECT 'user' || i, 'user' || i || '@example.org', 'Camille', 'Dupont',
         '2024-05-01T10:00:00Z'::timestamptz + i * interval '1 second'
    FROM generate_series(1, $N) AS i"

wait_port() { # the port the server printed into file $1
  for _ in $(seq 1 100); do
    if grep -q '^PORT ' "$1" 2>/dev/null; then sed -n 's/^PORT //p' "$1"; return; fi
    sleep 0.1
  done
  echo "error: tests/smtp_server.py did not start" >&2; exit 1
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

python3 tests/smtp_server.py --no-store --count-file "$tmp/rust.count" >"$tmp/rust.port" &
SRV1=$!
port=$(wait_port "$tmp/rust.port")
t0=$(date +%s.%N)
"$BIN" -q accounts warn --smtp-url "smtp://127.0.0.1:$port" --mail-from noreply@example.org --connections "$CONN"
t1=$(date +%s.%N)
kill "$SRV1"; wait "$SRV1" 2>/dev/null || true
rust_s=$(echo "$t1 - $t0" | bc -l)
sent=$(psql "$DATABASE_URL" -qAtc "SELECT count(*) FROM notifications WHERE status = 'sent'")
received=$(cat "$tmp/rust.count")

python3 tests/smtp_server.py --no-store --count-file "$tmp/py.count" >"$tmp/py.port" &
SRV2=$!
port=$(wait_port "$tmp/py.port")
py_s=$(python3 bench/smtplib_client.py "$port" "$N")
kill "$SRV2"; wait "$SRV2" 2>/dev/null || true
py_received=$(cat "$tmp/py.count")

rust_rate=$(echo "$N / $rust_s" | bc -l)
py_rate=$(echo "$N / $py_s" | bc -l)
printf 'rgpdctl accounts warn : %d mails (%d marked sent, %d received) in %.2f s = %.0f mails/s (%d connections)\n' "$N" "$sent" "$received" "$rust_s" "$rust_rate" "$CONN"
printf 'python smtplib        : %d mails (%d received) in %.2f s = %.0f mails/s (1 connection)\n' "$N" "$py_received" "$py_s" "$py_rate"
printf 'ratio                 : %.2fx python smtplib\n' "$(echo "$rust_rate / $py_rate" | bc -l)"
psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
