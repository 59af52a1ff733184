#!/usr/bin/env bash
# Sourced by scripts/test: installs and starts what the tests need, then exports where to find it.
#   - PostgreSQL 15 (Debian package), started with pg_ctlcluster; role and database "outloud".
#   - Chromium and chromedriver from Debian's packages (browser tests never download a browser).
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sudo -u postgres sh -c "$1"; fi; }

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=yes; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "test-env: installing PostgreSQL"
  apt_install postgresql
fi
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "test-env: installing Chromium and chromedriver from Debian"
  apt_install chromium chromium-driver
fi

pg_version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
pg_cluster=$(pg_lsclusters -h | awk 'NR==1 {print $2}')
if [ -z "$pg_version" ]; then
  pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  as_root pg_createcluster "$pg_version" main >/dev/null
  pg_cluster=main
fi
pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" -v c="$pg_cluster" '$1==v && $2==c {print $3}')
if ! pg_lsclusters -h | awk -v v="$pg_version" -v c="$pg_cluster" '$1==v && $2==c {print $4}' | grep -q online; then
  echo "test-env: starting PostgreSQL $pg_version/$pg_cluster"
  as_root pg_ctlcluster "$pg_version" "$pg_cluster" start
fi
for _ in $(seq 1 30); do
  as_postgres "pg_isready -q -p $pg_port" && break
  sleep 1
done
as_postgres "psql -p $pg_port -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='outloud'\" | grep -q 1 || psql -p $pg_port -qc \"CREATE ROLE outloud LOGIN PASSWORD 'outloud'\""
as_postgres "psql -p $pg_port -qtAc \"SELECT 1 FROM pg_database WHERE datname='outloud_test'\" | grep -q 1 || createdb -p $pg_port -O outloud outloud_test"

export OUTLOUD_TEST_PG_URL="jdbc:postgresql://localhost:${pg_port}/outloud_test?user=outloud&password=outloud"
export OUTLOUD_TEST_REQUIRE_POSTGRES=true
export OUTLOUD_CHROMIUM=$(command -v chromium)
export OUTLOUD_CHROMEDRIVER=$(command -v chromedriver)
echo "test-env: PostgreSQL at localhost:${pg_port}, Chromium at ${OUTLOUD_CHROMIUM}"
