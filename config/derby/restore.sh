#!/usr/bin/env bash
# Restores the embedded Derby database from a backup that /staff/backups made. The server must be
# stopped (embedded Derby allows one process per database). The current database is replaced.
#   config/derby/restore.sh <data dir> <backup folder>
#   e.g. config/derby/restore.sh data data/backups/2026-11-22T230000Z
# Needs the Derby jars in target/jdbc/ (mvn -B package -DskipTests puts them there).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(realpath "$1")
backup=$(realpath "$2")
[ -d "$backup/cityreports" ] || { echo "$backup holds no backup (no cityreports folder)" >&2; exit 1; }
jdbc=target/jdbc
java -cp "$jdbc/derby.jar:$jdbc/derbyshared.jar:$jdbc/derbytools.jar" org.apache.derby.tools.ij <<IJ
connect 'jdbc:derby:$data/cityreports;restoreFrom=$backup/cityreports';
disconnect;
connect 'jdbc:derby:;shutdown=true';
IJ
echo "Restored $data/cityreports from $backup"
