#!/usr/bin/env bash
# Runs two more backend replicas (the packaged jar twice) against the database and Keycloak of a running stack,
# with a fast heartbeat, and checks them with replica-check.mjs: an import followed through the other replica,
# a replica killed with SIGKILL mid-import (its job failed by the survivor, nothing written), a catalogue write
# seen at once by the other replica. Needs the stack of start.sh running (test.sh runs it after its system test).
# Env: ORIENTIR_DB_PORT, ORIENTIR_KEYCLOAK_PORT (the stack's), REPLICA_PORTS (default "28081 28082").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DB_PORT="${ORIENTIR_DB_PORT:-15432}"
KC_PORT="${ORIENTIR_KEYCLOAK_PORT:-8180}"
read -r PORT_A PORT_B <<<"${REPLICA_PORTS:-28081 28082}"
JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"
LOGS="$STACK_HOME/replicas"
STALE=3
[ -f "$JAR" ] || die "no packaged backend at $JAR: run start.sh (or mvn package) first"
mkdir -p "$LOGS"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  done
}
trap cleanup EXIT

start_replica() {
  local port="$1"
  port_busy "$port" && die "port $port is busy: set REPLICA_PORTS"
  ORIENTIR_DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/orientir" \
    ORIENTIR_OIDC_URL="http://localhost:$KC_PORT/realms/orientir" \
    ORIENTIR_KEYCLOAK_ADMIN_URL="http://localhost:$KC_PORT" \
    ORIENTIR_HTTP_PORT="$port" ORIENTIR_DB_POOL=8 ORIENTIR_DB_ACQUISITION_TIMEOUT=30s \
    ORIENTIR_IMPORT_HEARTBEAT_EVERY=1s ORIENTIR_IMPORT_STALE_AFTER_SECONDS="$STALE" \
    java -Xmx512m -jar "$JAR" >"$LOGS/replica-$port.log" 2>&1 &
  pids+=("$!")
}

say "starting two backend replicas on ports $PORT_A and $PORT_B against one database..."
wait_ready() {
  local port="$1"
  for _ in $(seq 1 180); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null && return 0
    sleep 1
  done
  tail -30 "$LOGS/replica-$port.log" >&2
  die "replica on port $port is not ready after 180 s"
}
# one after the other: the second finds the schema migrated
start_replica "$PORT_A"
PID_A="${pids[0]}"
wait_ready "$PORT_A"
start_replica "$PORT_B"
wait_ready "$PORT_B"

REPLICA_A="http://127.0.0.1:$PORT_A" REPLICA_B="http://127.0.0.1:$PORT_B" REPLICA_A_PID="$PID_A" \
  REPLICA_STALE_SECONDS="$STALE" ORIENTIR_KEYCLOAK_PORT="$KC_PORT" node "$STACK_SCRIPTS/replica-check.mjs" \
  || { tail -20 "$LOGS/replica-$PORT_B.log" >&2; die "the replica check failed; logs in $LOGS"; }
