#!/usr/bin/env bash
# Export all data from one instance (sample data) and import it into an empty one; every public
# page and API document must then be the same on both. Needs the WAR: mvn -B clean package -DskipTests.
#   config/archive/export-import-check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=target/export-import-check
rm -rf "$work"
mkdir -p "$work"
mvn -B -q dependency:copy@payara-micro-for-tests
java config/archive/ExportImportCheck.java "$work"
