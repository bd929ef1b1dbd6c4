#!/usr/bin/env bash
# Scans the running product with real scanners from Debian: wapiti (crawl + attack modules) and
# sqlmap (SQL injection on the forms and the API's path parameters), anonymous and signed in as
# admin. Starts its own Payara Micro on port 8686 with a throwaway data directory; needs the WAR
# (mvn -B clean package -DskipTests) and `apt-get install wapiti sqlmap`. Takes about 20 minutes.
#   config/scan/scan.sh
# Reports go to target/scan/; the last lines sum up what each scanner found.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(realpath -m target/scan)
rm -rf "$work"
mkdir -p "$work"
mvn -B -q dependency:copy@payara-micro-for-tests
port=8686
# over HTTPS (Payara Micro's own self-signed certificate), as a real deployment is: cookies Secure
base=https://127.0.0.1:$((port + 100))
password="scan-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
CITYREPORTS_DATA_DIR="$work/data" CITYREPORTS_ADMIN_PASSWORD="$password" \
    java -Xmx512m -jar target/payara-micro.jar --deploy target/city-reports.war --contextroot / \
    --port $port --sslport $((port + 100)) --nocluster > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 240); do curl -kfs -o /dev/null "$base/" && break; sleep 1; done

# a signed-in admin session for the scanners
jar="$work/cookies.txt"
sign_in() { # prints the cookie header value of a new admin session
    rm -f "$jar"
    local csrf
    csrf=$(curl -ksS -c "$jar" -b "$jar" "$base/staff/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
    curl -ksS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode username=admin \
        --data-urlencode "password=$password" "$base/staff/login"
    awk '$6 ~ /^JSESSIONID/ {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$jar"
}
still_signed_in() { # $1 = cookie header value
    [ "$(curl -ks -o /dev/null -w '%{http_code}' -H "Cookie: $1" "$base/staff")" = 200 ] && echo yes || echo no
}

# the Python that Debian's wapiti runs with (another python3 may come first on the PATH)
wapiti_python=$(head -n 1 "$(command -v wapiti)" | sed 's/^#! *//')
echo "== wapiti, anonymous"
"$wapiti_python" config/scan/wapiti.py -u "$base/" --scope folder --flush-session --max-scan-time 600 -f txt -o "$work/wapiti-anonymous.txt" \
    --no-bugreport > "$work/wapiti-anonymous.log" 2>&1 || true
echo "== wapiti, signed in as admin (not signing out, not changing the password)"
cookie=$(sign_in)
"$wapiti_python" config/scan/wapiti.py -u "$base/staff" -s "$base/staff" --scope folder --flush-session --max-scan-time 300 \
    --max-attack-time 45 \
    -H "Cookie: $cookie" -x "$base/staff/logout" -x "$base/staff/password" \
    -f txt -o "$work/wapiti-admin.txt" --no-bugreport > "$work/wapiti-admin.log" 2>&1 || true
wapiti_session=$(still_signed_in "$cookie")

echo "== sqlmap, API path parameters and the sign-in form"
sqlmap -u "$base/api/v1/cities/taiyuan*/reports/2022*" --batch --level 3 --risk 2 \
    --output-dir "$work/sqlmap" > "$work/sqlmap-api.log" 2>&1 || true
sqlmap -u "$base/cities/taiyuan*/2022*" --batch --level 3 --risk 2 \
    --output-dir "$work/sqlmap" > "$work/sqlmap-pages.log" 2>&1 || true
# (a wrong sign-in answers 401, and after 5 tries per name or 20 per address 429: the throttling
# limits how much of the sign-in form sqlmap can probe, by design)
sqlmap -u "$base/staff/login" --data "_csrf=x&username=editor&password=secret" --csrf-token=_csrf \
    --csrf-url "$base/staff/login" --ignore-code 401,429 --batch --level 3 --risk 2 \
    --output-dir "$work/sqlmap" > "$work/sqlmap-login.log" 2>&1 || true
echo "== sqlmap, the staff forms, signed in"
cookie=$(sign_in)
sqlmap -u "$base/staff" --cookie "$cookie" --crawl 2 --crawl-exclude "logout|password" --forms \
    --csrf-token=_csrf --batch --level 2 --risk 1 --output-dir "$work/sqlmap" > "$work/sqlmap-staff.log" 2>&1 || true
sqlmap_session=$(still_signed_in "$cookie")

echo
echo "== summary"
echo "admin session still signed in after wapiti: $wapiti_session, after sqlmap: $sqlmap_session"
for report in "$work"/wapiti-*.txt; do
    echo "$(basename "$report"):"
    # wapiti's txt report: a heading per category, then one block per finding
    found=$(grep -E '^ +[A-Za-z][A-Za-z /-]+ : +[0-9]+$' "$report" | awk -F' : ' '$2+0 > 0')
    echo "${found:-  no findings}"
done
for log in "$work"/sqlmap-*.log; do
    if grep -qiE 'is vulnerable|appears to be .*injectable|identified the following injection' "$log"; then
        echo "$(basename "$log"): INJECTION FOUND"
    else
        echo "$(basename "$log"): no injectable parameter; $(grep -cE 'does not seem to be injectable' "$log") parameters tested"
    fi
done
