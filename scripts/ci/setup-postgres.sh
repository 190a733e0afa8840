#!/usr/bin/env bash
# Installs (if absent) and starts a local PostgreSQL 15 cluster, creates the test
# role and database, and prints the DATABASE_URL to use. Idempotent.
set -euo pipefail
DB_NAME="${ATTUNE_PG_DB:-attune_test}"
DB_USER="${ATTUNE_PG_USER:-attune}"
DB_PASS="${ATTUNE_PG_PASS:-attune}"

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /usr/lib/postgresql/15 ]; then
  echo "setup-postgres: installing PostgreSQL from Debian…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
if ! pg_lsclusters -h 2>/dev/null | grep -q "^15 *main"; then
  pg_createcluster 15 main >&2
fi
if ! pg_lsclusters -h | awk '$1=="15" && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster 15 main start >&2
fi
for _ in $(seq 1 30); do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 0.5
done
su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname='${DB_USER}'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"create role ${DB_USER} login password '${DB_PASS}' createdb\"" >&2
su postgres -c "psql -qtAc \"select 1 from pg_database where datname='${DB_NAME}'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"create database ${DB_NAME} owner ${DB_USER}\"" >&2
# A test database need not wait for the disk at each commit: a crash of PostgreSQL itself
# could lose the last commits, which no test is about, and other sessions still see every
# commit at once. It made a migrated schema ~9x faster to build on a busy machine
# (docs/testing.md). Production keeps the default.
su postgres -c "psql -qc \"alter database ${DB_NAME} set synchronous_commit = off\"" >&2
echo "postgres://${DB_USER}:${DB_PASS}@127.0.0.1:5432/${DB_NAME}"
