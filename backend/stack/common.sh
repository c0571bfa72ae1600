# Shared helpers for the stack scripts: where runtime files live and how to fetch the
# PostgreSQL and Keycloak distributions from Maven Central (no Docker, no system install).
STACK_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BACKEND_DIR="$(cd "$STACK_SCRIPTS/.." && pwd)"
REPO_DIR="$(cd "$BACKEND_DIR/.." && pwd)"
# Downloaded and unpacked distributions (shared by every run) ...
DIST_DIR="$BACKEND_DIR/.stack"
ARTIFACTS="$DIST_DIR/artifacts"
# ... and the state of a running system (its data and logs), which a test run keeps apart.
STACK_HOME="${ORIENTIR_STACK_HOME:-$BACKEND_DIR/.stack}"
# One place for the tool versions: the properties of backend/pom.xml (Maven fetches the same ones).
pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$BACKEND_DIR/pom.xml" | head -n 1
}
PG_VERSION="$(pom_property postgres.binaries.version)"
KEYCLOAK_VERSION="$(pom_property keycloak.version)"

say() { printf '[orientir] %s\n' "$*" >&2; }
die() { printf '[orientir] ERROR: %s\n' "$*" >&2; exit 1; }

need_tool() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed: $2"
}

# Downloads the PostgreSQL binaries jar, the Keycloak zip and the GreenMail mail server through Maven (once).
fetch_artifacts() {
  if [ -f "$ARTIFACTS/postgres-binaries.jar" ] && [ -f "$ARTIFACTS/keycloak.zip" ] \
    && [ -f "$ARTIFACTS/greenmail-standalone.jar" ]; then return 0; fi
  need_tool java "install a JDK 17+ (apt-get install openjdk-17-jdk-headless)"
  say "fetching PostgreSQL $PG_VERSION, Keycloak $KEYCLOAK_VERSION and GreenMail from Maven Central (once)..."
  "$REPO_DIR/mvnw" -B -q -f "$BACKEND_DIR/pom.xml" dependency:copy@fetch-infrastructure >&2 \
    || die "could not download the PostgreSQL/Keycloak artifacts with Maven"
}

# Is something listening on this TCP port of the loopback interface?
port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Runs a command as an unprivileged user when we are root: PostgreSQL refuses to run as root.
as_unprivileged() {
  if [ "$(id -u)" = "0" ]; then
    unshare --user --map-user=65534 --map-group=65534 "$@"
  else
    "$@"
  fi
}
