#!/usr/bin/env bash
# The WAR on the full Payara Server with the data sources of config/payara/, as an operator sets
# them up: a fresh domain (ports from 29000), the driver added with add-library, the data source
# made by `asadmin multimode --file`, the WAR deployed with asadmin. First a Derby Network Server
# (derby-network.asadmin), then — after data-source-undo.asadmin — PostgreSQL (postgresql.asadmin).
# Each time: the application's log names the server's data source, the sample data is in that
# database, and staff sign in, keep and end a session whose cookie over HTTPS is Secure, HttpOnly
# and SameSite=Lax. Needs the WAR and drivers (mvn -B clean package -DskipTests) and Debian's
# postgresql; fetches Payara Server.
set -euo pipefail
cd "$(dirname "$0")/../.."
source config/derby/network-server.sh
source config/postgresql/throwaway.sh
mvn -B -q -Ppayara-server dependency:unpack@unpack-payara-server
home=$PWD/target/payara6
domain=cityreports-check
asadmin=("$home/bin/asadmin" --port 29048)
work=$PWD/target/payara-server-check
log=$home/glassfish/domains/$domain/logs/server.log
http=http://127.0.0.1:29080
https=https://127.0.0.1:29081
rm -rf "$work" "$home/glassfish/domains/$domain"
mkdir -p "$work"
bash config/payara/server-domain.sh "$home" "$domain" 29000 > /dev/null
export CITYREPORTS_ADMIN_PASSWORD="admin-$RANDOM$RANDOM$RANDOM"
stop() {
    "${asadmin[@]}" stop-domain "$domain" > /dev/null 2>&1 || true
    stop_derby
    stop_postgresql
}
trap stop EXIT
fail() { echo "FAIL $*" >&2; exit 1; }
ok() { echo "ok   $*"; }

# The server inherits the environment of start-domain: the data directory and CITYREPORTS_DB_*.
start() { "${asadmin[@]}" start-domain "$domain" > /dev/null; }
stop_domain() { "${asadmin[@]}" stop-domain "$domain" > /dev/null; }

deploy_and_check() {
    local database=$1 count_reports=$2
    local seen
    seen=$(wc -l < "$log")
    "${asadmin[@]}" deploy --contextroot / --name city-reports target/city-reports.war > /dev/null
    curl -fs -o /dev/null "$http/cities/taiyuan/2022" || fail "$database: the sample report is not served"
    # the server writes its log from a queue of its own: the line may come a moment after the page
    for _ in $(seq 1 50); do
        tail -n +"$((seen + 1))" "$log" | grep -q "Database: the server's data source jdbc/cityreports" && break
        sleep 0.2
    done
    tail -n +"$((seen + 1))" "$log" | grep -q "Database: the server's data source jdbc/cityreports" \
        || fail "$database: the log does not name the server's data source"
    ok "$database: the application uses the server's data source jdbc/cityreports"
    local reports
    reports=$($count_reports)
    [ "$reports" -ge 2 ] || fail "$database: $reports reports in the database, expected the 2 samples"
    ok "$database: the sample data is in that database ($reports reports)"
    check_session "$database"
}

check_session() {
    local database=$1 jar=$work/cookies header
    rm -f "$jar"
    header=$(curl -ksS -D - -o /dev/null "$https/staff/login" | grep -i '^set-cookie: JSESSIONID=' || true)
    for flag in Secure HttpOnly SameSite=Lax; do
        grep -qi "; *$flag" <<< "$header" || fail "$database: over HTTPS the session cookie lacks $flag: $header"
    done
    ok "$database: over HTTPS the session cookie is Secure, HttpOnly, SameSite=Lax"
    curl -sS -D - -o /dev/null "$http/staff/login" | grep -i '^set-cookie: JSESSIONID=' | grep -qi '; *Secure' \
        && fail "$database: over plain HTTP the cookie says Secure (the browser would drop it)"
    local c=(curl -ksS -b "$jar" -c "$jar")
    token() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
    local csrf status
    csrf=$("${c[@]}" "$https/staff/login" | token)
    status=$("${c[@]}" -o /dev/null -w '%{http_code}' --data-urlencode "_csrf=$csrf" --data-urlencode "username=admin" \
        --data-urlencode "password=$CITYREPORTS_ADMIN_PASSWORD" "$https/staff/login")
    [ "$status" = 303 ] || fail "$database: sign-in answered $status"
    status=$("${c[@]}" -o /dev/null -w '%{http_code}' "$https/staff/accounts")
    [ "$status" = 200 ] || fail "$database: the signed-in admin's next request answered $status"
    ok "$database: admin signs in and the session carries the next request"
    csrf=$("${c[@]}" "$https/staff/accounts" | token)
    "${c[@]}" -o /dev/null --data-urlencode "_csrf=$csrf" "$https/staff/logout"
    status=$("${c[@]}" -o /dev/null -w '%{http_code}' "$https/staff/accounts")
    [ "$status" = 302 ] || [ "$status" = 303 ] || fail "$database: after sign-out the staff page answered $status"
    ok "$database: sign-out ends the session"
}

# 1. Derby Network Server
start_derby "$work/derby" 1538
export CITYREPORTS_DATA_DIR=$work/data-derby
start
"${asadmin[@]}" add-library target/jdbc/derbyclient.jar target/jdbc/derbyshared.jar > /dev/null
"${asadmin[@]}" multimode --file config/payara/derby-network.asadmin > /dev/null
stop_domain
start
derby_reports() { derby_sql "SELECT COUNT(*) FROM REPORT;" | sed -n 's/^ *\([0-9][0-9]*\) *$/\1/p' | head -n 1; }
deploy_and_check "Derby Network Server" derby_reports

# 2. PostgreSQL, after undoing the Derby data source
"${asadmin[@]}" undeploy city-reports > /dev/null
"${asadmin[@]}" multimode --file config/payara/data-source-undo.asadmin > /dev/null
"${asadmin[@]}" remove-library derbyclient.jar derbyshared.jar > /dev/null
"${asadmin[@]}" add-library target/jdbc/postgresql.jar > /dev/null
"${asadmin[@]}" multimode --file config/payara/postgresql.asadmin > /dev/null
stop_domain
stop_derby
start_postgresql 5440
export CITYREPORTS_DATA_DIR=$work/data-postgresql
start
postgresql_reports() { psql_value "SELECT COUNT(*) FROM report"; }
deploy_and_check "PostgreSQL" postgresql_reports
echo "Payara Server: both data-source scripts of config/payara/ work"
