# Shared by scripts/demo and scripts/test: make sure a PostgreSQL answers, and say exactly what
# is missing when it cannot be arranged.

PG_URL="${TEST_DATABASE_URL:-${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}}"

pg_answers() {
  if command -v psql >/dev/null 2>&1; then
    psql "$PG_URL" -qAtc 'select 1' >/dev/null 2>&1
  else
    (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
  fi
}

ensure_postgres() {
  if pg_answers; then return 0; fi
  echo "PostgreSQL does not answer at ${PG_URL%%\?*}; trying to start one" >&2
  if [ "$(id -u)" != 0 ]; then
    echo "error: no PostgreSQL answers and this script is not root, so it cannot install or start one" >&2
    echo "hint: sudo apt-get install postgresql && sudo pg_ctlcluster <version> main start, or set TEST_DATABASE_URL / DATABASE_URL to a server you can use (user with CREATEDB)" >&2
    exit 1
  fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "error: no PostgreSQL installed and no apt-get here; install PostgreSQL >= 13 and re-run" >&2
      exit 1
    fi
    echo "installing Debian's postgresql package" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 || {
      apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
    } || { echo "error: apt-get install postgresql failed" >&2; exit 1; }
  fi
  ver=$(ls /etc/postgresql | sort -V | tail -n 1)
  hba="/etc/postgresql/$ver/main/pg_hba.conf"
  # A development machine: let the local postgres user in over TCP without a password.
  if ! grep -q '^host all postgres 127.0.0.1/32 trust' "$hba"; then
    sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$ver" main start >&2 2>/dev/null \
    || pg_ctlcluster --skip-systemctl-redirect "$ver" main reload >&2 || true
  for _ in $(seq 1 30); do
    if pg_answers; then echo "PostgreSQL $ver started" >&2; return 0; fi
    sleep 1
  done
  echo "error: PostgreSQL $ver did not start; see /var/log/postgresql/" >&2
  exit 1
}

# aiosmtpd, the real SMTP server the mail tests start.
ensure_aiosmtpd() {
  if python3 -c 'import aiosmtpd' 2>/dev/null; then return 0; fi
  echo "installing aiosmtpd (PyPI) for the mail tests" >&2
  python3 -m pip install -q aiosmtpd >&2 2>/dev/null \
    || python3 -m pip install -q --user aiosmtpd >&2 2>/dev/null \
    || python3 -m pip install -q --break-system-packages aiosmtpd >&2 2>/dev/null \
    || { [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-aiosmtpd >&2; } \
    || { echo "error: could not install aiosmtpd: pip install aiosmtpd (or apt-get install python3-aiosmtpd)" >&2; exit 1; }
}

# The openssl CLI: the TLS mail tests make a private CA with it.
ensure_openssl() {
  if command -v openssl >/dev/null; then return 0; fi
  echo "installing openssl (Debian) for the TLS mail tests" >&2
  { [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -q openssl >&2; } \
    || { echo "error: could not install openssl: apt-get install openssl" >&2; exit 1; }
}
