#!/usr/bin/env bash
# Loads the demo data (backend/demo-data/*.csv, made from the seed documents) through the public
# import API with the ministry-integration service account, exactly as a ministry script would.
# Idempotent: files already loaded are recognised by their Idempotency-Key and not loaded twice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
API="${ORIENTIR_API:-http://localhost:8080}"
KC="${KEYCLOAK_URL:-http://localhost:8180}"
DATA="$BACKEND_DIR/demo-data"

token=$(curl -fsS -d grant_type=client_credentials -d client_id=ministry-integration \
  -d client_secret=ministry-integration-secret "$KC/realms/orientir/protocol/openid-connect/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/') || die "Keycloak at $KC refused the ministry-integration service account"

json_field() { sed -nE "s/.*\"$1\":(\"[^\"]*\"|[0-9]+).*/\1/p" | head -1 | tr -d '"'; }

# The controlled dimensions (subjects, grades) first: the indicators file refers to them.
for file in "$DATA"/dimensions/*.json; do
  code=$(basename "$file" .json)
  answer=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data-binary "@$file" "$API/api/v1/dimensions/$code")
  case "$answer" in 200|201) say "  dimension $code: $answer" ;; *) die "PUT /api/v1/dimensions/$code answered $answer" ;; esac
done

for type in regions municipalities organizations indicators targets values groups; do
  file="$DATA/$type.csv"
  key="demo-$type-$(sha256sum "$file" | cut -c1-16)"
  job=$(curl -sS -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' -H "Idempotency-Key: $key" \
    --data-binary "@$file" "$API/api/v1/imports?type=$type&mode=atomic")
  id=$(echo "$job" | json_field id)
  [ -n "$id" ] || die "the import of $type.csv was refused: $job"
  status=$(echo "$job" | json_field status)
  while [ "$status" = queued ] || [ "$status" = running ]; do
    sleep 1
    job=$(curl -sS -H "Authorization: Bearer $token" "$API/api/v1/imports/$id")
    status=$(echo "$job" | json_field status)
  done
  [ "$status" = succeeded ] || die "the import of $type.csv ended $status: $(echo "$job" | head -c 2000)"
  say "  $type: $(echo "$job" | json_field rowsTotal) rows checked, $(echo "$job" | json_field rowsImported) imported (job $id)"
done

# Tula's risk rules and its head-efficiency scorecard (demo-data/analysis), kept by Tula's department: put
# through the API as the demo user tula-editor (password = user name), as the department would. PUT is
# idempotent: a second run answers 200 and changes nothing.
editor=$(curl -fsS -d grant_type=password -d client_id=orientir-cli -d username=tula-editor -d password=tula-editor \
  "$KC/realms/orientir/protocol/openid-connect/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/') || die "Keycloak at $KC refused the demo user tula-editor"
for kind in rules scorecards; do
  for file in "$DATA/analysis/$kind"/*.json; do
    code=$(basename "$file" .json)
    answer=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $editor" \
      -H 'Content-Type: application/json' --data-binary "@$file" "$API/api/v1/$kind/$code")
    case "$answer" in 200|201) say "  ${kind%s} $code: $answer" ;; *) die "PUT /api/v1/$kind/$code answered $answer" ;; esac
  done
done
