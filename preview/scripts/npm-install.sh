#!/bin/sh
# Installs the preview module's front-end packages (AUI, axe-core) from package-lock.json.
# Called by Maven (exec-maven-plugin, phase generate-resources) with the module directory as
# working directory. Runs `npm ci` only when node_modules is missing or older than the lock
# file, so repeated builds stay fast and offline-capable. Skip with -Dexec.skip=true.
set -eu

cd "$(dirname "$0")/.."

# npm writes node_modules/.package-lock.json on every successful install; it is the
# freshness marker for the whole tree.
marker=node_modules/.package-lock.json

if [ ! -d node_modules ] || [ ! -f "$marker" ] \
   || [ package-lock.json -nt "$marker" ] || [ package.json -nt "$marker" ]; then
    if ! command -v npm >/dev/null 2>&1; then
        echo "npm-install.sh: npm is not on PATH; install Node.js/npm to build the preview module" >&2
        exit 1
    fi
    echo "npm-install.sh: node_modules missing or older than package-lock.json - running npm ci"
    npm ci --no-audit --no-fund
else
    echo "npm-install.sh: node_modules is up to date with package-lock.json"
fi
