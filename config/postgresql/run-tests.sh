#!/usr/bin/env bash
# The whole test suite on Payara Micro against a real PostgreSQL: a throwaway cluster on loopback
# (config/postgresql/throwaway.sh), started here and removed at the end. Needs Debian's postgresql
# (apt-get install postgresql).
set -euo pipefail
cd "$(dirname "$0")/../.."
source config/postgresql/throwaway.sh
trap stop_postgresql EXIT
start_postgresql 5439

if [ "${POSTGRESQL_REUSE_BUILD:-}" = true ]; then
    # CI: the WAR the other servers were tested with, run by failsafe alone (no second build)
    mvn -B -Ppayara,postgresql failsafe:integration-test@default failsafe:verify@verify "$@"
else
    mvn -B clean verify -Ppayara,postgresql "$@"
fi
