#!/usr/bin/env bash
# autogen in one minute, on the shop sample and the embedded H2 database (no server needed):
# generate the first revision from the entities, apply it, look at the status, and undo it.
# Build the jar first:  mvn -q -B package -DskipTests && bash sample-entities/demo.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/autogen.jar"
cd "$ROOT/sample-entities"

if [ ! -f "$JAR" ]; then
  echo "demo: $JAR not found; build it first with 'mvn -q -B package -DskipTests' in $ROOT" >&2
  exit 1
fi

autogen() {
  # progress goes to stderr and results to stdout; merge them so the demo reads in order
  "$ROOT/bin/autogen" "$@" 2>&1
}

step() {
  printf '\n==> %s\n' "$*"
}

step "reset: delete the embedded database (target/autogen) and the revisions (migrations/*.java)"
rm -rf target/autogen
rm -f migrations/*.java

step 'autogen -m "create shop schema"'
autogen -m "create shop schema"

files=(migrations/*.java)
step "cat ${files[0]}"
cat "${files[0]}"

step "autogen upgrade head"
autogen upgrade head

step "autogen current"
autogen current

step "autogen history"
autogen history

step "autogen downgrade -1"
autogen downgrade -1

step "autogen current"
autogen current

printf '\nDone. The revision is still in %s: edit an entity in src/main/java and run\n' "${files[0]}"
printf "'%s upgrade head' then '%s -m \"...\"' to write the next one.\n" "$ROOT/bin/autogen" "$ROOT/bin/autogen"
