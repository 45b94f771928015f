# The DPO's day: register requests, answer an access request with one export, restrict, erase,
# follow deadlines. Sourced by scripts/demo (uses run, $DATABASE_URL, $DEMO_DIR).
dpo_sql() { psql "$DATABASE_URL" -qAtX -v ON_ERROR_STOP=1 -c "$1"; }
if [ "$(dpo_sql 'SELECT count(*) FROM accounts')" -lt 2 ]; then
  # The imports did not run (or not yet): two people of our own, so that the part still shows.
  dpo_sql "INSERT INTO accounts (pseudonym, first_name, last_name, email, created_at, last_activity_at)
           VALUES ('camille.demo', 'Camille', 'Démo', 'camille.demo@example.org', '2024-05-01', '2026-11-01'),
                  ('hugo.demo', 'Hugo', 'Démo', 'hugo.demo@example.org', '2024-06-01', '2026-10-01')
           ON CONFLICT DO NOTHING"
fi
# The person with the most connection log rows, and another one to erase.
dpo_person=$(dpo_sql "SELECT a.email FROM accounts a LEFT JOIN connection_logs l ON l.account_id = a.id
                      GROUP BY a.id ORDER BY count(l.*) DESC, a.id LIMIT 1")
dpo_other=$(dpo_sql "SELECT pseudonym FROM accounts WHERE lower(email) <> lower('$dpo_person') ORDER BY id DESC LIMIT 1")

run requests add --email "$dpo_person" --right access --received 2026-11-02
dpo_id=$(run --format json requests add --email "ancien.usager@example.org" --right objection --received 2026-10-05 \
  --note "courrier" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
run requests list
run requests list --overdue
run subject export --email "$dpo_person" -o "$DEMO_DIR/acces-donnees.zip"
python3 - "$DEMO_DIR/acces-donnees.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for i in z.infolist():
        print(f"  {i.file_size:>8}  {i.filename}", file=sys.stderr)
    print("\n".join(z.read("LISEZMOI.txt").decode("utf-8-sig").splitlines()[:12]), file=sys.stderr)
PY
ls -l "$DEMO_DIR/acces-donnees.zip" >&2
run subject export --email "$dpo_person" -o "$DEMO_DIR/acces-donnees.zip" || echo "(refused: the archive exists; --force replaces it)" >&2
run requests extend "$dpo_id" --reason "demande complexe" || echo "(refused: the first month has passed)" >&2
run subject restrict --pseudonym "$dpo_other" --reason "exactitude des données contestée"
run subject erase --pseudonym "$dpo_other" --dry-run || echo "(refused: restricted account)" >&2
run subject unrestrict --pseudonym "$dpo_other"
run subject erase --pseudonym "$dpo_other" --dry-run
run --yes subject erase --pseudonym "$dpo_other"
run requests close "$dpo_id" --refused --reason "aucun traitement en cours sur ce fondement"
run requests list
run audit list --job "subject export"
