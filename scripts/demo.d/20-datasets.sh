# Datasets: real French open-data exports (OpenDataSoft with BOM and GeoJSON, Windows-1252 with
# `,`, `\r\r\n` line ends) into typed tables in schema `datasets`. Sourced by scripts/demo.
fr_real="tests/fixtures/fr-real"
run datasets import "$fr_real/ods_education_annuaire_occitanie_head300.csv" --slug annuaire-education --dry-run
run datasets import "$fr_real/ods_education_annuaire_occitanie_head300.csv" --slug annuaire-education \
  --title "Annuaire de l'éducation (Occitanie)"
run datasets import "$fr_real/ods_education_carte_scolaire_occitanie_head40.csv" --slug carte-scolaire \
  --title "Carte scolaire des collèges et lycées publics"
run datasets import "$fr_real/cnil_controles_2022_cp1252.csv" --slug controles-cnil-2022
run datasets import "$fr_real/laposte_hexasmal_crcrlf_head.csv" --slug codes-postaux
# A new version replaces the old one in one transaction (readers never see a half).
step "cat laposte_hexasmal_utf8_crlf_head.csv | rgpdctl datasets import - --slug codes-postaux --replace"
"$RGPDCTL" datasets import - --slug codes-postaux --replace < "$fr_real/laposte_hexasmal_utf8_crlf_head.csv"
run datasets list
run datasets drop controles-cnil-2022 --yes
