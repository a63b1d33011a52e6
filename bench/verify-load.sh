#!/usr/bin/env bash
# HTTP load run of the terminal verify endpoint against a fresh embedded-PostgreSQL server (see docs/benchmarks.md).
# Builds the jar, starts it on its own ports/dirs under bench/results/run, prepares static and dynamic codes for all
# active formal cards, then runs: a server warm-up (not reported), GET /time (trivial endpoint), verify with static
# codes, verify with dynamic codes. Counts card_use rows before stopping the server. Results on stdout.
# env: PORT (18080) DB_PORT (25432) CLIENTS (64) WARMUP (10 s) DURATION (30 s) SERVER_WARMUP (20 s)
#      JIT_SETTLED (1.5 s) JIT_CYCLES (8): after the server warm-up, cycle through the three workloads (15 s each)
#        until one cycle's JIT compile time is under JIT_SETTLED seconds, at most JIT_CYCLES times
#      SCAN=1: also run the multi-code scan entry (POST /api/terminal/v1/scan, purpose identify) with the static
#        health codes and with resident ID numbers (200 residents registered for it through the admin API)
#      ROUNDS (1): how many times the three runs are repeated, interleaved, to see the noise of a shared machine
#      SLICES=N (SLICE_WARMUP 3, SLICE 7): each round alternates N short runs of each of the three instead (see below)
#      SERVER_JAVA_OPTS (extra JVM options for the server, e.g. a JFR recording) LOADGEN_JAVA_OPTS (for the load generator;
#        default C1 only and the serial GC, so that its own JIT does not run into the measured window) SKIP_BUILD=1 JAR (jar to run)
#      DAMON=pause (default): pause the kernel's DAMON monitor during the runs (root only), restart it at the end;
#        DAMON=keep leaves it running (see docs/benchmarks.md: its sampling stalls the machine every ~540 ms)
#      TIMELINE=1: write every counted answer's start, latency and client to bench/results/run/timeline-<label>.txt
#      PROFILER=/path/libasyncProfiler.so: attach async-profiler (PROFILER_EVENT, default itimer; PROFILER_INTERVAL, default
#        1ms; e.g. PROFILER_EVENT=lock PROFILER_INTERVAL=10us for contended locks) to the server during each measured
#        window; collapsed stacks in bench/results/run/profile-<label>.txt (flame graphs: its converter, or grep/awk)
#      WAL_PREFILL_MB (1024): WAL written before the runs so that its segment files exist for reuse; FRESH_WAL=1: no
#        prefill and no checkpoint before each run (a fresh database's WAL, see below)
#      DB_MODE=embedded (default): the server's embedded PostgreSQL (fsync and synchronous_commit on).
#      DB_MODE=durable: the script starts its own PostgreSQL 15 (binaries from PG_BIN, default zonky's extracted
#        /tmp/embedded-pg/*/bin) with fsync=on and synchronous_commit=on, and points the server at it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
DB_PORT=${DB_PORT:-25432}
CLIENTS=${CLIENTS:-64}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-30}
SERVER_WARMUP=${SERVER_WARMUP:-20}
ROUNDS=${ROUNDS:-1}
RUN=bench/results/run
BCPROV=${BCPROV:-$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.87/bcprov-jdk18on-1.87.jar}
export EHC_ADMIN_PASSWORD=${EHC_ADMIN_PASSWORD:-bench-admin}
export EHC_KEYS_PASSWORD=${EHC_KEYS_PASSWORD:-bench-keys}
URL=http://localhost:$PORT
ADMIN=(-sSf -u "admin:$EHC_ADMIN_PASSWORD")
sql() { psql -h localhost -p "$DB_PORT" -U postgres -d ehc -Atc "$1"; }

[ "${SKIP_BUILD:-}" = 1 ] || mvn -q -DskipTests package
# A previous run's PostgreSQL may still be shutting down: wait until its port is free.
for _ in $(seq 1 60); do
  (exec 3<>"/dev/tcp/127.0.0.1/$DB_PORT") 2>/dev/null || break
  sleep 1
done
rm -rf "$RUN"
mkdir -p "$RUN"

DB_MODE=${DB_MODE:-embedded}
PG=""
if [ "$DB_MODE" = durable ]; then
  PG_BIN=${PG_BIN:-$(ls -d /tmp/embedded-pg/*/bin | head -1)}
  as_pg=()  # PostgreSQL refuses to run as root
  if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); mkdir -p "$RUN/pg"; chown postgres "$RUN/pg"; fi
  "${as_pg[@]}" "$PG_BIN/initdb" -A trust -U postgres -E UTF8 -D "$RUN/pg" >"$RUN/initdb.log"
  "${as_pg[@]}" "$PG_BIN/postgres" -D "$RUN/pg" -p "$DB_PORT" -c listen_addresses=localhost -c fsync=on -c synchronous_commit=on \
    -c max_connections=200 -c shared_buffers=256MB -c max_wal_size=2GB -c min_wal_size=1GB -c track_wal_io_timing=on >"$RUN/postgres.log" 2>&1 &
  PG=$!
  for _ in $(seq 1 30); do psql -h localhost -p "$DB_PORT" -U postgres -Atc 'select 1' >/dev/null 2>&1 && break; sleep 1; done
  psql -h localhost -p "$DB_PORT" -U postgres -qc 'create database ehc'
  export EHC_DB_URL="jdbc:postgresql://localhost:$DB_PORT/ehc?reWriteBatchedInserts=true" EHC_DB_USER=postgres
  DB_ARGS=(--spring.datasource.hikari.maximum-pool-size=24)
else
  # track_wal_io_timing: the time PostgreSQL spends flushing WAL (pg_stat_wal), printed per run
  DB_ARGS=(--ehc.embedded-db.port="$DB_PORT" --ehc.embedded-db.dir="$RUN/pg" --ehc.embedded-db.server-config.track-wal-io-timing=on)
fi

# shellcheck disable=SC2086
java ${SERVER_JAVA_OPTS:-} -jar "${JAR:-target/ehc-platform-0.1.0-SNAPSHOT.jar}" --server.port="$PORT" \
  "${DB_ARGS[@]}" --ehc.keys.file="$RUN/keys/k.p12" \
  --ehc.demo.credentials-file="$RUN/terminal.properties" \
  --ehc.code.max-verifications=100000000 --ehc.code.dynamic-validity=3600s >"$RUN/server.log" 2>&1 &
SERVER=$!
echo "$SERVER" >"$RUN/server.pid"
stop_server() {
  if kill -0 "$SERVER" 2>/dev/null; then
    kill -TERM "$SERVER"
    wait "$SERVER" || true
  fi
  if [ -n "$PG" ] && kill -0 "$PG" 2>/dev/null; then
    "${as_pg[@]}" "$PG_BIN/pg_ctl" stop -D "$RUN/pg" -m fast >/dev/null || kill -TERM "$PG"
    wait "$PG" || true
  fi
}
# DAMON, the kernel's data access monitor, if this kernel runs it: on the machine these figures come from, kdamond
# samples all physical memory every 500 ms for proactive reclaim and takes 10-40 ms of CPU each time, during which no
# client got an answer (docs/benchmarks.md, 2026-12-05). By default the script pauses it for the runs and restores it on
# exit (needs root; nothing to do where it does not run); DAMON=keep measures with it running.
damon_paused=()
restore_damon() {
  for state in "${damon_paused[@]}"; do echo on >"$state" || echo "== could not restart DAMON ($state)" >&2; done
  damon_paused=()
}
if [ "${DAMON:-pause}" = pause ]; then
  for state in /sys/kernel/mm/damon/admin/kdamonds/*/state; do
    if [ -w "$state" ] && [ "$(cat "$state")" = on ] && echo off >"$state"; then damon_paused+=("$state"); fi
  done
fi
echo "== DAMON: $([ ${#damon_paused[@]} -gt 0 ] && echo "paused for the runs (${#damon_paused[@]} kdamond), restarted at the end" || echo "not paused (not running, not writable, or DAMON=keep)")"
trap 'stop_server; restore_damon' EXIT

for _ in $(seq 1 180); do
  if curl -sf "$URL/api/terminal/v1/time" >/dev/null 2>&1 && [ -s "$RUN/terminal.properties" ]; then break; fi
  kill -0 "$SERVER" 2>/dev/null || { echo "server died, see $RUN/server.log"; tail -30 "$RUN/server.log"; exit 1; }
  sleep 1
done
curl -sf "$URL/api/terminal/v1/time" >/dev/null
# The demo region is still being loaded when the terminal file appears: wait until the number of cards is stable.
last=-1
for _ in $(seq 1 120); do
  n=$(sql "select count(*) from card")
  [ "$n" -gt 0 ] && [ "$n" = "$last" ] && break
  last=$n
  sleep 2
done

cards=$(sql "select ehc_id from card where kind='FORMAL' and status='ACTIVE'")
: >"$RUN/static-codes.txt"
: >"$RUN/dynamic-codes.txt"
for id in $cards; do
  curl "${ADMIN[@]}" "$URL/api/v1/cards/$id/codes/static" | jq -r .text >>"$RUN/static-codes.txt"
  curl "${ADMIN[@]}" "$URL/api/v1/cards/$id/codes/dynamic" | jq -r .text >>"$RUN/dynamic-codes.txt"
done

if [ "${SCAN:-}" = 1 ]; then
  python3 bench/gen-residents.py 200 "$RUN/scan-residents.csv" --seed 7 >/dev/null
  python3 bench/register-residents.py "$URL" admin "$EHC_ADMIN_PASSWORD" "$RUN/scan-residents.csv" "$RUN/id-numbers.txt"
fi

PG_PID=$(head -1 "$RUN/pg/postmaster.pid")
load() { java ${LOADGEN_JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -cp "$BCPROV" bench/load/VerifyLoad.java --url "$URL" --terminal "$RUN/terminal.properties" \
  --clients "$CLIENTS" --watch "server=$SERVER,postgres=$PG_PID+" "$@"; }
# A measured run: reports the server's JIT work during the run; with PROFILER set, profiles the measured window
# (after the run's warm-up).
run_load() {
  local label="" j0
  for ((i = 1; i <= $#; i++)); do [ "${!i}" = --label ] && { j=$((i + 1)); label=${!j}; }; done
  # Each run starts from a checkpoint: the WAL segment files written before it are renamed for reuse (below), and a
  # checkpoint does not start in the middle of the run (its first writes to each page carry a full-page image, as after
  # any checkpoint).
  [ "${FRESH_WAL:-}" = 1 ] || sql "checkpoint" >/dev/null
  j0=$(jit)
  local w0 lsn0 ck0 ws0 gc0
  w0=$(wal_files)
  lsn0=$(sql "select pg_current_wal_lsn()")
  ck0=$(checkpoints)
  ws0=$(wal_syncs)
  gc0=$(commits)
  [ "${TIMELINE:-}" = 1 ] && set -- "$@" --timeline "$RUN/timeline-$label.txt"
  if [ -n "${PROFILER:-}" ]; then
    load "$@" &
    local lp=$!
    sleep "$WARMUP"
    jcmd "$SERVER" JVMTI.agent_load "$PROFILER" "\"start,event=${PROFILER_EVENT:-itimer},interval=${PROFILER_INTERVAL:-1ms},file=$PWD/$RUN/profile-$label.txt,collapsed\"" >/dev/null
    wait "$lp"
    jcmd "$SERVER" JVMTI.agent_load "$PROFILER" "\"stop,file=$PWD/$RUN/profile-$label.txt,collapsed\"" >/dev/null
  else
    load "$@"
  fi
  read -r methods seconds <<<"$(jit_since "$j0")"
  echo "   server JIT during the run (warm-up included): $methods methods compiled, $seconds s compiling"
  echo "   WAL during the run (warm-up included): $(sql "select round(pg_wal_lsn_diff(pg_current_wal_lsn(), '$lsn0') / 1048576)") MB written, $(($(wal_files) - w0)) segment files added, $(($(checkpoints) - ck0)) checkpoints, $(per_sync "$ws0" "$(wal_syncs)")"
  echo "   group commit (warm-up included): $(per_commit "$gc0" "$(commits)")"
}
checkpoints() { sql "select checkpoints_timed + checkpoints_req from pg_stat_bgwriter"; }
# WAL flushes so far: "<syncs> <ms syncing>" (the time needs track_wal_io_timing, which the embedded run turns on).
wal_syncs() { sql "select wal_sync || ' ' || wal_sync_time from pg_stat_wal"; }
per_sync() { awk -v a="$1" -v b="$2" 'BEGIN {split(a, x, " "); split(b, y, " "); n = y[1] - x[1]; t = y[2] - x[2];
  if (n > 0 && t > 0) printf "%d flushes, %.3f ms each", n, t / n; else printf "%d flushes", n}'; }
# Files in pg_wal: grows when PostgreSQL creates a segment rather than reusing an old one.
wal_files() { find "$RUN/pg/pg_wal" -maxdepth 1 -type f -name '0*' | wc -l; }
uses() { sql "select count(*) from card_use"; }
# Group commits so far: "<commits> <units> <seconds writing> <lingers> <seconds lingering>" from the writer's meters.
commits() { curl -sf "$URL/actuator/prometheus" | awk '/^ehc_write_batch_units_count/ {c=$2} /^ehc_write_batch_units_sum/ {s=$2}
  /^ehc_write_batch_write_seconds_sum/ {w=$2} /^ehc_write_batch_linger_seconds_count/ {lc=$2} /^ehc_write_batch_linger_seconds_sum/ {ls=$2}
  END {printf "%d %d %.6f %d %.6f", c, s, w, lc, ls}'; }
per_commit() { awk -v a="$1" -v b="$2" 'BEGIN {split(a, x, " "); split(b, y, " "); c = y[1] - x[1]; u = y[2] - x[2];
  w = y[3] - x[3]; lc = y[4] - x[4]; l = y[5] - x[5];
  printf "%d group commits, %.1f units per commit, %.3f ms writing and committing each; lingered before %d of them, %.3f ms each",
    c, (c > 0 ? u / c : 0), (c > 0 ? 1000 * w / c : 0), lc, (lc > 0 ? 1000 * l / lc : 0)}'; }

# JIT compilations and compile time of the server so far ("<compiled> <seconds>"), to see a run still compiling.
jit() { jstat -compiler "$SERVER" | awk 'NR == 2 {print $1, $4}'; }
# The JIT work since an earlier jit(): "<methods> <seconds>".
jit_since() { awk -v a="$1" -v b="$(jit)" 'BEGIN {split(a, x, " "); split(b, y, " "); printf "%d %.1f", y[1] - x[1], y[2] - x[2]}'; }
echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(sql 'select version()' | cut -d, -f1)"
echo "== database ($DB_MODE): $(sql "select string_agg(name || '=' || setting, ' ' order by name) from pg_settings where name in ('fsync','synchronous_commit','wal_sync_method')")"
echo "== codes: $(wc -l <"$RUN/static-codes.txt") static, $(wc -l <"$RUN/dynamic-codes.txt") dynamic (one per active formal card)"
echo "== server warm-up (${SERVER_WARMUP}s each of trivial, verify static, verify dynamic; not reported)"
load --mode time --warmup 0 --duration "$SERVER_WARMUP" --label server-warmup-trivial | sed 's/^/   /'
load --mode verify --codes "$RUN/static-codes.txt" --warmup 0 --duration "$SERVER_WARMUP" --label server-warmup-static | sed 's/^/   /'
load --mode verify --codes "$RUN/dynamic-codes.txt" --warmup 0 --duration "$SERVER_WARMUP" --label server-warmup-dynamic | sed 's/^/   /'
# On a slow or busy machine the JIT is still compiling after that (measured: 15 s of compiling in one 40 s run, a third
# of a core). Go on cycling through the three, 15 s each, until one cycle compiles for under JIT_SETTLED seconds.
JIT_SETTLED=${JIT_SETTLED:-1.5}
for cycle in $(seq 1 "${JIT_CYCLES:-8}"); do
  j0=$(jit)
  load --mode time --warmup 0 --duration 15 --label jit-settle-trivial >/dev/null
  load --mode verify --codes "$RUN/static-codes.txt" --warmup 0 --duration 15 --label jit-settle-static >/dev/null
  load --mode verify --codes "$RUN/dynamic-codes.txt" --warmup 0 --duration 15 --label jit-settle-dynamic >/dev/null
  read -r methods spent <<<"$(jit_since "$j0")"
  echo "   JIT settling, cycle $cycle: $methods methods compiled, $spent s compiling"
  awk -v s="$spent" -v t="$JIT_SETTLED" 'BEGIN {exit !(s < t)}' && break
done
# A database that has run for a while reuses its WAL segment files: a checkpoint renames those it no longer needs (up to
# min_wal_size, at most max_wal_size, ahead of its redo point) instead of removing them. A fresh one, like this
# script's, creates every new segment: 16 MB zero-filled and flushed while every commit waits, 40-50 ms (the periodic
# stalls measured on 2026-12-05, docs/benchmarks.md). So that the runs see a running node's steady state, write
# WAL_PREFILL_MB (default 1024, the embedded database's min_wal_size) of WAL messages first, and checkpoint before each
# run; FRESH_WAL=1 does neither.
if [ "${FRESH_WAL:-}" != 1 ] && [ "${WAL_PREFILL_MB:-1024}" -gt 0 ]; then
  sql "select count(pg_logical_emit_message(false, 'bench-wal-prefill', repeat('x', 1048576))) from generate_series(1, ${WAL_PREFILL_MB:-1024})" >/dev/null
  sql "checkpoint" >/dev/null
  echo "== WAL: ${WAL_PREFILL_MB:-1024} MB written before the runs; $(wal_files) segment files in pg_wal; a checkpoint before each run"
fi
echo "== load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${SLICES:-0}" -gt 0 ]; then
  echo "== runs: $ROUNDS round(s) of $SLICES slices each of trivial, verify-static, verify-dynamic; $CLIENTS clients, closed loop, ${SLICE_WARMUP:-3}s warm-up + ${SLICE:-7}s measured each"
else
  echo "== runs: $ROUNDS round(s) of trivial, verify-static, verify-dynamic; $CLIENTS clients, closed loop, ${WARMUP}s warm-up + ${DURATION}s measured each"
fi
# SLICES=N: instead, each round alternates short runs of the three (SLICE_WARMUP + SLICE seconds each, default 3 + 7)
# N times and reports each workload's throughput, p50 and p99 over all its slices (and the highest single slice's p99),
# and whether every accepted verification of the round has its card_use row. The machine's speed drifts by a fifth or more
# within minutes (the load generator's own CPU per request, the same work every run, shows it); slices put the trivial
# and the verify runs into the same minutes, so that their ratio compares like with like.
interleaved_round() {
  local round=$1 out="$RUN/slices-r$1.txt"
  [ "${FRESH_WAL:-}" = 1 ] || sql "checkpoint" >/dev/null
  : >"$out"
  local w=${SLICE_WARMUP:-3} d=${SLICE:-7} before
  before=$(uses)
  for s in $(seq 1 "$SLICES"); do
    load --mode time --warmup "$w" --duration "$d" --label "slice-trivial-r$round-s$s" \
      --timeline "$RUN/answers-trivial-r$round-s$s.txt" >>"$out"
    load --mode verify --codes "$RUN/static-codes.txt" --warmup "$w" --duration "$d" --label "slice-static-r$round-s$s" \
      --timeline "$RUN/answers-static-r$round-s$s.txt" >>"$out"
    load --mode verify --codes "$RUN/dynamic-codes.txt" --warmup "$w" --duration "$d" --label "slice-dynamic-r$round-s$s" \
      --timeline "$RUN/answers-dynamic-r$round-s$s.txt" >>"$out"
  done
  grep '^RESULT' "$out" | sed 's/^/   /'
  awk -v round="$round" '
    /^RESULT/ { split($2, l, "-"); kind = l[2]
      for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      ok[kind] += v["ok"]; sec[kind] += v["duration"] + 0; n[kind]++
      if (v["p99"] + 0 > p99[kind]) p99[kind] = v["p99"] + 0 }
    /CPU cores busy/ { for (i = 1; i <= NF; i++) if ($i ~ /^machine=/) { split($i, kv, "="); busy[kind] += kv[2]; } }
    END { t = ok["trivial"] / sec["trivial"]
      printf "INTERLEAVED round %d (%d slices of each): trivial %.0f req/s; static %.0f verif/s, %.1f %%; dynamic %.0f verif/s, %.1f %%\n",
        round, n["trivial"], t, ok["static"] / sec["static"], 100 * ok["static"] / sec["static"] / t,
        ok["dynamic"] / sec["dynamic"], 100 * ok["dynamic"] / sec["dynamic"] / t
      printf "   highest slice p99: trivial %.1f ms, static %.1f ms, dynamic %.1f ms; cores busy on average: trivial %.2f, static %.2f, dynamic %.2f\n",
        p99["trivial"], p99["static"], p99["dynamic"], busy["trivial"] / n["trivial"], busy["static"] / n["static"], busy["dynamic"] / n["dynamic"] }' "$out"
  # The round's own percentiles: every counted answer of a kind's slices together (the timelines' latency column).
  local kind line=""
  for kind in trivial static dynamic; do
    line="$line $kind $(awk '{print $2}' "$RUN"/answers-$kind-r"$round"-s*.txt | sort -n | awk '{v[NR] = $1}
      function at(p,  i) { i = int(p * NR); if (i < p * NR) i++; return v[i < 1 ? 1 : i] }
      END {printf "%.2f / %.2f ms (%d answers)", at(0.50), at(0.99), NR}');"
  done
  echo "   whole round p50 / p99:${line%;}"
  # Durability: every accepted verification (warm-up included) has its card_use row once the round has answered.
  echo "   card_use rows written during the round: $(($(uses) - before)) (accepted verifications: $(grep -E '^RESULT label=slice-(static|dynamic)' "$out" \
    | sed -n 's/.*accepted_incl_warmup=\([0-9]*\).*/\1/p' | awk '{s += $1} END {print s}'))"
}
for round in $(seq 1 "$ROUNDS"); do
if [ "${SLICES:-0}" -gt 0 ]; then interleaved_round "$round"; continue; fi
run_load --mode time --warmup "$WARMUP" --duration "$DURATION" --label "trivial-time-r$round"

before=$(uses)
run_load --mode verify --codes "$RUN/static-codes.txt" --warmup "$WARMUP" --duration "$DURATION" --label "verify-static-r$round" | tee "$RUN/static.out"
after=$(uses)
echo "   card_use rows written during the run: $((after - before)) (accepted verifications: $(sed -n 's/.*accepted_incl_warmup=\([0-9]*\).*/\1/p' "$RUN/static.out" | head -1))"

before=$(uses)
# uses that keep a dynamic code's block (V22): the durable count of its verifications
counted() { sql "select count(*) from card_use where code_block is not null"; }
cv_before=$(counted)
run_load --mode verify --codes "$RUN/dynamic-codes.txt" --warmup "$WARMUP" --duration "$DURATION" --label "verify-dynamic-r$round" | tee "$RUN/dynamic.out"
after=$(uses)
cv_after=$(counted)
echo "   card_use rows written during the run: $((after - before)), of them with the code's block: $((cv_after - cv_before)) (accepted verifications: $(sed -n 's/.*accepted_incl_warmup=\([0-9]*\).*/\1/p' "$RUN/dynamic.out" | head -1))"

if [ "${SCAN:-}" = 1 ]; then
  audits() { sql "select count(*) from scan_audit"; }
  before=$(audits)
  run_load --mode scan --purpose identify --codes "$RUN/static-codes.txt" --warmup "$WARMUP" --duration "$DURATION" --label "scan-static-code-r$round" | tee "$RUN/scan.out"
  run_load --mode scan --purpose identify --codes "$RUN/id-numbers.txt" --warmup "$WARMUP" --duration "$DURATION" --label "scan-id-number-r$round" | tee -a "$RUN/scan.out"
  echo "   scan_audit rows written during the two runs: $(($(audits) - before)) (accepted scans: $(sed -n 's/.*accepted_incl_warmup=\([0-9]*\).*/\1/p' "$RUN/scan.out" | awk '{s+=$1} END {print s}'))"
fi
done

echo "== load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== card_use rows in total: $(uses)"
echo "== server code cache: $(jcmd "$SERVER" Compiler.codecache | grep -E '^(CodeHeap|CodeCache|total_blobs)' | tr -s ' ' | paste -sd ';')"
echo "== server JIT in all: $(jstat -compiler "$SERVER" | awk 'NR == 2 {print $1 " compiled, " $3 " invalidated, " $4 " s compiling"}')"
stop_server
restore_damon
trap - EXIT
echo "== server stopped"
