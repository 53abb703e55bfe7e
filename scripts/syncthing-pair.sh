#!/bin/sh
# Pairs two real Nuzzle cores through two real Syncthing instances and syncs check-ins,
# a note and a take-back through them (tests/unit/sync/syncthing.test.ts).
#
# Everything stays on this machine: each Syncthing gets its own temp home, random free
# loopback ports and a generated API key; global and local discovery, relays, NAT traversal
# and usage reporting are off. Needs Debian's `syncthing` (apt install syncthing) or set
# SYNCTHING_BIN=/path/to/syncthing. Takes a few seconds.
#
#   sh scripts/syncthing-pair.sh
set -e
cd "$(dirname "$0")/.."
if ! command -v "${SYNCTHING_BIN:-syncthing}" >/dev/null 2>&1; then
  echo "syncthing not found: install it (apt install syncthing) or set SYNCTHING_BIN" >&2
  exit 1
fi
exec npx vitest run tests/unit/sync/syncthing.test.ts --reporter=verbose
