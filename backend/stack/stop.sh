#!/usr/bin/env bash
# Stops what start.sh started (SPA, backend, Keycloak, mail server, PostgreSQL); the data stays.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
DEV="$STACK_HOME/dev"
for name in spa backend; do
  if [ -f "$DEV/$name.pid" ]; then
    pid=$(cat "$DEV/$name.pid")
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    rm -f "$DEV/$name.pid"
  fi
done
[ -d "$DEV/keycloak" ] && "$STACK_SCRIPTS/keycloak.sh" stop "$DEV/keycloak"
[ -d "$DEV/mail" ] && "$STACK_SCRIPTS/mail.sh" stop "$DEV/mail"
[ -d "$DEV/pgdata" ] && "$STACK_SCRIPTS/postgres.sh" stop "$DEV/pgdata"
say "stopped (data kept in $DEV; start.sh --reset starts from scratch)"
