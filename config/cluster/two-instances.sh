#!/usr/bin/env bash
# Two Payara Micro instances of the WAR sharing one Derby Network Server, all on loopback.
# TwoInstancesCheck makes each change on one instance and reads it on the other: no stale
# EclipseLink cache, and one staff session (replicated by Payara's data grid) on both.
# Needs the WAR and drivers: mvn -B clean package -DskipTests (this script fetches Payara Micro).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=target/two-instances
jdbc=target/jdbc
rm -rf "$work"
mkdir -p "$work"
mvn -B -q dependency:copy@payara-micro-for-tests

source config/derby/network-server.sh
export CITYREPORTS_ADMIN_PASSWORD="admin-$RANDOM$RANDOM$RANDOM"
pids=()
stop() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    stop_derby
    wait 2>/dev/null || true
}
trap stop EXIT
start_derby "$work/derby" 1537

# one at a time: the first creates the schema and loads the sample data, the second finds them
for instance in a:8181 b:8182; do
    name=${instance%%:*}
    port=${instance##*:}
    CITYREPORTS_DATA_DIR="$work/$name" java -Xmx512m -jar target/payara-micro.jar \
        --deploy target/city-reports.war --contextroot / --port "$port" --sslport $((port + 100)) \
        --addlibs "$jdbc/derbyclient.jar:$jdbc/derbyshared.jar" \
        --postbootcommandfile config/payara/derby-network.asadmin \
        --clustername "cityreports-check-$$" --clustermode tcpip:127.0.0.1:5900,127.0.0.1:5901 --startport 5900 --interfaces 127.0.0.1 \
        --name "instance-$name" > "$work/$name.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 120); do
        if curl -fs -o /dev/null "http://127.0.0.1:$port/"; then break; fi
        sleep 1
    done
    curl -fs -o /dev/null "http://127.0.0.1:$port/" || { echo "instance $name did not start; see $work/$name.log"; exit 1; }
    echo "instance $name answers on port $port"
done

# over HTTPS (Payara Micro's own self-signed certificate) the session cookie is Secure
curl -ksI https://127.0.0.1:8281/staff/login | grep -i '^set-cookie: JSESSIONID=.*; *Secure' > /dev/null \
    || { echo "FAIL the session cookie over HTTPS is not Secure"; exit 1; }
echo "ok   the session cookie over HTTPS is Secure"

java config/cluster/TwoInstancesCheck.java http://127.0.0.1:8181 http://127.0.0.1:8182 "$CITYREPORTS_ADMIN_PASSWORD"
