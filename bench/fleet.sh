#!/usr/bin/env bash
# Times a fleet upgrade against the same work done by looping the single-tenant command: T PostgreSQL schemas,
# R revisions each. `autogen upgrade head --all-tenants` (one process, a pool of connections) against T runs of
# `autogen upgrade head`, one per tenant schema, as a shell loop would do it.
# Usage: bash bench/fleet.sh   (T=200 R=10 PARALLEL=4 by default; needs target/autogen.jar and PostgreSQL)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${AUTOGEN_JAR:-$ROOT/target/autogen.jar}
T=${T:-200}
R=${R:-10}
PARALLEL=${PARALLEL:-4}
WORK=${BENCH_WORK:-/tmp/autogen-fleet-bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
URL="jdbc:postgresql://$PGHOST:$PGPORT/bench_fleet?user=$PGUSER"
launcher=(java -jar "$JAR")
[ -x "$ROOT/bin/autogen" ] && launcher=("$ROOT/bin/autogen")

reset_db() {
    psql -q -d postgres -c "DROP DATABASE IF EXISTS bench_fleet" -c "CREATE DATABASE bench_fleet" >/dev/null
    for i in $(seq -f "%03g" 0 $((T - 1))); do echo "CREATE SCHEMA tn_$i;"; done | psql -q -d bench_fleet >/dev/null
}

rm -rf "$WORK" && mkdir -p "$WORK/migrations"
parent=""
for r in $(seq 1 "$R"); do
    id=$(printf 'b%011d' "$r")
    up="op.execute(\"CREATE TABLE t$r (id int PRIMARY KEY, name varchar(40))\");"
    [ "$r" -gt 1 ] && up="$up op.execute(\"INSERT INTO t$r SELECT id, name FROM t$((r - 1))\");"
    cat > "$WORK/migrations/R$id.java" <<JAVA
package migrations;
import dev.autogen.runtime.*;
@Revision(id = "$id"${parent:+, parents = \"$parent\"}, message = "revision $r")
public final class R$id implements Migration {
    @Override public void upgrade(Op op) { $up }
    @Override public void downgrade(Op op) { op.execute("DROP TABLE t$r"); }
}
JAVA
    parent=$id
done
printf 'url=%s\nmigrations=migrations\ntenants=query: SELECT nspname FROM pg_namespace WHERE nspname LIKE '"'"'tn\\\\_%%'"'"' ORDER BY 1\n' "$URL" > "$WORK/autogen.properties"
cd "$WORK"
"${launcher[@]}" history >/dev/null   # compiles the revisions once (cached by content), for both runs

reset_db
start=$(date +%s.%N)
"${launcher[@]}" upgrade head --all-tenants --parallel "$PARALLEL" -q > /dev/null
fleet=$(echo "$(date +%s.%N) - $start" | bc)

reset_db
start=$(date +%s.%N)
for i in $(seq -f "%03g" 0 $((T - 1))); do
    AUTOGEN_URL="jdbc:postgresql://$PGHOST:$PGPORT/bench_fleet?user=$PGUSER&currentSchema=tn_$i" \
        AUTOGEN_VERSION_TABLE="tn_$i.autogen_version" "${launcher[@]}" upgrade head -q > /dev/null
done
loop=$(echo "$(date +%s.%N) - $start" | bc)
psql -q -d postgres -c "DROP DATABASE IF EXISTS bench_fleet" >/dev/null

printf '| tenants x revisions | fleet (--parallel %s) | loop of single-tenant runs | ratio |\n|---|---|---|---|\n' "$PARALLEL"
printf '| %s x %s | %.1f s | %.1f s | %.3fx |\n' "$T" "$R" "$fleet" "$loop" "$(echo "$fleet / $loop" | bc -l)"
