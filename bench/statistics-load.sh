#!/usr/bin/env bash
# Statistics at volume (see docs/benchmarks.md, "Statistics"): fills a fresh embedded database with a synthetic
# region (--generate-region: residents with cards, a year of card uses with their rollups, code displays), reports
# the ingest rate, starts the server on it, measures the latency of every dashboard figure (p50/p99/max, one client,
# read by a provincial regulator through its signed-in session), several regulators opening the dashboard at once,
# and the lag of the figures behind new use records, and prints the sizes of the raw and rollup tables.
# env: RESIDENTS (1000000) USES (10000000) DAYS (365) ITERATIONS (50) WARMUP (10) LAG (30)
#      USERS (1,4,16: concurrent regulators, one run each) DASH_SECONDS (30: each concurrent run)
#      PORT (18081) DB_PORT (25434) SKIP_BUILD=1 REUSE=1 (keep bench/results/stats and skip the generation)
#      SERVER_JAVA_OPTS (e.g. -Xmx2g) BCRYPT (4: the administrator's HTTP Basic calls that set up the run verify the
#        password with BCrypt on every request, ~70 ms each at the default cost 10; the figures are read with a
#        regulator's session, which BCrypt does not touch after sign-in) JAR (the platform jar to run)
set -euo pipefail
cd "$(dirname "$0")/.."
RESIDENTS=${RESIDENTS:-1000000}
USES=${USES:-10000000}
DAYS=${DAYS:-365}
PORT=${PORT:-18081}
DB_PORT=${DB_PORT:-25434}
RUN=bench/results/stats
BCPROV=${BCPROV:-$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.87/bcprov-jdk18on-1.87.jar}
export EHC_ADMIN_PASSWORD=${EHC_ADMIN_PASSWORD:-bench-admin}
export EHC_KEYS_PASSWORD=${EHC_KEYS_PASSWORD:-bench-keys}
JAR=${JAR:-target/ehc-platform-0.1.0-SNAPSHOT.jar}
ARGS=(--ehc.embedded-db.port="$DB_PORT" --ehc.embedded-db.dir="$RUN/pg" --ehc.keys.file="$RUN/keys/k.p12"
  --ehc.demo.enabled=false --server.port="$PORT" --ehc.admin.bcrypt-strength="${BCRYPT:-4}" --ehc.simulator.enabled=false)
sql() { psql -h localhost -p "$DB_PORT" -U postgres -d ehc -Atc "$1"; }

[ "${SKIP_BUILD:-}" = 1 ] || mvn -q -DskipTests package
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${REUSE:-}" != 1 ]; then
  rm -rf "$RUN"
  mkdir -p "$RUN"
  echo "== generating residents=$RESIDENTS uses=$USES days=$DAYS"
  # shellcheck disable=SC2086
  java ${SERVER_JAVA_OPTS:-} -jar "$JAR" "${ARGS[@]}" \
    --generate-region="residents=$RESIDENTS,uses=$USES,days=$DAYS" >"$RUN/generate.log" 2>&1 || {
    echo "generation failed, see $RUN/generate.log"; tail -20 "$RUN/generate.log"; exit 1; }
  grep 'generate-region done' "$RUN/generate.log"
fi

# shellcheck disable=SC2086
java ${SERVER_JAVA_OPTS:-} -jar "$JAR" "${ARGS[@]}" >"$RUN/server.log" 2>&1 &
SERVER=$!
trap 'kill -TERM $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { echo "server died, see $RUN/server.log"; tail -30 "$RUN/server.log"; exit 1; }
  sleep 1
done
sql "vacuum analyze" >/dev/null

echo "== volume: $(sql "select count(*) from card_use") card uses, $(sql "select count(*) from card") cards, \
$(sql "select count(*) from institution") institutions, $(sql "select coalesce(sum(displays), 0) from code_display_rollup where grain = 'M'") code displays"
echo "== table sizes (with indexes):"
sql "select '   ' || t || ': ' || pg_size_pretty(pg_total_relation_size(t::regclass)) from unnest(array['card_use_rollup',\
'card_use_activity','card_rollup','code_display_rollup','card','resident']) t"
for t in card_use_rollup card_use_activity card_rollup code_display_rollup; do
  echo "   $t rows by grain: $(sql "select string_agg(grain || '=' || n, ' ' order by grain) from (select grain, count(*) n from $t group by 1) x")"
done
echo "   card_use partitions: $(sql "select pg_size_pretty(sum(pg_total_relation_size(inhrelid))) from pg_inherits where inhparent = 'card_use'::regclass")"

echo "== dashboard query latency (one client, ${ITERATIONS:-50} runs after ${WARMUP:-10} warm-up runs each), then" \
  "${USERS:-1,4,16} regulators opening the dashboard at once (${DASH_SECONDS:-30} s each)"
java -cp "$BCPROV" bench/load/StatisticsLatency.java --url "http://localhost:$PORT" --password "$EHC_ADMIN_PASSWORD" \
  --iterations "${ITERATIONS:-50}" --warmup "${WARMUP:-10}" --lag "${LAG:-30}" --users "${USERS:-1,4,16}" \
  --seconds "${DASH_SECONDS:-30}"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
