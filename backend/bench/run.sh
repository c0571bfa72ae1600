#!/usr/bin/env bash
# Import throughput benchmark (not a test, not in CI):
#   1. starts PostgreSQL (fsync on) and Keycloak from backend/stack on their own ports, and the backend jar with -Xmx512m;
#   2. creates a region, 100 municipalities and 20 indicators through the import API as the admin;
#   3. ROUNDS times (default 3), alternating, each from empty measured_value/audit_event and a fresh checkpoint:
#      a. uploads 1,000,000 values (CSV, ~36 MB) with a ministry-integration client-credentials token and
#         times it until the job has succeeded;
#      b. loads the same rows into the same table (same indexes and foreign keys) with plain PostgreSQL COPY;
#   4. writes the medians (rows/s of both, their ratio), every round, the backend's peak heap and the
#      job's phase timings (from the backend log) to bench/results.md.
# Alternating rounds matter on a shared machine: API and COPY are compared under the same load.
# Usage: backend/bench/run.sh   (ROUNDS=5 for more rounds; ORIENTIR_BENCH_KEEP=1 leaves the servers running)
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BACKEND="$(cd "$BENCH/.." && pwd)"
RUN="$BENCH/.run"
PG_PORT="${ORIENTIR_BENCH_PG_PORT:-25432}"
KC_PORT="${ORIENTIR_BENCH_KC_PORT:-28180}"
API_PORT="${ORIENTIR_BENCH_API_PORT:-28080}"
API="http://localhost:$API_PORT/api/v1"
KC="http://localhost:$KC_PORT/realms/orientir/protocol/openid-connect/token"
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/orientir"
PGJDBC="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)"
mkdir -p "$RUN"
say() { printf '[bench] %s\n' "$*" >&2; }

stop_all() {
  [ -f "$RUN/backend.pid" ] && kill "$(cat "$RUN/backend.pid")" 2>/dev/null || true
  [ -f "$RUN/sampler.pid" ] && kill "$(cat "$RUN/sampler.pid")" 2>/dev/null || true
  if [ "${ORIENTIR_BENCH_KEEP:-0}" != 1 ]; then
    bash "$BACKEND/stack/keycloak.sh" stop "$RUN/keycloak" || true
    bash "$BACKEND/stack/postgres.sh" stop "$RUN/pgdata" || true
  fi
}
trap stop_all EXIT

(cd "$BACKEND" && ../mvnw -B -q package -DskipTests) # always: a stale jar would measure old code
rm -rf "$RUN/pgdata"
ORIENTIR_PG_FSYNC=on bash "$BACKEND/stack/postgres.sh" start "$RUN/pgdata" "$PG_PORT"
bash "$BACKEND/stack/keycloak.sh" start "$RUN/keycloak" "$KC_PORT" dev-mem

say "generating 1,000,000 values"
rows="$(java -cp "$PGJDBC" "$BENCH/Bench.java" generate "$RUN/data" 100 20)"
size="$(stat -c %s "$RUN/data/values.csv")"

say "starting the backend (-Xmx512m)"
ORIENTIR_DB_URL="$DB_URL" ORIENTIR_OIDC_URL="http://localhost:$KC_PORT/realms/orientir" ORIENTIR_HTTP_PORT="$API_PORT" \
ORIENTIR_KEYCLOAK_ADMIN_URL="http://localhost:$KC_PORT" \
  java -Xmx512m -Xlog:gc:file="$RUN/gc.log" -jar "$BACKEND/target/quarkus-app/quarkus-run.jar" >"$RUN/backend.log" 2>&1 &
echo $! > "$RUN/backend.pid"
for _ in $(seq 1 120); do curl -fs "http://localhost:$API_PORT/q/health/ready" >/dev/null && break; sleep 1; done

# Samples the used heap every 0.5 s (GC logs only show it at collections).
( while kill -0 "$(cat "$RUN/backend.pid")" 2>/dev/null; do
    jcmd "$(cat "$RUN/backend.pid")" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' >> "$RUN/heap.samples" || true
    sleep 0.5; done ) &
echo $! > "$RUN/sampler.pid"

token() { curl -fs "$KC" "$@" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'; }
ADMIN="$(token -d grant_type=password -d client_id=orientir-cli -d username=admin -d password=admin)"

upload() { # TOKEN TYPE FILE -> job JSON
  curl -fs -X POST -H "Authorization: Bearer $1" -H 'Content-Type: text/csv' --data-binary "@$3" "$API/imports?type=$2"
}
wait_job() { # TOKEN JSON -> final job JSON
  local id status job="$2"
  id="$(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"$job")"
  while :; do
    status="$(sed -E 's/.*"status":"([a-z]+)".*/\1/' <<<"$job")"
    case "$status" in queued|running) sleep 0.2; job="$(curl -fs -H "Authorization: Bearer $1" "$API/imports/$id")" ;; *) break ;; esac
  done
  echo "$job"
}
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for t in regions municipalities indicators; do
  wait_job "$ADMIN" "$(upload "$ADMIN" "$t" "$RUN/data/$t.csv")" | grep -q '"status":"succeeded"' || { say "setup $t failed"; exit 1; }
done

ROUNDS="${ROUNDS:-3}"
: > "$RUN/heap.samples"; : > "$RUN/rounds"
for round in $(seq 1 "$ROUNDS"); do
  java -cp "$PGJDBC" "$BENCH/Bench.java" reset "$DB_URL"
  say "round $round/$ROUNDS: uploading $rows values ($((size / 1024 / 1024)) MB) as ministry-integration"
  SERVICE="$(token -d grant_type=client_credentials -d client_id=ministry-integration -d client_secret=ministry-integration-secret)"
  start=$(date +%s%N)
  job="$(wait_job "$SERVICE" "$(upload "$SERVICE" values "$RUN/data/values.csv")")"
  api_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  grep -q '"status":"succeeded"' <<<"$job" || { say "import failed: $job"; exit 1; }
  imported="$(sed -E 's/.*"rowsImported":([0-9]+).*/\1/' <<<"$job")"
  id="$(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"$job")"
  java -cp "$PGJDBC" "$BENCH/Bench.java" reset "$DB_URL"
  say "round $round/$ROUNDS: loading the same rows with COPY"
  read -r copy_rows copy_ms < <(java -cp "$PGJDBC" "$BENCH/Bench.java" copy "$DB_URL" "$RUN/data/values.csv")
  say "round $round: API $api_ms ms, COPY $copy_ms ms"
  echo "$round $imported $api_ms $copy_rows $copy_ms $id" >> "$RUN/rounds"
done
peak_kb="$(sort -n "$RUN/heap.samples" | tail -1)"
gc_peak="$(grep -oE '[0-9]+M->[0-9]+M' "$RUN/gc.log" | cut -dM -f1 | sort -n | tail -1)"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
api_ms="$(awk '{ print $3 }' "$RUN/rounds" | median)"; copy_ms="$(awk '{ print $5 }' "$RUN/rounds" | median)"
imported="$(awk '{ print $2 }' "$RUN/rounds" | head -1)"; copy_rows="$(awk '{ print $4 }' "$RUN/rounds" | head -1)"
median_job="$(awk -v ms="$api_ms" '$3 == ms { print $6; exit }' "$RUN/rounds")"
phases="$(grep "import $median_job," "$RUN/backend.log" | sed -E 's/.*rows: //')"
api_rps=$(( imported * 1000 / api_ms )); copy_rps=$(( copy_rows * 1000 / copy_ms ))
ratio_of_medians="$(awk "BEGIN { printf \"%.2f\", $api_ms / $copy_ms }")"
ratio="$(awk '{ printf "%.4f\n", $3 / $5 }' "$RUN/rounds" | median | awk '{ printf "%.2f", $1 }')"
round_rows="$(awk '{ printf "| %d | %d ms (%d values/s) | %d ms (%d rows/s) | %.2f |\n", $1, $3, $2 * 1000 / $3, $5, $4 * 1000 / $5, $3 / $5 }' "$RUN/rounds")"
cat > "$BENCH/results.md" <<MD
# Import benchmark

Measured by \`backend/bench/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average
before the run ${load_before:-?}; PostgreSQL 17 with fsync on, on the same machine as the backend and the client).
$ROUNDS rounds, each from empty \`measured_value\` and \`audit_event\` and a fresh checkpoint, the API and COPY alternating
so that both see the same load; the table shows the medians.

| | rows | wall time (median) | rows/s |
|---|---:|---:|---:|
| API: \`POST /api/v1/imports?type=values\` (CSV, $((size / 1024 / 1024)) MB, checks + upsert + audit: per row for updates, one event per municipality and indicator for new rows) | $imported | $api_ms ms | $api_rps |
| Raw PostgreSQL \`COPY\` of the same rows into \`measured_value\` (same indexes and foreign keys; no checks, no audit) | $copy_rows | $copy_ms ms | $copy_rps |

- API time / COPY time: **$ratio** (median of the rounds' ratios; ratio of the medians $ratio_of_medians; target <= 2)
- API throughput: **$api_rps values/s** (target >= 100,000)
- Backend heap (\`-Xmx512m\`): peak used ${peak_kb:-?} KB sampled with \`jcmd GC.heap_info\` every 0.5 s;
  largest heap before a collection in the GC log ${gc_peak:-?} MB.
- The API time runs from the start of the upload until \`GET /imports/{id}\` reports \`succeeded\`.

| round | API | COPY | API / COPY |
|---:|---:|---:|---:|
$round_rows

Phases of the median API job (logged by the backend at INFO, \`ru.orientir.imports.Phases\`):
$phases

Where the time of "insert new + audit" goes inside PostgreSQL: see \`bench/breakdown.md\` (EXPLAIN ANALYZE).
MD
cat "$BENCH/results.md"
