#!/usr/bin/env bash
# Checks that generate.py writes exactly the DDL Hibernate 7 derives from the same entities: with no planted
# drift, Hibernate's own create script (PostgreSQL dialect, no database needed) must equal schema.sql line for
# line. Needs the project's Maven dependencies in the local repository. Usage: bash bench/check-ddl.sh [N]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${BENCH_WORK:-/tmp/autogen-bench}/check-ddl
N=${1:-100}
rm -rf "$WORK" && mkdir -p "$WORK/classes"
# the autogen module's class path (autogen-runtime comes from the local repository: install it first)
(cd "$ROOT" && mvn -B -q -o install -DskipTests -Dautogen.startCaches.skip=true >/dev/null \
  && mvn -B -q -o -f autogen.pom.xml dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null)
CP=$(cat "$WORK/cp.txt")
/usr/bin/python3 "$ROOT/bench/generate.py" "$N" "$WORK/gen" --no-drifts
javac -proc:none -nowarn -d "$WORK/classes" -cp "$CP" "$ROOT/bench/tools/HibernateDdl.java" "$WORK"/gen/entities/bench/*.java
java -cp "$WORK/classes:$CP" HibernateDdl "$WORK/classes" "$WORK/hibernate.sql" 2>/dev/null
if diff <(sed 's/;$//' "$WORK/hibernate.sql") <(sed 's/;$//' "$WORK/gen/schema.sql") >"$WORK/diff.txt"; then
    echo "check-ddl: schema.sql equals Hibernate's create script for $N tables ($(wc -l <"$WORK/hibernate.sql") statements)"
else
    echo "check-ddl: schema.sql differs from Hibernate's create script:"; head -20 "$WORK/diff.txt"; exit 1
fi
