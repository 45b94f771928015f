# The nightly pass and the DPO's dashboard (sourced by scripts/demo, last).
run enforce --dry-run --outbox-dir "$DEMO_DIR/outbox" --mail-from "Plateforme Open Data <ne-pas-repondre@laregion.fr>"
run --yes enforce --outbox-dir "$DEMO_DIR/outbox" --mail-from "Plateforme Open Data <ne-pas-repondre@laregion.fr>"
run report
run audit verify
