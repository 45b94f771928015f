#!/usr/bin/env bash
# Benchmark of `surveys anonymise` on 1,000,000 responses, half of them past the 13-month cutoff:
# the tool (scrubbing, fresh ids, k-anonymity count, batches included) against the obvious
# alternative, one plain UPDATE setting email to NULL and truncating the date to the month, run on
# an identical copy of the database in the same script. Prints both times and the ratio.
# Usage: bench/surveys_anonymise.sh [ROWS]   (default 1000000; needs psql and a PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh
ensure_postgres

rows="${1:-1000000}"
half=$((rows / 2))
admin="$PG_URL"
base="${admin%%\?*}"; base="${base%/*}"
a=rgpdctl_bench_surveys_tool
b=rgpdctl_bench_surveys_plain
c=rgpdctl_bench_surveys_batched
as_of="2026-06-15T10:00:00Z"   # cutoff: 2025-05-15T10:00:00Z
cargo build --release --quiet
bin="$PWD/target/release/rgpdctl"
cfg="$(mktemp)"; trap 'rm -f "$cfg"' EXIT
cat > "$cfg" <<'TOML'
[surveys.satisfaction]
quasi_identifiers = ["commune", "tranche_age"]
free_text = ["commentaire"]
TOML

now() { date +%s.%N; }
psql "$admin" -qc "DROP DATABASE IF EXISTS $a WITH (FORCE)" -c "DROP DATABASE IF EXISTS $b WITH (FORCE)" \
  -c "DROP DATABASE IF EXISTS $c WITH (FORCE)" -c "CREATE DATABASE $a"
DATABASE_URL="$base/$a" "$bin" -q db migrate
echo "seeding $rows responses (half before the cutoff), 100,000 accounts" >&2
psql "$base/$a" -q <<SQL
INSERT INTO surveys (slug, title) VALUES ('satisfaction', 'Satisfaction');
INSERT INTO accounts (pseudonym, email, first_name, last_name, created_at, last_activity_at)
SELECT 'user' || g, 'user' || g || '@example.org', 'Prénom' || (g % 500), 'Nom' || (g % 2000), '2024-01-01', '2026-01-01'
  FROM generate_series(1, 100000) g;
INSERT INTO survey_responses (survey_id, email, consent_at, submitted_at, answers)
SELECT 1, 'user' || g || '@example.org', t, t,
       jsonb_build_object(
         'commune', (ARRAY['Toulouse','Montpellier','Nîmes','Perpignan','Béziers','Albi','Carcassonne','Tarbes','Rodez','Cahors'])[1 + g % 10],
         'tranche_age', (ARRAY['18-25','26-35','36-50','51-65','65+'])[1 + (g / 10) % 5],
         'note', 1 + g % 5,
         'recommande', CASE WHEN g % 3 = 0 THEN 'oui' ELSE 'non' END,
         'commentaire', (ARRAY['Très bon service, merci !', 'Le site est lent le matin.',
                               'Rappelez-moi au 06 12 34 56 78 svp', 'Contact : user' || g || '@example.org',
                               'RAS', 'Les jeux de données transport sont incomplets.',
                               '+33 6 98 76 54 32 pour en parler', 'Voir https://data.laregion.fr/profile/user' || g,
                               'Interface claire 😀', 'Merci pour l''accès « open data ».'])[1 + (g / 7) % 10])
  FROM generate_series(1, $rows) g,
       LATERAL (SELECT CASE WHEN g <= $half
                            THEN timestamptz '2024-06-01T00:00:00Z' + (g::float8 / $half) * interval '340 days'
                            ELSE timestamptz '2025-05-20T00:00:00Z' + ((g - $half)::float8 / $half) * interval '380 days'
                       END AS t) x;
VACUUM ANALYZE;
SQL
psql "$admin" -qc "CREATE DATABASE $b TEMPLATE $a" -c "CREATE DATABASE $c TEMPLATE $a"
due=$(psql "$base/$a" -Atc "SELECT count(*) FROM survey_responses WHERE submitted_at < '2025-05-15T10:00:00Z'")
echo "responses past the cutoff: $due" >&2

psql "$base/$b" -qc CHECKPOINT
t0=$(now)
psql "$base/$b" -qc "UPDATE survey_responses SET email = NULL, submitted_at = date_trunc('month', submitted_at)
                      WHERE submitted_at < '2025-05-15T10:00:00Z' AND anonymised_at IS NULL"
t1=$(now)
plain=$(echo "$t1 - $t0" | bc -l)

# The same plain UPDATE cut into the tool's batches (5,000 rows, one transaction each): what
# batching alone costs.
psql "$base/$c" -qc CHECKPOINT
t0=$(now)
psql "$base/$c" -q <<'SQL'
DO $$
DECLARE lo bigint := 0; hi bigint;
BEGIN
  LOOP
    SELECT max(id) INTO hi FROM (SELECT id FROM survey_responses
      WHERE id > lo AND submitted_at < '2025-05-15T10:00:00Z' AND anonymised_at IS NULL ORDER BY id LIMIT 5000) s;
    EXIT WHEN hi IS NULL;
    UPDATE survey_responses SET email = NULL, submitted_at = date_trunc('month', submitted_at)
     WHERE id > lo AND id <= hi AND submitted_at < '2025-05-15T10:00:00Z' AND anonymised_at IS NULL;
    lo := hi;
    COMMIT;
  END LOOP;
END $$;
SQL
t1=$(now)
batched=$(echo "$t1 - $t0" | bc -l)

psql "$base/$a" -qc CHECKPOINT
t0=$(now)
DATABASE_URL="$base/$a" RGPDCTL_ACTOR=bench "$bin" --as-of "$as_of" --config "$cfg" surveys anonymise --yes ${BENCH_VERBOSE:+-v}
t1=$(now)
tool=$(echo "$t1 - $t0" | bc -l)

left=$(psql "$base/$a" -Atc "SELECT count(*) FROM survey_responses WHERE anonymised_at IS NOT NULL AND (email IS NOT NULL OR answers->>'commentaire' ~ '@|06 12')")
printf 'plain UPDATE (email NULL, month)          : %6.2f s for %s rows\n' "$plain" "$due"
printf 'plain UPDATE in batches of 5,000           : %6.2f s\n' "$batched"
printf 'rgpdctl surveys anonymise (scrub, ids, k) : %6.2f s for %s rows\n' "$tool" "$due"
printf 'ratio tool / plain                         : %6.2f x (goal <= 1.5)\n' "$(echo "$tool / $plain" | bc -l)"
printf 'ratio tool / plain in batches              : %6.2f x\n' "$(echo "$tool / $batched" | bc -l)"
printf 'anonymised rows still holding an email or phone: %s\n' "$left"
psql "$admin" -qc "DROP DATABASE $a WITH (FORCE)" -c "DROP DATABASE $b WITH (FORCE)" -c "DROP DATABASE $c WITH (FORCE)"
