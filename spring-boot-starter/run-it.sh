#!/usr/bin/env bash
# Installs autogen and autogen-spring-boot-starter into the local Maven repository, then runs the tests of the
# Spring Boot sample application (sample-entities/spring-boot), which uses the starter: the real application
# context on new PostgreSQL databases (revisions applied at start-up, the repository and the controller,
# autogen.fail-on-drift), and the CLI on the same project (CliNamesIT). Works offline once the dependencies are
# in ~/.m2, and fetches them from Maven Central otherwise.
# Needs AUTOGEN_TEST_PG_URL, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
: "${AUTOGEN_TEST_PG_URL:?set AUTOGEN_TEST_PG_URL to an admin JDBC URL of a PostgreSQL server, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
# the core jar (and target/autogen.jar, the CLI that CliNamesIT runs)
(cd "$root" && mvn -B -q install -DskipTests -Dautogen.startCaches.skip=true)
(cd "$here" && mvn -B -q install)
cd "$root/sample-entities/spring-boot"
mvn -B test -Dautogen.jar="$root/target/autogen.jar"
