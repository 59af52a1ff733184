#!/usr/bin/env bash
# Sourced by scripts/preview (and meant for scripts/test): which JDK runs which Confluence line.
#   OUTLOUD_JAVA21_BIN  the newest java >= 21 under /usr/lib/jvm, for Confluence 10.2's line (preview-confluence10's
#                       pom reads it as outloud.java21.bin: the JVM its tests run on).
#   OUTLOUD_JAVA17_BIN  a java 17 for Confluence 9.2's line: the newest 17 under /usr/lib/jvm, else the java on PATH.
# A variable already set is kept. OUTLOUD_JVM_DIRS (space-separated JDK homes, globs allowed) replaces /usr/lib/jvm/*.
# outloud_require_java21 fails with a clear message when there is no Java 21 or later.

# The feature version of a java binary (17, 21, 25, ...), or nothing when it does not run.
outloud_java_version() {
  "$1" -version 2>&1 | awk -F'"' '/ version "/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

# The java binary of the highest feature version in [min, max] among the JDKs, or nothing.
outloud_find_java() {
  local min=$1 max=${2:-999} best="" best_version=0 dir java version
  for dir in ${OUTLOUD_JVM_DIRS:-/usr/lib/jvm/*}; do
    java="$dir/bin/java"
    [ -x "$java" ] || continue
    version=$(outloud_java_version "$java")
    [[ "$version" =~ ^[0-9]+$ ]] || continue
    if [ "$version" -ge "$min" ] && [ "$version" -le "$max" ] && [ "$version" -gt "$best_version" ]; then
      best=$(readlink -f "$java")
      best_version=$version
    fi
  done
  if [ -n "$best" ]; then echo "$best"; fi
}

outloud_require_java21() {
  if [ -z "${OUTLOUD_JAVA21_BIN:-}" ] || [ ! -x "$OUTLOUD_JAVA21_BIN" ]; then
    echo "No Java 21 or later found under ${OUTLOUD_JVM_DIRS:-/usr/lib/jvm/*}. Confluence 10.2's line (the default" \
         "of scripts/preview, and its tests) runs on Java 21+: install one (e.g. openjdk-21-jdk or a Temurin 21/25)," \
         "set OUTLOUD_JAVA21_BIN=/path/to/bin/java, or start the 9.2 line: OUTLOUD_LINE=9 scripts/preview." >&2
    return 1
  fi
}

if [ -z "${OUTLOUD_JAVA21_BIN:-}" ]; then
  OUTLOUD_JAVA21_BIN=$(outloud_find_java 21)
fi
if [ -z "${OUTLOUD_JAVA17_BIN:-}" ]; then
  OUTLOUD_JAVA17_BIN=$(outloud_find_java 17 17)
  OUTLOUD_JAVA17_BIN=${OUTLOUD_JAVA17_BIN:-$(command -v java || true)}
fi
export OUTLOUD_JAVA21_BIN OUTLOUD_JAVA17_BIN
