#!/usr/bin/env bash
# Loads the demo data (backend/demo-data/*.csv, made from the seed documents) through the public
# import API with the ministry-integration service account, exactly as a ministry script would; the analysis
# (Tula) and the plans (Kemerovo, Derbent) as the municipalities' editors would enter them.
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

# Posts one file to the import API as the bearer of token $1 (type $2, file $3) and waits for its job. The key is the
# file's hash: a file loaded before is answered with its earlier job and not loaded twice.
import_file() {
  local bearer="$1" type="$2" file="$3" name key job id status
  name=$(basename "$file")
  key="demo-$type-$(sha256sum "$file" | cut -c1-16)"
  job=$(curl -sS -H "Authorization: Bearer $bearer" -H 'Content-Type: text/csv' -H "Idempotency-Key: $key" \
    --data-binary "@$file" "$API/api/v1/imports?type=$type&mode=atomic")
  id=$(echo "$job" | json_field id)
  [ -n "$id" ] || die "the import of $name was refused: $job"
  status=$(echo "$job" | json_field status)
  while [ "$status" = queued ] || [ "$status" = running ]; do
    sleep 1
    job=$(curl -sS -H "Authorization: Bearer $bearer" "$API/api/v1/imports/$id")
    status=$(echo "$job" | json_field status)
  done
  [ "$status" = succeeded ] || die "the import of $name ended $status: $(echo "$job" | head -c 2000)"
  say "  $name: $(echo "$job" | json_field rowsTotal) rows checked, $(echo "$job" | json_field rowsImported) imported (job $id)"
}

for type in regions municipalities organizations indicators targets values groups; do
  import_file "$token" "$type" "$DATA/$type.csv"
done
# The illustrative figures that make one activity's before/after visible (demo-data/plans/README.md).
import_file "$token" values "$DATA/plans/illustrative-values.csv"
# The collection calendar (demo-data/calendar/README.md): deadlines for Tula's and Kemerovo's quarterly indicators, a
# monthly register and a quarterly school information card of Tula, with some months and schools in, so that Tula's
# due board («Сроки») shows late items. Additive: the indicators file keeps every field it leaves empty.
import_file "$token" indicators "$DATA/calendar/indicators.csv"
import_file "$token" values "$DATA/calendar/values.csv"

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

# The plans (demo-data/plans): Kemerovo's programme with its roadmap and Derbent's plan, each kept by its municipality's
# editor (demo user <municipality>-editor): PUT /api/v1/plans/{code} from <code>.json, then its tree and activities
# from <code>.csv through the import API (type=activities). A plan of APPROVED_PLANS is then approved (Derbent's plan is
# approved by the Head of the city district). An approved plan is left as it is on a second start: it refuses edits.
APPROVED_PLANS="derbent-2026"
user_token() {
  curl -fsS -d grant_type=password -d client_id=orientir-cli -d username="$1" -d password="$1" \
    "$KC/realms/orientir/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/' \
    || die "Keycloak at $KC refused the demo user $1"
}
for file in "$DATA"/plans/*.json; do
  code=$(basename "$file" .json)
  municipality=$(sed -nE 's/.*"municipality": *"([^"]*)".*/\1/p' "$file" | head -1)
  bearer=$(user_token "$municipality-editor")
  state=$(curl -sS -H "Authorization: Bearer $bearer" "$API/api/v1/plans/$code" | json_field state)
  if [ "$state" = approved ]; then
    say "  plan $code: approved, left as it is"
    continue
  fi
  answer=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $bearer" \
    -H 'Content-Type: application/json' --data-binary "@$file" "$API/api/v1/plans/$code")
  case "$answer" in 200|201) say "  plan $code: $answer" ;; *) die "PUT /api/v1/plans/$code answered $answer" ;; esac
  import_file "$bearer" activities "$DATA/plans/$code.csv"
  case " $APPROVED_PLANS " in
    *" $code "*)
      answer=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $bearer" \
        "$API/api/v1/plans/$code/approve")
      case "$answer" in 200) say "  plan $code: approved" ;; *) die "POST /api/v1/plans/$code/approve answered $answer" ;; esac
      ;;
  esac
done
