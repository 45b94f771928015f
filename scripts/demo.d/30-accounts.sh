# Inactive accounts (issue 4): who is past or near the 24-month limit, the warning mails written
# into an outbox folder for review, and what a purge would delete. Sourced by scripts/demo.
run accounts inactive --within "30 days" | head -n 14
run --format json accounts inactive --status warning-due | head -n 14
run accounts warn --dry-run
run accounts warn --outbox-dir "$DEMO_DIR/outbox" --mail-from "Plateforme Open Data Occitanie <noreply@data.laregion.fr>" --limit 25
step "ls -l \$DEMO_DIR/outbox | head -n 4; the first mail's headers"
ls -l "$DEMO_DIR/outbox" | head -n 4
first=$(find "$DEMO_DIR/outbox" -name '*.eml' | sort | head -n 1)
[ -n "$first" ] && sed -n '1,/^\r\{0,1\}$/p' "$first"
run accounts inactive --status warned | head -n 8
run accounts purge --dry-run
