#!/bin/sh
# Installs the preview module's front-end packages (AUI, jQuery, axe-core) from package-lock.json.
# Called by Maven (exec-maven-plugin, phase generate-resources). Runs `npm ci` only when node_modules
# is missing, incomplete, or older than package-lock.json / package.json, so repeated builds stay
# fast and work offline. Skip with -Dexec.skip=true.
set -eu

cd "$(dirname "$0")/.."

# Written by this script after a successful `npm ci` (npm ci deletes node_modules first, so an
# interrupted install never leaves a stamp behind).
stamp=node_modules/.outloud-npm-installed
# Files the browser tests load; their absence means a broken tree whatever the stamp says.
required="node_modules/axe-core/axe.min.js
node_modules/@atlassian/aui/dist/aui/aui-prototyping.js
node_modules/@atlassian/aui/dist/aui/aui-prototyping.css
node_modules/jquery/dist/jquery.min.js"

is_fresh() {
    [ -f "$stamp" ] || return 1
    [ package-lock.json -nt "$stamp" ] && return 1
    [ package.json -nt "$stamp" ] && return 1
    for f in $required; do
        [ -f "$f" ] || return 1
    done
    return 0
}

install() {
    if is_fresh; then
        echo "npm-install.sh: node_modules is up to date with package-lock.json"
        return 0
    fi
    if ! command -v npm >/dev/null 2>&1; then
        echo "npm-install.sh: npm is not on PATH; install Node.js/npm to build the preview module" >&2
        return 1
    fi
    echo "npm-install.sh: node_modules missing, incomplete or older than package-lock.json - running npm ci"
    npm ci --no-audit --no-fund
    for f in $required; do
        if [ ! -f "$f" ]; then
            echo "npm-install.sh: npm ci finished but $f is missing" >&2
            return 1
        fi
    done
    touch "$stamp"
}

# Parallel builds of this module (several worktrees' engineers, IDE + CLI) must not run two
# `npm ci` into the same node_modules at once: serialize on a lock file under target/.
mkdir -p target
if command -v flock >/dev/null 2>&1; then
    exec 9>target/npm-install.lock
    flock -w 600 9 || { echo "npm-install.sh: timed out waiting for another npm install" >&2; exit 1; }
fi
install
