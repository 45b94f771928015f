#!/usr/bin/env bash
# Benchmark: `rgpdctl datasets import` against `psql \copy` on the same 1,000,000-row, 15-column
# OpenDataSoft-like CSV (~250 MB), into tables of the same column types, in the same run.
# Prints both times (best of BENCH_ROUNDS rounds, default 3, alternating), the ratio and
# rgpdctl's peak RSS.
#
# Usage: bench/datasets_import.sh [ROWS]   (needs PostgreSQL as for scripts/test, python3, psql)
# Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/rgpdctl_bench).
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
out="target/bench"
mkdir -p "$out"
csv="$out/ods_like_${rows}.csv"
admin="${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
url="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/rgpdctl_bench}"

if [ ! -s "$csv" ]; then
  echo "generating $csv ($rows rows)" >&2
  python3 - "$csv" "$rows" <<'PY'
import random, sys
path, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(42)
communes = ["Toulouse", "Montpellier", "Nîmes", "Perpignan", "Béziers", "Montauban", "Narbonne",
            "Albi", "Carcassonne", "Castres", "Sète", "Agde", "Lunel", "Millau", "Rodez", "Foix",
            "Saint-Gaudens", "Lourdes", "Tarbes", "Auch", "Cahors", "Mende", "Alès", "Lézignan-Corbières"]
types = ["École élémentaire", "Collège", "Lycée général et technologique", "Lycée professionnel",
         "Médiathèque", "Piscine municipale", "Théâtre", "Gymnase", "Crèche collective"]
words = ("réhabilitation accessibilité équipement numérique rénovation énergétique extension "
         "bâtiment cour préau cantine élèves élu délibération travaux été hiver façade").split()
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("\ufeff")
    f.write("identifiant;nom_etablissement;type;commune;code_postal;code_insee;effectif;"
            "budget_eur;surface_m2;date_ouverture;date_maj;ouvert;geo_point_2d;note;description\n")
    for i in range(1, n + 1):
        c = rnd.choice(communes)
        lat = 42.3 + rnd.random() * 2.6
        lon = -0.3 + rnd.random() * 4.8
        desc = " ".join(rnd.choice(words) for _ in range(rnd.randint(6, 14)))
        r = rnd.random()
        if r < 0.05:
            desc = '"' + desc + ' ; voir aussi\nla délibération n° ' + str(rnd.randint(1, 999)) + '"'
        elif r < 0.10:
            desc = '"' + desc + ' : « le projet ""phare"" » ; suite"'
        f.write(";".join([
            str(i),
            f"{rnd.choice(types)} {c} n°{rnd.randint(1, 60)}",
            rnd.choice(types),
            c,
            f"{rnd.randint(1, 95):02d}{rnd.randint(0, 999):03d}",
            f"{rnd.randint(1, 95):02d}{rnd.randint(1, 999):03d}",
            str(rnd.randint(0, 3000)) if rnd.random() > 0.02 else "",
            f"{rnd.randint(0, 9_999_999)}.{rnd.randint(0, 99):02d}",
            f"{rnd.random() * 20000:.3f}",
            f"{rnd.randint(1950, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
            f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}T{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d}+01:00",
            rnd.choice(["true", "false"]),
            f"{lat:.6f}, {lon:.6f}",
            f"{rnd.random() * 20:.2f}",
            desc,
        ]))
        f.write("\n")
PY
fi
size=$(stat -c %s "$csv")
echo "file: $csv, $rows rows, $((size / 1000000)) MB" >&2

echo "building the release binary" >&2
cargo build --release --quiet
bin="$PWD/target/release/rgpdctl"

psql "$admin" -qc 'DROP DATABASE IF EXISTS rgpdctl_bench WITH (FORCE)' -c 'CREATE DATABASE rgpdctl_bench'
DATABASE_URL="$url" "$bin" -q db migrate >/dev/null

now() { date +%s.%N; }

rounds="${BENCH_ROUNDS:-3}"
psql "$url" -qc 'CREATE TABLE bench_psql (id int)'
best_ours=""; best_theirs=""; rss_kb=0
for round in $(seq 1 "$rounds"); do
  # rgpdctl, with its peak RSS (a replace from the second round on: the swap is part of the job).
  replace=""; [ "$round" -gt 1 ] && replace="--replace"
  t0=$(now)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$out/time.txt" env DATABASE_URL="$url" "$bin" -q datasets import "$csv" --slug bench $replace
    r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
  else
    DATABASE_URL="$url" "$bin" -q datasets import "$csv" --slug bench $replace &
    pid=$!; r=0
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [ "${v:-0}" -gt "$r" ] && r=$v
      sleep 0.05
    done
    wait "$pid"
  fi
  t1=$(now)
  ours=$(echo "$t1 - $t0" | bc -l)
  [ "$r" -gt "$rss_kb" ] && rss_kb=$r

  # psql \copy into an empty table with the column types rgpdctl inferred.
  psql "$url" -qc 'DROP TABLE bench_psql' -c 'CREATE TABLE bench_psql (LIKE datasets.bench)'
  t0=$(now)
  psql "$url" -qc "\\copy bench_psql from '$csv' csv header delimiter ';' encoding 'UTF8'"
  t1=$(now)
  theirs=$(echo "$t1 - $t0" | bc -l)
  printf 'round %d: rgpdctl %.2f s, psql %.2f s (load average %s)\n' "$round" "$ours" "$theirs" "$(cut -d' ' -f1 /proc/loadavg)"
  if [ -z "$best_ours" ] || [ "$(echo "$ours < $best_ours" | bc)" = 1 ]; then best_ours=$ours; fi
  if [ -z "$best_theirs" ] || [ "$(echo "$theirs < $best_theirs" | bc)" = 1 ]; then best_theirs=$theirs; fi
done
ours=$best_ours; theirs=$best_theirs

n_ours=$(psql "$url" -Atc 'SELECT count(*) FROM datasets.bench')
n_theirs=$(psql "$url" -Atc 'SELECT count(*) FROM bench_psql')
types=$(psql "$url" -Atc "SELECT string_agg(c->>'type', ',') FROM datasets, jsonb_array_elements(columns) c WHERE slug = 'bench'")
same=$(psql "$url" -Atc 'SELECT count(*) FROM (SELECT * FROM datasets.bench EXCEPT ALL SELECT * FROM bench_psql) d')

printf 'rows: rgpdctl %s, psql %s; rows that differ: %s\n' "$n_ours" "$n_theirs" "$same"
printf 'column types: %s\n' "$types"
printf 'best of %d rounds:\n' "$rounds"
printf 'rgpdctl datasets import: %.2f s (peak RSS %d MB)\n' "$ours" "$((rss_kb / 1024))"
printf 'psql \\copy:              %.2f s\n' "$theirs"
printf 'ratio rgpdctl / psql:    %.2f\n' "$(echo "$ours / $theirs" | bc -l)"
if [ -f "$out/time.txt" ]; then
  awk -F': ' '/User time|System time/ {printf "rgpdctl %s: %s s\n", $1, $2}' "$out/time.txt" | sed 's/\t//'
fi
printf 'machine: %s cores, load average %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
