#!/usr/bin/env bash
# The whole test suite on Payara Micro against a real PostgreSQL: a throwaway cluster in a
# temporary directory (not target/, which the build cleans) on loopback, started here and
# removed at the end. Needs Debian's postgresql
# (apt-get install postgresql). PostgreSQL refuses to run as root, so as root the server runs as
# the postgres system user.
set -euo pipefail
cd "$(dirname "$0")/../.."
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d /tmp/cityreports-postgresql.XXXXXX)
port=5439
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$(id -u)" = 0 ]; then chown postgres "$work"; fi
export CITYREPORTS_DB_HOST=127.0.0.1 CITYREPORTS_DB_PORT=$port CITYREPORTS_DB_NAME=cityreports
export CITYREPORTS_DB_USER=cityreports CITYREPORTS_DB_PASSWORD="pg-$RANDOM$RANDOM$RANDOM"
as_postgres bash -c "umask 077; echo '$CITYREPORTS_DB_PASSWORD' > '$work/password'"
as_postgres "$pgbin/initdb" -D "$work/data" -U cityreports --pwfile="$work/password" -A scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 > "$work/initdb.log"
rm -f "$work/password"
as_postgres "$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-p $port -k $work -c listen_addresses=127.0.0.1" start
trap 'as_postgres "$pgbin/pg_ctl" -D "$work/data" -m fast stop; rm -rf "$work"' EXIT
PGPASSWORD="$CITYREPORTS_DB_PASSWORD" "$pgbin/createdb" -h 127.0.0.1 -p $port -U cityreports cityreports

mvn -B clean verify -Ppayara,postgresql "$@"
