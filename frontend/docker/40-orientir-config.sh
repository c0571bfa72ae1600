#!/bin/sh
# Writes the SPA's run-time configuration (window.ORIENTIR_CONFIG) from the environment.
set -eu
js_str() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
out=/usr/share/nginx/html/config.js
{
  echo "window.ORIENTIR_CONFIG = {"
  [ -n "${ORIENTIR_KEYCLOAK_URL:-}" ] && echo "  keycloakUrl: \"$(js_str "$ORIENTIR_KEYCLOAK_URL")\","
  [ -n "${ORIENTIR_KEYCLOAK_REALM:-}" ] && echo "  keycloakRealm: \"$(js_str "$ORIENTIR_KEYCLOAK_REALM")\","
  [ -n "${ORIENTIR_KEYCLOAK_CLIENT_ID:-}" ] && echo "  keycloakClientId: \"$(js_str "$ORIENTIR_KEYCLOAK_CLIENT_ID")\","
  [ -n "${ORIENTIR_API_URL:-}" ] && echo "  apiUrl: \"$(js_str "$ORIENTIR_API_URL")\","
  echo "};"
} > "$out"
echo "orientir: wrote $out"
