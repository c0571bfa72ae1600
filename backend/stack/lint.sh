#!/usr/bin/env bash
# The house rules as tools, run first by the test command and on their own before a commit:
#   Java formatting (Spotless with palantir-java-format; fix with ./mvnw -N spotless:apply),
#   the frontend's lint (ESLint, no imports between features) and formatting (Prettier; fix with
#   npm run format), and the contract's lint (Spectral's OpenAPI rules, no warning allowed).
# The package rules (ArchitectureTest) run with the backend tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

say "== lint: Java formatting =="
"$REPO_DIR/mvnw" -B -q -N -f "$REPO_DIR/pom.xml" spotless:check

say "== lint: frontend and contract =="
(
  cd "$REPO_DIR/frontend"
  npm ci --no-audit --no-fund
  npm run lint
  npm run format:check
  npm run lint:api
)
say "lint passed"
