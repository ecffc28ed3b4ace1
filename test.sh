#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need (PostgreSQL server, Chromium, LibreOffice),
# starts a throw-away PostgreSQL cluster on a free local port, runs every test project, stops the cluster.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Playwright drives Debian's Chromium; it must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PLAYWRIGHT_BROWSERS_PATH=0
export MEDK_CHROMIUM="${MEDK_CHROMIUM:-/usr/bin/chromium}"

log() { printf '\n== %s\n' "$*"; }

# --- system packages -------------------------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
missing=()
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || missing+=(postgresql)
[ -x "$MEDK_CHROMIUM" ] || missing+=(chromium)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
# DOC, XLS and RTF imports are converted by LibreOffice (the full or the headless build will do).
{ dpkg -s libreoffice-writer >/dev/null 2>&1 || dpkg -s libreoffice-writer-nogui >/dev/null 2>&1; } || missing+=(libreoffice-writer-nogui)
{ dpkg -s libreoffice-calc >/dev/null 2>&1 || dpkg -s libreoffice-calc-nogui >/dev/null 2>&1; } || missing+=(libreoffice-calc-nogui)
# Mail tests start a real SMTP server (aiosmtpd); calendar tests read feeds with an independent parser (icalendar).
dpkg -s python3-aiosmtpd >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
dpkg -s python3-icalendar >/dev/null 2>&1 || missing+=(python3-icalendar)
if ((${#missing[@]})); then
  log "Installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
PG_BIN="$(pg_bin)"

# --- a throw-away PostgreSQL cluster -----------------------------------------------------------
PG_DIR="$(mktemp -d /tmp/medk-pg.XXXXXX)"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_DIR"; fi
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
stop_pg() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap stop_pg EXIT
log "Starting PostgreSQL ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$port"
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
export MEDK_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"

# --- the tests -------------------------------------------------------------------------------
log "Building"
dotnet build Medk.slnx -c Release -nologo -clp:ErrorsOnly
log "Running the tests"
set +e
dotnet test Medk.slnx -c Release --no-build -nologo 2>&1 | tee "$PG_DIR/test.log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE 'Passed: +[0-9]+' "$PG_DIR/test.log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$PG_DIR/test.log" | awk '{s+=$2} END {print s+0}')
echo
echo "Total: $passed passed, $failed failed"
exit "$status"
