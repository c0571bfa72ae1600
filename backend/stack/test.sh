#!/usr/bin/env bash
# Runs every test of Orientir:
#   0. the house rules: formatting and lint (lint.sh)
#   1. backend: unit and API tests against a real PostgreSQL and a real Keycloak (mvn verify)
#   2. frontend: type check, unit tests (Vitest), production build and its size budget
#   3. the whole system as start.sh starts it: demo data through the API, a second start that
#      loads nothing twice, the browser tests (Playwright driving Chromium through the real login), and two
#      backend replicas on one database (replica-check.sh)
# Needs: JDK 17+, Maven, Node 20+, curl, unzip, xz and Debian's chromium (apt-get install chromium).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

CHROMIUM="${CHROMIUM:-$(command -v chromium || true)}"
[ -n "$CHROMIUM" ] || die "Chromium is needed for the browser tests: apt-get install chromium"
# the system test keeps its data apart and runs on ports of its own, so a running development
# stack neither disturbs it nor is disturbed
export ORIENTIR_STACK_HOME="$BACKEND_DIR/target/stack-test"
export ORIENTIR_DB_PORT=25432 ORIENTIR_KEYCLOAK_PORT=28180 ORIENTIR_HTTP_PORT=28080 ORIENTIR_SPA_PORT=25173
export ORIENTIR_SMTP_PORT=23025 ORIENTIR_MAIL_IMAP_PORT=23143 ORIENTIR_MAIL_PORT=28025

"$STACK_SCRIPTS/lint.sh"

say "== 1/3 backend tests (mvn verify) =="
"$REPO_DIR/mvnw" -B -f "$REPO_DIR/pom.xml" verify

say "== 2/3 frontend: unit tests, build, size =="
(
  cd "$REPO_DIR/frontend" # its packages were installed by lint.sh
  npm run check:api
  npm test
  npm run build
  npm run size
)

say "== 3/3 the whole system: start, demo data, restart, browser tests =="
cleanup() { "$STACK_SCRIPTS/stop.sh" >/dev/null 2>&1 || true; }
trap cleanup EXIT
rm -rf "$ORIENTIR_STACK_HOME/dev"
"$STACK_SCRIPTS/start.sh" --detach
node "$STACK_SCRIPTS/system-check.mjs" first-start
"$STACK_SCRIPTS/stop.sh"
"$STACK_SCRIPTS/start.sh" --detach
node "$STACK_SCRIPTS/system-check.mjs" second-start
(
  cd "$REPO_DIR/frontend"
  BASE_URL="http://localhost:$ORIENTIR_SPA_PORT" API_URL="http://localhost:$ORIENTIR_HTTP_PORT/api/v1" \
    KEYCLOAK_URL="http://localhost:$ORIENTIR_KEYCLOAK_PORT" CHROMIUM="$CHROMIUM" npm run e2e
)
# last: it adds a test catalogue to the system test's data. Two more replicas of the packaged jar on one database:
# an import followed through the other replica, a replica killed mid-import, a catalogue write seen by both (~1 min)
REPLICA_PORTS="28081 28082" "$STACK_SCRIPTS/replica-check.sh"
say "all tests passed"
