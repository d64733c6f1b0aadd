#!/usr/bin/env bash
# Starts Wijkzicht locally as a cluster: one MariaDB (Debian's mariadb-server), two Payara Micro
# instances forming one Hazelcast data grid (TCP/IP discovery on 127.0.0.1), and HAProxy in front.
# docs/deployment.md ("Cluster") explains the pieces and how to run them on real machines.
#
#   mvn -B package -DskipTests          # once: target/wijkzicht.war and target/payara-micro.jar
#   src/cluster/cluster.sh start        # demo mode, http://127.0.0.1:8190/
#   src/cluster/cluster.sh status
#   src/cluster/cluster.sh kill a       # kill -9 one node (a or b), as a crash would
#   src/cluster/cluster.sh restart a    # start that node again; it rejoins the grid
#   src/cluster/cluster.sh stop
#
# Needs: JDK 17, mariadb-server and haproxy (apt-get install mariadb-server haproxy).
# Settings (environment): WZ_CLUSTER_HOME (default ~/.wijkzicht-cluster; delete it to start over),
# WZ_NODE_A_PORT / WZ_NODE_B_PORT (8180 / 8181), WZ_LB_PORT (8190), WZ_DB_PORT (3390),
# WZ_HZ_PORT (6920: the data grid uses this port and the next one), WZ_DEMO (true).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HOME_DIR="${WZ_CLUSTER_HOME:-$HOME/.wijkzicht-cluster}"
export WZ_NODE_A_PORT="${WZ_NODE_A_PORT:-8180}"
export WZ_NODE_B_PORT="${WZ_NODE_B_PORT:-8181}"
export WZ_LB_PORT="${WZ_LB_PORT:-8190}"
DB_PORT="${WZ_DB_PORT:-3390}"
HZ_PORT="${WZ_HZ_PORT:-6920}"
DEMO="${WZ_DEMO:-true}"
WAR="$ROOT/target/wijkzicht.war"
MICRO="$ROOT/target/payara-micro.jar"
RUN="$HOME_DIR/run"
LOGS="$HOME_DIR/logs"
ME="$(id -un)"

log() { echo "[cluster] $*"; }
die() { echo "[cluster] $*" >&2; exit 1; }

pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_http() { # url seconds
  local url="$1" deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$url")" == 200 ]]; then return 0; fi
    sleep 1
  done
  return 1
}

secret() { # file: made once, readable by this user only
  if [[ ! -s "$1" ]]; then
    (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$1")
  fi
  cat "$1"
}

start_db() {
  if pid_alive "$RUN/db.pid"; then log "MariaDB already running (port $DB_PORT)"; return; fi
  port_free "$DB_PORT" || die "port $DB_PORT is in use: set WZ_DB_PORT"
  command -v mariadbd >/dev/null || [[ -x /usr/sbin/mariadbd ]] || die "mariadb-server is not installed"
  local fresh=false
  if [[ ! -d "$HOME_DIR/db/mysql" ]]; then
    log "initialising MariaDB in $HOME_DIR/db"
    mariadb-install-db --no-defaults --datadir="$HOME_DIR/db" --user="$ME" \
      --auth-root-authentication-method=socket >"$LOGS/db-install.log" 2>&1
    fresh=true
  fi
  /usr/sbin/mariadbd --no-defaults --datadir="$HOME_DIR/db" --port="$DB_PORT" \
    --bind-address=127.0.0.1 --socket="$RUN/db.sock" --pid-file="$RUN/mariadbd.pid" \
    --user="$ME" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --max-connections=200 --log-error="$LOGS/db.log" &
  echo $! >"$RUN/db.pid"
  local i
  for i in $(seq 1 60); do
    mariadb --no-defaults --socket="$RUN/db.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.5
  done
  local pw
  pw="$(secret "$HOME_DIR/db-password")"
  mariadb --no-defaults --socket="$RUN/db.sock" -uroot -e "
    CREATE DATABASE IF NOT EXISTS wijkzicht CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'wijkzicht'@'127.0.0.1' IDENTIFIED BY '$pw';
    CREATE USER IF NOT EXISTS 'wijkzicht'@'localhost' IDENTIFIED BY '$pw';
    GRANT ALL ON wijkzicht.* TO 'wijkzicht'@'127.0.0.1';
    GRANT ALL ON wijkzicht.* TO 'wijkzicht'@'localhost';"
  log "MariaDB running on 127.0.0.1:$DB_PORT$($fresh && echo ' (new, empty)')"
}

node_port() { [[ "$1" == a ]] && echo "$WZ_NODE_A_PORT" || echo "$WZ_NODE_B_PORT"; }

start_node() { # a|b
  local n="$1" port
  port="$(node_port "$n")"
  if pid_alive "$RUN/node-$n.pid"; then log "node $n already running (port $port)"; return; fi
  port_free "$port" || die "port $port is in use: set WZ_NODE_${n^^}_PORT"
  mkdir -p "$HOME_DIR/node-$n/tmp"
  local pw
  pw="$(secret "$HOME_DIR/db-password")"
  # Everything shared by the nodes lives in one home (shared storage on real machines): the second
  # factor's key, report PDFs and attachments. Each node has its own name (report jobs) and temp dir.
  (
    cd "$ROOT"
    export WIJKZICHT_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/wijkzicht"
    export WIJKZICHT_DB_USER=wijkzicht WIJKZICHT_DB_PASSWORD="$pw"
    export WIJKZICHT_HOME="$HOME_DIR/shared" WIJKZICHT_INSTANCE="node-$n"
    export WIJKZICHT_DEMO="$DEMO" WIJKZICHT_BASE_URL="http://127.0.0.1:$WZ_LB_PORT"
    export WIJKZICHT_CLUSTER=true
    exec java -Xmx512m -Djava.awt.headless=true -Dhazelcast.phone.home.enabled=false -Djava.io.tmpdir="$HOME_DIR/node-$n/tmp" \
      -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$port" --name "node-$n" \
      --clustername wijkzicht-local --clustermode "tcpip:127.0.0.1:$HZ_PORT,127.0.0.1:$((HZ_PORT + 1))" \
      --startport "$HZ_PORT" --interfaces 127.0.0.1 --nohostaware \
      --disablephonehome --prebootcommandfile src/main/payara/pre-boot-commands.asadmin \
      --postbootcommandfile src/cluster/post-boot-commands.asadmin
  ) >"$LOGS/node-$n.log" 2>&1 &
  echo $! >"$RUN/node-$n.pid"
  log "node $n starting on port $port (log: $LOGS/node-$n.log)"
}

wait_node() {
  local n="$1" port
  port="$(node_port "$n")"
  if wait_http "http://127.0.0.1:$port/health/ready" 300; then
    log "node $n ready: http://127.0.0.1:$port/"
  else
    die "node $n did not become ready; see $LOGS/node-$n.log"
  fi
}

start_lb() {
  if pid_alive "$RUN/haproxy.pid"; then log "HAProxy already running (port $WZ_LB_PORT)"; return; fi
  command -v haproxy >/dev/null || [[ -x /usr/sbin/haproxy ]] || die "haproxy is not installed"
  port_free "$WZ_LB_PORT" || die "port $WZ_LB_PORT is in use: set WZ_LB_PORT"
  /usr/sbin/haproxy -f "$ROOT/src/cluster/haproxy.cfg" -p "$RUN/haproxy.pid" -D \
    >>"$LOGS/haproxy.log" 2>&1
  log "HAProxy on http://127.0.0.1:$WZ_LB_PORT/ (nodes $WZ_NODE_A_PORT, $WZ_NODE_B_PORT)"
}

stop_pid() { # file name signal
  if pid_alive "$1"; then
    kill "-${3:-TERM}" "$(cat "$1")" 2>/dev/null || true
    local i
    for i in $(seq 1 60); do pid_alive "$1" || break; sleep 0.5; done
    pid_alive "$1" && kill -KILL "$(cat "$1")" 2>/dev/null || true
    log "$2 stopped"
  fi
  rm -f "$1"
}

status() {
  local what file
  for what in db node-a node-b haproxy; do
    file="$RUN/$what.pid"
    if pid_alive "$file"; then echo "$what: running (pid $(cat "$file"))"; else echo "$what: stopped"; fi
  done
  for what in a b; do
    echo "node $what /health/ready: $(curl -s -o /dev/null -w '%{http_code}' --max-time 3 \
      "http://127.0.0.1:$(node_port $what)/health/ready")"
  done
  echo "load balancer /health/ready: $(curl -s -o /dev/null -w '%{http_code}' --max-time 3 \
    "http://127.0.0.1:$WZ_LB_PORT/health/ready")"
}

mkdir -p "$RUN" "$LOGS" "$HOME_DIR/shared"
case "${1:-}" in
  start)
    [[ -f "$WAR" && -f "$MICRO" ]] || die "build first: mvn -B package -DskipTests"
    start_db
    # Node a first: it migrates the schema and loads the demo data; b joins when a is ready.
    start_node a
    wait_node a
    start_node b
    wait_node b
    start_lb
    wait_http "http://127.0.0.1:$WZ_LB_PORT/health/ready" 30 || die "HAProxy does not answer"
    log "Wijkzicht cluster running on http://127.0.0.1:$WZ_LB_PORT/ (data: $HOME_DIR)"
    ;;
  stop)
    stop_pid "$RUN/haproxy.pid" HAProxy
    stop_pid "$RUN/node-b.pid" "node b"
    stop_pid "$RUN/node-a.pid" "node a"
    stop_pid "$RUN/db.pid" MariaDB
    ;;
  status) status ;;
  kill)
    [[ "${2:-}" =~ ^[ab]$ ]] || die "usage: $0 kill a|b"
    pid_alive "$RUN/node-$2.pid" || die "node $2 is not running"
    kill -KILL "$(cat "$RUN/node-$2.pid")"
    rm -f "$RUN/node-$2.pid"
    log "node $2 killed (kill -9)"
    ;;
  restart)
    [[ "${2:-}" =~ ^[ab]$ ]] || die "usage: $0 restart a|b"
    stop_pid "$RUN/node-$2.pid" "node $2"
    start_node "$2"
    wait_node "$2"
    ;;
  *) die "usage: $0 start|stop|status|kill a|b|restart a|b" ;;
esac
