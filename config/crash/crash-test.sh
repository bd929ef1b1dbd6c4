#!/usr/bin/env bash
# The crash test: 1000 figure saves through the real staff form while the server (Payara Micro,
# embedded Derby with its default, durable commits) is killed with SIGKILL at random moments and
# restarted; afterwards every acknowledged save must be in the database, whole, with its audit
# entry. Needs the WAR and the Derby jars: mvn -B clean package -DskipTests.
#   config/crash/crash-test.sh [saves] [kills]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=target/crash-test
rm -rf "$work"
mkdir -p "$work"
mvn -B -q dependency:copy@payara-micro-for-tests
jdbc=target/jdbc
java -cp "$jdbc/derby.jar:$jdbc/derbyshared.jar:$jdbc/derbytools.jar" config/crash/CrashTest.java "$work" "${1:-1000}" "${2:-5}"
