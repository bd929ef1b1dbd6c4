# Sourced: a throwaway PostgreSQL (Debian's postgresql) on loopback in a temporary directory (not
# target/, which the build cleans), with a database and user for the application; exports the
# CITYREPORTS_DB_* settings config/payara and config/wildfly read. PostgreSQL refuses to run as
# root, so as root the server runs as the postgres system user. Call stop_postgresql at the end.
#   start_postgresql <port>
start_postgresql() {
    local port=$1
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    pgwork=$(mktemp -d /tmp/cityreports-postgresql.XXXXXX)
    if [ "$(id -u)" = 0 ]; then chown postgres "$pgwork"; fi
    export CITYREPORTS_DB_HOST=127.0.0.1 CITYREPORTS_DB_PORT=$port CITYREPORTS_DB_NAME=cityreports
    export CITYREPORTS_DB_USER=cityreports CITYREPORTS_DB_PASSWORD="pg-$RANDOM$RANDOM$RANDOM"
    as_postgres bash -c "umask 077; echo '$CITYREPORTS_DB_PASSWORD' > '$pgwork/password'"
    as_postgres "$pgbin/initdb" -D "$pgwork/data" -U cityreports --pwfile="$pgwork/password" -A scram-sha-256 -E UTF8 \
        --locale=C.UTF-8 > "$pgwork/initdb.log"
    rm -f "$pgwork/password"
    as_postgres "$pgbin/pg_ctl" -D "$pgwork/data" -l "$pgwork/server.log" -w \
        -o "-p $port -k $pgwork -c listen_addresses=127.0.0.1" start > /dev/null
    PGPASSWORD="$CITYREPORTS_DB_PASSWORD" "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U cityreports cityreports
}

# a query's single value, in the throwaway database
psql_value() {
    PGPASSWORD="$CITYREPORTS_DB_PASSWORD" "$pgbin/psql" -h 127.0.0.1 -p "$CITYREPORTS_DB_PORT" -U cityreports \
        -d cityreports -tA -c "$1"
}

stop_postgresql() {
    if [ -n "${pgwork:-}" ] && [ -d "$pgwork" ]; then
        as_postgres "$pgbin/pg_ctl" -D "$pgwork/data" -m fast stop > /dev/null || true
        rm -rf "$pgwork"
    fi
}

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
