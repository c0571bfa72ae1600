#!/usr/bin/env bash
# Starts or stops a real PostgreSQL 17 from the zonky binaries on Maven Central.
#   postgres.sh start DATA_DIR PORT   (initialises DATA_DIR with database/user/password 'orientir' on first start)
#   postgres.sh stop DATA_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_HOME="$DIST_DIR/pgsql-$PG_VERSION"

install_binaries() {
  [ -x "$PG_HOME/bin/postgres" ] && return 0
  fetch_artifacts
  need_tool unzip "apt-get install unzip"
  need_tool xz "apt-get install xz-utils"
  local tmp; tmp="$(mktemp -d)"
  unzip -q -o "$ARTIFACTS/postgres-binaries.jar" -d "$tmp"
  mkdir -p "$PG_HOME.partial"
  tar -xJf "$tmp"/postgres-linux-*.txz -C "$PG_HOME.partial"
  rm -rf "$tmp" "$PG_HOME"
  mv "$PG_HOME.partial" "$PG_HOME"
}

cmd="${1:-}"; data="${2:-}"
[ -n "$cmd" ] && [ -n "$data" ] || die "usage: postgres.sh start DATA_DIR PORT | stop DATA_DIR"
mkdir -p "$(dirname "$data")"
data="$(cd "$(dirname "$data")" && pwd)/$(basename "$data")"

case "$cmd" in
  start)
    port="${3:?port}"
    install_binaries
    if [ -f "$data/postmaster.pid" ] && kill -0 "$(head -1 "$data/postmaster.pid")" 2>/dev/null; then
      say "PostgreSQL already running from $data"; exit 0
    fi
    port_busy "$port" && die "port $port is busy: another program listens there (set ORIENTIR_DB_PORT to use another port)"
    if [ ! -f "$data/PG_VERSION" ]; then
      rm -rf "$data"; mkdir -p "$data"; chmod 700 "$data"
      pw="$(mktemp)"; echo orientir > "$pw"; chmod 644 "$pw"
      as_unprivileged "$PG_HOME/bin/initdb" -D "$data" -U orientir --pwfile="$pw" \
        --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1 \
        || { cat "$data.initdb.log" >&2; die "initdb failed"; }
      rm -f "$pw"
      echo "CREATE DATABASE orientir" | as_unprivileged "$PG_HOME/bin/postgres" --single -D "$data" postgres >/dev/null 2>&1 \
        || die "could not create database orientir"
    fi
    as_unprivileged "$PG_HOME/bin/pg_ctl" -D "$data" -l "$data/../postgres-$(basename "$data").log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -c max_connections=200 -c shared_buffers=256MB -c fsync=${ORIENTIR_PG_FSYNC:-on} -c synchronous_commit=${ORIENTIR_PG_SYNC_COMMIT:-on}" \
      start >/dev/null || die "PostgreSQL did not start; see $data/../postgres-$(basename "$data").log"
    say "PostgreSQL $PG_VERSION on 127.0.0.1:$port (data: $data)"
    ;;
  stop)
    if [ -f "$data/postmaster.pid" ]; then
      pid="$(head -1 "$data/postmaster.pid")"
      kill -INT "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    ;;
  *) die "unknown command $cmd" ;;
esac
