#!/usr/bin/env bash
# Starts the whole Orientir system on this machine, no Docker needed: PostgreSQL, Keycloak with the
# orientir realm, the backend, the SPA, and the demo data of the four seed municipalities.
#   start.sh            start everything, print where to log in, stop everything on Ctrl-C
#   start.sh --detach   start everything and return (stop later with stop.sh)
#   start.sh --reset    delete the development data first (database and Keycloak), then start
#   start.sh --dev      serve the SPA from Vite's development server (hot reload) instead of the
#                       production build (built once, served compressed)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DEV="$STACK_HOME/dev"
DB_PORT="${ORIENTIR_DB_PORT:-15432}"
KC_PORT="${ORIENTIR_KEYCLOAK_PORT:-8180}"
API_PORT="${ORIENTIR_HTTP_PORT:-8080}"
SPA_PORT="${ORIENTIR_SPA_PORT:-5173}"
SMTP_PORT="${ORIENTIR_SMTP_PORT:-3025}"
MAIL_IMAP_PORT="${ORIENTIR_MAIL_IMAP_PORT:-3143}"
MAIL_PORT="${ORIENTIR_MAIL_PORT:-8025}"
DETACH=false
SPA_DEV=false
for arg in "$@"; do
  case "$arg" in
    --detach) DETACH=true ;;
    --dev) SPA_DEV=true ;;
    --reset) say "removing development data in $DEV"; "$STACK_SCRIPTS/stop.sh" >/dev/null 2>&1 || true; rm -rf "$DEV" ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) die "unknown option $arg (see --help)" ;;
  esac
done
mkdir -p "$DEV"

step() { say "[$1/7] $2"; }

# --- what this machine must have ---------------------------------------------------------
need_tool java "install a JDK 17+ (apt-get install openjdk-17-jdk-headless)"
need_tool mvn "install Maven 3.8+ (apt-get install maven): ./mvnw uses it once to fetch the pinned Maven"
need_tool node "install Node.js 20+ (https://nodejs.org or apt-get install nodejs npm)"
need_tool npm "install npm (comes with Node.js)"
need_tool curl "apt-get install curl"
need_tool unzip "apt-get install unzip"
need_tool xz "apt-get install xz-utils"
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
[ "${java_major%%.*}" -ge 17 ] 2>/dev/null || die "Java $java_major found, Java 17 or newer is needed"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node.js $node_major found, Node.js 20 or newer is needed"

running() { [ -f "$DEV/$1.pid" ] && kill -0 "$(cat "$DEV/$1.pid")" 2>/dev/null; }
for p in "backend:$API_PORT" "spa:$SPA_PORT"; do
  name="${p%%:*}"; port="${p##*:}"
  if ! running "$name" && port_busy "$port"; then
    die "port $port is busy: another program listens there (stop it, or run stop.sh if it is an earlier Orientir)"
  fi
done

stop_all() {
  # keep going even if the terminal or a pipe (start.sh | tee) is gone: everything must stop
  trap '' INT TERM PIPE
  set +e
  say "stopping Orientir..."
  "$STACK_SCRIPTS/stop.sh"
  exit 0
}
$DETACH || trap stop_all INT TERM

# --- 1. build the backend (only when its sources changed) -------------------------------
JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$BACKEND_DIR/src/main" "$BACKEND_DIR/pom.xml" -newer "$JAR" -print -quit)" ]; then
  step 1 "building the backend (Maven package, about a minute the first time)..."
  "$REPO_DIR/mvnw" -B -q -f "$REPO_DIR/pom.xml" -pl backend package -DskipTests >"$DEV/build.log" 2>&1 \
    || { tail -30 "$DEV/build.log" >&2; die "the backend build failed; see $DEV/build.log"; }
else
  step 1 "backend is up to date"
fi

# --- 2. frontend dependencies -------------------------------------------------------------
if [ ! -d "$REPO_DIR/frontend/node_modules" ] || [ "$REPO_DIR/frontend/package-lock.json" -nt "$REPO_DIR/frontend/node_modules" ]; then
  step 2 "installing the SPA's packages (npm ci)..."
  (cd "$REPO_DIR/frontend" && npm ci --no-audit --no-fund >"$DEV/npm.log" 2>&1 && touch node_modules) \
    || { tail -20 "$DEV/npm.log" >&2; die "npm ci failed; see $DEV/npm.log"; }
else
  step 2 "SPA packages are installed"
fi

# --- 3. PostgreSQL --------------------------------------------------------------------------
step 3 "starting PostgreSQL on 127.0.0.1:$DB_PORT (data kept in $DEV/pgdata)..."
"$STACK_SCRIPTS/postgres.sh" start "$DEV/pgdata" "$DB_PORT"

# --- 4. Keycloak ------------------------------------------------------------------------------
step 4 "starting Keycloak on http://localhost:$KC_PORT with realm orientir (10-40 s)..."
"$STACK_SCRIPTS/keycloak.sh" start "$DEV/keycloak" "$KC_PORT" dev-file
# the development mailbox: every e-mail the backend sends lands here (README, «Почта разработки»)
"$STACK_SCRIPTS/mail.sh" start "$DEV/mail" "$SMTP_PORT" "$MAIL_IMAP_PORT" "$MAIL_PORT"

# --- 5. backend -------------------------------------------------------------------------------
if running backend; then
  step 5 "backend already running"
else
  step 5 "starting the backend on http://localhost:$API_PORT ..."
  (
    export ORIENTIR_DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/orientir"
    export ORIENTIR_OIDC_URL="http://localhost:$KC_PORT/realms/orientir"
    export ORIENTIR_KEYCLOAK_ADMIN_URL="http://localhost:$KC_PORT"
    export ORIENTIR_HTTP_PORT="$API_PORT"
    export ORIENTIR_SMTP_HOST=127.0.0.1 ORIENTIR_SMTP_PORT="$SMTP_PORT" ORIENTIR_APP_URL="http://localhost:$SPA_PORT"
    export ORIENTIR_CORS_ORIGINS="http://localhost:$SPA_PORT,http://127.0.0.1:$SPA_PORT"
    exec setsid java ${ORIENTIR_JAVA_OPTS:--Xmx1g} -jar "$JAR" >"$DEV/backend.log" 2>&1
  ) &
  echo $! > "$DEV/backend.pid"
fi
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$API_PORT/q/health/ready" 2>/dev/null && break
  running backend || { tail -30 "$DEV/backend.log" >&2; die "the backend exited; see $DEV/backend.log"; }
  sleep 1
done
curl -fsS -o /dev/null "http://127.0.0.1:$API_PORT/q/health/ready" || die "the backend is not ready after 120 s; see $DEV/backend.log"

# --- 6. demo data -------------------------------------------------------------------------
step 6 "demo data of Kaluga, Kemerovo, Derbent and Tula..."
ORIENTIR_API="http://localhost:$API_PORT" KEYCLOAK_URL="http://localhost:$KC_PORT" "$STACK_SCRIPTS/load-demo-data.sh"

# --- 7. SPA -----------------------------------------------------------------------------------
FRONTEND="$REPO_DIR/frontend"
if running spa; then
  step 7 "SPA already running"
else
  if $SPA_DEV; then
    step 7 "starting the SPA (Vite development server) on http://localhost:$SPA_PORT ..."
  else
    # the production build, rebuilt only when the SPA's sources changed
    if [ ! -f "$FRONTEND/dist/index.html" ] \
      || [ -n "$(find "$FRONTEND/src" "$FRONTEND/public" "$FRONTEND/index.html" "$FRONTEND/package-lock.json" \
        "$FRONTEND/vite.config.ts" -newer "$FRONTEND/dist/index.html" -print -quit)" ]; then
      step 7 "building the SPA (npm run build, about a minute)..."
      (cd "$FRONTEND" && npm run build >"$DEV/spa-build.log" 2>&1) \
        || { tail -30 "$DEV/spa-build.log" >&2; die "the SPA build failed; see $DEV/spa-build.log"; }
    fi
    step 7 "serving the SPA (production build, compressed) on http://localhost:$SPA_PORT ..."
  fi
  (
    cd "$FRONTEND"
    export VITE_API_URL="http://localhost:$API_PORT/api/v1" VITE_KEYCLOAK_URL="http://localhost:$KC_PORT"
    export ORIENTIR_SPA_API_URL="$VITE_API_URL" ORIENTIR_SPA_KEYCLOAK_URL="$VITE_KEYCLOAK_URL"
    if $SPA_DEV; then
      exec setsid npx vite --host 127.0.0.1 --port "$SPA_PORT" --strictPort >"$DEV/spa.log" 2>&1
    fi
    exec setsid node scripts/serve.mjs --port "$SPA_PORT" --host 127.0.0.1 >"$DEV/spa.log" 2>&1
  ) &
  echo $! > "$DEV/spa.pid"
  for _ in $(seq 1 60); do
    curl -fsS -o /dev/null "http://127.0.0.1:$SPA_PORT/" 2>/dev/null && break
    running spa || { tail -20 "$DEV/spa.log" >&2; die "the SPA exited; see $DEV/spa.log"; }
    sleep 1
  done
fi

cat <<BANNER

  Orientir is running.
    Web application : http://localhost:$SPA_PORT
    API             : http://localhost:$API_PORT/api/v1   (OpenAPI: http://localhost:$API_PORT/q/openapi)
    Keycloak        : http://localhost:$KC_PORT  (realm orientir; console admin: kcadmin / kcadmin)
    Mailbox (dev)   : http://localhost:$MAIL_PORT  (every mail sent; one address's: curl http://localhost:$MAIL_PORT/api/user/kaluga-editor@orientir.example/messages/INBOX)
  Log in as (password = user name):
    kaluga-editor, kemerovo-editor, derbent-editor, tula-editor   — edit their municipality
    kaluga-viewer, tula-viewer, ...                               — read their municipality
    kaluga-school-editor, tula-school-editor, ...                 — a school coordinator (its school only)
    ministry                                                      — read all, approve
    admin                                                         — everything, catalogue included
  Logs: $DEV/*.log
BANNER
if $DETACH; then
  say "running in the background; stop with: bash backend/stack/stop.sh"
  exit 0
fi
say "press Ctrl-C to stop everything"
while true; do
  running backend || { say "the backend stopped; see $DEV/backend.log"; stop_all; }
  sleep 2
done
