#!/usr/bin/env bash
# Sourced by scripts/preview and scripts/test: finds the newest JDK under /usr/lib/jvm (or OUTLOUD_JVM_DIRS, a
# space-separated list of JDK homes or folders of them) whose java is version 21 or later, for Confluence 10.2's
# line, and exports its java binary as OUTLOUD_JAVA21_BIN (preview-confluence10's pom reads it as the property
# outloud.java21.bin, the JVM its tests run on). Leaves OUTLOUD_JAVA21_BIN as it is when already set.
# outloud_require_java21 fails with a clear message when there is none.

# The feature version of a java binary (17, 21, 25, ...), or nothing when it does not run.
outloud_java_version() {
  "$1" -version 2>&1 | awk -F'"' '/ version "/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

outloud_find_java21() {
  local best="" best_version=0 dir java version
  for dir in ${OUTLOUD_JVM_DIRS:-/usr/lib/jvm/*}; do
    java="$dir/bin/java"
    [ -x "$java" ] || continue
    version=$(outloud_java_version "$java")
    [[ "$version" =~ ^[0-9]+$ ]] || continue
    if [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best=$(readlink -f "$java")
      best_version=$version
    fi
  done
  [ -n "$best" ] && echo "$best"
}

outloud_require_java21() {
  if [ -z "${OUTLOUD_JAVA21_BIN:-}" ] || [ ! -x "$OUTLOUD_JAVA21_BIN" ]; then
    echo "No Java 21 or later found under ${OUTLOUD_JVM_DIRS:-/usr/lib/jvm/*}: Confluence 10.2's line (the" \
         "default of scripts/preview, and its tests) runs on Java 21+. Install one (e.g. apt-get install" \
         "openjdk-21-jdk or a Temurin 21/25), set OUTLOUD_JAVA21_BIN=/path/to/bin/java, or use the 9.2 line:" \
         "OUTLOUD_LINE=9." >&2
    return 1
  fi
}

if [ -z "${OUTLOUD_JAVA21_BIN:-}" ]; then
  OUTLOUD_JAVA21_BIN=$(outloud_find_java21 || true)
fi
export OUTLOUD_JAVA21_BIN
