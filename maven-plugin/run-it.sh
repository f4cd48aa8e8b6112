#!/usr/bin/env bash
# Installs autogen and its Maven plugin into the local repository, then runs the plugin's integration test
# (PluginIT: mvn -o autogen:revision/upgrade/check/downgrade on src/it/sample against PostgreSQL).
# Needs AUTOGEN_TEST_PG_URL, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${AUTOGEN_TEST_PG_URL:?set AUTOGEN_TEST_PG_URL to an admin JDBC URL of a PostgreSQL server}"
bash "$here/install.sh"
cd "$here"
mvn -B -q test -Dtest=PluginIT -Dsurefire.failIfNoSpecifiedTests=false
