#!/usr/bin/env bash
# Runs the load test (WorkdaySimulation) at several numbers of users, one after the other, against a
# running Wijkzicht with the generated national study, then draws latency against users
# (docs/images/latency-vs-users.png) and prints the table for docs/performance.md.
#
#   src/load/sweep.sh "50 100 200"      (environment: WIJKZICHT_HOME for the database password;
#                                        LOAD_BASE, LOAD_DB_PORT, LOAD_MINUTES, LOAD_RAMP optional)
#
# The runs share one server: sessions of earlier runs are still alive (30 minutes) when the next
# one starts, so the later runs carry the earlier runs' sessions too.
set -euo pipefail
cd "$(dirname "$0")/../.."
users="${1:-50 100 200}"
home="${WIJKZICHT_HOME:-$HOME/.wijkzicht}"
base="${LOAD_BASE:-http://localhost:8143}"
port="${LOAD_DB_PORT:-3443}"
minutes="${LOAD_MINUTES:-3}"
ramp="${LOAD_RAMP:-60}"
mvn -o -q -Pload test-compile
runs=()
for n in $users; do
  echo "== $n users"
  before=$(ls -d target/gatling/workdaysimulation-* 2>/dev/null | sort | tail -1 || true)
  # A run with failed requests makes Gatling exit non-zero; the sweep goes on and the table shows them.
  mvn -o -B -Pload gatling:test -Dload.users="$n" -Dload.base="$base" -Dload.db.port="$port" \
    -Dload.minutes="$minutes" -Dload.ramp="$ramp" \
    -Dload.db.password="$(cat "$home/db-password")" | grep -E "Answers checked|LOST|> request count|failed events" || true
  after=$(ls -d target/gatling/workdaysimulation-* | sort | tail -1)
  if [ "$after" = "$before" ]; then echo "No Gatling report for $n users" >&2; exit 1; fi
  runs+=("$n=$after")
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
mvn -o -q -Pload exec:java -Dexec.mainClass=nl.wijkzicht.load.LatencyChart -Dexec.classpathScope=test \
  -Dexec.args="docs/images/latency-vs-users.png ${runs[*]}"
