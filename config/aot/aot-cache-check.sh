#!/usr/bin/env bash
# Proves config/aot/aot-cache.sh on Payara Micro: trains a cache for the built WAR on JDK 25, then
# starts the server with it and -XX:AOTMode=on (the JVM refuses to start on a cache it cannot use)
# and waits for the first report page; prints that start's time. Needs the WAR (mvn -B package
# -DskipTests) and a JDK 25 or later: AOT_JAVA_HOME, or the one under /usr/lib/jvm; without one
# it says so and passes.
#   config/aot/aot-cache-check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
java_home=${AOT_JAVA_HOME:-$(ls -d /usr/lib/jvm/*-25-* /usr/lib/jvm/*-25 2>/dev/null | head -1 || true)}
if [ -z "$java_home" ] || [ ! -x "$java_home/bin/java" ]; then
    echo "No JDK 25 here (set AOT_JAVA_HOME): the AOT cache is not checked."
    exit 0
fi
work=$(realpath -m target/aot-cache-check)
rm -rf "$work"
mkdir -p "$work"
mvn -B -q dependency:copy@payara-micro-for-tests
port=8490
micro=("$java_home/bin/java" -jar target/payara-micro.jar --deploy target/city-reports.war --contextroot /
    --port $port --sslport $((port + 1)) --nocluster --nohazelcast)

AOT_TRAINING_SECONDS=${AOT_TRAINING_SECONDS:-20} config/aot/aot-cache.sh "$work/city-reports.aot" \
    "http://127.0.0.1:$port" "${micro[@]}"

# a start with the cache, on data of its own; AOTMode=on: no cache, no start
CITYREPORTS_DATA_DIR="$work/data" "${micro[0]}" -XX:AOTMode=on -XX:AOTCache="$work/city-reports.aot" \
    "${micro[@]:1}" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
started=$(date +%s.%N)
until curl -fs -o /dev/null "http://127.0.0.1:$port/cities/taiyuan/2022"; do
    if ! kill -0 $server 2>/dev/null; then
        tail -20 "$work/server.log" >&2
        echo "Payara Micro did not start with the AOT cache (see above)" >&2
        exit 1
    fi
    sleep 0.1
done
echo "Payara Micro on $("${micro[0]}" -version 2>&1 | head -1) started with the AOT cache:" \
    "$(echo "$(date +%s.%N) - $started" | bc | cut -c1-5) s to the first report page (sample data made)."
