# Surveys (issue 7): responses past 13 months anonymised behind a k-anonymity gate, a consent
# withdrawal honoured at once. The survey `satisfaction` was imported by an earlier part.
cat > "$DEMO_DIR/surveys.toml" <<'TOML'
[surveys.satisfaction]
quasi_identifiers = ["commune", "tranche_age"]
free_text = ["commentaire"]
TOML
run surveys list
# k = 10 is more than this survey reaches: the run refuses and changes nothing (exit 1).
run --config "$DEMO_DIR/surveys.toml" surveys anonymise --k 10 --yes \
  || echo "(refused as expected, exit $?: nothing was changed)" >&2
run --config "$DEMO_DIR/surveys.toml" surveys anonymise --dry-run --k 5
run --config "$DEMO_DIR/surveys.toml" surveys anonymise --k 5 --yes
step "what an anonymised response looks like"
psql "$DATABASE_URL" -c "SELECT id, email, consent_at,
                                  to_char(submitted_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS submitted_month,
                                  answers->>'commentaire' AS commentaire
                           FROM survey_responses WHERE anonymised_at IS NOT NULL
                            AND answers->>'commentaire' LIKE '%[supprimé]%' ORDER BY id LIMIT 4"
withdrawing=$(psql "$DATABASE_URL" -Atc "SELECT email FROM survey_responses
                                          WHERE anonymised_at IS NULL AND email IS NOT NULL ORDER BY id LIMIT 1")
run --config "$DEMO_DIR/surveys.toml" surveys withdraw --email "$withdrawing" --yes
run surveys list
