#!/usr/bin/env bash
# Benchmark: `rgpdctl logs import` of N connection-log lines (default 1,000,000) against psql
# `\copy` of the same file into a plain table, in the same run. Prints both times and the ratio.
# Usage: bench/platform_import.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh
ensure_postgres
n=${1:-1000000}
cargo build --release --quiet
bin=target/release/rgpdctl
dir=target/bench; mkdir -p "$dir"
base="${PG_URL%%\?*}"; base="${base%/*}"
db="$base/rgpdctl_bench_import"
psql "$PG_URL" -qc 'DROP DATABASE IF EXISTS rgpdctl_bench_import WITH (FORCE)' -c 'CREATE DATABASE rgpdctl_bench_import'
export DATABASE_URL="$db" RGPDCTL_AS_OF=2026-11-22T09:00:00Z
"$bin" -q db migrate
python3 - "$dir" "$n" <<'PY'
import csv, random, sys
d, n = sys.argv[1], int(sys.argv[2])
r = random.Random(1)
with open(f"{d}/accounts.csv", "w", newline="") as f:
    w = csv.writer(f); w.writerow(["pseudonym", "email"])
    for i in range(10000): w.writerow([f"user{i}", f"user{i}@example.org"])
with open(f"{d}/logs.csv", "w", newline="") as f:
    w = csv.writer(f); w.writerow(["pseudonym", "occurred_at", "ip", "geo", "request", "user_agent"])
    for i in range(n):
        p = f"user{r.randrange(10000)}" if r.random() < 0.7 else ""
        t = f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        w.writerow([p, t, f"82.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}", "Toulouse", f"/explore/dataset/d{r.randrange(500)}", "Mozilla/5.0 Firefox/128.0"])
PY
"$bin" -q accounts import "$dir/accounts.csv"
t0=$(date +%s.%N)
"$bin" -q logs import "$dir/logs.csv"
t1=$(date +%s.%N)
psql "$db" -qc 'CREATE TABLE plain_logs (pseudonym text, occurred_at timestamptz, ip inet, geo text, request text, user_agent text)'
t2=$(date +%s.%N)
psql "$db" -qc "\\copy plain_logs from '$dir/logs.csv' csv header"
t3=$(date +%s.%N)
ours=$(echo "$t1 - $t0" | bc -l); theirs=$(echo "$t3 - $t2" | bc -l)
printf 'rows: %s\nrgpdctl logs import (validation, partition routing, FK, dedup, last_activity): %.2f s\npsql \\copy into a plain table: %.2f s\nratio: %.2f\n' \
  "$n" "$ours" "$theirs" "$(echo "$ours / $theirs" | bc -l)"
psql "$PG_URL" -qc 'DROP DATABASE rgpdctl_bench_import WITH (FORCE)'
