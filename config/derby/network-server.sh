# Sourced: a Derby Network Server on loopback with a database and user for the application, its
# files in the given directory; exports the CITYREPORTS_DB_* settings config/payara and
# config/wildfly read. Needs the Derby jars of `mvn package` in target/jdbc. Call stop_derby at the end.
#   start_derby <directory> <port>
start_derby() {
    local dir=$1 port=$2 jdbc=target/jdbc
    mkdir -p "$dir"
    export CITYREPORTS_DB_HOST=127.0.0.1 CITYREPORTS_DB_PORT=$port CITYREPORTS_DB_NAME=cityreports
    export CITYREPORTS_DB_USER=cityreports CITYREPORTS_DB_PASSWORD="db-$RANDOM$RANDOM"
    java -Dderby.system.home="$dir" -cp "$jdbc/derbynet.jar:$jdbc/derby.jar:$jdbc/derbyshared.jar:$jdbc/derbytools.jar" \
        org.apache.derby.drda.NetworkServerControl start -h 127.0.0.1 -p "$port" -noSecurityManager \
        > "$dir/derby.out" 2>&1 &
    derby_pid=$!
    for _ in $(seq 1 30); do
        if derby_sql "values 1;" 2> /dev/null | grep -q "1 row selected"; then break; fi
        sleep 1
    done
}

# runs SQL in the network server's database (created on first use), printing ij's output
derby_sql() {
    local jdbc=target/jdbc
    printf "connect 'jdbc:derby://127.0.0.1:%s/%s;create=true;user=%s;password=%s';\n%s\n" \
        "$CITYREPORTS_DB_PORT" "$CITYREPORTS_DB_NAME" "$CITYREPORTS_DB_USER" "$CITYREPORTS_DB_PASSWORD" "$1" \
        | java -cp "$jdbc/derbytools.jar:$jdbc/derbyclient.jar:$jdbc/derbyshared.jar" org.apache.derby.tools.ij
}

stop_derby() {
    if [ -n "${derby_pid:-}" ]; then kill "$derby_pid" 2> /dev/null || true; wait "$derby_pid" 2> /dev/null || true; fi
}
