#!/usr/bin/env bash
# Starts or stops the development mail server: GreenMail (the standalone jar from Maven Central). It
# accepts every e-mail the backend sends by SMTP (any address, no password) and keeps a mailbox per
# address, readable through its web page and REST API and by IMAP (login = the address, any password).
#   mail.sh start INSTANCE_DIR SMTP_PORT IMAP_PORT API_PORT   (waits until SMTP answers)
#   mail.sh stop INSTANCE_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

cmd="${1:-}"; inst="${2:-}"
[ -n "$cmd" ] && [ -n "$inst" ] || die "usage: mail.sh start INSTANCE_DIR SMTP_PORT IMAP_PORT API_PORT | stop INSTANCE_DIR"
mkdir -p "$inst"; inst="$(cd "$inst" && pwd)"
JAR="$ARTIFACTS/greenmail-standalone.jar"

case "$cmd" in
  start)
    smtp="${3:?smtp port}"; imap="${4:?imap port}"; api="${5:?api port}"
    fetch_artifacts
    if [ -f "$inst/mail.pid" ] && kill -0 "$(cat "$inst/mail.pid")" 2>/dev/null; then
      say "mail server already running (pid $(cat "$inst/mail.pid"))"; exit 0
    fi
    port_busy "$smtp" && die "port $smtp is busy: another program listens there (set ORIENTIR_SMTP_PORT to use another port)"
    (
      exec setsid java -Xmx128m \
        -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" \
        -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$imap" \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api" \
        -Dgreenmail.auth.disabled -jar "$JAR" >"$inst/mail.log" 2>&1
    ) &
    echo $! > "$inst/mail.pid"
    for _ in $(seq 1 60); do
      port_busy "$smtp" && { say "GreenMail: SMTP 127.0.0.1:$smtp, mailbox http://localhost:$api"; exit 0; }
      kill -0 "$(cat "$inst/mail.pid")" 2>/dev/null || { tail -20 "$inst/mail.log" >&2; die "the mail server exited; see $inst/mail.log"; }
      sleep 0.5
    done
    die "the mail server did not answer on $smtp; see $inst/mail.log"
    ;;
  stop)
    if [ -f "$inst/mail.pid" ]; then
      pid=$(cat "$inst/mail.pid")
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      rm -f "$inst/mail.pid"
    fi
    ;;
  *) die "unknown command $cmd" ;;
esac
