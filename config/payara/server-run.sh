#!/usr/bin/env bash
# Runs the WAR on Payara Server as an operator would: the distribution's domain1 (http 8080,
# https 8181, admin console 4848) started with asadmin, the WAR deployed at / with asadmin.
# The server keeps running in the background; stop it with
#   <payara home>/bin/asadmin stop-domain domain1
#   config/payara/server-run.sh <payara home> <war>     (docs/operations.md has the Maven one-liner)
set -euo pipefail
home=$1 war=$2
asadmin="$home/bin/asadmin"
log="$home/glassfish/domains/domain1/logs/server.log"
# the data directory outside the server's files, unless the environment names one
export CITYREPORTS_DATA_DIR=${CITYREPORTS_DATA_DIR:-$PWD/data}
"$asadmin" start-domain domain1
seen=$(wc -l < "$log")
"$asadmin" deploy --force=true --contextroot / --name city-reports "$war"
# the application's ready block, as Payara Micro and WildFly print it at the end of their output
for _ in $(seq 1 90); do
    if tail -n +"$((seen + 1))" "$log" | grep -q "City Reports is ready"; then break; fi
    sleep 1
done
tail -n +"$((seen + 1))" "$log" | awk '/City Reports is ready/ {on = 1} on {print} on && /^=+/ && !/ready/ {exit}' \
    | sed 's/\]\]$//'
echo "Payara Server runs in the background (log: $log)."
echo "Stop it with: $asadmin stop-domain domain1"
