#!/usr/bin/env bash
# Creates the realm roles municipality:<code>:editor and :viewer in Keycloak for the given codes,
# with the orientir-backend service account. The backend does this by itself when a municipality
# is created through the API; this command is for municipalities created while Keycloak was down.
#   provision-roles.sh CODE [CODE...]      (KEYCLOAK_URL defaults to http://localhost:8180)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[ $# -gt 0 ] || die "usage: provision-roles.sh MUNICIPALITY_CODE [MUNICIPALITY_CODE...]"
kc="${KEYCLOAK_URL:-http://localhost:8180}"
secret="${ORIENTIR_KEYCLOAK_BACKEND_SECRET:-orientir-backend-secret}"
token=$(curl -fsS -d grant_type=client_credentials -d client_id=orientir-backend -d "client_secret=$secret" \
  "$kc/realms/orientir/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/') \
  || die "Keycloak at $kc refused the orientir-backend service account"
for code in "$@"; do
  for kind in editor viewer; do
    status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"name\":\"municipality:$code:$kind\"}" "$kc/admin/realms/orientir/roles")
    case "$status" in
      201) say "created role municipality:$code:$kind" ;;
      409) say "role municipality:$code:$kind already exists" ;;
      *) die "Keycloak answered $status for municipality:$code:$kind" ;;
    esac
  done
done
