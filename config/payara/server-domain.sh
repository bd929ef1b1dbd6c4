#!/usr/bin/env bash
# Creates a Payara Server domain once (a second call finds it and does nothing): no admin password
# (the admin port listens on this machine's interfaces; set one with `asadmin change-admin-password`
# before the machine is reachable by others), ports from a base. Used by the tests (portbase 28000:
# http 28080, https 28081, admin 28048, away from the 8080 of a server you run); the run script
# config/payara/server-run.sh uses the distribution's own domain1 (8080, 8181, admin 4848).
#   config/payara/server-domain.sh <payara home> <domain name> <portbase>
set -euo pipefail
home=$1 domain=$2 portbase=$3
if [ -d "$home/glassfish/domains/$domain" ]; then
    echo "Payara Server domain $domain exists in $home"
    exit 0
fi
"$home/bin/asadmin" --interactive=false create-domain --nopassword=true --portbase "$portbase" \
    --checkports=true "$domain"
