#!/usr/bin/env bash
# Installs autogen and its Maven plugin (dev.autogen:autogen-maven-plugin) into the local Maven repository
# (~/.m2), so any project on this machine or CI runner can use the plugin. Run from anywhere:
#   bash maven-plugin/install.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
(cd "$here/.." && mvn -B -q install -DskipTests)
(cd "$here" && mvn -B -q install -DskipTests)
echo "Installed dev.autogen:autogen and dev.autogen:autogen-maven-plugin into the local Maven repository."
