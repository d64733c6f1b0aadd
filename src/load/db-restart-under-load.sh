#!/usr/bin/env bash
# The database restarted under load (issue 17; docs/performance.md, "Database restarted under load").
#
# Against a running Wijkzicht (e.g. the start command with the generated national study): puts
# inspectors (autosaving) and readers on it (DatabaseOutageProbe), stops the MariaDB server that
# listens on DB_PORT, leaves it down OUTAGE_SECONDS and starts it again with the same command line,
# then checks that requests failed cleanly and the app recovered by itself.
#
#   WIJKZICHT_HOME=/tmp/wzhome-bench flock /tmp/wz-measure.lock src/load/db-restart-under-load.sh
#
# Settings (environment): BASE (http://localhost:8153), DB_PORT (3453), OUTAGE_SECONDS (20),
# WIJKZICHT_HOME (the database password). More in DatabaseOutageProbe's Javadoc (-D options after
# the script's name are passed on, e.g. -Doutage.inspectors=15).
#
# Works with any mariadbd on this machine (the start command's embedded one or Debian's): it is
# stopped with SIGTERM (a clean shutdown) and started again, detached, with the command line it had.
# The restarted server no longer belongs to the start command: after stopping the start command,
# stop it with: kill "$(cat target/db-outage/mariadbd.pid)".
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$PWD/target/db-outage
mkdir -p "$OUT"
DB_PORT=${DB_PORT:-3453}

listener() {
  ss -ltnpH "sport = :$DB_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}

case "${1:-run}" in
  stop)
    pid=$(listener)
    [[ -n $pid ]] || { echo "No server listens on port $DB_PORT" >&2; exit 1; }
    # The command line, NUL-separated, to start the same server again.
    cp "/proc/$pid/cmdline" "$OUT/mariadbd.cmdline"
    readlink "/proc/$pid/cwd" > "$OUT/mariadbd.cwd"
    kill -TERM "$pid"
    while kill -0 "$pid" 2> /dev/null; do sleep 0.1; done
    ;;
  start)
    mapfile -d '' command < "$OUT/mariadbd.cmdline"
    (cd "$(cat "$OUT/mariadbd.cwd")" \
      && exec setsid nohup "${command[@]}" >> "$OUT/mariadbd.log" 2>&1 < /dev/null) &
    for _ in $(seq 1 600); do
      if (exec 3<> "/dev/tcp/127.0.0.1/$DB_PORT") 2> /dev/null; then
        listener > "$OUT/mariadbd.pid"
        exit 0
      fi
      sleep 0.1
    done
    echo "The database did not come back on port $DB_PORT" >&2
    exit 1
    ;;
  run)
    shift || true
    HOME_DIR=${WIJKZICHT_HOME:-$HOME/.wijkzicht}
    self="$PWD/src/load/db-restart-under-load.sh"
    exec mvn -o -q -Pload test-compile exec:java@db-outage \
      -Dload.base="${BASE:-http://localhost:8153}" -Dload.db.port="$DB_PORT" \
      -Dload.db.password="$(cat "$HOME_DIR/db-password")" \
      -Doutage.seconds="${OUTAGE_SECONDS:-20}" \
      -Doutage.stop="DB_PORT=$DB_PORT $self stop" -Doutage.start="DB_PORT=$DB_PORT $self start" "$@"
    ;;
  *)
    echo "usage: $0 [run|stop|start] [-Doption=value ...]" >&2
    exit 2
    ;;
esac
