# Platform exports -> platform tables (sourced by scripts/demo).
run accounts import "$DEMO_DIR/accounts.csv"
run accounts import "$DEMO_DIR/accounts.csv"   # a second import changes nothing
run logs import "$DEMO_DIR/logs.csv"
# The export spans two years: --keep-expired loads the old responses too, for `surveys anonymise` to show.
run surveys import "$DEMO_DIR/survey.csv" --survey satisfaction --keep-expired
