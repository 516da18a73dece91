#!/usr/bin/env bash
# Proves the install is reproducible (issue #10): clone HEAD into a temporary folder, install with the
# README's command from an empty npm cache, then check that `npm install` leaves the lockfile as is.
# Usage: npm run check:install   (about a minute and a half; needs the npm registry)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
git clone --quiet "$ROOT" "$WORK/clone"
cd "$WORK/clone"
mkdir "$WORK/cache"
set -x
npm ci --cache "$WORK/cache" --no-audit --no-fund
npm install --cache "$WORK/cache" --no-audit --no-fund
git diff --exit-code package-lock.json
{ set +x; } 2>/dev/null
echo "✓ fresh clone: npm ci from an empty cache succeeded and npm install left package-lock.json unchanged"
