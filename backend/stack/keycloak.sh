#!/usr/bin/env bash
# Starts or stops a real Keycloak (the distribution from Maven Central) with the orientir realm.
#   keycloak.sh start INSTANCE_DIR PORT [dev-mem|dev-file]   (waits until the realm answers)
#   keycloak.sh stop INSTANCE_DIR
# dev-mem: a fresh in-memory realm on every start (tests); dev-file: kept in INSTANCE_DIR (development).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KC_HOME="$DIST_DIR/keycloak-$KEYCLOAK_VERSION"
REALM_FILE="$BACKEND_DIR/keycloak/orientir-realm.json"

install_dist() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  fetch_artifacts
  need_tool unzip "apt-get install unzip"
  local tmp; mkdir -p "$DIST_DIR"; tmp="$(mktemp -d "$DIST_DIR/kc.XXXX")"
  unzip -q "$ARTIFACTS/keycloak.zip" -d "$tmp"
  rm -rf "$KC_HOME"; mv "$tmp"/keycloak-* "$KC_HOME"; rm -rf "$tmp"
}

cmd="${1:-}"; inst="${2:-}"
[ -n "$cmd" ] && [ -n "$inst" ] || die "usage: keycloak.sh start INSTANCE_DIR PORT [dev-mem|dev-file] | stop INSTANCE_DIR"
mkdir -p "$inst"; inst="$(cd "$inst" && pwd)"

case "$cmd" in
  start)
    port="${3:?port}"; db="${4:-dev-file}"
    install_dist
    if [ -f "$inst/keycloak.pid" ] && kill -0 "$(cat "$inst/keycloak.pid")" 2>/dev/null; then
      say "Keycloak already running (pid $(cat "$inst/keycloak.pid"))"; exit 0
    fi
    port_busy "$port" && die "port $port is busy: another program listens there (set ORIENTIR_KEYCLOAK_PORT to use another port)"
    # Each instance gets its own copy of the server so that several (tests, dev) can run side by side.
    if [ ! -x "$inst/server/bin/kc.sh" ]; then
      rm -rf "$inst/server"; cp -r "$KC_HOME" "$inst/server"
    fi
    mkdir -p "$inst/server/data/import"
    cp "$REALM_FILE" "$inst/server/data/import/orientir-realm.json"
    # --import-realm skips a realm that exists: a kept realm older than the realm file (e.g. without a role the
    # backend's service account now needs) is dropped and imported afresh, once per change of the file
    realm_sum="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
    if [ "$db" = dev-file ] && [ -d "$inst/server/data/h2" ] && [ "$(cat "$inst/realm.sha256" 2>/dev/null)" != "$realm_sum" ]; then
      say "the realm file changed since this Keycloak was set up: importing it afresh (roles of municipalities created since: backend/stack/provision-roles.sh)"
      rm -rf "$inst/server/data/h2"
    fi
    mgmt=$(( port + 1000 ))
    (
      cd "$inst/server"
      export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin}"
      export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-kcadmin}"
      export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx768m}"
      exec setsid bin/kc.sh start-dev --http-port="$port" --http-management-port="$mgmt" \
        --db="$db" --import-realm --hostname-strict=false --log-level=WARN \
        --cache=local --spi-theme--static-max-age=2592000 --spi-theme--cache-themes=true \
        --spi-theme--cache-templates=true >"$inst/keycloak.log" 2>&1
    ) &
    echo $! > "$inst/keycloak.pid"
    url="http://127.0.0.1:$port/realms/orientir/.well-known/openid-configuration"
    # A loaded machine (parallel builds) has needed more than three minutes; the wait is configurable.
    wait_s="${ORIENTIR_KEYCLOAK_WAIT:-360}"
    for i in $(seq 1 "$wait_s"); do
      if curl -fsS -o /dev/null "$url" 2>/dev/null; then
        echo "$realm_sum" > "$inst/realm.sha256"
        say "Keycloak $KEYCLOAK_VERSION on http://localhost:$port (realm orientir)"; exit 0
      fi
      kill -0 "$(cat "$inst/keycloak.pid")" 2>/dev/null || { tail -30 "$inst/keycloak.log" >&2; die "Keycloak exited; see $inst/keycloak.log"; }
      sleep 1
    done
    die "Keycloak did not answer within $wait_s s; see $inst/keycloak.log"
    ;;
  stop)
    if [ -f "$inst/keycloak.pid" ]; then
      pid="$(cat "$inst/keycloak.pid")"
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -KILL -- "-$pid" 2>/dev/null || true
      rm -f "$inst/keycloak.pid"
    fi
    ;;
  *) die "unknown command $cmd" ;;
esac
