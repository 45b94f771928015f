# Part of scripts/demo (sourced): `logs purge` on the demo platform.
# The platform's audience measurement has no export: generate 15 months of page views here, and
# the monthly partitions a year of nightly runs would have created (rows that the logs import
# put in the default partition move into them). Connection logs come from the import; a few are
# generated if it has not run.
psql "$DATABASE_URL" -qX -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
SELECT rgpd_ensure_month_partition(t, m::date)
  FROM unnest(ARRAY['connection_logs', 'audience_events']) t,
       generate_series(date '2025-08-01', date '2026-11-01', interval '1 month') m;
INSERT INTO audience_events (visitor_id, occurred_at, page, event, referrer)
SELECT md5((i % 5000)::text), timestamptz '2026-11-22T09:00:00Z' - (i * interval '97 seconds'),
       (ARRAY['/explore', '/explore/dataset/lycees-occitanie', '/api', '/pages/accueil'])[1 + i % 4],
       'pageview', (ARRAY['https://www.laregion.fr/', 'https://www.google.com/', NULL])[1 + i % 3]
  FROM generate_series(0, 400000) i;
INSERT INTO connection_logs (occurred_at, ip, geo, request, user_agent)
SELECT timestamptz '2026-11-22T09:00:00Z' - (i * interval '17 minutes'), ('82.64.1.' || (1 + i % 254))::inet,
       'Toulouse', '/explore', 'Mozilla/5.0'
  FROM generate_series(0, 40000) i
 WHERE NOT EXISTS (SELECT 1 FROM connection_logs);
SQL
run logs purge --dry-run
run --yes logs purge
# A second run finds nothing left to do.
run --yes logs purge
