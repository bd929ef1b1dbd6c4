#!/usr/bin/env bash
# Trains an AOT cache for City Reports on JDK 25 or later (JEPs 483, 514, 515): a server started
# with it loads and links its classes from the cache and starts with the method profiles of the
# training, so it starts sooner and serves more in its first seconds. Measured with bench/run
# (BENCH_AOT=1, 200 reports, 2 cores), process start to the first page: Payara Micro 27.4 s on JDK 17,
# 15.8 s on JDK 25 with the cache; WildFly 15.6 s and 12.7 s. Make a new cache for every build of
# the WAR and every JDK update, and start the server with the command and paths of the training
# (a cache trained on payara-micro.jar at one path broke the boot of a copy at another).
#
#   config/aot/aot-cache.sh CACHE URL COMMAND...
#
# CACHE    the file to write, e.g. /srv/city-reports/city-reports.aot
# URL      where COMMAND serves the application, e.g. http://127.0.0.1:8080
# COMMAND  the server's start command as you run it, on JDK 25's java: Payara Micro's `java -jar
#          payara-micro.jar --deploy city-reports.war ...`, or WildFly's `bin/standalone.sh`
#          (with JAVA_HOME naming JDK 25 and the WAR in standalone/deployments).
#
# The training start runs on a scratch data directory (the sample data; yours is not touched),
# requests every kind of public page and the sign-in page for AOT_TRAINING_SECONDS (60), stops the
# server and waits while its JVM writes the cache. Then start the server as usual with
# -XX:AOTCache=CACHE (Payara Micro: `java -XX:AOTCache=CACHE -jar ...`; WildFly: in JAVA_OPTS).
set -euo pipefail
[ $# -ge 3 ] || { sed -n '10,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
cache=$(realpath -m "$1")
url=${2%/}
shift 2
seconds=${AOT_TRAINING_SECONDS:-60}
scratch=$(mktemp -d)
log="$scratch/server.log"
mkdir -p "$(dirname "$cache")"
rm -f "$cache"

# JAVA_TOOL_OPTIONS reaches the JVM whichever script starts it
CITYREPORTS_DATA_DIR="$scratch/data" JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache" setsid "$@" > "$log" 2>&1 &
server=$!
stop() {
    kill -TERM -- -$server 2>/dev/null || true
    while pgrep -g $server > /dev/null; do sleep 0.5; done # the JVM writes the cache as it exits
}
trap stop EXIT
for ((i = 0; i < 600; i++)); do
    curl -fs -o /dev/null "$url/" && break
    kill -0 $server 2>/dev/null || { tail -20 "$log" >&2; echo "the server did not start, see above" >&2; exit 1; }
    sleep 0.5
done
curl -fs -o /dev/null "$url/" || { echo "$url/ did not answer within 5 minutes" >&2; exit 1; }

pages=(/ /cities/taiyuan /cities/taiyuan/2022 /cities/taiyuan/2022/figures.csv /cities/taiyuan/targets
    /indicators /indicators/gdp "/compare?indicator=gdp" /api/v1/cities /api/v1/cities/taiyuan/reports/2022
    "/search?q=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC" /staff/login /no-such-page)
until=$((SECONDS + seconds))
requests=0
while [ $SECONDS -lt $until ]; do
    # one curl, one connection for the round; each page in both languages and gzipped, as browsers ask
    for language in zh en; do
        curl -s -H "Accept-Language: $language" -H 'Accept-Encoding: gzip' "${pages[@]/#/$url}" > /dev/null || true
    done
    requests=$((requests + 2 * ${#pages[@]}))
done
stop
trap - EXIT
if [ ! -s "$cache" ]; then
    tail -20 "$log" >&2
    echo "no AOT cache was written: the server's java must be JDK 25 or later (see above)" >&2
    exit 1
fi
rm -rf "$scratch"
echo "AOT cache $cache ($(du -m "$cache" | cut -f1) MB) trained with $requests requests in $seconds s."
echo "Start the server with -XX:AOTCache=$cache"
