#!/usr/bin/env bash
# Load test of the proactive-disclosure portal with N publications (default 1,000,000) against nginx.
#
# Usage: bench/portal/run.sh h2|postgres [N]
#   Needs the built jar (mvn -q -B -DskipTests package), wrk and nginx (apt-get install -y nginx wrk), and for
#   postgres Debian's PostgreSQL binaries (/usr/lib/postgresql/*/bin; run as root, the cluster runs as `postgres`).
#   Environment: JAR (default server/target/gongkai-server.jar); BENCH_DIR (default /tmp/gongkai-portal-bench) keeps the generated database between runs (delete
#   it for a fresh load); DURATION (default 20s) per wrk run; JAVA_OPTS passed to the server JVM (e.g. a JFR
#   recording: JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/portal.jfr').
#
# What it does, everything on 127.0.0.1 and stopped on exit:
#   1. creates the database (H2: a fresh --data directory with the demo data; PostgreSQL: a throw-away cluster on
#      port 55432 with the schema from Flyway and the demo agency shixian-wjj), opens the agency's disclosure page once
#      so its catalogue exists, then loads N publications with GeneratePublications.java (JDBC batches, the module's
#      own normalisation and sort-key functions; the server builds its search index from them when it starts);
#   2. starts the server jar on that database, saves the agency's first list page as a static file served by nginx;
#   3. waits for the search index (built from the database at the first start: its time is printed), warms up every
#      URL (10 s each at 32 connections), then runs `wrk -t2 -c32 -d20s --latency` against the list page (first page
#      and the middle keyset page), a category's first page, a search for a two-character and a four-character word,
#      and nginx; then twice more with a different URL for every request (varied.lua), so that the page cache cannot
#      answer: random keyset pages of the list, and 20,000 different searches (one or two words of the generator's
#      vocabulary, pages 1-10); prints requests/s, p50, p99 and the ratio to nginx.
set -euo pipefail
db="${1:?usage: run.sh h2|postgres [N]}"
n="${2:-1000000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${JAR:-$here/server/target/gongkai-server.jar}"
work="${BENCH_DIR:-/tmp/gongkai-portal-bench}/$db"
duration="${DURATION:-20s}"
port=18281
nginx_port=18282
pg_port=55432
agency=shixian-wjj
[ -f "$jar" ] || { echo "missing $jar: run mvn -q -B -DskipTests package first" >&2; exit 2; }
command -v wrk >/dev/null && [ -x /usr/sbin/nginx ] || { echo "needs wrk and nginx (apt-get install -y nginx wrk)" >&2; exit 2; }
mkdir -p "$work"
classes="$work/jar"
if [ ! -d "$classes/BOOT-INF" ] || [ "$jar" -nt "$classes/BOOT-INF" ]; then
  rm -rf "$classes" && mkdir -p "$classes" && (cd "$classes" && unzip -q "$jar") && touch "$classes/BOOT-INF"
fi
cp="$classes/BOOT-INF/classes:$classes/BOOT-INF/lib/*"

server_pid=""; nginx_pid=""; pg_bin=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
  if [ -n "$pg_bin" ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pgdata" -m fast stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

case "$db" in
  h2)
    url="jdbc:h2:file:$work/data/gongkai"; user=sa; password=""
    server_env=(); server_args=(--data "$work/data")
    ;;
  postgres)
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    if [ ! -d "$work/pgdata" ]; then
      mkdir -p "$work/pgdata" && chown postgres "$work" "$work/pgdata"
      runuser -u postgres -- "$pg_bin/initdb" -A trust -U gongkai -E UTF8 --locale=C.UTF-8 -D "$work/pgdata" >/dev/null
    fi
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pgdata" -l "$work/pg.log" -w -t 60 \
      -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work/pgdata -c shared_buffers=1GB" start >/dev/null
    runuser -u postgres -- "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U gongkai -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'gongkai'" | grep -q 1 \
      || runuser -u postgres -- "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U gongkai gongkai
    url="jdbc:postgresql://127.0.0.1:$pg_port/gongkai"; user=gongkai; password=""
    server_env=(GONGKAI_DB_URL="$url?reWriteBatchedInserts=true" GONGKAI_DB_USER=gongkai GONGKAI_DB_PASSWORD=)
    server_args=(--data "$work/data")
    ;;
  *) echo "usage: run.sh h2|postgres [N]" >&2; exit 2 ;;
esac

start_server() {
  # shellcheck disable=SC2086
  env "${server_env[@]}" java ${JAVA_OPTS:-} -jar "$jar" --port "$port" "${server_args[@]}" > "$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null | grep -q 200 && return 0
    kill -0 "$server_pid" 2>/dev/null || { echo "server died, see $work/server.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "server did not start within 120 s" >&2; exit 1
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }
generator() { java -cp "$cp" "$here/bench/portal/GeneratePublications.java" "$url" "$user" "$password" "$@"; }

if [ ! -f "$work/generated-$n" ]; then
  echo "== creating the database ($db) and loading $n publications"
  start_server
  [ "$db" = postgres ] && generator --agency-only
  # The demo data (H2) is loaded just after start-up; the first opening creates the agency's catalogue.
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/agencies/$agency/disclosure" && break
    sleep 0.2
  done
  stop_server
  generator "$n"
  touch "$work/generated-$n"
fi
cursor="$(generator --deep-cursor)"
# Keyset pages at 20,000 cursors spread over the list, for the varied-URL run (read while the database is closed).
generator --cursors 20000 | sed "s|^|/agencies/$agency/disclosure?before=|" > "$work/list-paths.txt"

# Measure a server whose database is in the operating system's cache, as after some hours of use.
[ "$db" = h2 ] && cat "$work/data/gongkai.mv.db" > /dev/null
start_server
for _ in $(seq 1 3600); do
  grep -q "检索索引就绪" "$work/server.log" && break
  sleep 1
done
grep -o "检索索引已重建.*\|检索索引就绪.*" "$work/server.log"
base="http://127.0.0.1:$port/agencies/$agency/disclosure"
category="$(curl -sf "$base" | grep -o "/agencies/$agency/disclosure/category/[0-9]*" | head -1)"
mkdir -p "$work/static"
curl -sf -o "$work/static/index.html" "$base"
cat > "$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    location / { default_type "text/html; charset=utf-8"; try_files \$uri /index.html; }
  }
}
EOF
/usr/sbin/nginx -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 1

two="$(python3 -c 'import urllib.parse;print(urllib.parse.quote("疫苗"))')"
four="$(python3 -c 'import urllib.parse;print(urllib.parse.quote("公共卫生"))')"
# 20,000 searches for one or two words of the generator's vocabulary, pages 1-10, for the varied-URL run.
python3 - "$here/bench/portal/GeneratePublications.java" "$agency" > "$work/search-paths.txt" <<'PY'
import random, re, sys, urllib.parse
src = open(sys.argv[1], encoding="utf-8").read()
words = lambda name: re.findall(r'"([^"]+)"', re.search(name + r" = \{(.*?)\};", src, re.S).group(1))
vocab = words("TOPICS") + words("ACTIONS") + ["卫生", "医疗", "工作", "通知", "县卫生健康局"]
r = random.Random(20261123)
seen = set()
while len(seen) < 20000:
    q = " ".join(r.sample(vocab, r.choice([1, 2])))
    seen.add("/agencies/%s/disclosure/search?q=%s&page=%d" % (sys.argv[2], urllib.parse.quote(q), r.randint(1, 10)))
print("\n".join(sorted(seen)))
PY
names=("list, first page" "list, middle keyset page" "category, first page" "search 疫苗 (2 chars)"
  "search 公共卫生 (4 chars)" "list, 20,000 keyset pages" "search, 20,000 queries" "nginx, static list page")
urls=("$base" "$base?before=$cursor" "http://127.0.0.1:$port$category" "$base/search?q=$two" "$base/search?q=$four"
  "http://127.0.0.1:$port" "http://127.0.0.1:$port" "http://127.0.0.1:$nginx_port/agencies/$agency/disclosure")
paths=("" "" "" "" "" "$work/list-paths.txt" "$work/search-paths.txt" "")
for i in 0 1 2 3 4 7; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "${urls[$i]}")"
  [ "$code" = 200 ] || { echo "HTTP $code from ${urls[$i]}" >&2; exit 1; }
done
for f in "$work/list-paths.txt" "$work/search-paths.txt"; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$(head -1 "$f")")"
  [ "$code" = 200 ] || { echo "HTTP $code from $(head -1 "$f")" >&2; exit 1; }
done
load() { # wrk against entry $1 for $2
  if [ -n "${paths[$1]}" ]; then
    PATHS="${paths[$1]}" wrk -t2 -c32 -d"$2" --latency -s "$here/bench/portal/varied.lua" "${urls[$1]}"
    # The server still answers the requests wrk gave up on when it stopped; let them finish before the next run.
    sleep 5
  else
    wrk -t2 -c32 -d"$2" --latency "${urls[$1]}"
  fi
}
echo "== warm-up (10 s a URL)"
for i in "${!urls[@]}"; do load "$i" 10s >/dev/null; done

echo "== measuring: wrk -t2 -c32 -d$duration --latency ($(date -u '+%F %H:%M UTC'), load:$(uptime | sed 's/.*load average://'))"
ms() { # wrk prints 812.00us, 3.21ms, 1.02s
  awk -v v="$1" 'BEGIN { x = v + 0; if (v ~ /us$/) x /= 1000; else if (v !~ /ms$/ && v ~ /s$/) x *= 1000;
    printf "%.2f", x }'
}
declare -a rps p50 p99
for i in "${!urls[@]}"; do
  out="$(load "$i" "$duration")"
  echo "$out" > "$work/wrk-$i.txt"
  rps[$i]="$(echo "$out" | awk '/Requests\/sec/ { print $2 }')"
  p50[$i]="$(echo "$out" | awk '$1 == "50%" { print $2 }')"
  p99[$i]="$(echo "$out" | awk '$1 == "99%" { print $2 }')"
  errors="$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)"
  [ -z "$errors" ] || echo "  ${names[$i]}: $errors"
done
last=$(( ${#urls[@]} - 1 ))
printf '\n| %-28s | %10s | %9s | %9s | %8s |\n' "URL ($db, $n publications)" "requests/s" "p50 ms" "p99 ms" "× nginx"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..30})" "------------" "-----------" "-----------" "----------"
for i in "${!urls[@]}"; do
  ratio="$(awk -v a="${rps[$i]}" -v b="${rps[$last]}" 'BEGIN { printf "%.3f", a / b }')"
  printf '| %-28s | %10s | %9s | %9s | %8s |\n' "${names[$i]}" "${rps[$i]}" "$(ms "${p50[$i]}")" "$(ms "${p99[$i]}")" "$ratio"
done
echo "(URLs: ${urls[*]}; the two varied rows read their paths from $work/list-paths.txt and search-paths.txt)"
