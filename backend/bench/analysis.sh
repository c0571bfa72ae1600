#!/usr/bin/env bash
# Analysis speed benchmark (issue 13 item 7; not a test, not in CI):
#   1. starts PostgreSQL and Keycloak from backend/stack on their own ports (as run.sh) and the backend jar;
#   2. as the admin, through the import API: 1 region, 100 municipalities of 400 schools and one (ab-big) of 2,400
#      (42,400 organizations), 2 organization-level school-year percent indicators, and the values of every school
#      for 2021-2023 of both (254,400 rows, deterministic: a few percent of schools are flagged);
#   3. PUTs a region rule (any, window 3, minYears 2, ab-a >= 20 or ab-b missing or zero) and a scorecard
#      (threshold, bands, above_average);
#   4. ROUNDS times (default 5) as the ministry-integration service account:
#      a. GET /flags?year=2023&rule=ab-risk&size=50            (every school of the region judged)
#      b. the same with municipality=ab-m7                     (400 schools)
#      c. GET /scorecards/ab-card/ratings?municipality=ab-big&year=2023&size=50   (2,400 schools)
#   5. writes the medians and maxima, every round, the load average and the row counts to bench/analysis-results.md;
#      statements over 300 ms are logged with their plan by auto_explain (plans only) and quoted there.
# Usage: backend/bench/analysis.sh   (ROUNDS=9 for more; ORIENTIR_BENCH_KEEP=1 leaves PostgreSQL and Keycloak running)
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BACKEND="$(cd "$BENCH/.." && pwd)"
RUN="$BENCH/.run-analysis"
PG_PORT="${ORIENTIR_BENCH_PG_PORT:-26432}"
KC_PORT="${ORIENTIR_BENCH_KC_PORT:-29180}"
API_PORT="${ORIENTIR_BENCH_API_PORT:-29080}"
API="http://localhost:$API_PORT/api/v1"
# ORIENTIR_BENCH_KEYCLOAK_URL=http://localhost:48180 uses a Keycloak already running with the orientir realm
# (not started, not stopped) instead of starting one: on a loaded machine Keycloak's start is the slowest step
KC_BASE="${ORIENTIR_BENCH_KEYCLOAK_URL:-http://localhost:$KC_PORT}"
KC="$KC_BASE/realms/orientir/protocol/openid-connect/token"
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/orientir"
PGJDBC="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)"
ROUNDS="${ROUNDS:-5}"
mkdir -p "$RUN"; echo "*" > "$RUN/.gitignore"
say() { printf '[analysis-bench] %s\n' "$*" >&2; }
helper() { java -cp "$PGJDBC" "$BENCH/AnalysisBench.java" "$@"; }

stop_all() {
  [ -f "$RUN/backend.pid" ] && kill "$(cat "$RUN/backend.pid")" 2>/dev/null || true
  if [ "${ORIENTIR_BENCH_KEEP:-0}" != 1 ]; then
    [ -n "${ORIENTIR_BENCH_KEYCLOAK_URL:-}" ] || bash "$BACKEND/stack/keycloak.sh" stop "$RUN/keycloak" || true
    bash "$BACKEND/stack/postgres.sh" stop "$RUN/pgdata" || true
  fi
}
trap stop_all EXIT

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$BACKEND" && ../mvnw -B -q package -DskipTests) # always: a stale jar would measure old code
rm -rf "$RUN/pgdata"
bash "$BACKEND/stack/postgres.sh" start "$RUN/pgdata" "$PG_PORT"
[ -n "${ORIENTIR_BENCH_KEYCLOAK_URL:-}" ] || bash "$BACKEND/stack/keycloak.sh" start "$RUN/keycloak" "$KC_PORT" dev-mem
helper explain "$DB_URL" 300   # before the backend opens its connections
read -r orgs rows < <(helper generate "$RUN/data")

say "starting the backend (-Xmx512m)"
# a Keycloak not started here gets no roles of the benchmark's municipalities
[ -z "${ORIENTIR_BENCH_KEYCLOAK_URL:-}" ] || export ORIENTIR_KEYCLOAK_PROVISIONING=false
ORIENTIR_DB_URL="$DB_URL" ORIENTIR_OIDC_URL="$KC_BASE/realms/orientir" ORIENTIR_HTTP_PORT="$API_PORT" \
ORIENTIR_KEYCLOAK_ADMIN_URL="$KC_BASE" \
  java -Xmx512m -jar "$BACKEND/target/quarkus-app/quarkus-run.jar" >"$RUN/backend.log" 2>&1 &
echo $! > "$RUN/backend.pid"
for _ in $(seq 1 120); do curl -fs "http://localhost:$API_PORT/q/health/ready" >/dev/null && break; sleep 1; done

token() { curl -fs "$KC" "$@" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'; }
admin() { token -d grant_type=password -d client_id=orientir-cli -d username=admin -d password=admin; }
service() { token -d grant_type=client_credentials -d client_id=ministry-integration -d client_secret=ministry-integration-secret; }
upload() { curl -fs -X POST -H "Authorization: Bearer $1" -H 'Content-Type: text/csv' --data-binary "@$3" "$API/imports?type=$2"; }
wait_job() { # TOKEN JSON -> final job JSON
  local id status job="$2"
  id="$(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"$job")"
  while :; do
    status="$(sed -E 's/.*"status":"([a-z]+)".*/\1/' <<<"$job")"
    case "$status" in queued|running) sleep 0.5; job="$(curl -fs -H "Authorization: Bearer $1" "$API/imports/$id")" ;; *) break ;; esac
  done
  echo "$job"
}
setup_ms=""
for t in regions municipalities indicators organizations values; do
  ADMIN="$(admin)"; start=$(date +%s%N)
  job="$(wait_job "$ADMIN" "$(upload "$ADMIN" "$t" "$RUN/data/$t.csv")")"
  grep -q '"status":"succeeded"' <<<"$job" || { say "setup $t failed: ${job:0:2000}"; exit 1; }
  ms=$(( ($(date +%s%N) - start) / 1000000 )); setup_ms="$setup_ms $t ${ms}ms"; say "imported $t in $ms ms"
done

ADMIN="$(admin)"
put() { # PATH JSON
  local code; code="$(curl -s -o "$RUN/put.out" -w '%{http_code}' -X PUT -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' -d "$2" "$API/$1")"
  case "$code" in 200|201) ;; *) say "PUT $1: $code $(cat "$RUN/put.out")"; exit 1 ;; esac
}
put rules/ab-risk '{"name": "Замер: «2» у 20 % и более или нет «5», 2 из 3 лет", "level": "organization",
  "combine": "any", "window": 3, "minYears": 2, "preceding": false,
  "conditions": [{"indicator": "ab-a", "comparator": "ge", "value": 20}, {"indicator": "ab-b", "missingOrZero": true}]}'
put scorecards/ab-card '{"name": "Замер: рейтинг", "level": "organization", "items": [
  {"code": "low", "indicator": "ab-a", "method": "threshold", "comparator": "ge", "value": 20, "points": -2},
  {"code": "fives", "indicator": "ab-b", "method": "bands", "bands": [{"from": 0, "to": 20, "points": 1},
     {"from": 20, "to": 40, "points": 2}, {"from": 40, "to": 100, "points": 3}]},
  {"code": "above", "indicator": "ab-b", "method": "above_average", "points": 1}]}'
counts="$(helper counts "$DB_URL")"

SERVICE="$(service)"
get() { # NAME URL -> "ms total" (checks 200)
  local out="$RUN/$1.json" code t
  read -r code t < <(curl -s -o "$out" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $SERVICE" "$2")
  [ "$code" = 200 ] || { say "GET $2: $code $(head -c 2000 "$out")"; exit 1; }
  echo "$(awk "BEGIN { printf \"%d\", $t * 1000 }") $(grep -oE '"total":[0-9]+' "$out" | tail -1 | cut -d: -f2)"
}
A="$API/flags?year=2023&rule=ab-risk&size=50"
B="$API/flags?year=2023&rule=ab-risk&size=50&municipality=ab-m7"
C="$API/scorecards/ab-card/ratings?municipality=ab-big&year=2023&size=50"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
: > "$RUN/rounds"
for round in $(seq 1 "$ROUNDS"); do
  SERVICE="$(service)"
  read -r a_ms a_total < <(get a "$A")
  read -r b_ms b_total < <(get b "$B")
  read -r c_ms c_total < <(get c "$C")
  say "round $round: flags $a_ms ms ($a_total flagged), flags of ab-m7 $b_ms ms ($b_total), ratings $c_ms ms ($c_total)"
  echo "$round $a_ms $a_total $b_ms $b_total $c_ms $c_total" >> "$RUN/rounds"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
col() { awk -v c="$1" '{ print $c }' "$RUN/rounds"; }
a_med="$(col 2 | median)"; a_max="$(col 2 | sort -n | tail -1)"
b_med="$(col 4 | median)"; b_max="$(col 4 | sort -n | tail -1)"
c_med="$(col 6 | median)"; c_max="$(col 6 | sort -n | tail -1)"
a_total="$(col 3 | head -1)"; b_total="$(col 5 | head -1)"; c_total="$(col 7 | head -1)"
verdict() { [ "$1" -lt 1000 ] && echo "under 1 s" || echo "**over 1 s**"; }
round_rows="$(awk '{ printf "| %d | %d ms | %d ms | %d ms |\n", $1, $2, $4, $6 }' "$RUN/rounds")"
pg_log="$RUN/postgres-pgdata.log"
plans="$(grep -c 'duration: .* plan:' "$pg_log" 2>/dev/null || true)"
cat > "$BENCH/analysis-results.md" <<MD
# Analysis benchmark: flags and ratings

Measured by \`backend/bench/analysis.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') ($(nproc) cores shared with other work,
$(free -g | awk '/Mem:/ {print $2}') GiB; load average ${load_start} when the script started, ${load_before} before
the first round, ${load_after} after the last). PostgreSQL 17 (\`backend/stack\`, fsync on), Keycloak and the
backend (\`-Xmx512m\`) on the same machine as the client (curl; the time is curl's \`time_total\`, token not included).
$ROUNDS rounds, the first right after the data were loaded (cold caches of the backend and the database).

Data, created through the import API as the admin (setup:${setup_ms}):

\`\`\`
$counts
\`\`\`

1 region, 100 municipalities of 400 schools and \`ab-big\` of 2,400 ($orgs organizations), indicators \`ab-a\`, \`ab-b\`
(percent, organization level, \`school_year\`), a value of every school for 2021, 2022 and 2023 of both ($rows rows).
Rule \`ab-risk\` (region, organization level, \`any\`, window 3, minYears 2, not preceding): \`ab-a >= 20\`, \`ab-b\`
missing or zero. Scorecard \`ab-card\`: threshold (\`ab-a >= 20\`: -2), bands on \`ab-b\` (0-20: 1, 20-40: 2, 40-100: 3),
above the municipal average of \`ab-b\` (+1). All requests as \`ministry-integration\` (client credentials).

| request | judged | result (total) | median | max | target |
|---|---:|---:|---:|---:|---|
| (a) \`GET /api/v1/flags?year=2023&rule=ab-risk&size=50\` | $orgs schools × 3 years | $a_total flagged | $a_med ms | $a_max ms | < 1 s: $(verdict "$a_med") |
| (b) the same with \`municipality=ab-m7\` | 400 schools × 3 years | $b_total flagged | $b_med ms | $b_max ms | |
| (c) \`GET /api/v1/scorecards/ab-card/ratings?municipality=ab-big&year=2023&size=50\` | 2,400 schools | $c_total rated | $c_med ms | $c_max ms | < 1 s: $(verdict "$c_med") |

| round | (a) | (b) | (c) |
|---:|---:|---:|---:|
$round_rows

Statements over 300 ms logged by PostgreSQL's \`auto_explain\` (plans without ANALYZE) during the whole run
(the imports included): $plans. The plans of the statements over 300 ms of the measured rounds, if any, follow.
MD
if [ -f "$pg_log" ]; then
  # only the plans logged after the setup: those of the flag and rating statements
  awk '/duration: .* plan:/ { if (keep && block ~ /reported AS|avgs AS/) print block; keep = 1; block = $0 "\n"; next }
       keep && /^[0-9]{4}-[0-9]{2}-[0-9]{2} / { if (block ~ /reported AS|avgs AS/) print block; keep = 0; block = "" }
       keep { block = block $0 "\n" }
       END { if (keep && block ~ /reported AS|avgs AS/) print block }' "$pg_log" > "$RUN/plans.txt" || true
  if [ -s "$RUN/plans.txt" ]; then
    { echo; echo '```'; head -c 60000 "$RUN/plans.txt"; echo '```'; } >> "$BENCH/analysis-results.md"
  else
    echo "None: no flag or rating statement took 300 ms or more." >> "$BENCH/analysis-results.md"
  fi
fi
cat "$BENCH/analysis-results.md"
