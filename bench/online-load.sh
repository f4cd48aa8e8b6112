#!/usr/bin/env bash
# The online plan under load (docs/performance.md): a writer inserts rows one transaction at a time on a second
# connection into a table of ROWS rows (1,000,000 by default) while a revision adds an index, a foreign key, a check
# and a NOT NULL, once with the default plan and once with -m --online (online_lock_timeout=200ms). It fails unless
# the online revision kept every insert under 500 ms and the default one held an insert up for longer.
# Usage: bash bench/online-load.sh   (needs PostgreSQL: AUTOGEN_TEST_PG_URL, default the local server)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export AUTOGEN_TEST_PG_URL=${AUTOGEN_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
cd "$ROOT"
mvn -B -o -q test -Dtest=OnlineLoadIT -Dautogen.load=true -Dautogen.load.rows="${ROWS:-1000000}" \
    -Dsurefire.failIfNoSpecifiedTests=false
grep -h 'OnlineLoadIT:' target/surefire-reports/dev.autogen.scenario.OnlineLoadIT-output.txt
