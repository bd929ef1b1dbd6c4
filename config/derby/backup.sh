#!/usr/bin/env bash
# Takes an online backup of the running application's embedded Derby database, as the admin page
# /staff/backups does, from the command line (cron, scripts). The backup goes into
# <data dir>/backups/<UTC time>/ on the server; restore it with config/derby/restore.sh.
#   CITYREPORTS_BACKUP_USER=admin CITYREPORTS_BACKUP_PASSWORD=... config/derby/backup.sh [base URL]
# The account must be an admin's. The password comes from the environment, never an argument
# (arguments are visible to every user of the machine in ps).
set -euo pipefail
base=${1:-http://localhost:8080}
user=${CITYREPORTS_BACKUP_USER:-admin}
password=${CITYREPORTS_BACKUP_PASSWORD:?set CITYREPORTS_BACKUP_PASSWORD to the admin password}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
http() { curl -sS -b "$jar" -c "$jar" -H 'Accept-Language: en' "$@"; }
token() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }

csrf=$(http "$base/staff/login" | token)
status=$(http -o /dev/null -w '%{http_code}' --data-urlencode "_csrf=$csrf" --data-urlencode "username=$user" \
    --data-urlencode "password=$password" "$base/staff/login")
[ "$status" = 303 ] || { echo "Sign-in as $user failed (HTTP $status)" >&2; exit 1; }

csrf=$(http "$base/staff/backups" | token)
status=$(http -o /dev/null -w '%{http_code}' --data-urlencode "_csrf=$csrf" "$base/staff/backups")
[ "$status" = 303 ] || { echo "The backup was refused (HTTP $status): is $user an admin, the database embedded?" >&2; exit 1; }
newest=$(http "$base/staff/backups" | sed -n 's/.*<li>\([0-9T:Z-]*\)<\/li>.*/\1/p' | head -n 1)
echo "Backup taken: <data dir>/backups/$newest"
