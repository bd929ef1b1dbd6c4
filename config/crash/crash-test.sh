#!/usr/bin/env bash
# The crash test: 1000 figure saves through the real staff form while the server (embedded Derby
# with its default, durable commits) is killed with SIGKILL at random moments and restarted;
# afterwards every acknowledged save must be in the database, whole, with its audit entry.
# On Payara Micro, or with `server` on the full Payara Server (a domain of its own, started with
# asadmin; the domain's JVM is the one killed). Needs the WAR and the Derby jars:
# mvn -B clean package -DskipTests.
#   config/crash/crash-test.sh [saves] [kills] [micro|server]
set -euo pipefail
cd "$(dirname "$0")/../.."
on=${3:-micro}
work=target/crash-test-$on
rm -rf "$work"
mkdir -p "$work"
jdbc=target/jdbc
if [ "$on" = server ]; then
    mvn -B -q -Ppayara-server dependency:unpack@unpack-payara-server
    export CRASH_PAYARA_SERVER=$PWD/target/payara6
    rm -rf "$CRASH_PAYARA_SERVER/glassfish/domains/cityreports-crash"
    # http 27080, admin 27048 (CrashTest's PORT - 32): apart from Micro's 8383, as CI runs both at once
    bash config/payara/server-domain.sh "$CRASH_PAYARA_SERVER" cityreports-crash 27000 > /dev/null
    port=(-Dcrash.port=27080)
    trap '"$CRASH_PAYARA_SERVER/bin/asadmin" stop-domain cityreports-crash > /dev/null 2>&1 || true' EXIT
else
    mvn -B -q dependency:copy@payara-micro-for-tests
    port=()
fi
java "${port[@]}" -cp "$jdbc/derby.jar:$jdbc/derbyshared.jar:$jdbc/derbytools.jar" config/crash/CrashTest.java "$work" "${1:-1000}" "${2:-5}"
