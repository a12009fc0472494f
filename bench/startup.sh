#!/usr/bin/env bash
# Measures the time from starting the server (embedded H2, fresh data directory, demo data loaded) to the first
# page served, over N runs. Usage: bench/startup.sh [runs] [port]. Needs the built jar (mvn -DskipTests package).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
port="${2:-18181}"
jar="$here/server/target/gongkai-server.jar"
[ -f "$jar" ] || { echo "missing $jar: run mvn -q -B -DskipTests package first" >&2; exit 2; }
for i in $(seq 1 "$runs"); do
  data="$(mktemp -d)"
  start=$(date +%s%N)
  java -jar "$jar" --port "$port" --data "$data" > "$data/server.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null | grep -q 200; do
    kill -0 "$pid" 2>/dev/null || { echo "server died, see $data/server.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "run $i: first page after $(( ($(date +%s%N) - start) / 1000000 )) ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
