#!/usr/bin/env bash
# Start time and resident memory of Wijkzicht against a bare Payara Micro with an empty WAR (issue 17;
# docs/performance.md, "Start time and memory against a bare Payara Micro").
#
# Both run on the same target/payara-micro.jar with the same JVM flags and pre-boot commands as the
# start command (devserver.DevServer). Start time: from launching the JVM until the app answers HTTP
# 200 (Wijkzicht: /health/ready, which needs the database migrated, and its login page; the empty WAR:
# /index.html). Resident memory: VmRSS from /proc/PID/status once it answers, and after a warm-up
# (Wijkzicht: login page, public index and published study page, each WARMUP times; the empty WAR:
# /index.html 3 × WARMUP times). Wijkzicht runs against an existing database (the start command's,
# with the demo data already loaded), so no migration or demo data is written while measuring.
#
#   mvn -o -q package -DskipTests     # target/wijkzicht.war and target/payara-micro.jar
#   WIJKZICHT_HOME=/tmp/wzhome-bench flock /tmp/wz-measure.lock src/load/start-memory.sh
#
# Settings (environment): RUNS (3), WARMUP (100), BARE_PORT (8154), APP_PORT (8155), DB_PORT (3453),
# WAR (target/wijkzicht.war), WIJKZICHT_HOME (for the database password; the start command's), SMTP_PORT (8165: the start
# command's mail server), DEMO (true: Wijkzicht in demo mode, as the start command; false: as in
# production, without the demo loaders' checks; it disables the demo accounts in that database:
# UPDATE app_user SET enabled = TRUE, version = version + 1 WHERE demo; enables them again), JVM_FLAGS ("-Xmx512m -Djava.awt.headless=true -Dhazelcast.phone.home.enabled=false", as the start command). Logs in
# target/start-memory/.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-3}
WARMUP=${WARMUP:-100}
BARE_PORT=${BARE_PORT:-8154}
APP_PORT=${APP_PORT:-8155}
DB_PORT=${DB_PORT:-3453}
SMTP_PORT=${SMTP_PORT:-8165}
JVM_FLAGS=${JVM_FLAGS:--Xmx512m -Djava.awt.headless=true -Dhazelcast.phone.home.enabled=false}
DEMO=${DEMO:-true}
HOME_DIR=${WIJKZICHT_HOME:-$HOME/.wijkzicht}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=${JAVA_HOME:+$JAVA_HOME/bin/}jar
MICRO=target/payara-micro.jar
WAR=${WAR:-target/wijkzicht.war}
OUT=target/start-memory
mkdir -p "$OUT"
MILESTONES='Built Payara Micro Runtime|startup time|Grizzly .* started|WELD-000900|successfully deployed|Deployed [0-9]|Timers Restored|Successfully validated|up to date|Successfully applied|[Dd]emo|Mojarra|PrimeFaces|ready in'

[[ -f $MICRO && -f $WAR ]] || { echo "Build first: mvn -o -q package -DskipTests" >&2; exit 2; }
for port in "$BARE_PORT" "$APP_PORT"; do
  if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "Port $port is in use; choose BARE_PORT / APP_PORT" >&2
    exit 2
  fi
done

# The empty WAR: a web.xml and one static page, nothing else.
EMPTY=$OUT/empty
rm -rf "$EMPTY" && mkdir -p "$EMPTY/WEB-INF"
cat > "$EMPTY/WEB-INF/web.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>
EOF
echo '<!doctype html><title>empty</title><p>empty' > "$EMPTY/index.html"
(cd "$EMPTY" && "$JAR" cf ../empty.war WEB-INF index.html)

now_ms() { echo $(($(date +%s%N) / 1000000)); }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# start KIND PORT WAR -> sets PID, LOG, T0
start() {
  local kind=$1 port=$2 war=$3 run=$4
  LOG=$OUT/$kind-$run.log
  T0=$(now_ms)
  # shellcheck disable=SC2086
  env WIJKZICHT_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/wijkzicht" \
    WIJKZICHT_DB_USER=wijkzicht \
    WIJKZICHT_DB_PASSWORD="$(cat "$HOME_DIR/db-password")" \
    WIJKZICHT_DEMO="$DEMO" WIJKZICHT_HOME="$HOME_DIR" \
    WIJKZICHT_SMTP_HOST=127.0.0.1 WIJKZICHT_SMTP_PORT="$SMTP_PORT" WIJKZICHT_SMTP_TLS=none \
    WIJKZICHT_SMTP_FROM=wijkzicht@wijkzicht.example WIJKZICHT_BASE_URL="http://localhost:$port" \
    "$JAVA" $JVM_FLAGS -jar "$MICRO" --deploy "$war" --contextroot / --port "$port" \
    --nocluster --disablephonehome --prebootcommandfile src/main/payara/pre-boot-commands.asadmin \
    > "$LOG" 2>&1 &
  PID=$!
  echo "$T0" > "$OUT/$kind-$run.t0"
}

# wait_for URL -> ms since T0 until it answers 200
wait_for() {
  local url=$1
  for _ in $(seq 1 3000); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url") == 200 ]]; then
      echo $(($(now_ms) - T0))
      return
    fi
    kill -0 "$PID" 2> /dev/null || { echo "died, see $LOG" >&2; exit 1; }
    sleep 0.05
  done
  echo "no answer from $url, see $LOG" >&2
  exit 1
}

stop() {
  kill "$PID" 2> /dev/null || true
  wait "$PID" 2> /dev/null || true
}
trap stop EXIT

declare -a rows
for run in $(seq 1 "$RUNS"); do
  start bare "$BARE_PORT" "$OUT/empty.war" "$run"
  ready=$(wait_for "http://localhost:$BARE_PORT/index.html")
  rss=$(rss_mb "$PID")
  for _ in $(seq 1 $((3 * WARMUP))); do curl -s -o /dev/null "http://localhost:$BARE_PORT/index.html"; done
  rows+=("bare|$run|$ready|$ready|$rss|$(rss_mb "$PID")")
  stop

  start wijkzicht "$APP_PORT" "$WAR" "$run"
  ready=$(wait_for "http://localhost:$APP_PORT/health/ready")
  page=$(wait_for "http://localhost:$APP_PORT/login.xhtml")
  rss=$(rss_mb "$PID")
  for _ in $(seq 1 "$WARMUP"); do
    curl -s -o /dev/null "http://localhost:$APP_PORT/login.xhtml"
    curl -s -o /dev/null "http://localhost:$APP_PORT/public/index.xhtml"
    curl -s -o /dev/null "http://localhost:$APP_PORT/public/study.xhtml?study=1"
  done
  rows+=("wijkzicht|$run|$ready|$page|$rss|$(rss_mb "$PID")")
  stop
done

echo "Start time and resident memory, $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), JVM flags: $JVM_FLAGS, demo mode: $DEMO"
echo
echo "| server | run | answers (health/index) ms | first page ms | RSS after start MB | RSS after warm-up MB |"
echo "|---|---|---|---|---|---|"
for r in "${rows[@]}"; do echo "| ${r//|/ | } |"; done
echo
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
for kind in bare wijkzicht; do
  for col in 3 4 5 6; do
    printf '%s ' "$(printf '%s\n' "${rows[@]}" | awk -F'|' -v k=$kind -v c=$col '$1 == k { print $c }' | median)"
  done > "$OUT/median-$kind"
  echo >> "$OUT/median-$kind"
done
read -r b_ready b_page b_rss b_warm < "$OUT/median-bare"
read -r w_ready w_page w_rss w_warm < "$OUT/median-wijkzicht"
awk -v br="$b_ready" -v wr="$w_ready" -v wp="$w_page" -v bs="$b_rss" -v ws="$w_rss" -v bw="$b_warm" -v ww="$w_warm" 'BEGIN {
  printf "| median | bare Payara Micro | Wijkzicht | ratio | goal |\n|---|---|---|---|---|\n"
  printf "| start until it answers (ms) | %d | %d | %.2f× | < 1.5× |\n", br, wr, wr / br
  printf "| start until the login page answers (ms) | %d | %d | %.2f× | |\n", br, wp, wp / br
  printf "| RSS after start (MB) | %d | %d | %.2f× | |\n", bs, ws, ws / bs
  printf "| RSS after warm-up (MB) | %d | %d | %.2f× | < 2.5× |\n", bw, ww, ww / bw
}'

# Where Wijkzicht's start goes: Payara's log timestamps of each run, relative to the JVM launch.
echo
echo "Wijkzicht start (ms since the JVM was launched, from Payara's log timestamps):"
for run in $(seq 1 "$RUNS"); do
  t0=$(cat "$OUT/wijkzicht-$run.t0")
  echo "run $run:"
  sed -nE 's/.*\[timeMillis: ([0-9]+)\] \[levelValue: [0-9]+\] (.*)/\1 \2/p' "$OUT/wijkzicht-$run.log" \
    | grep -E "$MILESTONES" \
    | while read -r ms text; do printf '  +%6d ms %s\n' $((ms - t0)) "${text:0:110}"; done
done
